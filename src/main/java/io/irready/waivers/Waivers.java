package io.irready.waivers;

import io.irready.checks.Finding;
import io.irready.checks.Status;

import java.time.LocalDate;
import java.util.List;

/**
 * The waivers of a run, applied to FAIL findings on the day the evidence describes. A waiver in force makes the
 * finding WAIVED; an expired one leaves it FAIL and names the lapsed waiver. UNKNOWN is never waived: what could
 * not be read is not a risk anyone has judged.
 */
public record Waivers(String source, List<Waiver> all) {

    public Waivers {
        all = List.copyOf(all);
    }

    public Finding apply(Finding finding, LocalDate day) {
        if (finding.status() != Status.FAIL) {
            return finding;
        }
        Waiver expired = null;
        for (Waiver waiver : all) {
            if (waiver.matches(finding)) {
                if (waiver.inForceOn(day)) {
                    return finding.withWaiver(reference(waiver, false));
                }
                expired = expired == null ? waiver : expired;
            }
        }
        return expired == null ? finding : finding.withWaiver(reference(expired, true));
    }

    private static Finding.Waiver reference(Waiver waiver, boolean expired) {
        return new Finding.Waiver(waiver.ticket(), waiver.approver(), waiver.reason(), waiver.expires().toString(), expired);
    }
}
