package io.irready.checks.attestations;

import io.irready.attestations.Attestations;
import io.irready.attestations.Attestations.Attestation;
import io.irready.attestations.AttestedItem;
import io.irready.checks.CheckContext;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Whether an item is attested recently enough: its latest attestation is at most the configured number of
 * days old at evaluation time. A date after the evaluation day is not trusted as fresh.
 */
public record Freshness(AttestedItem item, Evidence<Attestations> attestations, Optional<Attestation> latest, int maxAgeDays,
                        LocalDate today) {

    public static Freshness of(AccountEvidence account, AttestedItem item, CheckContext context) {
        Evidence<Attestations> attestations = account.attestations();
        return new Freshness(item, attestations, attestations.data().flatMap(a -> a.latest(item)),
                context.settings(AttestationSettings.class).maxAgeDays(), LocalDate.ofInstant(context.evaluatedAt(), ZoneOffset.UTC));
    }

    /** Whether the attestations could be read at all. */
    public boolean readable() {
        return attestations.data().isPresent();
    }

    public boolean fresh() {
        return latest.map(a -> !a.date().isAfter(today) && ageDays(a) <= maxAgeDays).orElse(false);
    }

    private long ageDays(Attestation attestation) {
        return ChronoUnit.DAYS.between(attestation.date(), today);
    }

    /** What the attestations say about the item, in one sentence without a final period. */
    public String describe() {
        if (!readable()) {
            return "the attestations could not be read: " + attestations.gap();
        }
        if (latest.isEmpty()) {
            return "'" + item.key() + "' (" + item.description() + ") is not attested in " + attestations.data().get().source();
        }
        Attestation a = latest.get();
        String what = "'" + item.key() + "' attested on " + a.date() + " by " + a.owner()
                + (a.evidence() == null || a.evidence().isBlank() ? "" : ", evidence " + a.evidence());
        if (a.date().isAfter(today)) {
            return what + ", a date after the evaluation day " + today;
        }
        long age = ageDays(a);
        return age <= maxAgeDays ? what : what + ", " + age + " days ago, older than the " + maxAgeDays + " days allowed";
    }
}
