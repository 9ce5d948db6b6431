package io.irready.report;

import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.evidence.Json;
import io.irready.report.csv.CsvReportWriter;
import io.irready.report.ocsf.OcsfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** findings.csv (RFC 4180, injection-safe) and findings.ocsf.jsonl (OCSF Compliance Finding, one per line). */
class FindingExportsTest {

    private static final Finding HOSTILE = new Finding("IR-TAG-02", "Resources carry the required tags", Severity.MEDIUM, Area.TAGGING,
            "123456789012", "prod", "us-east-1", "=HYPERLINK(\"http://evil\",\"x\")", Status.FAIL, "line one,\r\nline \"two\"", "data/x.json", null);

    @TempDir
    Path dir;

    @Test
    void csvQuotesAndNeutralisesWhatASpreadsheetWouldRun() throws Exception {
        var model = ReportFixtures.model(List.of(HOSTILE), 25);
        Path csv = dir.resolve("findings.csv");
        new CsvReportWriter().write(model, csv);

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("check_id,title,severity,area,account_id,account_name,region,resource,status,message,evidence,basis\r\n");
        assertThat(text).contains("IR-TAG-02,Resources carry the required tags,Medium,TAGGING,123456789012,prod,us-east-1,"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",FAIL,\"line one,\r\nline \"\"two\"\"\",data/x.json,observed\r\n");
        long rows = ReportFixtures.rows(model).size();
        assertThat(text.split("\r\n(?=IR-)", -1)).hasSize((int) rows + 1);
    }

    @Test
    void ocsfIsOneComplianceFindingPerLineWithAStableUid() throws Exception {
        var model = ReportFixtures.model(List.of(HOSTILE), 25);
        Path jsonl = dir.resolve("findings.ocsf.jsonl");
        new OcsfWriter().write(model, jsonl);

        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(ReportFixtures.rows(model).size());
        JsonNode hostile = lines.stream().map(Json.MAPPER::readTree).filter(e -> e.get("compliance").get("control").asString().equals("IR-TAG-02")
                && e.get("resources").get(0).get("uid").asString().startsWith("=HYPERLINK")).findFirst().orElseThrow();
        assertThat(hostile.get("class_uid").asInt()).isEqualTo(2003);
        assertThat(hostile.get("type_uid").asInt()).isEqualTo(200301);
        assertThat(hostile.get("severity_id").asInt()).isEqualTo(3);
        assertThat(hostile.get("compliance").get("status").asString()).isEqualTo("Fail");
        assertThat(hostile.get("compliance").get("status_id").asInt()).isEqualTo(3);
        assertThat(hostile.get("cloud").get("account").get("uid").asString()).isEqualTo("123456789012");
        assertThat(hostile.get("finding_info").get("uid").asString()).isEqualTo("IR-TAG-02/123456789012/us-east-1/=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(hostile.get("message").asString()).isEqualTo("line one,\r\nline \"two\"");
        assertThat(hostile.get("time").asLong()).isEqualTo(java.time.Instant.parse("2026-11-27T01:00:00Z").toEpochMilli());
        JsonNode pass = lines.stream().map(Json.MAPPER::readTree).filter(e -> e.get("compliance").get("status").asString().equals("Pass"))
                .findFirst().orElseThrow();
        assertThat(pass.get("compliance").get("status_id").asInt()).isEqualTo(1);
        assertThat(pass.get("compliance").get("standards").toString()).contains("NIST SP 800-61");
    }
}
