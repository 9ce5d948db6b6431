package io.irready.checks.contacts;

import io.irready.attestations.AttestedItem;
import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.attestations.Freshness;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.services.incidents.OnCallReadiness;
import io.irready.services.incidents.OnCallReadiness.Contact;
import io.irready.services.securityir.SecurityIncidentResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IR-PROC-05: someone is on call and can be paged. Incident Manager counts when it has an escalation plan or
 * on-call schedule, every personal contact has at least two activated channels, and a response plan engages
 * someone. Incident Manager is closed to new customers, so an active Security Incident Response membership,
 * or an on-call tool outside AWS attested under {@code on-call}, counts too.
 */
public final class OnCallCheck extends BaseCheck {

    private static final Set<String> ROTATIONS = Set.of("ESCALATION", "ONCALL_SCHEDULE");

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.firstRef(OnCallReadiness.TYPE);
        List<String> gaps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String region : account.regions()) {
            var readiness = account.get(OnCallReadiness.TYPE, region);
            var contacts = readiness.flatMap(OnCallReadiness::contacts);
            var plans = readiness.flatMap(OnCallReadiness::responsePlans);
            if (contacts.notOffered() || plans.notOffered()) {
                continue; // Incident Manager does not exist in this Region: nothing on call here, and nothing unread
            }
            if (contacts.data().isEmpty() || plans.data().isEmpty()) {
                gaps.add("Incident Manager in " + region + ": " + (contacts.data().isEmpty() ? contacts.gap() : plans.gap()));
                continue;
            }
            List<String> regionProblems = new ArrayList<>();
            if (contacts.data().get().stream().noneMatch(c -> ROTATIONS.contains(c.type()))) {
                regionProblems.add("no escalation plan or on-call schedule");
            }
            List<String> regionGaps = new ArrayList<>();
            for (Contact contact : contacts.data().get()) {
                if (contact.activatedChannels() == null) {
                    continue;
                }
                if (contact.activatedChannels().data().isEmpty()) {
                    regionGaps.add("the channels of " + contact.arn() + ": " + contact.activatedChannels().gap());
                } else if (contact.activatedChannels().data().get() < 2) {
                    regionProblems.add("contact " + contact.arn() + " has fewer than two activated channels");
                }
            }
            if (plans.data().get().stream().noneMatch(p -> p.engagements().data().map(n -> n > 0).orElse(false))) {
                plans.data().get().stream().filter(p -> p.engagements().data().isEmpty())
                        .forEach(p -> regionGaps.add("the engagements of " + p.arn() + ": " + p.engagements().gap()));
                regionProblems.add("no response plan engages anyone");
            }
            gaps.addAll(regionGaps.stream().map(g -> "Incident Manager in " + region + ": " + g).toList());
            if (regionProblems.isEmpty() && regionGaps.isEmpty()) {
                return findings.pass(null, "on-call", "Incident Manager in " + region + " has an on-call rotation, reachable contacts and a "
                        + "response plan that engages them.", account.ref(OnCallReadiness.TYPE, region)).toList();
            }
            if (!regionProblems.isEmpty()) {
                problems.add("Incident Manager in " + region + ": " + String.join(", ", regionProblems));
            }
        }
        Freshness attested = Freshness.of(account, AttestedItem.ON_CALL, context);
        if (attested.fresh()) {
            return findings.pass(null, "on-call", "Attested: " + attested.describe() + ".", EvidenceBundle.ATTESTATIONS).toList();
        }
        problems.add(attested.describe());
        if (activeMembership(account)) {
            return findings.pass(null, "on-call", "An active AWS Security Incident Response membership provides on-call responders (see IR-PROC-04).",
                    account.firstRef(SecurityIncidentResponse.TYPE)).toList();
        }
        problems.add("no active Security Incident Response membership");
        if (!gaps.isEmpty()) {
            return findings.unknown(null, "on-call", "No on-call path is confirmed: " + String.join("; ", problems) + "; could not read "
                    + String.join("; ", gaps) + ".", ref).toList();
        }
        return findings.fail(null, "on-call", "No on-call path: " + String.join("; ", problems) + ".", ref).toList();
    }

    private static boolean activeMembership(AccountEvidence account) {
        boolean own = account.regions().stream().anyMatch(region -> account.get(SecurityIncidentResponse.TYPE, region)
                .flatMap(SecurityIncidentResponse::memberships).data()
                .map(list -> list.stream().anyMatch(m -> "Active".equalsIgnoreCase(m.status()))).orElse(false));
        return own || account.organization().shared(SecurityIncidentResponse.TYPE).values().stream()
                .anyMatch(e -> e.flatMap(SecurityIncidentResponse::memberships).data()
                        .map(list -> list.stream().anyMatch(m -> "Active".equalsIgnoreCase(m.status()) && m.wholeOrganization())).orElse(false));
    }
}
