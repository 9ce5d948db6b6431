package io.irready.checks.contacts;

import io.irready.attestations.Attestations;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.events.EventRules;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.iam.Role;
import io.irready.services.incidents.OnCallReadiness;
import io.irready.services.organizations.Administrator;
import io.irready.services.securityir.SecurityIncidentResponse;
import io.irready.services.securityir.SecurityIncidentResponse.Membership;
import io.irready.services.ssm.SsmDocuments;
import io.irready.services.ssm.SsmDocuments.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.SECURITY_ACCOUNT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.organizationAdministeredBy;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-PROC-04 to IR-PROC-08. */
class ProcessChecksTest {

    private static final String MEMBERSHIPS = "data/123456789012/us-east-1/security-ir.memberships.json";
    private static final String ON_CALL = "data/123456789012/us-east-1/ssm-incidents.on-call.json";
    private static final String DOCUMENTS = "data/123456789012/us-east-1/ssm.documents.json";
    private static final String RULES = "data/123456789012/us-east-1/events.rules.json";
    private static final String ROLES = "data/123456789012/iam.roles.json";
    private static final Evidence<Attestations> NONE = Evidence.collected(new Attestations("config/attestations.yml", List.of()));

    private static SecurityIncidentResponse memberships(Membership... memberships) {
        return new SecurityIncidentResponse(Evidence.collected(List.of(memberships)));
    }

    @Test
    void anActiveMembershipWithATeamPasses() {
        only(new SecurityIncidentResponseCheck().evaluate(compliant().build(), CONTEXT), Status.PASS, MEMBERSHIPS);
    }

    @Test
    void aMembershipThatIsInactiveOrHasOneResponderFailsAndNoneFails() {
        var check = new SecurityIncidentResponseCheck();
        var small = compliant().with(SecurityIncidentResponse.TYPE, "us-east-1", memberships(new Membership("m", "Active", 1, false)));
        assertThat(only(check.evaluate(small.build(), CONTEXT), Status.FAIL, MEMBERSHIPS).message()).contains("1 person");
        var cancelled = compliant().with(SecurityIncidentResponse.TYPE, "us-east-1", memberships(new Membership("m", "Cancelled", 3, true)));
        only(check.evaluate(cancelled.build(), CONTEXT), Status.FAIL, MEMBERSHIPS);
        var none = compliant().with(SecurityIncidentResponse.TYPE, "us-east-1", memberships());
        only(check.evaluate(none.build(), CONTEXT), Status.FAIL, MEMBERSHIPS);
        var unsupported = compliant().withEvidence(SecurityIncidentResponse.TYPE, "us-east-1",
                new Evidence.Unsupported<>("security-ir:ListMemberships", "HTTP 500"));
        only(check.evaluate(unsupported.build(), CONTEXT), Status.UNKNOWN, MEMBERSHIPS);
    }

    @Test
    void anotherAccountsMembershipCountsOnlyWhenItCoversTheOrganization() {
        var check = new SecurityIncidentResponseCheck();
        var member = compliant().with(SecurityIncidentResponse.TYPE, "us-east-1", memberships())
                .withOther(SECURITY_ACCOUNT, SecurityIncidentResponse.TYPE, "us-east-1",
                        Evidence.collected(memberships(new Membership("m", "Active", 2, false))));
        only(check.evaluate(member.build(), CONTEXT), Status.FAIL, MEMBERSHIPS);
        member.withOther(SECURITY_ACCOUNT, SecurityIncidentResponse.TYPE, "us-east-1",
                Evidence.collected(memberships(new Membership("m", "Active", 2, true))));
        only(check.evaluate(member.build(), CONTEXT), Status.PASS, MEMBERSHIPS);
    }

    @Test
    void aMembershipThatCannotBeReadIsUnknownUnlessAnotherOnePasses() {
        var check = new SecurityIncidentResponseCheck();
        var unread = new Membership("m-denied", null, 0, false, "access denied to security-ir:GetMembership");
        var onlyUnread = compliant().with(SecurityIncidentResponse.TYPE, "us-east-1", memberships(unread));
        assertThat(only(check.evaluate(onlyUnread.build(), CONTEXT), Status.UNKNOWN, MEMBERSHIPS).message()).contains("m-denied");
        var alsoActive = compliant().with(SecurityIncidentResponse.TYPE, "us-east-1", memberships(unread, new Membership("m", "Active", 2, false)));
        only(check.evaluate(alsoActive.build(), CONTEXT), Status.PASS, MEMBERSHIPS);
    }

    @Test
    void onCallPassesThroughIncidentManagerAnAttestationOrAMembership() {
        var check = new OnCallCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, ON_CALL);
        var unsupported = compliant().withEvidence(OnCallReadiness.TYPE, "us-east-1", new Evidence.Unsupported<>("ssm-contacts:ListContacts", "500"));
        assertThat(only(check.evaluate(unsupported.build(), CONTEXT), Status.PASS, "data/attestations.json").message()).startsWith("Attested");
        only(check.evaluate(unsupported.withAttestations(NONE).build(), CONTEXT), Status.PASS, MEMBERSHIPS);
        var nothing = unsupported.with(SecurityIncidentResponse.TYPE, "us-east-1", memberships());
        assertThat(only(check.evaluate(nothing.build(), CONTEXT), Status.UNKNOWN, ON_CALL).message()).contains("ssm-contacts:ListContacts");
    }

    @Test
    void incidentManagerWithoutARotationOrReachableContactsFails() {
        var check = new OnCallCheck();
        var weak = compliant().withAttestations(NONE).with(SecurityIncidentResponse.TYPE, "us-east-1", memberships())
                .with(OnCallReadiness.TYPE, "us-east-1", new OnCallReadiness(Evidence.collected(List.of(
                        new OnCallReadiness.Contact("arn:alice", "PERSONAL", Evidence.collected(1)))),
                        Evidence.collected(List.of(new OnCallReadiness.ResponsePlan("arn:plan", Evidence.collected(0))))));
        assertThat(only(check.evaluate(weak.build(), CONTEXT), Status.FAIL, ON_CALL).message())
                .contains("no escalation plan", "fewer than two activated channels", "no response plan engages anyone");
        var unreadChannels = compliant().withAttestations(NONE).with(SecurityIncidentResponse.TYPE, "us-east-1", memberships())
                .with(OnCallReadiness.TYPE, "us-east-1", new OnCallReadiness(Evidence.collected(List.of(
                        new OnCallReadiness.Contact("arn:rota", "ONCALL_SCHEDULE", null),
                        new OnCallReadiness.Contact("arn:alice", "PERSONAL", denied("ssm-contacts:ListContactChannels")))),
                        Evidence.collected(List.of(new OnCallReadiness.ResponsePlan("arn:plan", Evidence.collected(1))))));
        only(check.evaluate(unreadChannels.build(), CONTEXT), Status.UNKNOWN, ON_CALL);
    }

    @Test
    void playbooksCoverEveryScenarioAndNoneIsPublic() {
        List<Finding> findings = new PlaybooksCheck().evaluate(compliant().build(), CONTEXT);
        onlyFor(findings, "playbook coverage", Status.PASS, DOCUMENTS);
        onlyFor(findings, "document sharing in us-east-1", Status.PASS, DOCUMENTS);
    }

    @Test
    void aMissingScenarioOrAPublicPlaybookFails() {
        var fixtures = compliant().with(SsmDocuments.TYPE, "us-east-1", new SsmDocuments(Evidence.collected(List.of(
                new Document("IR-creds", "Automation", Map.of("ir-playbook", "credential-compromise, data-exposure"), Evidence.collected(List.of("all"))),
                new Document("Other", "Command", Map.of("team", "ops"), Evidence.collected(List.of())))), Evidence.collected(false)));
        List<Finding> findings = new PlaybooksCheck().evaluate(fixtures.build(), CONTEXT);
        assertThat(onlyFor(findings, "playbook coverage", Status.FAIL, DOCUMENTS).message()).contains("covers instance-compromise");
        assertThat(onlyFor(findings, "document sharing in us-east-1", Status.FAIL, DOCUMENTS).message())
                .contains("IR-creds is shared publicly", "public sharing of documents is not blocked");
    }

    @Test
    void unreadableDocumentsAreUnknown() {
        var denied = compliant().withEvidence(SsmDocuments.TYPE, "us-east-1", denied("ssm:ListDocuments"));
        List<Finding> findings = new PlaybooksCheck().evaluate(denied.build(), CONTEXT);
        onlyFor(findings, "playbook coverage", Status.UNKNOWN, DOCUMENTS);
        onlyFor(findings, "document sharing in us-east-1", Status.UNKNOWN, DOCUMENTS);
        var sharingUnread = compliant().with(SsmDocuments.TYPE, "us-east-1", new SsmDocuments(Evidence.collected(List.of(new Document("IR-x",
                "Automation", Map.of(), denied("ssm:DescribeDocumentPermission")))), Evidence.collected(true)));
        onlyFor(new PlaybooksCheck().evaluate(sharingUnread.build(), CONTEXT), "document sharing in us-east-1", Status.UNKNOWN, DOCUMENTS);
    }

    @Test
    void containmentNeedsARuleThatStartsAutomation() {
        var check = new AutomatedContainmentCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, RULES);
        var notifyOnly = compliant().with(EventRules.TYPE, "us-east-1", new EventRules(Evidence.collected(List.of(new EventRules.Rule("r", "ENABLED",
                "{\"source\":[\"aws.guardduty\"]}", Evidence.collected(List.of("arn:aws:sns:us-east-1:123456789012:t")))))));
        assertThat(only(check.evaluate(notifyOnly.build(), CONTEXT), Status.FAIL, RULES).message()).contains("only notifies");
        var ssm = compliant().with(EventRules.TYPE, "us-east-1", new EventRules(Evidence.collected(List.of(new EventRules.Rule("r", "ENABLED",
                "{\"source\":[\"aws.securityhub\"]}", Evidence.collected(List.of(
                        "arn:aws:ssm:us-east-1:123456789012:automation-definition/IR-Isolate:$DEFAULT")))))));
        only(check.evaluate(ssm.build(), CONTEXT), Status.PASS, RULES);
        only(check.evaluate(compliant().withEvidence(EventRules.TYPE, "us-east-1", denied("events:ListRules")).build(), CONTEXT),
                Status.UNKNOWN, RULES);
        assertThat(AutomatedContainmentCheck.isAutomation("arn:aws:ssm:us-east-1:123456789012:document/IR-Isolate")).isFalse();
    }

    @Test
    void theAdministratorsContainmentCountsOnlyForItsEnabledMembers() {
        var check = new AutomatedContainmentCheck();
        var isolate = new EventRules(Evidence.collected(List.of(new EventRules.Rule("isolate", "ENABLED", "{\"source\":[\"aws.guardduty\"]}",
                Evidence.collected(List.of("arn:aws:lambda:us-east-1:" + SECURITY_ACCOUNT + ":function:isolate"))))));
        var member = compliant().inOrganization(organizationAdministeredBy(SECURITY_ACCOUNT, "guardduty.amazonaws.com"))
                .with(EventRules.TYPE, "us-east-1", new EventRules(Evidence.collected(List.of())))
                .withOther(SECURITY_ACCOUNT, EventRules.TYPE, "us-east-1", Evidence.collected(isolate));
        assertThat(only(check.evaluate(member.build(), CONTEXT), Status.FAIL, RULES).message()).contains("no enabled GuardDuty member");
        member.with(GuardDutyEvidence.TYPE, "us-east-1", new GuardDutyEvidence(Evidence.collected(List.of(new GuardDutyEvidence.Detector("d",
                "ENABLED", Evidence.collected(List.of()), Evidence.collected(null), Evidence.collected(new Administrator(SECURITY_ACCOUNT, "Enabled")))))));
        assertThat(only(check.evaluate(member.build(), CONTEXT), Status.PASS, RULES).message()).contains("account " + SECURITY_ACCOUNT);
    }

    @Test
    void responderRolesUsedRecentlyPassStaleOrNeverUsedFail() {
        var check = new ExercisedRolesCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, ROLES);
        var stale = compliant().withRoles(role("IR-Investigator", Evidence.collected(Instant.parse("2026-01-01T00:00:00Z"))),
                role("IR-Responder", Evidence.collected(null)));
        assertThat(only(check.evaluate(stale.build(), CONTEXT), Status.FAIL, ROLES).message()).contains("never used", "last used 2026-01-01");
        var unread = compliant().withRoles(role("IR-Investigator", denied("iam:GetRole")));
        only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, ROLES);
        var none = compliant().withRoles(role("app", Evidence.collected(Instant.parse("2026-11-01T00:00:00Z"))));
        only(check.evaluate(none.build(), CONTEXT), Status.FAIL, ROLES);
        only(check.evaluate(compliant().withIam(denied("iam:ListRoles")).build(), CONTEXT), Status.UNKNOWN, ROLES);
    }

    private static Role role(String name, Evidence<Instant> lastUsed) {
        return new Role(name, "arn:aws:iam::123456789012:role/" + name, "{}", null, null, lastUsed);
    }
}
