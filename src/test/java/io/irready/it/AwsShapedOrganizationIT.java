package io.irready.it;

import io.irready.aws.AwsShapedProxy;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.results.ScopeFindings;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization audited as real AWS behaves, through {@link AwsShapedProxy} in front of moto: Regions an account never
 * enabled, Regions a service control policy denies, a Region where listing trails is denied, organization trails whose
 * details only their owner may read, and irready running in a delegated administrator rather than the management account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsShapedOrganizationIT {

    private static final String MANAGEMENT = AwsScenario.ACCOUNT;
    private static final String USABLE = "us-east-1, eu-west-1, us-west-2";
    private static final String FIVE = "[" + USABLE + ", eu-central-1, ap-east-1]";

    @TempDir
    Path dir;

    private OrganizationScenario organization;
    private List<String> members;

    @BeforeAll
    void seed() {
        Moto.reset();
        organization = new OrganizationScenario(Moto.endpoint()).seed();
        members = List.of(organization.account("security-tooling"), organization.account("prod-app"), organization.account("dev-app"));
    }

    /** The members only: service control policies never apply to the management account, which this audit leaves out. */
    private String membersOnly() {
        return "    source: organization\n    exclude-accounts: [\"" + MANAGEMENT + "\", \"" + organization.account("no-audit-role") + "\"]\n";
    }

    @Test
    void regionsNotEnabledOrDeniedByAnScpAreSkippedWithTheirReasonsAndTheOthersJudgedAsWithoutThem() throws Exception {
        AuditRun usable;
        try (AwsShapedProxy plain = AwsShapedProxy.inFrontOf(Moto.endpoint())) {
            usable = audit("usable", AwsScenario.settings("[" + USABLE + "]", membersOnly()), plain);
        }
        AuditRun run;
        try (AwsShapedProxy aws = AwsShapedProxy.inFrontOf(Moto.endpoint()).regionNotEnabled(null, "ap-east-1")) {
            members.forEach(member -> aws.scpDeniesRegion(member, "eu-central-1"));
            run = audit("five", AwsScenario.settings(FIVE, membersOnly()), aws);
            assertThat(aws.calls()).as("a Region not enabled is never called in an audited account")
                    .noneMatch(call -> members.contains(call.account()) && call.region().equals("ap-east-1"));
            assertThat(aws.calls()).as("a denied Region: only its first two calls")
                    .filteredOn(call -> members.contains(call.account()) && call.region().equals("eu-central-1"))
                    .extracting(call -> call.service() + ":" + call.operation()).containsOnly("ec2:DescribeVpcs", "guardduty:ListDetectors")
                    .hasSize(2 * members.size());
        }

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(usable.exitCode());
        assertThat(run.stdout()).contains("Regions          6 account-Regions skipped: 3 not enabled, 3 denied by SCP")
                .contains(scoreLine(usable));
        long regional = io.irready.checks.CheckCatalog.all().stream().filter(io.irready.checks.Check::regional).count();
        for (String member : members) {
            for (String region : List.of("ap-east-1", "eu-central-1")) {
                List<Finding> there = run.findings().stream().filter(f -> f.accountId().equals(member) && region.equals(f.region())).toList();
                assertThat(there).as(member + " " + region).hasSize((int) regional + 1).allSatisfy(f -> {
                    assertThat(f.status()).isEqualTo(Status.SKIPPED);
                    assertThat(f.message()).doesNotContain("grant");
                });
                assertThat(there.get(0).message()).isEqualTo(region.equals("ap-east-1")
                        ? "Not audited: Region ap-east-1 is not enabled in this account (opt-in Region)."
                        : "Not audited: Region eu-central-1 is denied to the audit role by a service control policy "
                        + "arn:aws:organizations::123456789012:policy/o-exampleorg/service_control_policy/p-regiondeny (region deny).");
            }
        }
        assertThat(judged(run)).as("the usable Regions are judged exactly as when only they are audited").isEqualTo(judged(usable));
        assertReportsCountTheSkippedRegions(run);
    }

    @Test
    void allEnabledAuditsTheRegionsEachAccountHasEnabled() throws Exception {
        String prod = organization.account("prod-app");
        String dev = organization.account("dev-app");
        AuditRun run;
        try (AwsShapedProxy aws = AwsShapedProxy.inFrontOf(Moto.endpoint()).regionEnabled(prod, "me-central-1").regionEnabled(dev, "af-south-1")) {
            run = audit("all-enabled", AwsScenario.settings("all-enabled", "    source: accounts\n    accounts: [\"" + prod + "\", \"" + dev
                    + "\"]\n    audit-role: OrganizationAccountAccessRole\n"), aws);
        }
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        Map<String, Set<String>> regions = run.findings().stream().filter(f -> f.region() != null)
                .collect(Collectors.groupingBy(Finding::accountId, Collectors.mapping(Finding::region, Collectors.toCollection(TreeSet::new))));
        assertThat(regions.get(prod)).hasSize(18).contains("us-east-1", "ap-northeast-3", "me-central-1").doesNotContain("af-south-1", "ap-east-1");
        assertThat(regions.get(dev)).hasSize(18).contains("af-south-1").doesNotContain("me-central-1");
        assertThat(run.findings()).noneMatch(f -> f.status() == Status.SKIPPED && f.region() != null);
        assertThat(Files.readString(run.runDir().resolve("evidence/data/" + prod + "/account.regions.json"))).contains("account:ListRegions");
    }

    @Test
    void aRegionWhoseTrailsCannotBeListedKeepsTheEncryptionCheckFromPassingTheAccount() {
        String dev = organization.account("dev-app");
        String prod = organization.account("prod-app");
        encryptOrganizationTrail();
        unencryptedTrailIn(organization.management().inAccount(dev), "eu-west-1");
        AuditRun run;
        try (AwsShapedProxy aws = AwsShapedProxy.inFrontOf(Moto.endpoint()).organizationTrailsOf(MANAGEMENT, null)
                .denies(dev, "eu-west-1", "cloudtrail:DescribeTrails", false).denies(prod, "us-east-1", "guardduty:ListDetectors", true)) {
            run = audit("trails", AwsScenario.settings("    source: organization\n    exclude-accounts: [\"" + organization.account("no-audit-role")
                    + "\"]\n"), aws);
        }
        List<Finding> devEncryption = run.findingsOf("IR-LOG-04").stream().filter(f -> f.accountId().equals(dev)).toList();
        assertThat(devEncryption).anySatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.resourceId()).contains(OrganizationScenario.ORGANIZATION_TRAIL);
        });
        assertThat(devEncryption).anySatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.region()).isEqualTo("eu-west-1");
            assertThat(f.message()).contains("eu-west-1").contains("access denied to cloudtrail:DescribeTrails");
        });
        assertThat(run.findingsOf("IR-LOG-04")).filteredOn(f -> f.accountId().equals(prod)).extracting(Finding::status).containsOnly(Status.PASS);

        // One action an SCP denies, in a Region that is otherwise audited: UNKNOWN naming the policy, never advice to grant it.
        Finding guardDuty = run.findingsOf("IR-DET-01").stream().filter(f -> f.accountId().equals(prod) && "us-east-1".equals(f.region()))
                .findFirst().orElseThrow();
        assertThat(guardDuty.status()).isEqualTo(Status.UNKNOWN);
        assertThat(guardDuty.message()).contains("service control policy").doesNotContain("grant it to the audit role");
    }

    @Test
    void fromADelegatedAdministratorTheOrganizationTrailIsReadThroughItsOwner() throws Exception {
        String security = organization.account("security-tooling");
        AwsSessionCredentials session;
        try (AwsShapedProxy aws = AwsShapedProxy.inFrontOf(Moto.endpoint()).organizationsAdministrator(security).organizationTrailsOf(MANAGEMENT, null)) {
            session = sessionIn(aws, security);
            AuditRun run = auditAs(session, "delegated", aws);
            assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
            for (String member : members) {
                assertThat(run.findingsOf("IR-LOG-01")).filteredOn(f -> f.accountId().equals(member)).singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.message()).contains("organization trail 'org-trail'");
                });
            }
            assertThat(aws.calls()).as("the caller's own read was refused, then the owner answered")
                    .anyMatch(call -> call.account().equals(security) && call.operation().equals("GetTrailStatus") && call.status() == 400)
                    .anyMatch(call -> call.account().equals(MANAGEMENT) && call.operation().equals("GetTrailStatus") && call.status() == 200);

            aws.refusesRolesIn(MANAGEMENT);
            AuditRun ownerUnreachable = auditAs(session, "owner-unreachable", aws);
            List<Finding> coverage = ownerUnreachable.findingsOf("IR-LOG-01").stream().filter(f -> members.contains(f.accountId())).toList();
            assertThat(coverage).isNotEmpty().allSatisfy(f -> {
                assertThat(f.status()).as("where irready runs is never a reason to FAIL").isEqualTo(Status.UNKNOWN);
                assertThat(f.message()).contains("account " + MANAGEMENT);
            });
        }
    }

    private void assertReportsCountTheSkippedRegions(AuditRun run) throws Exception {
        try (var pdf = Loader.loadPDF(run.runDir().resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("6 account-Regions skipped: 3 not enabled, 3 denied by SCP");
        }
        try (var workbook = new XSSFWorkbook(new FileInputStream(run.runDir().resolve("report.xlsx").toFile()))) {
            List<String> skipped = new ArrayList<>();
            String summary = null;
            for (Row row : workbook.getSheet("Coverage")) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (first.equals("SKIPPED") && row.getCell(5) != null && !row.getCell(5).getStringCellValue().equals("(account)")) {
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(ScopeFindings.CHECK_ID);
                    skipped.add(row.getCell(3).getStringCellValue() + "/" + row.getCell(5).getStringCellValue());
                }
                if (first.startsWith("6 account-Regions skipped")) {
                    summary = first;
                }
            }
            assertThat(skipped).hasSize(6);
            assertThat(summary).isNotNull();
        }
    }

    /** What each finding outside the skipped Regions says: check, account, Region, resource, status, message and evidence. */
    private static Set<String> judged(AuditRun run) {
        return run.findings().stream().filter(f -> f.status() != Status.SKIPPED)
                .map(f -> String.join(" | ", f.checkId(), f.accountId(), String.valueOf(f.region()), f.resourceId(), f.status().name(),
                        f.message().replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "<time>"), f.evidenceRef()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String scoreLine(AuditRun run) {
        return run.stdout().lines().filter(line -> line.contains("Readiness score")).findFirst().orElseThrow();
    }

    private void encryptOrganizationTrail() {
        AwsScenario management = organization.management();
        try (KmsClient kms = management.client(KmsClient.builder(), "us-east-1");
             CloudTrailClient cloudTrail = management.client(CloudTrailClient.builder(), "us-east-1")) {
            String key = kms.createKey(k -> k.description("org trail")).keyMetadata().arn();
            cloudTrail.updateTrail(t -> t.name(OrganizationScenario.ORGANIZATION_TRAIL).kmsKeyId(key));
        }
    }

    private static void unencryptedTrailIn(AwsScenario account, String region) {
        account.trailBucket("dev-local-trail");
        try (CloudTrailClient cloudTrail = account.client(CloudTrailClient.builder(), region)) {
            cloudTrail.createTrail(t -> t.name("dev-local").s3BucketName("dev-local-trail").isMultiRegionTrail(false));
            cloudTrail.startLogging(l -> l.name("dev-local"));
        }
    }

    /** A session in {@code account}, assumed through the proxy so that it knows which account the session's key acts in. */
    private static AwsSessionCredentials sessionIn(AwsShapedProxy aws, String account) {
        try (StsClient sts = new AwsScenario(aws.endpoint()).client(StsClient.builder(), "us-east-1")) {
            var credentials = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + account + ":role/OrganizationAccountAccessRole")
                    .roleSessionName("irready-task")).credentials();
            return AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
        }
    }

    private AuditRun auditAs(AwsSessionCredentials session, String name, AwsShapedProxy aws) {
        Path out = dir.resolve(name).resolve("out");
        String settings = AwsScenario.settings("[us-east-1]", "    source: organization\n    exclude-accounts: [\""
                + organization.account("no-audit-role") + "\"]\n");
        return AuditRun.withSession(session, out, "audit", "--config", AuditRun.config(dir.resolve(name), settings).toString(),
                "--endpoint", aws.endpoint(), "--out", out.toString());
    }

    private AuditRun audit(String name, String settings, AwsShapedProxy aws) {
        Path out = dir.resolve(name).resolve("out");
        return AuditRun.of(out, "audit", "--config", AuditRun.config(dir.resolve(name), settings).toString(), "--endpoint", aws.endpoint(),
                "--out", out.toString());
    }
}
