package io.irready.checks.detection;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.cloudwatch.CloudWatchAlarms;
import io.irready.services.events.EventRules;
import io.irready.services.events.EventRules.Rule;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.logs.LogsEvidence;
import io.irready.services.organizations.Administrator;
import io.irready.services.sns.SnsTopics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.TOPIC_ARN;
import static io.irready.checks.EvidenceFixtures.cisMetricFilters;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.organizationAdministeredBy;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-DET-08, IR-DET-09 and IR-DET-10. */
class AlertingChecksTest {

    private static final String RULES = "data/123456789012/us-east-1/events.rules.json";
    private static final String LOGS = "data/123456789012/us-east-1/logs.groups.json";
    private static final String GUARDDUTY_RULE = "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"]}";
    private final FindingsReachPeopleCheck routing = new FindingsReachPeopleCheck();
    private final CisMonitoringCheck cis = new CisMonitoringCheck();
    private final PrivilegedUseAlertsCheck privileged = new PrivilegedUseAlertsCheck();

    private static EventRules rules(Rule... rules) {
        return new EventRules(Evidence.collected(List.of(rules)));
    }

    private static Rule rule(String pattern, String... targets) {
        return new Rule("r", "ENABLED", pattern, Evidence.collected(List.of(targets)));
    }

    @Test
    void aRuleToAConfirmedSubscriberPasses() {
        assertThat(only(routing.evaluate(compliant().build(), CONTEXT), Status.PASS, RULES).message()).contains("1 confirmed subscription");
    }

    @Test
    void aRuleThatNotifiesNobodyFails() {
        var unconfirmed = compliant().with(EventRules.TYPE, "us-east-1", rules(rule(GUARDDUTY_RULE, TOPIC_ARN)))
                .with(SnsTopics.TYPE, "us-east-1", new SnsTopics(Evidence.collected(List.of(new SnsTopics.Topic(TOPIC_ARN,
                        Evidence.collected(List.of(new SnsTopics.Subscription("email", false))))))));
        assertThat(only(routing.evaluate(unconfirmed.build(), CONTEXT), Status.FAIL, RULES).message()).contains("no confirmed subscription");
        var deletedTopic = compliant().with(EventRules.TYPE, "us-east-1", rules(rule(GUARDDUTY_RULE, "arn:aws:sns:us-east-1:123456789012:gone")));
        assertThat(only(routing.evaluate(deletedTopic.build(), CONTEXT), Status.FAIL, RULES).message()).contains("does not exist");
        var disabled = compliant().with(EventRules.TYPE, "us-east-1", rules(new Rule("r", "DISABLED", GUARDDUTY_RULE,
                Evidence.collected(List.of(TOPIC_ARN)))));
        only(routing.evaluate(disabled.build(), CONTEXT), Status.FAIL, RULES);
    }

    @Test
    void aRuleThatFiltersOutHighSeverityFindingsFails() {
        var lowOnly = compliant().with(EventRules.TYPE, "us-east-1", rules(rule(
                "{\"source\":[\"aws.guardduty\"],\"detail\":{\"severity\":[{\"numeric\":[\"<\",4]}]}}", TOPIC_ARN)));
        only(routing.evaluate(lowOnly.build(), CONTEXT), Status.FAIL, RULES);
    }

    @Test
    void anUnconfirmedTopicBesideATargetIrreadyCannotFollowIsUnknownNotPass() {
        var fixtures = compliant().with(SnsTopics.TYPE, "us-east-1", new SnsTopics(Evidence.collected(List.of(new SnsTopics.Topic(TOPIC_ARN,
                Evidence.collected(List.of(new SnsTopics.Subscription("email", false))))))));
        only(routing.evaluate(fixtures.build(), CONTEXT), Status.UNKNOWN, RULES);
    }

    @Test
    void targetsIrreadyCannotFollowAndUnjudgedPatternsAreUnknown() {
        var lambda = compliant().with(EventRules.TYPE, "us-east-1", rules(rule(GUARDDUTY_RULE, "arn:aws:lambda:us-east-1:123456789012:function:f")));
        assertThat(only(routing.evaluate(lambda.build(), CONTEXT), Status.UNKNOWN, RULES).message()).contains("not a notification");
        var cidr = compliant().with(EventRules.TYPE, "us-east-1", rules(rule("{\"detail\":{\"ip\":[{\"cidr\":\"10.0.0.0/8\"}]}}", TOPIC_ARN)));
        assertThat(only(routing.evaluate(cidr.build(), CONTEXT), Status.UNKNOWN, RULES).message()).contains("cidr");
        var denied = compliant().withEvidence(EventRules.TYPE, "us-east-1", denied("events:ListRules"));
        only(routing.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, RULES);
    }

    @Test
    void aMemberIsCoveredByItsAdministratorsRulesWhenThatAccountIsAudited() {
        var admin = organizationAdministeredBy("111122223333", "guardduty.amazonaws.com");
        String adminTopic = "arn:aws:sns:us-east-1:111122223333:soc";
        var member = compliant().inOrganization(admin).with(EventRules.TYPE, "us-east-1", rules())
                .with(GuardDutyEvidence.TYPE, "us-east-1", reportingTo(Evidence.collected(new Administrator("111122223333", "Enabled"))));
        assertThat(only(routing.evaluate(member.build(), CONTEXT), Status.UNKNOWN, RULES).message()).contains("does not audit");

        member.with(GuardDutyEvidence.TYPE, "us-east-1", reportingTo(Evidence.collected(null))).withOther("111122223333", EventRules.TYPE, "us-east-1", Evidence.collected(rules(rule(GUARDDUTY_RULE, adminTopic))))
                .withOther("111122223333", SnsTopics.TYPE, "us-east-1", Evidence.collected(new SnsTopics(Evidence.collected(List.of(
                        new SnsTopics.Topic(adminTopic, Evidence.collected(List.of(new SnsTopics.Subscription("https", true)))))))));
        assertThat(only(routing.evaluate(member.build(), CONTEXT), Status.FAIL, RULES).message())
                .as("the organization's administrator sees nothing of an account that is not its member")
                .contains("no enabled GuardDuty member of administrator 111122223333");

        member.with(GuardDutyEvidence.TYPE, "us-east-1", reportingTo(Evidence.collected(new Administrator("111122223333", "Enabled"))));
        assertThat(only(routing.evaluate(member.build(), CONTEXT), Status.PASS, RULES).message()).contains("account 111122223333");
        member.with(GuardDutyEvidence.TYPE, "us-east-1", reportingTo(Evidence.collected(new Administrator("111122223333", "Removed"))));
        only(routing.evaluate(member.build(), CONTEXT), Status.FAIL, RULES);
        member.with(GuardDutyEvidence.TYPE, "us-east-1", reportingTo(denied("guardduty:GetAdministratorAccount")));
        assertThat(only(routing.evaluate(member.build(), CONTEXT), Status.UNKNOWN, RULES).message()).contains("GetAdministratorAccount");
    }

    private static GuardDutyEvidence reportingTo(Evidence<Administrator> administrator) {
        return new GuardDutyEvidence(Evidence.collected(List.of(new GuardDutyEvidence.Detector("det-1", "ENABLED", Evidence.collected(List.of()),
                Evidence.collected(null), administrator))));
    }

    @Test
    void everyCisActivityAlertsThroughFiltersAndAlarms() {
        List<Finding> findings = cis.evaluate(compliant().build(), CONTEXT);
        assertThat(findings).hasSize(CisMonitoringControl.values().length)
                .allSatisfy(f -> assertThat(f.status()).as(f.message()).isEqualTo(Status.PASS))
                .allSatisfy(f -> assertThat(f.evidenceRef()).isEqualTo(LOGS));
    }

    @Test
    void aFilterWithoutAnAlarmOrWithDisabledActionsFails() {
        var noAlarms = compliant().with(CloudWatchAlarms.TYPE, "us-east-1", new CloudWatchAlarms(Evidence.collected(List.of())));
        Finding trail = onlyFor(cis.evaluate(noAlarms.build(), CONTEXT), "CIS 4.5 CloudTrail configuration changes", Status.FAIL, LOGS);
        assertThat(trail.message()).contains("metric filter 'cloudtrail-changes' has no alarm");

        var muted = compliant().with(CloudWatchAlarms.TYPE, "us-east-1", new CloudWatchAlarms(Evidence.collected(cisMetricFilters().stream()
                .map(f -> new CloudWatchAlarms.Alarm(f.name(), f.metrics().get(0), false, List.of(TOPIC_ARN))).toList())));
        assertThat(onlyFor(cis.evaluate(muted.build(), CONTEXT), "CIS 4.3 use of the root user").message()).contains("actions disabled");
    }

    @Test
    void aFilterThatCoversOnlySomeOfTheActivityFails() {
        var partial = new java.util.ArrayList<>(cisMetricFilters());
        partial.replaceAll(f -> f.name().equals("cloudtrail-changes")
                ? new LogsEvidence.MetricFilter(f.name(), f.logGroupName(), "{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) }", f.metrics())
                : f);
        var fixtures = compliant();
        var logs = fixtures.get(LogsEvidence.TYPE, "us-east-1");
        fixtures.with(LogsEvidence.TYPE, "us-east-1", new LogsEvidence(logs.logGroups(), Evidence.collected(List.copyOf(partial))));
        Finding trail = onlyFor(cis.evaluate(fixtures.build(), CONTEXT), "CIS 4.5 CloudTrail configuration changes", Status.FAIL, LOGS);
        assertThat(trail.message()).contains("cloudtrail:CreateTrail", "cloudtrail:UpdateTrail").doesNotContain("on cloudtrail:StopLogging");
    }

    @Test
    void equivalentEventBridgeRulesCountInEveryRegionButUnreadableAlarmsAreUnknown() {
        var fixtures = compliant().with(CloudWatchAlarms.TYPE, "us-east-1", new CloudWatchAlarms(Evidence.collected(List.of())))
                .with(EventRules.TYPE, "us-east-1", rules(rule("{\"source\":[\"aws.cloudtrail\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                        + "\"detail\":{\"eventName\":[\"CreateTrail\",\"UpdateTrail\",\"DeleteTrail\",\"StartLogging\",\"StopLogging\"]}}", TOPIC_ARN)));
        onlyFor(cis.evaluate(fixtures.build(), CONTEXT), "CIS 4.5 CloudTrail configuration changes", Status.PASS, LOGS);

        var alarmsDenied = compliant().withEvidence(CloudWatchAlarms.TYPE, "us-east-1",
                new Evidence.Unsupported<>("cloudwatch:DescribeAlarms", "HTTP 500"));
        assertThat(onlyFor(cis.evaluate(alarmsDenied.build(), CONTEXT), "CIS 4.1 unauthorized API calls", Status.UNKNOWN, LOGS).message())
                .contains("cloudwatch:DescribeAlarms");
    }

    @Test
    void aFilterOnAGroupNoTrailStreamsToDoesNotCount() {
        var fixtures = compliant();
        var logs = fixtures.get(LogsEvidence.TYPE, "us-east-1");
        fixtures.with(LogsEvidence.TYPE, "us-east-1", new LogsEvidence(logs.logGroups(), Evidence.collected(cisMetricFilters().stream()
                .map(f -> new LogsEvidence.MetricFilter(f.name(), "some-app-logs", f.pattern(), f.metrics())).toList())));
        assertThat(cis.evaluate(fixtures.build(), CONTEXT)).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    }

    @Test
    void rootBreakGlassAndResponderRolesEachAlert() {
        List<Finding> findings = privileged.evaluate(compliant().build(), CONTEXT);
        onlyFor(findings, "root user", Status.PASS, LOGS);
        onlyFor(findings, "arn:aws:iam::123456789012:user/break-glass-1", Status.PASS, "data/123456789012/iam.break-glass-users.json");
        onlyFor(findings, "arn:aws:iam::123456789012:role/IR-Responder", Status.PASS, "data/123456789012/iam.roles.json");
    }

    @Test
    void aFilterThatMissesTheRealBreakGlassUserFails() {
        var fixtures = compliant();
        var logs = fixtures.get(LogsEvidence.TYPE, "us-east-1");
        fixtures.with(LogsEvidence.TYPE, "us-east-1", new LogsEvidence(logs.logGroups(), Evidence.collected(cisMetricFilters().stream()
                .map(f -> f.name().equals("break-glass-signin")
                        ? new LogsEvidence.MetricFilter(f.name(), f.logGroupName(), "{ $.userIdentity.userName = \"emergency*\" }", f.metrics()) : f)
                .toList())));
        onlyFor(privileged.evaluate(fixtures.build(), CONTEXT), "arn:aws:iam::123456789012:user/break-glass-1", Status.FAIL,
                "data/123456789012/iam.break-glass-users.json");
    }

    @Test
    void unreadableUsersAndRolesAreUnknown() {
        var fixtures = compliant().withEvidence(io.irready.services.iam.BreakGlassUsers.TYPE, null, denied("iam:ListUsers"))
                .withIam(denied("iam:ListRoles"));
        List<Finding> findings = privileged.evaluate(fixtures.build(), CONTEXT);
        onlyFor(findings, "break-glass users", Status.UNKNOWN, "data/123456789012/iam.break-glass-users.json");
        onlyFor(findings, "incident response roles", Status.UNKNOWN, "data/123456789012/iam.roles.json");
    }
}
