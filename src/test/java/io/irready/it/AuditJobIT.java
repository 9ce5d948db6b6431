package io.irready.it;

import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.BagIt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole job against moto: collect over the SDK, evaluate, write both reports. */
class AuditJobIT {

    @TempDir
    Path dir;

    private AwsScenario aws;

    @BeforeEach
    void seedAReadyAccount() {
        Moto.reset();
        aws = new AwsScenario(Moto.endpoint()).readyAccount();
    }

    @Test
    void aReadyAccountPassesEveryCheck() throws Exception {
        AuditRun run = audit();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
        Map<String, Set<Status>> statuses = run.statusesByCheck();
        assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(CheckCatalog.metadata().stream().map(CheckMetadata::id).toList());
        assertThat(statuses).allSatisfy((check, found) -> assertThat(found).as(check).containsExactly(Status.PASS));
        assertThat(run.stdout()).contains("Readiness score  100.0 / 100").contains("Exit 0");

        Path runDir = run.runDir();
        assertThat(BagIt.verify(runDir.resolve("evidence"))).isEmpty();
        assertThat(runDir.resolve("evidence/data/123456789012/eu-west-1/config.recorders.json")).isRegularFile();
        try (PDDocument pdf = Loader.loadPDF(runDir.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("100.0 / 100").contains("Regions us-east-1, eu-west-1").contains("No gaps: every assessed check passed.");
        }
        try (var workbook = new XSSFWorkbook(new FileInputStream(runDir.resolve("report.xlsx").toFile()))) {
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isEqualTo(run.findings().size());
        }
        List<Finding> tags = run.findingsOf("IR-TAG-02");
        assertThat(tags).extracting(Finding::resourceId).contains("arn:aws:s3:::org-audit-logs",
                "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vpc/flow-logs");
    }

    static Stream<Arguments> brokenItems() {
        return Stream.of(
                broken("the trail stops logging", AwsScenario::stopTrailLogging, "IR-LOG-01", "is not logging"),
                broken("log file validation is off", AwsScenario::disableLogFileValidation, "IR-LOG-03", "validation is disabled"),
                broken("Config stops recording in eu-west-1", s -> s.stopConfigRecorder("eu-west-1"), "IR-LOG-12", "is not recording"),
                broken("a resource lacks tags", s -> s.addUntaggedLogGroup("eu-west-1"), "IR-TAG-02", "Missing tag keys"),
                broken("a log group keeps 30 days", s -> s.shortenLogRetention("us-east-1"), "IR-LOG-09", "only 30 days"),
                broken("the trail bucket expires logs after 30 days", s -> s.expireTrailLogsAfter(30), "IR-LOG-08", "after 30 days"),
                broken("the trail bucket is in eu-west-1 and expires logs after 90 days", s -> s.moveTrailToBucketIn("eu-west-1", 90),
                        "IR-LOG-08", "after 90 days"),
                broken("the investigator role is missing", AwsScenario::deleteInvestigatorRole, "IR-ACC-02", "No investigator role"),
                broken("the investigator trust admits callers without MFA", AwsScenario::trustInvestigatorWithoutMfa, "IR-ACC-03", "BoolIfExists"),
                broken("the investigator has no read access", AwsScenario::detachInvestigatorReadAccess, "IR-ACC-04", "none of the read-access policies"));
    }

    @ParameterizedTest(name = "{0} -> {2} fails")
    @MethodSource("brokenItems")
    void breakingOneItemFailsExactlyItsCheck(String item, Consumer<AwsScenario> breakIt, String check, String message) {
        breakIt.accept(aws);

        AuditRun run = audit();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.checksWith(Status.FAIL)).containsExactly(check);
        assertThat(run.checksWith(Status.UNKNOWN)).isEmpty();
        String failures = run.findingsOf(check).stream().filter(f -> f.status() == Status.FAIL).map(Finding::message)
                .collect(Collectors.joining("\n"));
        assertThat(failures).contains(message);
    }

    private AuditRun audit() {
        Path out = dir.resolve("out");
        return AuditRun.of(out, "audit", "--config", AuditRun.config(dir, AwsScenario.SETTINGS).toString(),
                "--endpoint", Moto.endpoint(), "--out", out.toString());
    }

    private static Arguments broken(String item, Consumer<AwsScenario> breakIt, String check, String message) {
        return Arguments.of(item, breakIt, check, message);
    }
}
