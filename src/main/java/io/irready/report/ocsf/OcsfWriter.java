package io.irready.report.ocsf;

import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import io.irready.evidence.Json;
import io.irready.files.AtomicFiles;
import io.irready.report.ReportModel;
import io.irready.report.ReportWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * findings.ocsf.jsonl: each finding as an OCSF 1.3 Compliance Finding (class_uid 2003), one JSON object per
 * line, for SIEM ingestion. The finding's uid is stable across runs (check, account, Region, resource), so a
 * SIEM can follow one gap from night to night.
 */
public final class OcsfWriter implements ReportWriter {

    private static final JsonMapper LINES = Json.MAPPER.rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    @Override
    public String fileName() {
        return "findings.ocsf.jsonl";
    }

    @Override
    public void write(ReportModel model, Path target) {
        long time = LocalDateTime.parse(model.run().started(), RUN_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
        AtomicFiles.write(target, out -> {
            try {
                model.findings().forEach(finding -> {
                    try {
                        out.write((LINES.writeValueAsString(event(finding, model.run(), time)) + "\n").getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    static Map<String, Object> event(Finding f, ReportModel.Run run, long time) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("class_uid", 2003);
        event.put("class_name", "Compliance Finding");
        event.put("category_uid", 2);
        event.put("category_name", "Findings");
        event.put("activity_id", 1);
        event.put("activity_name", "Create");
        event.put("type_uid", 200301);
        event.put("type_name", "Compliance Finding: Create");
        event.put("time", time);
        event.put("severity_id", severityId(f.severity()));
        event.put("severity", f.severity() == null ? "Informational" : f.severity().label());
        event.put("status_id", 1);
        event.put("status", "New");
        event.put("message", f.message());
        event.put("metadata", Map.of("version", "1.3.0", "product", Map.of("name", "irready", "vendor_name", "irready", "version", run.toolVersion()),
                "correlation_uid", run.runId()));
        event.put("finding_info", Map.of("uid", String.join("/", f.checkId(), f.accountId(), text(f.region()), text(f.resourceId())),
                "title", f.title(), "desc", text(f.message()), "types", List.of(f.area() == null ? "Scope" : f.area().name())));
        Map<String, Object> compliance = new LinkedHashMap<>();
        compliance.put("control", f.checkId());
        compliance.put("standards", standards(f));
        compliance.put("status_id", complianceStatusId(f.status()));
        compliance.put("status", complianceStatus(f.status()));
        event.put("compliance", compliance);
        Map<String, Object> cloud = new LinkedHashMap<>();
        cloud.put("provider", "AWS");
        cloud.put("account", Map.of("uid", f.accountId(), "name", text(f.accountName())));
        if (f.region() != null) {
            cloud.put("region", f.region());
        }
        event.put("cloud", cloud);
        event.put("resources", List.of(Map.of("uid", text(f.resourceId()), "cloud_partition", "aws")));
        event.put("unmapped", Map.of("evidence", text(f.evidenceRef()), "basis", f.attested() ? "attested" : "observed"));
        return event;
    }

    private static List<String> standards(Finding f) {
        List<String> standards = new ArrayList<>(List.of("AWS Security Incident Response Guide"));
        if (f.references() != null) {
            f.references().nist80061().forEach(phase -> standards.add("NIST SP 800-61 " + phase));
            f.references().csf20().forEach(id -> standards.add("NIST CSF 2.0 " + id));
            f.references().cis50().forEach(id -> standards.add("CIS AWS Foundations 5.0 " + id));
        }
        return standards;
    }

    private static int severityId(Severity severity) {
        if (severity == null) {
            return 1;
        }
        return switch (severity) {
            case CRITICAL -> 5;
            case HIGH -> 4;
            case MEDIUM -> 3;
            case LOW -> 2;
        };
    }

    /** OCSF compliance status: 1 Pass, 3 Fail, 0 Unknown, 99 Other (not applicable, skipped). */
    private static int complianceStatusId(Status status) {
        return switch (status) {
            case PASS -> 1;
            case FAIL -> 3;
            case UNKNOWN -> 0;
            default -> 99;
        };
    }

    private static String complianceStatus(Status status) {
        return switch (status) {
            case PASS -> "Pass";
            case FAIL -> "Fail";
            case UNKNOWN -> "Unknown";
            default -> status.name().charAt(0) + status.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
