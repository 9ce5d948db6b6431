package io.irready.waivers;

import io.irready.checks.Finding;
import io.irready.checks.NamePattern;

import java.time.LocalDate;

/**
 * One accepted risk: FAIL findings of {@code checkId} whose account, Region and resource match the patterns
 * (absent means any) are WAIVED until, not including, {@code expires}.
 */
public record Waiver(String checkId, NamePattern account, NamePattern region, NamePattern resource, String reason, String approver,
                     String ticket, LocalDate expires) {

    public boolean matches(Finding finding) {
        return finding.checkId().equals(checkId)
                && (account == null || account.matches(finding.accountId()))
                && (region == null || (finding.region() != null && region.matches(finding.region())))
                && (resource == null || resource.matches(finding.resourceId()));
    }

    /** In force on {@code day} (UTC): it stops applying on its expiry day. */
    public boolean inForceOn(LocalDate day) {
        return day.isBefore(expires);
    }
}
