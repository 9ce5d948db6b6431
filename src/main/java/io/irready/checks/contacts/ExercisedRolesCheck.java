package io.irready.checks.contacts;

import io.irready.checks.AccountCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.checks.access.ResponderRoleSettings;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * IR-PROC-08: an incident response role was used within the configured number of days: the trace an
 * exercise (or a real response) leaves. Roles nobody has assumed for months tend to be broken when needed.
 */
public final class ExercisedRolesCheck extends AccountCheck<IamRoles> {

    @Override
    protected EvidenceType<IamRoles> evidence() {
        return IamRoles.TYPE;
    }

    @Override
    protected String resource() {
        return "incident response roles";
    }

    @Override
    protected Verdict judge(IamRoles iam, AccountEvidence account, CheckContext context) {
        var settings = context.settings(ResponderRoleSettings.class);
        Instant since = context.evaluatedAt().minus(Duration.ofDays(settings.usedWithinDays()));
        return Verdict.given(iam.roles(), "The roles", roles -> {
            List<Role> responders = roles.stream().filter(r -> settings.isResponderRole(r.name())).toList();
            if (responders.isEmpty()) {
                return Verdict.fail("No incident response role exists to exercise (see IR-ACC-02).");
            }
            List<String> stale = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (Role role : responders) {
                if (!role.lastUsed().isCollected()) {
                    gaps.add(role.name() + ": " + role.lastUsed().gap());
                    continue;
                }
                Instant last = role.lastUsed().data().orElse(null);
                if (last != null && !last.isBefore(since) && !last.isAfter(context.evaluatedAt())) {
                    return Verdict.pass("Role " + role.name() + " was last used " + last + ", within " + settings.usedWithinDays() + " days.");
                }
                stale.add(role.name() + (last == null ? " (never used)" : " (last used " + last + ")"));
            }
            if (!gaps.isEmpty()) {
                return Verdict.unknown("No incident response role is known to be used within " + settings.usedWithinDays() + " days; "
                        + "could not read " + String.join("; ", gaps) + ".");
            }
            return Verdict.fail("No incident response role was used within " + settings.usedWithinDays() + " days: " + String.join(", ", stale)
                    + "; exercise them.");
        });
    }
}
