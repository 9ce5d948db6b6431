package io.irready.checks.tagging;

import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.config.ConfigRules;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.organizations.OrganizationEvidence.TagPolicy;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.organizationEvidence;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-TAG-01, IR-TAG-03 and IR-TAG-04. */
class TagGovernanceChecksTest {

    private static final String ORGANIZATION = "data/organization.json";
    private static final String TAGGING = "data/123456789012/us-east-1/tagging.resources.json";
    private static final String RULES = "data/123456789012/us-east-1/config.rules.json";

    private static OrganizationEvidence policies(Evidence<List<TagPolicy>> policies) {
        var o = organizationEvidence();
        return new OrganizationEvidence(o.organizationId(), o.managementAccountId(), o.collectedInAccount(), o.organizationTrails(), o.accounts(),
                o.delegatedAdministrators(), policies, o.iamOrganizationsFeatures());
    }

    private static TagPolicy policy(String content, String... targets) {
        return new TagPolicy("p", "ir-tags", Evidence.collected(content), Evidence.collected(List.of(targets)));
    }

    @Test
    void aPolicyOnTheRootDefiningEveryKeyPasses() {
        only(new TagPolicyCheck().evaluate(compliant().build(), CONTEXT), Status.PASS, ORGANIZATION);
    }

    @Test
    void aPolicyMissingKeysOrAttachedElsewhereFails() {
        var check = new TagPolicyCheck();
        var partial = compliant().inOrganization(policies(Evidence.collected(List.of(policy("{\"tags\":{\"owner\":{}}}", "r-root")))));
        assertThat(only(check.evaluate(partial.build(), CONTEXT), Status.FAIL, ORGANIZATION).message()).contains("do not define Environment");
        var elsewhere = compliant().inOrganization(policies(Evidence.collected(List.of(policy(
                "{\"tags\":{\"owner\":{},\"environment\":{}}}", "ou-sandbox")))));
        assertThat(only(check.evaluate(elsewhere.build(), CONTEXT), Status.FAIL, ORGANIZATION).message()).contains("No tag policy applies");
    }

    @Test
    void constructsIrreadyDoesNotEvaluateAreUnknown() {
        var check = new TagPolicyCheck();
        var removing = compliant().inOrganization(policies(Evidence.collected(List.of(policy(
                "{\"tags\":{\"owner\":{\"tag_key\":{\"@@assign\":\"Owner\"}},\"environment\":{\"@@remove\":[\"tag_key\"]}}}", "r-root")))));
        assertThat(only(check.evaluate(removing.build(), CONTEXT), Status.UNKNOWN, ORGANIZATION).message()).contains("@@remove");
        var broken = compliant().inOrganization(policies(Evidence.collected(List.of(policy("{\"tags\": [1]}", "ou-workloads")))));
        only(check.evaluate(broken.build(), CONTEXT), Status.UNKNOWN, ORGANIZATION);
        var targets = compliant().inOrganization(policies(Evidence.collected(List.of(new TagPolicy("p", "ir-tags",
                Evidence.collected("{}"), denied("organizations:ListTargetsForPolicy"))))));
        only(check.evaluate(targets.build(), CONTEXT), Status.UNKNOWN, ORGANIZATION);
        only(check.evaluate(compliant().inOrganization((Evidence<OrganizationEvidence>) null).build(), CONTEXT), Status.UNKNOWN, ORGANIZATION);
    }

    @Test
    void tagComplianceFollowsTheTaggingApi() {
        var check = new TagComplianceCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, TAGGING);
        var failing = compliant().with(TaggingEvidence.TYPE, "us-east-1", new TaggingEvidence(Evidence.collected(List.of(
                new TaggedResource("arn:a", Map.of(), false), new TaggedResource("arn:b", Map.of(), null)))));
        assertThat(only(check.evaluate(failing.build(), CONTEXT), Status.FAIL, TAGGING).message()).contains("arn:a");
        var unreported = compliant().with(TaggingEvidence.TYPE, "us-east-1", new TaggingEvidence(Evidence.collected(List.of(
                new TaggedResource("arn:b", Map.of(), null)))));
        only(check.evaluate(unreported.build(), CONTEXT), Status.UNKNOWN, TAGGING);
        only(check.evaluate(compliant().withEvidence(TaggingEvidence.TYPE, "us-east-1", denied("tag:GetResources")).build(), CONTEXT),
                Status.UNKNOWN, TAGGING);
    }

    @Test
    void withoutAnApplicableTagPolicyThereIsNothingToComplyWithUnlessThePoliciesAreUnreadable() {
        var check = new TagComplianceCheck();
        var none = compliant().inOrganization(policies(Evidence.collected(List.of())));
        only(check.evaluate(none.build(), CONTEXT), Status.NOT_APPLICABLE, TAGGING);
        var unread = compliant().inOrganization(policies(denied("organizations:ListPolicies")));
        only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, TAGGING);
    }

    @Test
    void aRequiredTagsRuleCheckingEveryKeyAndCompliantPasses() {
        only(new RequiredTagsRuleCheck().evaluate(compliant().build(), CONTEXT), Status.PASS, RULES);
    }

    @Test
    void aRuleThatMissesKeysIsNonCompliantOrAbsentFails() {
        var check = new RequiredTagsRuleCheck();
        var missing = rules(new ConfigRules.Rule("tags", "AWS", "REQUIRED_TAGS", "{\"tag1Key\":\"Owner\"}", "ACTIVE", Evidence.collected("COMPLIANT")));
        assertThat(only(check.evaluate(missing, CONTEXT), Status.FAIL, RULES).message()).contains("no rule checks Environment");
        var noncompliant = rules(new ConfigRules.Rule("tags", "AWS", "REQUIRED_TAGS", "{\"tag1Key\":\"Owner\",\"tag2Key\":\"Environment\"}",
                "ACTIVE", Evidence.collected("NON_COMPLIANT")));
        only(check.evaluate(noncompliant, CONTEXT), Status.FAIL, RULES);
        var deleting = rules(new ConfigRules.Rule("tags", "AWS", "REQUIRED_TAGS", "{\"tag1Key\":\"Owner\",\"tag2Key\":\"Environment\"}",
                "DELETING", Evidence.collected("COMPLIANT")));
        only(check.evaluate(deleting, CONTEXT), Status.FAIL, RULES);
    }

    @Test
    void unreadableRulesParametersOrComplianceAreUnknown() {
        var check = new RequiredTagsRuleCheck();
        var badParameters = rules(new ConfigRules.Rule("a", "AWS", "REQUIRED_TAGS", "{\"tag1Key\":\"Owner\",\"tag2Key\":\"Environment\"}",
                "ACTIVE", Evidence.collected("COMPLIANT")), new ConfigRules.Rule("b", "AWS", "REQUIRED_TAGS", "not json", "ACTIVE",
                Evidence.collected("COMPLIANT")));
        only(check.evaluate(badParameters, CONTEXT), Status.UNKNOWN, RULES);
        var pending = rules(new ConfigRules.Rule("a", "AWS", "REQUIRED_TAGS", "{\"tag1Key\":\"Owner\",\"tag2Key\":\"Environment\"}",
                "ACTIVE", Evidence.collected(null)));
        only(check.evaluate(pending, CONTEXT), Status.UNKNOWN, RULES);
        only(check.evaluate(compliant().withEvidence(ConfigRules.TYPE, "us-east-1", denied("config:DescribeConfigRules")).build(), CONTEXT),
                Status.UNKNOWN, RULES);
    }

    private static io.irready.evidence.AccountEvidence rules(ConfigRules.Rule... rules) {
        return compliant().with(ConfigRules.TYPE, "us-east-1", new ConfigRules(Evidence.collected(List.of(rules)))).build();
    }
}
