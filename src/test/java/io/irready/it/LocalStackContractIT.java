package io.irready.it;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.irready.aws.AwsStub;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.BagIt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link EmulatorContract} on LocalStack community, and what only LocalStack shows: a whole audit where CloudTrail,
 * Organizations, GuardDuty and Account are missing ("not included in your current license plan").
 */
class LocalStackContractIT extends EmulatorContract {

    private static final String NOT_IN_PLAN = "not included in your current license plan";
    /** A check drawn from each service LocalStack community lacks, and the call it names. */
    private static final Map<String, String> LACKING = Map.of(
            "IR-LOG-01", "cloudtrail:DescribeTrails",
            "IR-DET-01", "guardduty:ListDetectors",
            "IR-PROC-01", "account:GetAlternateContact");
    private static final Pattern SIGNED_SERVICE = Pattern.compile("Credential=[^/]+/[^/]+/[^/]+/([^/]+)/aws4_request");

    @Override
    protected Emulator emulator() {
        return Emulator.localStack();
    }

    /** Each such service is UNKNOWN naming the call and LocalStack's answer, asked once, never PASS; the reports are written. */
    @Test
    void aFullAuditNamesEveryServiceLocalStackLacks(@TempDir Path dir) throws Exception {
        Emulator.Account alone = emulator().freshAccount().get();
        try (AwsStub proxy = AwsStub.inFrontOf(LocalStack.endpoint())) {
            AuditRun run = audit(dir, alone, proxy.endpoint(), "caller");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            LACKING.forEach((check, action) -> assertThat(run.findingsOf(check)).as(check).isNotEmpty().allSatisfy(f -> {
                assertThat(f.status()).isEqualTo(Status.UNKNOWN);
                assertThat(f.message()).contains(action).contains(NOT_IN_PLAN);
            }));
            assertThat(run.findings()).filteredOn(f -> f.message().contains(NOT_IN_PLAN)).isNotEmpty()
                    .extracting(Finding::status).doesNotContain(Status.PASS, Status.NOT_APPLICABLE);
            // The organization is not read in a caller run: its checks are UNKNOWN, never judged from nothing.
            assertThat(run.findingsOf("IR-ACC-01")).isNotEmpty().extracting(Finding::status).containsOnly(Status.UNKNOWN);

            Set<String> lackingServicesAsked = new TreeSet<>();
            for (LoggedRequest request : proxy.server().findAll(anyRequestedFor(anyUrl()))) {
                Matcher service = SIGNED_SERVICE.matcher(String.valueOf(request.getHeader("Authorization")));
                if (service.find() && Set.of("cloudtrail", "guardduty", "account", "organizations").contains(service.group(1))) {
                    lackingServicesAsked.add(service.group(1));
                    assertThat(request.getHeader("amz-sdk-request")).as("%s %s is not retried", service.group(1), request.getUrl())
                            .startsWith("attempt=1;");
                }
            }
            assertThat(lackingServicesAsked).containsExactly("account", "cloudtrail", "guardduty");

            Path runDir = run.runDir();
            assertThat(BagIt.verify(runDir.resolve("evidence"))).isEmpty();
            try (PDDocument pdf = Loader.loadPDF(runDir.resolve("report.pdf").toFile())) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(alone.id()).contains("could not be assessed");
            }
            try (var workbook = new XSSFWorkbook(new FileInputStream(runDir.resolve("report.xlsx").toFile()))) {
                assertThat(workbook.getSheet("Findings").getLastRowNum()).isEqualTo(run.findings().size());
            }
        }
    }

    /** Without Organizations the accounts of an organization run cannot be known: exit 2 naming the call, the answer and the way out. */
    @Test
    void anOrganizationRunSaysTheOrganizationCannotBeRead(@TempDir Path dir) throws Exception {
        AuditRun run = audit(dir, emulator().freshAccount().get(), LocalStack.endpoint(), "organization");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("organizations:ListAccounts").contains(NOT_IN_PLAN).contains("irready.scope.source: accounts");
        if (Files.isDirectory(dir.resolve("out"))) {
            try (var written = Files.list(dir.resolve("out"))) {
                assertThat(written.filter(Files::isDirectory).toList()).as("no run folder").isEmpty();
            }
        }
    }

    private static AuditRun audit(Path dir, Emulator.Account account, String endpoint, String source) {
        Path out = dir.resolve("out");
        String settings = AwsScenario.settings("    source: " + source + "\n").replace("[us-east-1, eu-west-1]", "[us-east-1]");
        return AuditRun.as(account.accessKeyId(), out, "audit", "--config", AuditRun.config(dir, settings).toString(), "--endpoint", endpoint,
                "--out", out.toString());
    }
}
