package io.irready.checks.detection;

import io.irready.checks.Judgement;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.organizations.Administrator;
import io.irready.services.securityhub.SecurityHubEvidence;

import java.util.List;

/**
 * Whether an account's findings reach a service's delegated administrator in a Region: being the organization's
 * administrator does not make an account's findings flow there; the account must be an enabled member of it
 * (GetAdministratorAccount, read in the account). Rules in the administrator count for the account only then.
 */
public enum AdministratorMembership {
    GUARDDUTY("GuardDuty"), SECURITY_HUB("Security Hub");

    private final String service;

    AdministratorMembership(String service) {
        this.service = service;
    }

    /** True when the account is an enabled member of {@code administrator} in the Region; otherwise says why in the judgement. */
    public boolean reaches(AccountEvidence account, String region, String administrator, Judgement judgement) {
        Evidence<Boolean> member = membership(account, region).map(admins -> admins.stream().anyMatch(a -> a != null && a.enabled(administrator)));
        if (member.data().isEmpty()) {
            judgement.gap("whether the account is a " + service + " member of administrator " + administrator + " in " + region + ": " + member.gap());
            return false;
        }
        if (!member.data().get()) {
            judgement.problem("the account is no enabled " + service + " member of administrator " + administrator + " in " + region
                    + ", so its findings do not reach the administrator's rules");
        }
        return member.data().get();
    }

    private Evidence<List<Administrator>> membership(AccountEvidence account, String region) {
        return switch (this) {
            case GUARDDUTY -> account.get(GuardDutyEvidence.TYPE, region).flatMap(GuardDutyEvidence::detectors).flatMap(detectors -> {
                List<Evidence<Administrator>> each = detectors.stream().map(GuardDutyEvidence.Detector::administrator).toList();
                var unread = each.stream().filter(e -> !e.isCollected()).findFirst();
                return unread.isPresent() && each.stream().noneMatch(e -> e.data().isPresent())
                        ? unread.get().map(a -> List.<Administrator>of())
                        : Evidence.collected(each.stream().flatMap(e -> e.data().stream()).toList());
            });
            case SECURITY_HUB -> account.get(SecurityHubEvidence.TYPE, region).flatMap(SecurityHubEvidence::administrator)
                    .map(a -> a == null ? List.of() : List.of(a));
        };
    }
}
