package io.irready.waivers;

import io.irready.checks.NamePattern;
import io.irready.files.Untrusted;
import io.irready.files.YamlFile;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code config/waivers.yml}:
 * <pre>
 * waivers:
 *   - check: IR-LOG-08                     # a check id, exactly
 *     account: "123456789012"              # optional: account id or pattern (* and ?)
 *     region: eu-*                          # optional: Region or pattern
 *     resource: "arn:aws:s3:::legacy-*"    # optional: resource id or pattern
 *     reason: Legacy bucket, deleted in Q1
 *     approver: Jane Doe (CISO)
 *     ticket: RISK-123
 *     expires: 2027-01-31                  # the first day it no longer applies
 * </pre>
 * A missing file is no waiver at all. Anything malformed is bad input naming the file and line, before any AWS call.
 */
public final class WaiversFile {

    private static final Set<String> FIELDS = Set.of("check", "account", "region", "resource", "reason", "approver", "ticket", "expires");
    private static final String DESCRIBED = "check, optional account, region and resource, reason, approver, ticket and expires";
    private static final Pattern ACCOUNT = Pattern.compile("[0-9*?]{1,12}");
    private static final Pattern REGION = Pattern.compile("[a-z0-9*?-]{1,32}");
    private static final int MAX_TEXT = 1000;

    private WaiversFile() {
    }

    /** @param checkIds the ids of the checks a waiver may name */
    public static Waivers read(Path file, Set<String> checkIds) {
        if (!Files.isRegularFile(file)) {
            return new Waivers("no waivers file (" + file + ")", List.of());
        }
        YamlFile yaml = new YamlFile(file, "the waivers file", "config/waivers.yml");
        List<Waiver> waivers = new ArrayList<>();
        for (Node entry : yaml.entries("waivers")) {
            Map<String, ScalarNode> fields = yaml.fields(entry, FIELDS, DESCRIBED);
            String check = yaml.text(entry, fields, "check");
            if (!checkIds.contains(check)) {
                throw yaml.problem(YamlFile.line(fields.get("check")), "names the unknown check '" + Untrusted.printable(check, 40)
                        + "'; a waiver names one check by its id, e.g. IR-LOG-08 (irready checks lists them)");
            }
            NamePattern account = pattern(yaml, fields, "account", ACCOUNT, "a 12-digit account id or a pattern of digits, * and ?");
            NamePattern region = pattern(yaml, fields, "region", REGION, "a Region such as eu-west-1 or a pattern such as eu-*");
            NamePattern resource = pattern(yaml, fields, "resource", null, null);
            String reason = bounded(yaml, entry, fields, "reason");
            String approver = bounded(yaml, entry, fields, "approver");
            String ticket = bounded(yaml, entry, fields, "ticket");
            LocalDate expires = yaml.date(entry, fields, "expires");
            waivers.add(new Waiver(check, account, region, resource, reason, approver, ticket, expires));
        }
        return new Waivers(file.toString(), waivers);
    }

    private static NamePattern pattern(YamlFile yaml, Map<String, ScalarNode> fields, String key, Pattern form, String expected) {
        ScalarNode node = fields.get(key);
        if (node == null) {
            return null;
        }
        String value = node.getValue().strip();
        if (value.isEmpty() || value.length() > 2048 || value.chars().anyMatch(Character::isISOControl)
                || (form != null && !form.matcher(value).matches())) {
            throw yaml.problem(YamlFile.line(node), "has a " + key + " that is not " + (expected == null ? "a resource id or pattern" : expected)
                    + ": '" + Untrusted.printable(value, 60) + "' (leave the key out to match any)");
        }
        // Case as written: a waiver must not accept more than its author named (arn:...:role/Admin is not role/admin).
        return NamePattern.caseSensitive(value);
    }

    private static String bounded(YamlFile yaml, Node entry, Map<String, ScalarNode> fields, String key) {
        String value = yaml.text(entry, fields, key);
        if (value.length() > MAX_TEXT || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw yaml.problem(YamlFile.line(fields.get(key)), "has a " + key + " longer than " + MAX_TEXT + " characters or with control characters");
        }
        return value;
    }
}
