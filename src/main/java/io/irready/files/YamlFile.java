package io.irready.files;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's YAML list file (attestations, waivers): one top-level key holding a list of flat mappings. Read as
 * YAML nodes, not objects, so every problem names the file and line; nothing but plain scalars is accepted.
 */
public final class YamlFile {

    private final Path file;
    private final String kind;
    private final String example;

    /**
     * @param kind    what the file is, e.g. "the waivers file"
     * @param example where its format is shown, e.g. config/waivers.yml
     */
    public YamlFile(Path file, String kind, String example) {
        this.file = file;
        this.kind = kind;
        this.example = example;
    }

    /** The entries of the list under {@code key}; empty for an empty file. */
    public List<Node> entries(String key) {
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            throw problem(e.getProblemMark().getLine(), "is not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new InputException(kind + " " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof MappingNode mapping)) {
            throw problem(line(root), "needs a mapping with '" + key + ":'");
        }
        Node list = null;
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!name.equals(key)) {
                throw problem(line(tuple.getKeyNode()), "has the unknown key '" + name + "'");
            }
            list = tuple.getValueNode();
        }
        if (list == null) {
            throw problem(line(root), "lacks '" + key + ":'");
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw problem(line(list), "needs a list under '" + key + ":'");
        }
        return sequence.getValue();
    }

    /** An entry's fields, each a single value; {@code described} names the fields an entry may have, for the message. */
    public Map<String, ScalarNode> fields(Node entry, Set<String> allowed, String described) {
        if (!(entry instanceof MappingNode mapping)) {
            throw problem(line(entry), "needs each entry as a mapping of " + described);
        }
        Map<String, ScalarNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!allowed.contains(key)) {
                throw problem(line(tuple.getKeyNode()), "has the unknown key '" + key + "'; an entry has " + described);
            }
            if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                throw problem(line(tuple.getValueNode()), "needs a single value for '" + key + "'");
            }
            if (fields.put(key, value) != null) {
                throw problem(line(tuple.getKeyNode()), "has '" + key + "' twice in one entry");
            }
        }
        return fields;
    }

    /** A required, non-blank value. */
    public String text(Node entry, Map<String, ScalarNode> fields, String key) {
        ScalarNode node = fields.get(key);
        if (node == null || node.getValue().isBlank()) {
            throw problem(line(node == null ? entry : node), "lacks a value for '" + key + "'");
        }
        return node.getValue().strip();
    }

    /** A required YYYY-MM-DD date. */
    public LocalDate date(Node entry, Map<String, ScalarNode> fields, String key) {
        String value = text(entry, fields, key);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(line(fields.get(key)), "has a " + key + " that is not a date YYYY-MM-DD: " + Untrusted.printable(value, 40));
        }
    }

    public static int line(Node node) {
        return node.getStartMark().getLine();
    }

    public InputException problem(int zeroBasedLine, String problem) {
        return new InputException(kind + " " + file + ", line " + (zeroBasedLine + 1) + ", " + problem + ". Fix the file (see " + example
                + " for the format).");
    }
}
