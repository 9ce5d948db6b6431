package io.irready.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration reference, read from {@code application.yml} as written: each key with a comment block directly above
 * it is documented, its default the value written there. The file is read line by line because a YAML parser drops
 * comments.
 */
final class ConfigurationReference {

    record Row(String key, String value, String meaning) {
    }

    private static final Pattern KEY = Pattern.compile("^( *)([a-z0-9-]+):(?: (.*))?$");
    private static final Pattern ITEM = Pattern.compile("^( *)- ?(.*)$");

    private ConfigurationReference() {
    }

    static List<Row> rows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<String> path = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                comment.add(trimmed.substring(1).strip());
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (!key.matches()) {
                comment.clear();
                continue;
            }
            int depth = key.group(1).length() / 2;
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(key.group(2));
            String value = key.group(3) == null ? "" : stripComment(key.group(3));
            StringBuilder whole = new StringBuilder(value);
            // A flow list that goes on over the next lines.
            while (whole.toString().startsWith("[") && !whole.toString().endsWith("]") && i + 1 < lines.size()) {
                whole.append(" ").append(lines.get(++i).strip());
            }
            if (value.isEmpty() && i + 1 < lines.size() && ITEM.matcher(lines.get(i + 1)).matches()) {
                // A block list of maps ("- name: A" then "  kind: x"), rendered in flow style.
                int itemIndent = ITEM.matcher(lines.get(i + 1)).replaceFirst("$1").length();
                List<String> items = new ArrayList<>();
                while (i + 1 < lines.size()) {
                    String next = lines.get(i + 1);
                    Matcher item = ITEM.matcher(next);
                    if (item.matches() && item.group(1).length() == itemIndent) {
                        items.add(item.group(2).strip());
                    } else if (KEY.matcher(next).matches() && next.indexOf(next.strip()) == itemIndent + 2) {
                        items.set(items.size() - 1, items.get(items.size() - 1) + ", " + next.strip());
                    } else {
                        break;
                    }
                    i++;
                }
                whole.append("[").append(String.join(", ", items.stream().map(item -> "{" + item + "}").toList())).append("]");
            }
            if (!comment.isEmpty() && !whole.isEmpty()) {
                rows.add(new Row(String.join(".", path), whole.toString().replaceAll(",\\s+", ", "), String.join(" ", comment)));
            }
            comment.clear();
        }
        return rows;
    }

    static String markdown(List<String> lines) {
        StringBuilder md = new StringBuilder("""
                # Configuration reference

                Generated from the comments above each key of `src/main/resources/application.yml`, the packaged defaults; a
                test fails when this page is stale, and another when a key of the settings records has no comment.

                Configuration is Spring Boot properties, in YAML or properties format. The packaged defaults are overridden by
                `config/irready.yml` (or `--config FILE`), which environment variables override in turn:
                `irready.checks.log-retention.minimum-days` is `IRREADY_CHECKS_LOGRETENTION_MINIMUMDAYS`, `irready.scope.regions`
                is `IRREADY_SCOPE_REGIONS` (comma-separated). The whole configuration is validated before any AWS call: a wrong
                value, a value of the wrong type or a misspelled key stops the run with exit 2 and a message naming the key and
                what is expected.

                | Key | Default | Meaning |
                | --- | --- | --- |
                """);
        for (Row row : rows(lines)) {
            if (!row.key().startsWith("irready.") && !row.key().startsWith("spring.datasource.")) {
                continue; // Spring's own settings of the packaged defaults are not the user's to change
            }
            md.append("| `").append(row.key()).append("` | ").append(row.value().isEmpty() || row.value().equals("\"\"") ? "empty"
                    : "`" + row.value().replace("|", "\\|") + "`").append(" | ").append(row.meaning().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    private static String stripComment(String value) {
        int hash = value.indexOf(" #");
        return (hash < 0 ? value : value.substring(0, hash)).strip();
    }
}
