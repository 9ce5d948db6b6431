package io.irready.settings;

import io.irready.checks.CheckCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/configuration.md} is generated from {@code application.yml}: every key with the comment above it is one row
 * (its default, its meaning), and every key of the settings records must be such a row. Run with
 * {@code -Dirready.docs.write=true} to rewrite the page.
 */
class ConfigurationReferenceTest {

    private static final Path PAGE = Path.of("docs/configuration.md");
    private static final Path DEFAULTS = Path.of("src/main/resources/application.yml");

    @Test
    void theConfigurationPageIsGeneratedFromTheDefaultsAndTheirComments() throws IOException {
        String generated = ConfigurationReference.markdown(Files.readAllLines(DEFAULTS, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("irready.docs.write")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/configuration.md is stale: mvn -q test -Dtest=ConfigurationReferenceTest -Dirready.docs.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everyKeyOfTheSettingsRecordsIsDocumented() throws IOException {
        var documented = ConfigurationReference.rows(Files.readAllLines(DEFAULTS, StandardCharsets.UTF_8)).stream()
                .map(ConfigurationReference.Row::key).toList();
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : IrreadyProperties.class.getRecordComponents()) {
            if (!component.getName().equals("checks")) {
                leaves("irready." + kebab(component.getName()), component.getType(), keys);
            }
        }
        CheckCatalog.settingsSections().forEach((section, type) -> leaves("irready.checks." + section, type, keys));
        var undocumented = new TreeSet<String>();
        for (String key : keys) {
            if (documented.stream().noneMatch(row -> key.equals(row) || key.startsWith(row + "."))) {
                undocumented.add(key);
            }
        }
        assertThat(undocumented).as("keys without a comment above them in application.yml").isEmpty();
        assertThat(keys).as("the walk over the records found the keys").contains("irready.scope.regions", "irready.checks.log-retention.minimum-days");
    }

    private static void leaves(String prefix, Class<?> type, List<String> keys) {
        if (!type.isRecord()) {
            keys.add(prefix);
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            leaves(prefix + "." + kebab(component.getName()), component.getType(), keys);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void aListOfMapsAndAContinuedFlowListAreRenderedWhole() {
        var rows = ConfigurationReference.rows(List.of("irready:", "  checks:", "    # Roles.", "    roles:", "      - name: A", "        kind: x",
                "    # Services.", "    services: [a,", "               b]"));
        assertThat(rows).extracting(ConfigurationReference.Row::key, ConfigurationReference.Row::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("irready.checks.roles", "[{name: A, kind: x}]"),
                        org.assertj.core.groups.Tuple.tuple("irready.checks.services", "[a, b]"));
    }
}
