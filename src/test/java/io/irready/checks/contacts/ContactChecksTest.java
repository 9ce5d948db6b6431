package io.irready.checks.contacts;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.checks.TestSettings;
import io.irready.evidence.Evidence;
import io.irready.services.account.AccountContacts;
import io.irready.services.account.AccountContacts.Contact;
import io.irready.services.support.SupportPlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-PROC-01 to IR-PROC-03. */
class ContactChecksTest {

    private static final String CONTACTS = "data/123456789012/account.contacts.json";
    private static final String SUPPORT = "data/123456789012/support.plan.json";

    private static AccountContacts security(Evidence<Contact> security) {
        Evidence<Contact> team = Evidence.collected(new Contact("Ops", "ops@example.com", true));
        return new AccountContacts(security, team, team, Evidence.collected(true));
    }

    @Test
    void aTeamSecurityContactWithPhonePasses() {
        only(new SecurityContactCheck().evaluate(compliant().build(), CONTEXT), Status.PASS, CONTACTS);
    }

    @Test
    void aMissingPersonalOrPhonelessSecurityContactFails() {
        var check = new SecurityContactCheck();
        var none = compliant().with(AccountContacts.TYPE, security(Evidence.collected(null)));
        assertThat(only(check.evaluate(none.build(), CONTEXT), Status.FAIL, CONTACTS).message()).contains("No alternate security contact");
        var personal = compliant().with(AccountContacts.TYPE, security(Evidence.collected(new Contact("Bob", "bob@Gmail.com", true))));
        assertThat(only(check.evaluate(personal.build(), CONTEXT), Status.FAIL, CONTACTS).message()).contains("personal mailbox");
        var phoneless = compliant().with(AccountContacts.TYPE, security(Evidence.collected(new Contact("SOC", "soc@example.com", false))));
        assertThat(only(check.evaluate(phoneless.build(), CONTEXT), Status.FAIL, CONTACTS).message()).contains("no phone number");
        var garbage = compliant().with(AccountContacts.TYPE, security(Evidence.collected(new Contact("SOC", "soc@", true))));
        assertThat(only(check.evaluate(garbage.build(), CONTEXT), Status.FAIL, CONTACTS).message()).contains("not an e-mail address");
    }

    @Test
    void theCompanyDomainsAreConfigurationAndSubdomainsCount() {
        var context = TestSettings.bound("irready.checks.contacts.email-domains: [corp.example]").context(CONTEXT.evaluatedAt());
        var outside = compliant().with(AccountContacts.TYPE, security(Evidence.collected(new Contact("SOC", "soc@example.com", true))));
        assertThat(only(new SecurityContactCheck().evaluate(outside.build(), context), Status.FAIL, CONTACTS).message())
                .contains("not in the company's domains");
        var inside = compliant().with(AccountContacts.TYPE, security(Evidence.collected(new Contact("SOC", "soc@eu.corp.example", true))));
        only(new SecurityContactCheck().evaluate(inside.build(), context), Status.PASS, CONTACTS);
        var lookalike = compliant().with(AccountContacts.TYPE, security(Evidence.collected(new Contact("SOC", "soc@evilcorp.example", true))));
        only(new SecurityContactCheck().evaluate(lookalike.build(), context), Status.FAIL, CONTACTS);
    }

    @Test
    void unreadableContactsAreUnknown() {
        var denied = compliant().with(AccountContacts.TYPE, security(denied("account:GetAlternateContact")));
        only(new SecurityContactCheck().evaluate(denied.build(), CONTEXT), Status.UNKNOWN, CONTACTS);
        List<Finding> all = new OperationalContactsCheck().evaluate(compliant().withEvidence(AccountContacts.TYPE, null,
                denied("account:GetAlternateContact")).build(), CONTEXT);
        assertThat(all).hasSize(3).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.UNKNOWN));
    }

    @Test
    void operationsBillingAndPrimaryContactsAreEachJudged() {
        List<Finding> ok = new OperationalContactsCheck().evaluate(compliant().build(), CONTEXT);
        assertThat(ok).hasSize(3).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
        var gaps = compliant().with(AccountContacts.TYPE, new AccountContacts(Evidence.collected(new Contact("SOC", "soc@example.com", true)),
                Evidence.collected(null), Evidence.collected(new Contact("Fin", "fin@hotmail.com", true)), Evidence.collected(false)));
        List<Finding> findings = new OperationalContactsCheck().evaluate(gaps.build(), CONTEXT);
        onlyFor(findings, "operations contact", Status.FAIL, CONTACTS);
        assertThat(onlyFor(findings, "billing contact", Status.FAIL, CONTACTS).message()).contains("personal mailbox");
        onlyFor(findings, "primary contact", Status.FAIL, CONTACTS);
    }

    @Test
    void aBusinessOrEnterprisePlanPassesBasicAndDeveloperFail() {
        var check = new SupportPlanCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, SUPPORT);
        var basic = compliant().with(SupportPlan.TYPE, new SupportPlan(Evidence.collected(false), List.of()));
        assertThat(only(check.evaluate(basic.build(), CONTEXT), Status.FAIL, SUPPORT).message()).contains("Basic");
        var developer = compliant().with(SupportPlan.TYPE, new SupportPlan(Evidence.collected(true), List.of("low", "normal")));
        only(check.evaluate(developer.build(), CONTEXT), Status.FAIL, SUPPORT);
        var denied = compliant().with(SupportPlan.TYPE, new SupportPlan(denied("support:DescribeSeverityLevels"), List.of()));
        only(check.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, SUPPORT);
    }
}
