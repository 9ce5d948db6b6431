package io.irready.attestations;

import io.irready.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            throw problem(file, e.getProblemMark().getLine(), "is not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new InputException("the attestations file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null) {
            return new Attestations(file.toString(), List.of());
        }
        Node list = field(file, root, "attestations", Set.of("attestations"));
        if (!(list instanceof SequenceNode sequence)) {
            throw problem(file, line(root), "needs a list under 'attestations:'");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Attestations.Attestation> items = new ArrayList<>();
        for (Node entry : sequence.getValue()) {
            Map<String, ScalarNode> fields = fields(file, entry);
            String item = text(file, entry, fields, "item");
            if (AttestedItem.byKey(item).isEmpty()) {
                throw problem(file, line(fields.get("item")), "names the unknown item '" + item + "'; the items are "
                        + String.join(", ", java.util.Arrays.stream(AttestedItem.values()).map(AttestedItem::key).toList()));
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text(file, entry, fields, "date"));
            } catch (DateTimeParseException e) {
                throw problem(file, line(fields.get("date")), "has a date that is not YYYY-MM-DD: " + fields.get("date").getValue());
            }
            if (date.isAfter(today)) {
                throw problem(file, line(fields.get("date")), "dates '" + item + "' in the future (" + date + ")");
            }
            items.add(new Attestations.Attestation(item, date, text(file, entry, fields, "owner"), text(file, entry, fields, "evidence")));
        }
        return new Attestations(file.toString(), items);
    }

    private static Node field(Path file, Node node, String name, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(file, line(node), "needs a mapping with '" + name + ":'");
        }
        Node found = null;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                throw problem(file, line(tuple.getKeyNode()), "has the unknown key '" + key + "'");
            }
            if (key.equals(name)) {
                found = tuple.getValueNode();
            }
        }
        if (found == null) {
            throw problem(file, line(node), "lacks '" + name + ":'");
        }
        return found;
    }

    private static Map<String, ScalarNode> fields(Path file, Node entry) {
        if (!(entry instanceof MappingNode mapping)) {
            throw problem(file, line(entry), "needs each attestation as a mapping of item, date, owner and evidence");
        }
        Map<String, ScalarNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!FIELDS.contains(key)) {
                throw problem(file, line(tuple.getKeyNode()), "has the unknown key '" + key + "'; an attestation has item, date, owner and evidence");
            }
            if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                throw problem(file, line(tuple.getValueNode()), "needs a single value for '" + key + "'");
            }
            fields.put(key, value);
        }
        return fields;
    }

    private static String text(Path file, Node entry, Map<String, ScalarNode> fields, String key) {
        ScalarNode node = fields.get(key);
        if (node == null || node.getValue().isBlank()) {
            throw problem(file, line(node == null ? entry : node), "lacks a value for '" + key + "'");
        }
        return node.getValue().strip();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine();
    }

    private static InputException problem(Path file, int zeroBasedLine, String problem) {
        return new InputException("the attestations file " + file + ", line " + (zeroBasedLine + 1) + ", " + problem
                + ". Fix the file (see config/attestations.yml for the format).");
    }
}
