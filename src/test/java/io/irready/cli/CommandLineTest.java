package io.irready.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.irready.checks.CheckCatalog;
import io.irready.checks.EvidenceFixtures;
import io.irready.checks.Status;
import io.irready.evidence.BagIt;
import io.irready.it.AuditRun;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract: arguments, exit codes, messages; with an AWS endpoint that must never be called. */
class CommandLineTest {

    /** Settings matching {@link EvidenceFixtures#SETTINGS}. */
    static final String FIXTURE_SETTINGS = """
            irready:
              scope:
                regions: [us-east-1]
              checks:
                tagging:
                  required-keys: [Owner, Environment]
                responder-roles:
                  roles:
                    - name: IR-Investigator
                      kind: investigator
                    - name: IR-Responder*
                      kind: responder
                  trusted-principals: ["111122223333", "arn:aws:iam::123456789012:saml-provider/Okta"]
            """;

    @TempDir
    Path dir;

    private WireMockServer aws;

    @BeforeEach
    void startAFakeAwsThatRecordsCalls() {
        aws = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        aws.start();
    }

    @AfterEach
    void stop() {
        aws.stop();
    }

    @Test
    void checksListsEachFrameworksRequirementsWithTheirChecks() {
        for (String framework : List.of("nist-800-61", "csf-2.0", "cis-5.0", "fsbp", "wa-sec10")) {
            AuditRun run = AuditRun.of(dir, "checks", "--framework", framework);
            assertThat(run.exitCode()).as(framework).isEqualTo(ExitCodes.CLEAN);
            assertThat(run.stdout().lines().skip(2)).as(framework).isNotEmpty().allSatisfy(line -> assertThat(line).matches("\\S.*\\s+IR-[A-Z]+-\\d{2}.*"));
        }
        assertThat(AuditRun.of(dir, "checks", "--framework", "cis-5.0").stdout()).containsPattern("(?m)^3\\.7\\s+IR-LOG-14$");
        AuditRun unknown = AuditRun.of(dir, "checks", "--framework", "iso-27001");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.stderr()).contains("Unknown framework 'iso-27001'").contains("nist-800-61, csf-2.0, cis-5.0, fsbp, wa-sec10");
    }

    @Test
    void checksListsTheCatalog() {
        AuditRun run = AuditRun.of(dir, "checks");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.stdout().lines()).hasSize(CheckCatalog.all().size() + 1).anySatisfy(line ->
                assertThat(line).matches("IR-LOG-01\\s+CRITICAL\\s+Logging & evidence\\s+Multi-Region trail records all management events"));
    }

    @Test
    void noCommandOrAnUnknownOptionIsBadInput() {
        assertThat(AuditRun.of(dir).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        AuditRun unknown = AuditRun.of(dir, "audit", "--regions", "x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.stderr()).contains("Unknown options: '--regions', 'x'");
    }

    @Test
    void aMissingConfigFileIsBadInput() {
        AuditRun run = audit("--config", dir.resolve("nope.yml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("--config").contains("nope.yml: no such file");
    }

    @Test
    void aManagerOrAWorkerNeedsAQueueAndASharedRepositoryBeforeAnyAwsCall() {
        AuditRun withoutQueue = audit("--manager", "--config", config(FIXTURE_SETTINGS).toString());
        assertThat(withoutQueue.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withoutQueue.stderr()).contains("audit --manager needs a queue for the partitions: set irready.remote.transport: sqs");

        Path embedded = config(FIXTURE_SETTINGS + "  remote:\n    transport: sqs\n    queue-url: http://127.0.0.1:9/123456789012/irready-partitions\n");
        AuditRun onH2 = audit("--manager", "--config", embedded.toString());
        assertThat(onH2.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(onH2.stderr()).contains("needs a job repository the manager and its workers share").contains("embedded database");
        AuditRun worker = AuditRun.of(dir, "worker", "--config", embedded.toString(), "--endpoint", aws.baseUrl());
        assertThat(worker.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(worker.stderr()).contains("irready worker needs a job repository the manager and its workers share");
        assertThat(aws.getAllServeEvents()).isEmpty();
    }

    @Test
    void wrongValuesAreListedByKeyBeforeAnyAwsCall() {
        AuditRun run = audit("--config", config("""
                irready:
                  scope:
                    regions: [us-east-1, moon-base-1x]
                  checks:
                    log-retention:
                      minimum-days: 0
                    responder-roles:
                      trusted-principals: ["security-team"]
                """).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("the configuration has 3 problem(s); nothing was audited")
                .contains("irready.scope.regions[1] = 'moon-base-1x': expected a Region name")
                .contains("irready.checks.log-retention.minimum-days = '0': expected a whole number from 1 to 3653")
                .contains("irready.checks.responder-roles.trusted-principals[0] = 'security-team'");
        assertThat(aws.getAllServeEvents()).isEmpty();
    }

    @Test
    void allEnabledBesideARegionOrMisspelledIsOneLineNamingTheKey() {
        for (String regions : List.of("[all-enabled, us-east-1]", "all-enable", "[All-Enabled]")) {
            AuditRun run = audit("--config", config(FIXTURE_SETTINGS.replace("regions: [us-east-1]", "regions: " + regions)).toString());
            assertThat(run.exitCode()).as(regions).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.stderr().lines().toList()).as(regions).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("irready: the configuration is not valid, nothing was audited: irready.scope.regions").contains("all-enabled alone"));
        }
        assertThat(aws.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMisspelledKeyIsNamed() {
        AuditRun run = audit("--config", config(FIXTURE_SETTINGS + "  report:\n    pdf-resource-per-check: 10\n").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("unknown configuration key(s): irready.report.pdf-resource-per-check");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        AuditRun run = audit("--config", config(FIXTURE_SETTINGS.replace("    tagging:", "    log-retention:\n      minimum-days: a year\n    tagging:")).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("irready.checks.log-retention.minimum-days = 'a year'").contains("is not valid");
    }

    @Test
    void restartWithNothingToRestartOrWithABundleIsBadInput() {
        AuditRun nothing = audit("--restart", "--config", config(FIXTURE_SETTINGS).toString());
        assertThat(nothing.exitCode()).as(nothing.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(nothing.stderr()).contains("there is no failed, stopped or killed run to restart");
        assertThat(dir.resolve("out")).doesNotExist();

        AuditRun unknownRun = audit("--restart", "20261127T000000Z-beef", "--config", config(FIXTURE_SETTINGS).toString());
        assertThat(unknownRun.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownRun.stderr()).contains("there is no run 20261127T000000Z-beef");

        AuditRun combined = audit("--restart", "--evidence", dir.toString());
        assertThat(combined.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(combined.stderr()).contains("--restart and --evidence cannot be combined");
        assertThat(aws.getAllServeEvents()).isEmpty();
    }

    @Test
    void malformedYamlIsBadInput() {
        AuditRun run = audit("--config", config("irready:\n  scope: [unclosed\n").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("irready.yml is not valid YAML at line 6, column 1: expected");
    }

    @Test
    void aBrokenTemplateStopsTheRunBeforeAnyAwsCall() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.ftlh"), "<#list report.findings as f>");
        AuditRun run = audit("--config", config(FIXTURE_SETTINGS + "  report:\n    template-dir: " + templates + "\n").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("Report template report.ftlh has an error at line 1");
        assertThat(aws.getAllServeEvents()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnreachableEndpointFailsTheRun() {
        int port = aws.port();
        aws.stop();
        AuditRun run = AuditRun.of(dir.resolve("out"), "audit", "--config", config(FIXTURE_SETTINGS).toString(),
                "--endpoint", "http://127.0.0.1:" + port, "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(run.stderr()).contains("irready: the run failed:").contains("127.0.0.1:" + port);
    }

    @Test
    void aBundleIsEvaluatedWithoutAnyAwsCall() throws Exception {
        Path bundle = sealedBundle(EvidenceFixtures.compliant());

        AuditRun run = audit("--config", config(FIXTURE_SETTINGS).toString(), "--evidence", bundle.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CLEAN);
        assertThat(aws.getAllServeEvents()).isEmpty();
        assertThat(run.statusesByCheck()).allSatisfy((check, statuses) -> assertThat(statuses).as(check).isSubsetOf(Status.PASS, Status.NOT_APPLICABLE).contains(Status.PASS));
        assertThat(run.stdout()).contains("Readiness score  100.0 / 100").contains("report.pdf").contains("Exit 0");
        assertThat(BagIt.verify(run.runDir().resolve("evidence"))).isEmpty();
        assertThat(BagIt.readInfo(run.runDir().resolve("evidence"))).containsEntry("Irready-Run-Id", "fixture-run");
        try (var written = Files.walk(run.runDir())) {
            for (Path path : written.toList()) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as("owner-only, as what a run writes describes the organization's weaknesses: %s", path)
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void aBagSealedWithoutIrreadysRunFactsStillReports() throws Exception {
        Path bundle = sealedBundle(EvidenceFixtures.compliant());
        // Another tool's bag: no collection completion time, and a start time in a form irready does not write.
        BagIt.seal(bundle, Map.of("Irready-Collection-Started", "yesterday"));

        AuditRun run = audit("--config", config(FIXTURE_SETTINGS).toString(), "--evidence", bundle.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CLEAN);
        try (var pdf = Loader.loadPDF(run.runDir().resolve("report.pdf").toFile())) {
            var cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(pdf).replaceAll("\\s+", " ")).contains("Scope 1 account audited").contains("Regions us-east-1")
                    .containsPattern("Run started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC")
                    .contains("Evidence collected not readable (yesterday) – not recorded");
        }
    }

    @Test
    void templatesFromTheTemplatesOptionOverrideThePackagedOnes() throws Exception {
        Path bundle = sealedBundle(EvidenceFixtures.compliant());
        Path templates = Files.createDirectories(dir.resolve("my-templates"));
        Files.writeString(templates.resolve("report.ftlh"), "<html lang=\"en\"><head><title>t</title><style>* { font-family: 'DejaVu Sans'; }</style>"
                + "</head><body><p>Custom report of run ${report.run.runId}</p></body></html>");

        AuditRun run = audit("--config", config(FIXTURE_SETTINGS).toString(), "--evidence", bundle.toString(), "--templates", templates.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CLEAN);
        try (var pdf = Loader.loadPDF(run.runDir().resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Custom report of run " + run.runDir().getFileName());
        }

        AuditRun missing = audit("--evidence", bundle.toString(), "--templates", dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.stderr()).contains("--templates " + dir.resolve("nowhere") + ": no such folder");
    }

    @Test
    void aSecondRunOfTheSameScopeSaysWhatChanged() throws Exception {
        Path config = config(FIXTURE_SETTINGS);
        Path ready = io.irready.it.Bundles.sealed(dir.resolve("ready"), EvidenceFixtures.compliant());
        Path stopped = io.irready.it.Bundles.sealed(dir.resolve("stopped"), EvidenceFixtures.compliant().withBucketLifecycle(
                io.irready.evidence.Evidence.collected(List.of(new io.irready.services.cloudtrail.LifecycleRule("short", true, "", 30, null)))));

        AuditRun first = audit("--config", config.toString(), "--evidence", ready.toString());
        assertThat(io.irready.results.FindingsFile.read(first.runDir().resolve("findings.json")))
                .as("the first run of a scope has nothing to compare with").allSatisfy(f -> {
                    if (f.change() != null) {
                        assertThat(f.change().previousRunId()).isNull();
                    }
                });
        String firstRunId = first.runDir().getFileName().toString();
        Files.move(dir.resolve("out"), dir.resolve("out-first"));
        AuditRun second = audit("--config", config.toString(), "--evidence", stopped.toString());

        var trail = io.irready.results.FindingsFile.read(second.runDir().resolve("findings.json")).stream()
                .filter(f -> f.checkId().equals("IR-LOG-08")).findFirst().orElseThrow();
        assertThat(trail.status()).isEqualTo(Status.FAIL);
        assertThat(trail.change().state()).isEqualTo(io.irready.checks.Finding.ChangeState.REGRESSED);
        assertThat(trail.change().previousStatus()).isEqualTo(Status.PASS);
        assertThat(trail.change().previousRunId()).isEqualTo(firstRunId);
        assertThat(trail.change().firstSeen()).isNotNull();
    }

    @Test
    void aWaiverInForceMakesAFailWaivedAndAnExpiredOneDoesNot() throws Exception {
        var account = EvidenceFixtures.compliant().withBucketLifecycle(io.irready.evidence.Evidence.collected(
                List.of(new io.irready.services.cloudtrail.LifecycleRule("short", true, "", 30, null))));
        Path bundle = sealedBundle(account);
        String waiver = "waivers:\n  - check: IR-LOG-08\n    reason: Archive moves to Glacier in Q1\n    approver: Jane Doe (CISO)\n"
                + "    ticket: RISK-7\n    expires: %s\n";
        Path inForce = Files.writeString(dir.resolve("in-force.yml"), waiver.formatted("2999-01-01"));

        AuditRun waived = audit("--config", config(FIXTURE_SETTINGS + "  waivers:\n    file: " + inForce + "\n").toString(),
                "--evidence", bundle.toString());

        assertThat(waived.exitCode()).as(waived.toString()).isEqualTo(ExitCodes.CLEAN);
        assertThat(waived.stdout()).contains("1 WAIVED (config/waivers.yml)");
        assertThat(waived.findings()).filteredOn(f -> f.checkId().equals("IR-LOG-08")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.WAIVED);
            assertThat(f.waiver().ticket()).isEqualTo("RISK-7");
        });
        try (var pdf = Loader.loadPDF(waived.runDir().resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Accepted risks (waivers)")
                    .contains("IR-LOG-08 RISK-7 Jane Doe (CISO) Archive moves to Glacier in Q1 2999-01-01 in force 1");
        }

        Files.move(dir.resolve("out"), dir.resolve("out-waived"));
        Path lapsed = Files.writeString(dir.resolve("lapsed.yml"), waiver.formatted("2000-01-01"));
        AuditRun expired = audit("--config", config(FIXTURE_SETTINGS + "  waivers:\n    file: " + lapsed + "\n").toString(),
                "--evidence", bundle.toString());
        assertThat(expired.exitCode()).isEqualTo(ExitCodes.GAPS);
        assertThat(expired.findings()).filteredOn(f -> f.checkId().equals("IR-LOG-08")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.waiver().expired()).isTrue();
        });
    }

    @Test
    void anInvalidWaiverStopsTheRunNamingTheFileAndLine() throws Exception {
        Path waivers = Files.writeString(dir.resolve("waivers.yml"), "waivers:\n  - check: IR-LOG-08\n    reason: r\n    approver: a\n"
                + "    ticket: t\n    expires: next year\n");
        AuditRun run = audit("--config", config(FIXTURE_SETTINGS + "  waivers:\n    file: " + waivers + "\n").toString(),
                "--evidence", sealedBundle(EvidenceFixtures.compliant()).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("the waivers file " + waivers + ", line 6, has a expires that is not a date YYYY-MM-DD: next year");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void failuresBelowTheConfiguredSeverityExitZero() {
        var account = EvidenceFixtures.compliant().withBucketLifecycle(io.irready.evidence.Evidence.collected(
                List.of(new io.irready.services.cloudtrail.LifecycleRule("short", true, "", 30, null))));
        Path bundle = sealedBundle(account);
        String settings = FIXTURE_SETTINGS + "  exit:\n    fail-at-severity: high\n";

        AuditRun run = audit("--config", config(settings).toString(), "--evidence", bundle.toString());

        assertThat(run.checksWith(Status.FAIL)).containsExactly("IR-LOG-08");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.stdout()).contains("Exit 0: no FAIL or UNKNOWN finding at or above severity High.");
    }

    @Test
    void aTamperedBundleIsRefused() throws Exception {
        Path bundle = sealedBundle(EvidenceFixtures.compliant());
        Files.writeString(bundle.resolve("data/123456789012/us-east-1/logs.groups.json"), "{}");
        AuditRun run = audit("--config", config(FIXTURE_SETTINGS).toString(), "--evidence", bundle.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains("failed verification").contains("data/123456789012/us-east-1/logs.groups.json does not match its SHA-256");
    }

    private AuditRun audit(String... args) {
        Path out = dir.resolve("out");
        String[] all = new String[args.length + 5];
        all[0] = "audit";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--endpoint";
        all[args.length + 2] = aws.baseUrl();
        all[args.length + 3] = "--out";
        all[args.length + 4] = out.toString();
        return AuditRun.of(out, all);
    }

    private Path config(String yaml) {
        return AuditRun.config(dir, yaml);
    }

    private Path sealedBundle(EvidenceFixtures fixtures) {
        return io.irready.it.Bundles.sealed(dir.resolve("bundle"), fixtures);
    }

}
