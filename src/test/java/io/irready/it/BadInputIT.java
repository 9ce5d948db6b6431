package io.irready.it;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of bad configuration, given to the packaged jar as a user would: exit 2, one line on stderr
 * naming the key (or file, line and column) and what is expected, nothing on stdout, no stack trace on
 * either stream, and no run folder.
 */
class BadInputIT {

    private static final String DEMO = Path.of("examples/demo-evidence").toAbsolutePath().toString();
    private static final String TRUSTED = "  checks:\n    responder-roles:\n      trusted-principals: [\"111122223333\"]\n";

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed YAML        | irready:\\n  scope:\\n    regions: [us-east-1\\n  exit: x\\n           | irready.yml is not valid YAML at line 4, column 7: expected ',' or ']'
            tab in YAML           | irready:\\n\\tscope: x\\n                                             | is not valid YAML at line 2, column 1
            severity as a number  | irready:\\n  exit:\\n    fail-at-severity: 3\\n                       | irready.exit.fail-at-severity = '3' (
            severity misspelt     | irready:\\n  exit:\\n    fail-at-severity: hihg\\n                    | expected one of critical, high, medium, low
            role kind as a number | irready:\\n  checks:\\n    responder-roles:\\n      roles:\\n        - name: x\\n          kind: 0\\n | expected one of investigator, responder
            number does not parse | irready:\\n  collect:\\n    concurrency: eight\\n                      | irready.collect.concurrency = 'eight'
            number out of range   | irready:\\n  collect:\\n    concurrency: 0\\n                          | irready.collect.concurrency
            duration              | irready:\\n  aws:\\n    call-timeout: soon\\n                           | a duration is expected
            unknown Region        | irready:\\n  scope:\\n    regions: [us-east-1, eu-west-9]\\n         | irready.scope.regions[1] = 'eu-west-9': expected a Region AWS has
            malformed Region      | irready:\\n  scope:\\n    regions: [../../etc]\\n                    | irready.scope.regions[0] = '../../etc'
            unknown key           | irready:\\n  scoop:\\n    regions: [us-east-1]\\n                    | unknown configuration key(s): irready.scoop
            """)
    void exitsTwoWithOneLine(String name, String yaml, String expected) throws Exception {
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t");
        if (!name.contains("YAML") && !name.contains("role kind")) {
            text = text + TRUSTED;
        }
        Path config = home.resolve("irready.yml");
        Files.writeString(config, text);
        Path out = home.resolve("out");

        JarProcess run = JarProcess.start(home, "run", "audit", "--config", config.toString(), "--evidence", DEMO, "--out", out.toString());

        assertThat(run.waitFor()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).as(run.err()).singleElement().asString().startsWith("irready: ").contains(expected);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }
}
