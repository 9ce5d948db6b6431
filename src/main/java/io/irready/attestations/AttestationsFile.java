package io.irready.attestations;

import io.irready.files.YamlFile;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code config/attestations.yml}:
 * <pre>
 * attestations:
 *   - item: ir-plan            # one of the AttestedItem keys
 *     date: 2026-09-01         # when it was done or last reviewed
 *     owner: Security operations
 *     evidence: https://wiki.example.com/ir-plan
 * </pre>
 * A missing file is no attestation at all. Anything malformed is bad input naming the file and line.
 */
public final class AttestationsFile {

    private static final Set<String> FIELDS = Set.of("item", "date", "owner", "evidence");

    private AttestationsFile() {
    }

    public static Attestations read(Path file, Clock clock) {
        if (!Files.isRegularFile(file)) {
            return new Attestations("no attestations file (" + file + ")", List.of());
        }
        YamlFile yaml = new YamlFile(file, "the attestations file", "config/attestations.yml");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Attestations.Attestation> items = new ArrayList<>();
        for (Node entry : yaml.entries("attestations")) {
            Map<String, ScalarNode> fields = yaml.fields(entry, FIELDS, "item, date, owner and evidence");
            String item = yaml.text(entry, fields, "item");
            if (AttestedItem.byKey(item).isEmpty()) {
                throw yaml.problem(YamlFile.line(fields.get("item")), "names the unknown item '" + item + "'; the items are "
                        + String.join(", ", Arrays.stream(AttestedItem.values()).map(AttestedItem::key).toList()));
            }
            LocalDate date = yaml.date(entry, fields, "date");
            if (date.isAfter(today)) {
                throw yaml.problem(YamlFile.line(fields.get("date")), "dates '" + item + "' in the future (" + date + ")");
            }
            items.add(new Attestations.Attestation(item, date, yaml.text(entry, fields, "owner"), yaml.text(entry, fields, "evidence")));
        }
        return new Attestations(file.toString(), items);
    }
}
