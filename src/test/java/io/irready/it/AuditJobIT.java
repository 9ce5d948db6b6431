package io.irready.it;

import io.irready.aws.AwsStub;
import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.BagIt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job against moto, with a stub in front answering only what moto does not implement: collect
 * over the SDK, evaluate, write both reports. A ready account passes every check that a single account can
 * pass on what moto can show; breaking one item fails exactly its check.
 */
class AuditJobIT {

    /** Checks that judge the organization, which a run of the caller's account does not read. */
    static final Map<String, Status> NEEDS_THE_ORGANIZATION = Map.of("IR-DET-04", Status.UNKNOWN, "IR-ACC-01", Status.UNKNOWN,
            "IR-TAG-01", Status.UNKNOWN, "IR-TAG-03", Status.UNKNOWN, "IR-LOG-06", Status.FAIL);
    /** Facts moto cannot present, with the words of the failure each causes. */
    static final Map<String, String> MOTO_CANNOT_SHOW = Map.of(
            "IR-LOG-02", "no digest file was delivered",          // GetTrailStatus has no LatestDigestDeliveryTime
            "IR-LOG-10", "delivered nothing in 24 hours",         // nor LatestCloudWatchLogsDeliveryTime
            "IR-ACC-06", "has a password and no MFA",             // no API gives the root user an MFA device
            "IR-PROC-08", "never used",                           // roles carry no RoleLastUsed
            "IR-REC-05", "are public");                           // DescribeSnapshots ignores RestorableByUserIds

    @TempDir
    Path dir;

    private AwsScenario aws;
    private AwsStub stub;

    @BeforeEach
    void seedAReadyAccount() {
        Moto.reset();
        aws = new AwsScenario(Moto.endpoint()).readyAccount();
        stub = AwsStub.inFrontOf(Moto.endpoint());
        ReadyStubs.serve(stub, aws.ready());
    }

    @AfterEach
    void stopTheStub() {
        stub.close();
    }

    @Test
    void aReadyAccountPassesEveryCheckItCanOnWhatMotoShows() throws Exception {
        AuditRun run = audit();

        Map<String, Set<Status>> statuses = run.statusesByCheck();
        assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(CheckCatalog.metadata().stream().map(CheckMetadata::id).toList());
        assertReady(run, Set.of());
        assertThat(run.findingsOf("IR-ACC-01")).allSatisfy(f -> assertThat(f.message()).contains("does not read the AWS Organization"));
        MOTO_CANNOT_SHOW.forEach((check, words) -> assertThat(run.findingsOf(check)).as(check)
                .anySatisfy(f -> assertThat(f.message()).contains(words)));

        Path runDir = run.runDir();
        assertThat(BagIt.verify(runDir.resolve("evidence"))).isEmpty();
        assertThat(gapsIn(runDir.resolve("evidence/data"))).as("every piece of evidence was collected").isEmpty();
        try (PDDocument pdf = Loader.loadPDF(runDir.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Regions us-east-1, eu-west-1").contains("Detection").contains("Recovery & forensic readiness");
        }
        try (var workbook = new XSSFWorkbook(new FileInputStream(runDir.resolve("report.xlsx").toFile()))) {
            assertThat(workbook.getSheet("Findings").getLastRowNum()).isEqualTo(run.findings().size());
        }
        assertThat(run.findingsOf("IR-TAG-02")).extracting(Finding::resourceId).contains("arn:aws:s3:::org-audit-logs",
                "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/vpc/flow-logs");
        assertThat(run.findingsOf("IR-DET-09")).hasSize(15).allSatisfy(f -> assertThat(f.message()).contains("metric filter"));
    }

    static Stream<Arguments> brokenItems() {
        return Stream.of(
                broken("the trail stops logging", AwsScenario::stopTrailLogging, "IR-LOG-01", "is not logging",
                        "IR-LOG-11", "IR-DET-09", "IR-DET-10"),
                broken("log file validation is off", AwsScenario::disableLogFileValidation, "IR-LOG-03", "validation is disabled",
                        "IR-LOG-02"),
                broken("Config stops recording in eu-west-1", s -> s.stopConfigRecorder("eu-west-1"), "IR-LOG-12", "is not recording"),
                broken("a resource lacks tags", s -> s.addUntaggedLogGroup("eu-west-1"), "IR-TAG-02", "Missing tag keys"),
                broken("a log group keeps 30 days", s -> s.shortenLogRetention("us-east-1"), "IR-LOG-09", "only 30 days"),
                broken("the trail bucket expires logs after 30 days", s -> s.expireTrailLogsAfter(30), "IR-LOG-08", "after 30 days"),
                broken("the investigator role is missing", AwsScenario::deleteInvestigatorRole, "IR-ACC-02", "No investigator role",
                        "IR-ACC-04"),
                broken("the investigator trust admits callers without MFA", AwsScenario::trustInvestigatorWithoutMfa, "IR-ACC-03", "BoolIfExists"),
                broken("the investigator has no read access", AwsScenario::detachInvestigatorReadAccess, "IR-ACC-04", "none of the read-access policies"),
                broken("a VPC in eu-west-1 loses its flow log", s -> s.deleteFlowLogs("eu-west-1"), "IR-LOG-14", "has no flow log"),
                broken("the findings rule in eu-west-1 is disabled", s -> s.disableFindingsRule("eu-west-1"), "IR-DET-08",
                        "No rule sends high-severity findings from eu-west-1"),
                broken("the CloudTrail-changes metric filter is deleted", s -> s.deleteMetricFilter("cloudtrail-changes"), "IR-DET-09",
                        "nothing alerts a person on 5 of 5 activities"),
                broken("the security contact is removed", AwsScenario::deleteSecurityContact, "IR-PROC-01", "No alternate security contact"),
                broken("the orders table loses point-in-time recovery", AwsScenario::disablePointInTimeRecovery, "IR-REC-03",
                        "has no point-in-time recovery"));
    }

    /**
     * {@code alsoAffected}: checks that read the broken item too and so may change (a stopped trail no longer
     * carries the alerts), never more.
     */
    @ParameterizedTest(name = "{0} -> {2} fails")
    @MethodSource("brokenItems")
    void breakingOneItemFailsExactlyItsCheck(String item, Consumer<AwsScenario> breakIt, String check, String message, Set<String> alsoAffected) {
        breakIt.accept(aws);

        AuditRun run = audit();

        Set<String> changed = new java.util.HashSet<>(alsoAffected);
        changed.add(check);
        assertReady(run, changed);
        String failures = run.findingsOf(check).stream().filter(f -> f.status() == Status.FAIL).map(Finding::message)
                .collect(Collectors.joining("\n"));
        assertThat(failures).as(run.toString()).contains(message);
    }

    /** Every check but {@code except} has the statuses of a ready account audited alone against moto. */
    private static void assertReady(AuditRun run, Set<String> except) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        run.statusesByCheck().forEach((check, found) -> {
            if (except.contains(check)) {
                return;
            }
            if (NEEDS_THE_ORGANIZATION.containsKey(check)) {
                assertThat(found).as(check).containsExactly(NEEDS_THE_ORGANIZATION.get(check));
            } else if (MOTO_CANNOT_SHOW.containsKey(check)) {
                assertThat(found).as(check).contains(Status.FAIL).doesNotContain(Status.UNKNOWN);
            } else {
                assertThat(found).as(check + ": " + run.findingsOf(check)).isSubsetOf(Status.PASS, Status.NOT_APPLICABLE).contains(Status.PASS);
            }
        });
    }

    /** Every evidence outcome that is not COLLECTED, as "file: outcome action". */
    static List<String> gapsIn(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).flatMap(file -> {
                try {
                    String json = Files.readString(file);
                    return java.util.regex.Pattern.compile("\"outcome\" : \"(UNSUPPORTED|FAILED|DENIED)\",\\s*\"action\" : \"([^\"]+)\"")
                            .matcher(json).results().map(m -> data.relativize(file) + ": " + m.group(1) + " " + m.group(2));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private AuditRun audit() {
        Path out = dir.resolve("out");
        String settings = AwsScenario.SETTINGS + "  attestations:\n    file: " + AwsScenario.attestations(dir) + "\n";
        return AuditRun.of(out, "audit", "--config", AuditRun.config(dir, settings).toString(), "--endpoint", stub.endpoint(), "--out", out.toString());
    }

    private static Arguments broken(String item, Consumer<AwsScenario> breakIt, String check, String message, String... alsoAffected) {
        return Arguments.of(item, breakIt, check, message, Set.of(alsoAffected));
    }
}
