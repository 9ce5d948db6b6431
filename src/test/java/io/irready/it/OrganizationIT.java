package io.irready.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.irready.aws.AwsStub;
import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.results.ScopeFindings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole AWS Organization against moto, through a proxy that refuses one member's audit role (and reports AWS Config's
 * deliveries, which moto does not):
 * suspended accounts are skipped, an unreachable account is UNKNOWN with the reason and the run
 * completes, the organization trail covers members whose DescribeTrails does not list it, and one
 * member's misconfigurations fail only there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationIT {

    static final String MANAGEMENT = AwsScenario.ACCOUNT;

    @TempDir
    Path dir;

    private OrganizationScenario organization;
    private AwsStub stub;
    private WireMockServer proxy;

    @BeforeAll
    void seedTheOrganization() {
        Moto.reset();
        organization = new OrganizationScenario(Moto.endpoint()).seed();
        stub = ReadyStubs.configWorking(AwsStub.inFrontOf(Moto.endpoint()));
        proxy = stub.server();
        proxy.stubFor(post(anyUrl()).atPriority(1)
                .withRequestBody(containing("Action=AssumeRole"))
                .withRequestBody(containing("RoleArn=arn%3Aaws%3Aiam%3A%3A" + organization.account("no-audit-role") + "%3Arole"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody(
                        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                                + "<Message>User: arn:aws:sts::123456789012:assumed-role/irready/x is not authorized to perform: sts:AssumeRole"
                                + "</Message></Error><RequestId>1</RequestId></ErrorResponse>")));
    }

    @AfterAll
    void stopProxy() {
        stub.close();
    }

    @Test
    void theWholeOrganizationIsAuditedInOneRun() throws Exception {
        AuditRun run = audit("org", "    source: organization\n");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).contains("Accounts         4 audited, 1 skipped, 1 unreachable");
        assertThat(run.stderr().lines().filter(line -> line.contains("warning")).toList()).as("the default audit role is an administrator")
                .singleElement().satisfies(line -> assertThat(line).contains("OrganizationAccountAccessRole, a full administrator")
                        .contains("irready-audit-role.yml in the management account").doesNotContain("\n"));
        List<Finding> findings = run.findings();
        Map<String, List<Finding>> byAccount = findings.stream().collect(Collectors.groupingBy(Finding::accountId));
        List<String> checks = CheckCatalog.metadata().stream().map(CheckMetadata::id).toList();

        // The closed account: one SKIPPED finding with the reason, nothing else, and no evidence collected.
        String retired = organization.account("retired");
        assertThat(byAccount.get(retired)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.SKIPPED);
            assertThat(f.checkId()).isEqualTo(ScopeFindings.CHECK_ID);
            assertThat(f.message()).contains("SUSPENDED");
        });
        assertThat(run.runDir().resolve("evidence/data/" + retired)).doesNotExist();

        // The account whose role cannot be assumed: every check UNKNOWN, naming the role and the reason.
        String unreachable = organization.account("no-audit-role");
        assertThat(byAccount.get(unreachable)).extracting(Finding::checkId).containsAll(checks);
        assertThat(byAccount.get(unreachable)).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.message()).contains("arn:aws:iam::" + unreachable + ":role/OrganizationAccountAccessRole").contains("AccessDenied");
        });

        // Ready members pass every check their seeding prepares; the organization trail covers them although their DescribeTrails
        // does not list it.
        for (String member : List.of(MANAGEMENT, organization.account("security-tooling"), organization.account("prod-app"))) {
            assertThat(statuses(byAccount.get(member).stream().filter(f -> PREPARED.contains(f.checkId())).toList())).as(member)
                    .isSubsetOf(Status.PASS, Status.NOT_APPLICABLE);
            assertThat(byAccount.get(member)).extracting(Finding::checkId).as(member).containsAll(checks);
        }
        for (String member : List.of(organization.account("security-tooling"), organization.account("prod-app"))) {
            assertThat(Files.readString(run.runDir().resolve("evidence/data/" + member + "/cloudtrail.trails.json")))
                    .as("moto does not list the organization trail to members").doesNotContain(OrganizationScenario.ORGANIZATION_TRAIL);
            assertThat(messages(byAccount.get(member), "IR-LOG-01")).contains("Covered by the organization trail 'org-trail'");
            assertThat(messages(byAccount.get(member), "IR-LOG-03")).contains("organization trail 'org-trail'");
            assertThat(messages(byAccount.get(member), "IR-LOG-08")).contains("read in account " + MANAGEMENT + ", which owns the bucket");
            assertThat(byAccount.get(member)).filteredOn(f -> f.checkId().equals("IR-LOG-01"))
                    .extracting(Finding::evidenceRef).containsOnly("data/organization.json");
        }

        // The misconfigured member fails exactly its own problems among the prepared checks, and none fails anywhere else.
        String dev = organization.account("dev-app");
        List<Finding> preparedFailures = findings.stream().filter(f -> f.status() == Status.FAIL && PREPARED.contains(f.checkId())).toList();
        assertThat(preparedFailures).extracting(Finding::accountId).containsOnly(dev);
        assertThat(preparedFailures).extracting(Finding::checkId).containsOnly("IR-LOG-09", "IR-ACC-02");

        // The organization's facts reach every member's checks: its accounts, delegated administrators and tag policy.
        String prod = organization.account("prod-app");
        assertThat(findingOf(byAccount.get(prod), "IR-ACC-01", "security tooling account").status()).isEqualTo(Status.PASS);
        assertThat(findingOf(byAccount.get(prod), "IR-ACC-01", "forensics account").status()).isEqualTo(Status.FAIL);
        assertThat(findingOf(byAccount.get(prod), "IR-DET-04", "delegated administration").message())
                .contains("securityhub.amazonaws.com has no delegated administrator").doesNotContain("guardduty.amazonaws.com has");
        assertThat(findingOf(byAccount.get(prod), "IR-TAG-01", "tag policy").message()).contains("do not define Environment");

        assertThat(Files.readString(run.runDir().resolve("evidence/data/scope.json"))).contains("Root/Workloads/Prod");
        assertReports(run, retired, unreachable);
    }

    /** The checks the scenario's seeding prepares (trail, Config, log groups, tags, responder roles); the others judge what it leaves out. */
    private static final Set<String> PREPARED = Set.of("IR-LOG-01", "IR-LOG-03", "IR-LOG-08", "IR-LOG-09", "IR-LOG-12", "IR-TAG-02",
            "IR-ACC-02", "IR-ACC-03", "IR-ACC-04");

    private static Finding findingOf(List<Finding> findings, String check, String resource) {
        return findings.stream().filter(f -> f.checkId().equals(check) && f.resourceId().equals(resource)).findFirst().orElseThrow();
    }

    private void assertReports(AuditRun run, String retired, String unreachable) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(run.runDir().resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Accounts ranked by readiness").contains("Top gaps")
                    .contains("Accounts not audited").contains("retired").contains("SUSPENDED")
                    .contains("unreachable").contains("Account prod-app (" + organization.account("prod-app") + ")")
                    .contains("Root/Workloads/Prod");
            assertThat(text.indexOf("Accounts ranked by readiness")).isLessThan(text.indexOf("Account prod-app ("));
        }
        try (var workbook = new XSSFWorkbook(new FileInputStream(run.runDir().resolve("report.xlsx").toFile()))) {
            Map<String, Row> rows = new HashMap<>();
            workbook.getSheet("Accounts").forEach(row -> rows.put(row.getCell(0).getStringCellValue(), row));
            assertThat(rows.get("Account ID").getCell(2).getStringCellValue()).isEqualTo("OU path");
            assertThat(rows.get(organization.account("prod-app")).getCell(2).getStringCellValue()).isEqualTo("Root/Workloads/Prod");
            assertThat(rows.get(organization.account("prod-app")).getCell(3).getStringCellValue()).isEqualTo("AUDITED");
            assertThat(rows.get(retired).getCell(3).getStringCellValue()).isEqualTo("SKIPPED");
            assertThat(rows.get(unreachable).getCell(3).getStringCellValue()).isEqualTo("UNREACHABLE");
            assertThat(rows.get(unreachable).getCell(4).getStringCellValue()).contains("could not be assumed");
            assertThat(rows).hasSize(7);
        }
    }

    @Test
    void includeAndExcludeFiltersNarrowTheOrganization() {
        AuditRun run = audit("filtered", "    source: organization\n    include-ous: [Root/Workloads]\n    exclude-ous: ["
                + organization.ou("Prod") + "]\n    exclude-accounts: [\"" + organization.account("no-audit-role") + "\"]\n");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        Map<String, Set<Status>> statuses = run.findings().stream().collect(Collectors.groupingBy(Finding::accountId,
                Collectors.mapping(Finding::status, Collectors.toSet())));
        assertThat(statuses.get(organization.account("dev-app"))).contains(Status.PASS, Status.FAIL);
        for (String skipped : List.of(MANAGEMENT, organization.account("security-tooling"), organization.account("prod-app"),
                organization.account("no-audit-role"), organization.account("retired"))) {
            assertThat(statuses.get(skipped)).as(skipped).containsExactly(Status.SKIPPED);
        }
        assertThat(messages(run.findings(), ScopeFindings.CHECK_ID)).contains("not in the OUs of irready.scope.include-ous")
                .contains("excluded by irready.scope.exclude-ous (" + organization.ou("Prod") + ")")
                .contains("excluded by irready.scope.exclude-accounts");
    }

    @Test
    void anExplicitListOfAccountsIsAuditedThroughTheAuditRole() throws Exception {
        String security = organization.account("security-tooling");
        AuditRun run = audit("accounts", "    source: accounts\n    accounts: [\"" + MANAGEMENT + "\", \"" + security + "\"]\n"
                + "    audit-role: irready-audit\n");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).as("the read-only role is no cause for a warning").doesNotContain("warning");
        assertThat(run.findings()).extracting(Finding::accountId).containsOnly(MANAGEMENT, security);
        assertThat(Files.readString(run.runDir().resolve("evidence/data/" + security + "/access.json")))
                .contains("arn:aws:iam::" + security + ":role/irready-audit");
        // Without Organizations access there are no organization facts: the member's own DescribeTrails is all there is.
        assertThat(run.runDir().resolve("evidence/data/organization.json")).doesNotExist();
        assertThat(run.findingsOf("IR-LOG-01")).filteredOn(f -> f.accountId().equals(security)).extracting(Finding::status)
                .containsExactly(Status.FAIL);
    }

    private AuditRun audit(String name, String scope) {
        Path out = dir.resolve(name).resolve("out");
        return AuditRun.of(out, "audit", "--config", AuditRun.config(dir.resolve(name), AwsScenario.settings(scope)).toString(),
                "--endpoint", proxy.baseUrl(), "--out", out.toString());
    }

    private static Set<Status> statuses(List<Finding> findings) {
        return findings.stream().map(Finding::status).collect(Collectors.toSet());
    }

    private static String messages(List<Finding> findings, String check) {
        return findings.stream().filter(f -> f.checkId().equals(check)).map(Finding::message).collect(Collectors.joining("\n"));
    }
}
