package io.irready.attestations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The attestations a run was evaluated with, as read from the attestations file (and kept in the
 * evidence bundle): {@code source} names the file, or says there was none.
 */
public record Attestations(String source, List<Attestation> items) {

    public Attestations {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One statement that something happened: when, who owns it, and where the proof is. */
    public record Attestation(String item, LocalDate date, String owner, String evidence) {
    }

    /** The latest attestation of an item. */
    public Optional<Attestation> latest(AttestedItem item) {
        return items.stream().filter(a -> a.item().equals(item.key())).max(Comparator.comparing(Attestation::date));
    }
}
