package io.irready.checks.detection;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.access.ResponderRoleSettings;
import io.irready.checks.patterns.SampleEvent;
import io.irready.evidence.AccountEvidence;
import io.irready.services.iam.BreakGlassUsers;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;
import io.irready.services.logs.LogsEvidence;

import java.util.List;
import java.util.Map;

/**
 * IR-DET-10: use of the root user, of each break-glass user and of each incident response role alerts a
 * person (a metric filter and alarm, or EventBridge rules), judged with sample sign-ins and AssumeRole
 * calls naming the real principals of the account. Emergency access that nobody hears about is an
 * attacker's favourite door.
 */
public final class PrivilegedUseAlertsCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        AlertCoverage coverage = new AlertCoverage(account, context);
        String logsRef = account.firstRef(LogsEvidence.TYPE);
        String id = account.accountId();
        findings.add(coverage.judge("use of the root user", List.of(rootSignIn(id)), false), null, "root user", logsRef);

        var users = account.get(BreakGlassUsers.TYPE).flatMap(BreakGlassUsers::users);
        if (users.data().isEmpty()) {
            findings.unknown(null, "break-glass users", "The break-glass users could not be listed: " + users.gap(),
                    account.ref(BreakGlassUsers.TYPE, null));
        } else {
            for (var user : users.data().get()) {
                findings.add(coverage.judge("sign-in of break-glass user " + user.name(), List.of(userSignIn(id, user.name(), user.arn())), false),
                        null, user.arn(), account.ref(BreakGlassUsers.TYPE, null));
            }
        }

        var settings = context.settings(ResponderRoleSettings.class);
        var roles = account.get(IamRoles.TYPE).flatMap(IamRoles::roles);
        if (roles.data().isEmpty()) {
            findings.unknown(null, "incident response roles", "The roles could not be listed: " + roles.gap(), account.ref(IamRoles.TYPE, null));
        } else {
            for (Role role : roles.data().get()) {
                if (settings.isResponderRole(role.name())) {
                    findings.add(coverage.judge("assumption of incident response role " + role.name(), List.of(assumeRole(id, role.arn())), false),
                            null, role.arn(), account.ref(IamRoles.TYPE, null));
                }
            }
        }
        return findings.toList();
    }

    private static SampleEvent rootSignIn(String accountId) {
        return SampleEvent.consoleLogin(true).with("userIdentity.type", "Root").with("userIdentity.arn", "arn:aws:iam::" + accountId + ":root")
                .with("userIdentity.principalId", accountId).without("userIdentity.userName").described("a root console sign-in");
    }

    private static SampleEvent userSignIn(String accountId, String userName, String arn) {
        return SampleEvent.consoleLogin(true).with("userIdentity.userName", userName).with("userIdentity.arn", arn)
                .with("userIdentity.accountId", accountId).described("a console sign-in of " + userName);
    }

    private static SampleEvent assumeRole(String accountId, String roleArn) {
        String session = "responder";
        return SampleEvent.apiCall("sts.amazonaws.com", "AssumeRole")
                .with("userIdentity.type", "AssumedRole")
                .with("userIdentity.arn", "arn:aws:sts::" + accountId + ":assumed-role/SecurityAdmin/alice")
                .with("requestParameters", Map.of("roleArn", roleArn, "roleSessionName", session))
                .with("resources", List.of(Map.of("ARN", roleArn, "accountId", accountId, "type", "AWS::IAM::Role")))
                .described("an AssumeRole of " + roleArn);
    }
}
