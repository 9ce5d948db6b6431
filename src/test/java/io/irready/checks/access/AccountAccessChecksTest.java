package io.irready.checks.access;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.checks.TestSettings;
import io.irready.evidence.Evidence;
import io.irready.services.ec2.Ec2Instances;
import io.irready.services.iam.BreakGlassUsers;
import io.irready.services.iam.IamAccount;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.organizations.OrganizationEvidence.Account;
import io.irready.services.ssm.SsmManagedInstances;
import io.irready.services.sso.IdentityCenter;
import io.irready.services.sso.IdentityCenterHome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.ACCOUNT;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.MANAGEMENT_ACCOUNT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.organizationEvidence;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-ACC-01, IR-ACC-05 to IR-ACC-09. */
class AccountAccessChecksTest {

    private static final String ORGANIZATION = "data/organization.json";
    private static final String IAM_ACCOUNT = "data/123456789012/iam.account.json";
    private static final String BREAK_GLASS = "data/123456789012/iam.break-glass-users.json";

    private static OrganizationEvidence withAccounts(List<Account> accounts, Evidence<List<String>> features) {
        var o = organizationEvidence();
        return new OrganizationEvidence(o.organizationId(), o.managementAccountId(), o.collectedInAccount(), o.organizationTrails(), accounts,
                o.delegatedAdministrators(), o.tagPolicies(), features);
    }

    @Test
    void theThreeIrAccountsExist() {
        List<Finding> findings = new IrAccountsCheck().evaluate(compliant().build(), CONTEXT);
        onlyFor(findings, "security tooling account", Status.PASS, ORGANIZATION);
        onlyFor(findings, "log archive account", Status.PASS, ORGANIZATION);
        onlyFor(findings, "forensics account", Status.PASS, ORGANIZATION);
    }

    @Test
    void aMissingSuspendedOrSharedIrAccountFails() {
        var organization = withAccounts(List.of(new Account("123456789012", "Security Tooling", "ACTIVE", "Root"),
                new Account("444455556666", "Log Archive", "SUSPENDED", "Root"),
                new Account("777788889999", "Security and Forensics", "ACTIVE", "Root")), Evidence.collected(List.of()));
        List<Finding> findings = new IrAccountsCheck().evaluate(compliant().inOrganization(organization).build(), CONTEXT);
        assertThat(onlyFor(findings, "log archive account", Status.FAIL, ORGANIZATION).message()).contains("SUSPENDED");
        assertThat(onlyFor(findings, "forensics account", Status.FAIL, ORGANIZATION).message()).contains("also the security tooling account");
        var none = withAccounts(List.of(), Evidence.collected(List.of()));
        assertThat(onlyFor(new IrAccountsCheck().evaluate(compliant().inOrganization(none).build(), CONTEXT), "forensics account").message())
                .contains("no forensics account (named like '*forensic*')");
    }

    @Test
    void irAccountsAreUnknownOutsideAnOrganizationRun() {
        var alone = compliant().inOrganization((Evidence<OrganizationEvidence>) null).build();
        assertThat(new IrAccountsCheck().evaluate(alone, CONTEXT)).hasSize(3).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.UNKNOWN));
    }

    @Test
    void anAccountConfiguredByIdIsFoundByIdNotByName() {
        var context = TestSettings.bound("""
                irready.checks.organization-accounts.forensics: {id: "777788889999"}
                """).context(CONTEXT.evaluatedAt());
        var renamed = withAccounts(List.of(new Account("777788889999", "Sandbox", "ACTIVE", "Root"),
                new Account("123456789012", "Security Tooling", "ACTIVE", "Root"), new Account("444455556666", "Log Archive", "ACTIVE", "Root")),
                Evidence.collected(List.of()));
        onlyFor(new IrAccountsCheck().evaluate(compliant().inOrganization(renamed).build(), context), "forensics account", Status.PASS, ORGANIZATION);
    }

    @Test
    void aHardenedBreakGlassUserPasses() {
        only(new BreakGlassUsersCheck().evaluate(compliant().build(), CONTEXT), Status.PASS, BREAK_GLASS);
    }

    @Test
    void aBreakGlassUserWithKeysOrWithoutMfaFailsAndUnreadablePartsAreUnknown() {
        var weak = compliant().with(BreakGlassUsers.TYPE, new BreakGlassUsers(Evidence.collected(List.of(new BreakGlassUsers.User("break-glass-1",
                "arn:aws:iam::123456789012:user/break-glass-1", null, Evidence.collected(0), Evidence.collected(1), Evidence.collected(true))))));
        assertThat(only(new BreakGlassUsersCheck().evaluate(weak.build(), CONTEXT), Status.FAIL, BREAK_GLASS).message())
                .contains("no MFA device", "1 active access key");
        var unread = compliant().with(BreakGlassUsers.TYPE, new BreakGlassUsers(Evidence.collected(List.of(new BreakGlassUsers.User("break-glass-1",
                "arn:aws:iam::123456789012:user/break-glass-1", null, denied("iam:ListMFADevices"), Evidence.collected(0), Evidence.collected(true))))));
        only(new BreakGlassUsersCheck().evaluate(unread.build(), CONTEXT), Status.UNKNOWN, BREAK_GLASS);
    }

    @Test
    void noBreakGlassUserFailsUnlessTheyAreKeptInAnotherAccount() {
        var none = compliant().with(BreakGlassUsers.TYPE, new BreakGlassUsers(Evidence.collected(List.of())));
        assertThat(only(new BreakGlassUsersCheck().evaluate(none.build(), CONTEXT), Status.FAIL, BREAK_GLASS).message())
                .contains("irready.checks.break-glass.account");
        var elsewhere = TestSettings.bound("irready.checks.break-glass.account: \"111122223333\"").context(CONTEXT.evaluatedAt());
        only(new BreakGlassUsersCheck().evaluate(none.build(), elsewhere), Status.NOT_APPLICABLE, BREAK_GLASS);
        var here = TestSettings.bound("irready.checks.break-glass.account: \"123456789012\"").context(CONTEXT.evaluatedAt());
        only(new BreakGlassUsersCheck().evaluate(none.build(), here), Status.FAIL, BREAK_GLASS);
        only(new BreakGlassUsersCheck().evaluate(compliant().withEvidence(BreakGlassUsers.TYPE, null, denied("iam:ListUsers")).build(), CONTEXT),
                Status.UNKNOWN, BREAK_GLASS);
    }

    @Test
    void aRootWithMfaOrWithoutAnyCredentialPassesAndKeysOrCertificatesFail() {
        var check = new RootProtectedCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, IAM_ACCOUNT);
        only(check.evaluate(withRoot(1, 1, 1, 0).build(), CONTEXT), Status.FAIL, IAM_ACCOUNT);
        assertThat(only(check.evaluate(withRoot(1, 0, 1, 1).build(), CONTEXT), Status.FAIL, IAM_ACCOUNT).message()).contains("signing certificate");
        assertThat(only(check.evaluate(withRoot(0, 0, 0, 0).build(), CONTEXT), Status.PASS, IAM_ACCOUNT).message())
                .contains("no password, access key or signing certificate").contains("manages root credentials centrally")
                .contains("RootSessions) are on");
    }

    @Test
    void centralRootManagementNeverPassesAMemberWhoseRootStillHasAPassword() {
        // The organization manages root credentials centrally (the fixture's features), but nobody deleted this member's root password.
        var check = new RootProtectedCheck();
        Finding finding = only(check.evaluate(withRoot(0, 0, 1, 0).build(), CONTEXT), Status.FAIL, IAM_ACCOUNT);
        assertThat(finding.message()).contains("has a password and no MFA").contains("manages root credentials centrally")
                .contains("Delete root user credentials");
        var management = withAccounts(organizationEvidence().accounts(), Evidence.collected(List.of("RootCredentialsManagement")));
        var managementAccount = new OrganizationEvidence(management.organizationId(), "123456789012", "123456789012", management.organizationTrails(),
                management.accounts(), management.delegatedAdministrators(), management.tagPolicies(), management.iamOrganizationsFeatures());
        assertThat(only(check.evaluate(withRoot(0, 0, 1, 0).inOrganization(managementAccount).build(), CONTEXT), Status.FAIL, IAM_ACCOUNT)
                .message()).contains("management account's root");
        var unread = withRoot(0, 0, 1, 0).inOrganization(withAccounts(organizationEvidence().accounts(), denied("iam:ListOrganizationsFeatures")));
        assertThat(only(check.evaluate(unread.build(), CONTEXT), Status.FAIL, IAM_ACCOUNT).message()).contains("could not be read");
    }

    @Test
    void aKeyMissingFromTheSummaryIsUnknownNamingIt() {
        var check = new RootProtectedCheck();
        assertThat(only(check.evaluate(withRoot(0, 0, null, 0).build(), CONTEXT), Status.UNKNOWN, IAM_ACCOUNT).message())
                .contains("AccountPasswordPresent");
        assertThat(only(check.evaluate(withRoot(1, null, 1, 0).build(), CONTEXT), Status.UNKNOWN, IAM_ACCOUNT).message())
                .contains("AccountAccessKeysPresent");
        only(check.evaluate(withRoot(1, 0, null, 0).build(), CONTEXT), Status.PASS, IAM_ACCOUNT);
        only(check.evaluate(compliant().withEvidence(IamAccount.TYPE, null, denied("iam:GetAccountSummary")).build(), CONTEXT),
                Status.UNKNOWN, IAM_ACCOUNT);
    }

    private static io.irready.checks.EvidenceFixtures withRoot(Integer mfa, Integer keys, Integer password, Integer certificates) {
        return compliant().with(IamAccount.TYPE, new IamAccount(Evidence.collected(new IamAccount.RootUser(mfa, keys, password, certificates)),
                Evidence.collected(List.of())));
    }

    @Test
    void anIrPermissionSetProvisionedToTheAccountPasses() {
        only(new IrPermissionSetCheck().evaluate(compliant().build(), CONTEXT), Status.PASS, "data/123456789012/us-east-1/sso.permission-sets.json");
    }

    @Test
    void aPermissionSetNotProvisionedHereOrNoInstanceFails() {
        var notHere = compliant().with(IdentityCenter.TYPE, "us-east-1", new IdentityCenter(Evidence.collected(List.of(new IdentityCenter.Instance(
                "arn:i", Evidence.collected(List.of(new IdentityCenter.PermissionSet("arn:ps", "IR-Investigator",
                        Evidence.collected(List.of("999999999999"))))))))));
        assertThat(only(new IrPermissionSetCheck().evaluate(notHere.build(), CONTEXT)).message()).contains("not provisioned");
        var noInstance = compliant().with(IdentityCenter.TYPE, "us-east-1", new IdentityCenter(Evidence.collected(List.of())));
        assertThat(only(new IrPermissionSetCheck().evaluate(noInstance.build(), CONTEXT)).status())
                .as("every enabled Region of the organization was searched").isEqualTo(Status.FAIL);
    }

    @Test
    void theOrganizationsInstanceIsJudgedInItsHomeRegionEvenWhenThatRegionIsNotAudited() {
        var noInstanceHere = compliant().with(IdentityCenter.TYPE, "us-east-1", new IdentityCenter(Evidence.collected(List.of())));
        var home = new IdentityCenterHome("ap-southeast-2", MANAGEMENT_ACCOUNT, new IdentityCenter(Evidence.collected(List.of(
                new IdentityCenter.Instance("arn:aws:sso:::instance/ssoins-org", Evidence.collected(List.of(new IdentityCenter.PermissionSet(
                        "arn:ps", "IR-Responder", Evidence.collected(List.of(ACCOUNT))))))))));
        var inHome = noInstanceHere.inOrganization(withIdentityCenter(Evidence.collected(home)));
        assertThat(only(new IrPermissionSetCheck().evaluate(inHome.build(), CONTEXT)).message()).contains("IR-Responder is provisioned");

        var unread = noInstanceHere.inOrganization(withIdentityCenter(new Evidence.Failed<>("sso:ListInstances", "throttled")));
        assertThat(only(new IrPermissionSetCheck().evaluate(unread.build(), CONTEXT)).status()).isEqualTo(Status.UNKNOWN);
        // A bundle of an older irready, which did not look for the instance in every Region: the management account is not audited here.
        var older = noInstanceHere.inOrganization(withIdentityCenter(null));
        var finding = only(new IrPermissionSetCheck().evaluate(older.build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("not audited");
    }

    private static OrganizationEvidence withIdentityCenter(Evidence<IdentityCenterHome> home) {
        var o = organizationEvidence();
        return new OrganizationEvidence(o.organizationId(), o.managementAccountId(), o.collectedInAccount(), o.organizationTrails(), o.accounts(),
                o.delegatedAdministrators(), o.tagPolicies(), o.iamOrganizationsFeatures(), home, o.organizationEventDataStores(), o.securityLake());
    }

    @Test
    void aPermissionSetWhoseAccountsCannotBeReadIsUnknown() {
        var unread = compliant().with(IdentityCenter.TYPE, "us-east-1", new IdentityCenter(Evidence.collected(List.of(new IdentityCenter.Instance(
                "arn:i", Evidence.collected(List.of(new IdentityCenter.PermissionSet("arn:ps", "IR-Investigator",
                        denied("sso:ListAccountsForProvisionedPermissionSet")))))))));
        assertThat(only(new IrPermissionSetCheck().evaluate(unread.build(), CONTEXT)).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void liveResponseNeedsManagedInstancesAndSessionLogging() {
        var check = new LiveResponseCheck();
        String ref = "data/123456789012/us-east-1/ssm.managed-instances.json";
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, ref);
        var unmanaged = compliant().with(Ec2Instances.TYPE, "us-east-1", new Ec2Instances(Evidence.collected(List.of("i-1", "i-2"))));
        assertThat(only(check.evaluate(unmanaged.build(), CONTEXT), Status.FAIL, ref).message()).contains("1 of 2", "50%");
        var unlogged = compliant().with(SsmManagedInstances.TYPE, "us-east-1", new SsmManagedInstances(Evidence.collected(List.of("i-1")),
                Evidence.collected(null)));
        assertThat(only(check.evaluate(unlogged.build(), CONTEXT), Status.FAIL, ref).message()).contains("does not record sessions");
        var idle = compliant().with(Ec2Instances.TYPE, "us-east-1", new Ec2Instances(Evidence.collected(List.of())));
        only(check.evaluate(idle.build(), CONTEXT), Status.NOT_APPLICABLE, "data/123456789012/us-east-1/ec2.instances.json");
        var denied = compliant().withEvidence(SsmManagedInstances.TYPE, "us-east-1", denied("ssm:DescribeInstanceInformation"));
        only(check.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, ref);
    }

    @Test
    void aSupportRoleIsNeeded() {
        var check = new SupportRoleCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, IAM_ACCOUNT);
        var none = compliant().with(IamAccount.TYPE, new IamAccount(Evidence.collected(new IamAccount.RootUser(1, 0, 1, 0)), Evidence.collected(List.of())));
        only(check.evaluate(none.build(), CONTEXT), Status.FAIL, IAM_ACCOUNT);
        var denied = compliant().with(IamAccount.TYPE, new IamAccount(Evidence.collected(new IamAccount.RootUser(1, 0, 1, 0)),
                denied("iam:ListEntitiesForPolicy")));
        only(check.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, IAM_ACCOUNT);
    }
}
