package io.irready.waivers;

import io.irready.InputException;
import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiversTest {

    @TempDir
    Path dir;

    private static final Set<String> CHECKS = Set.of("IR-LOG-08", "IR-TAG-02");
    private static final String LEGACY_BUCKET = """
            waivers:
              - check: IR-LOG-08
                account: "1234567890*"
                region: us-*
                resource: "arn:aws:s3:::legacy-*"
                reason: Legacy bucket, deleted in Q1
                approver: Jane Doe (CISO)
                ticket: RISK-123
                expires: 2026-12-01
            """;

    @Test
    void aWaiverAppliesBeforeItsExpiryDayAndStopsOnIt() throws Exception {
        Waivers waivers = read(LEGACY_BUCKET);
        Finding fail = finding("IR-LOG-08", "arn:aws:s3:::legacy-logs", Status.FAIL);

        Finding waived = waivers.apply(fail, LocalDate.parse("2026-11-30"));
        assertThat(waived.status()).isEqualTo(Status.WAIVED);
        assertThat(waived.waiver()).isEqualTo(new Finding.Waiver("RISK-123", "Jane Doe (CISO)", "Legacy bucket, deleted in Q1", "2026-12-01", false));
        assertThat(waived.message()).isEqualTo(fail.message());

        Finding expired = waivers.apply(fail, LocalDate.parse("2026-12-01"));
        assertThat(expired.status()).as("on the expiry day").isEqualTo(Status.FAIL);
        assertThat(expired.waiver().expired()).isTrue();
    }

    @Test
    void onlyMatchingFailuresAreWaivedNeverUnknown() throws Exception {
        Waivers waivers = read(LEGACY_BUCKET);
        LocalDate day = LocalDate.parse("2026-11-01");
        assertThat(waivers.apply(finding("IR-LOG-08", "arn:aws:s3:::legacy-logs", Status.UNKNOWN), day).status()).isEqualTo(Status.UNKNOWN);
        assertThat(waivers.apply(finding("IR-LOG-08", "arn:aws:s3:::prod-logs", Status.FAIL), day).waiver()).isNull();
        assertThat(waivers.apply(finding("IR-TAG-02", "arn:aws:s3:::legacy-logs", Status.FAIL), day).waiver()).isNull();
        Finding otherRegion = new Finding("IR-LOG-08", "t", Severity.MEDIUM, Area.LOGGING, "123456789012", "prod", "eu-west-1",
                "arn:aws:s3:::legacy-logs", Status.FAIL, "m", "data/x.json", null);
        assertThat(waivers.apply(otherRegion, day).status()).isEqualTo(Status.FAIL);
        Finding accountWide = new Finding("IR-LOG-08", "t", Severity.MEDIUM, Area.LOGGING, "123456789012", "prod", null,
                "arn:aws:s3:::legacy-logs", Status.FAIL, "m", "data/x.json", null);
        assertThat(waivers.apply(accountWide, day).status()).as("a Region pattern does not match an account-wide finding").isEqualTo(Status.FAIL);
        assertThat(waivers.apply(finding("IR-LOG-08", "arn:aws:s3:::legacy-logs", Status.PASS), day).waiver()).isNull();
        assertThat(waivers.apply(finding("IR-LOG-08", "arn:aws:s3:::LEGACY-logs", Status.FAIL), day).status())
                .as("a pattern matches the case its author wrote, no wider").isEqualTo(Status.FAIL);
        assertThat(waivers.apply(finding("IR-LOG-08", "arn:aws:s3:::legacy-", Status.FAIL), day).status()).isEqualTo(Status.WAIVED);
        assertThat(waivers.apply(finding("IR-LOG-08", "xarn:aws:s3:::legacy-logs", Status.FAIL), day).status())
                .as("a pattern is anchored at both ends").isEqualTo(Status.FAIL);
    }

    @Test
    void aMissingFileIsNoWaiver() {
        assertThat(WaiversFile.read(dir.resolve("none.yml"), CHECKS).all()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "check|IR-NOPE-01|line 2, names the unknown check 'IR-NOPE-01'",
            "check|IR-*|line 2, names the unknown check 'IR-*'",
            "account|'12345678901x'|line 3, has a account that is not a 12-digit account id",
            "region|EU WEST|line 4, has a region that is not a Region",
            "expires|31/01/2027|line 9, has a expires that is not a date YYYY-MM-DD",
            "ticket|[a, b]|line 8, needs a single value for 'ticket'",
            "color|red|line 10, has the unknown key 'color'",
    })
    void anInvalidWaiverNamesTheFileLineAndProblem(String key, String value, String expected) throws Exception {
        StringBuilder yaml = new StringBuilder("waivers:\n");
        String[][] fields = {{"check", "IR-LOG-08"}, {"account", "'123456789012'"}, {"region", "us-east-1"}, {"resource", "'arn:aws:s3:::legacy-*'"},
                {"reason", "Legacy"}, {"approver", "Jane"}, {"ticket", "RISK-1"}, {"expires", "2026-12-01"}};
        for (String[] field : fields) {
            yaml.append(field[0].equals("check") ? "  - " : "    ").append(field[0]).append(": ")
                    .append(field[0].equals(key) ? value : field[1]).append('\n');
        }
        if (key.equals("color")) {
            yaml.append("    color: ").append(value).append('\n');
        }
        Path file = Files.writeString(dir.resolve("waivers.yml"), yaml.toString());
        assertThatThrownBy(() -> WaiversFile.read(file, CHECKS))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the waivers file " + file + ", " + expected);
    }

    @Test
    void aWaiverWithoutApproverOrExpiryIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("waivers.yml"), LEGACY_BUCKET.replace("    approver: Jane Doe (CISO)\n", ""));
        assertThatThrownBy(() -> WaiversFile.read(file, CHECKS)).hasMessageContaining("line 2, lacks a value for 'approver'");
        Path noExpiry = Files.writeString(dir.resolve("w2.yml"), LEGACY_BUCKET.replace("    expires: 2026-12-01\n", ""));
        assertThatThrownBy(() -> WaiversFile.read(noExpiry, CHECKS)).hasMessageContaining("lacks a value for 'expires'");
    }

    private Waivers read(String yaml) throws Exception {
        return WaiversFile.read(Files.writeString(dir.resolve("waivers.yml"), yaml), CHECKS);
    }

    private static Finding finding(String check, String resource, Status status) {
        return new Finding(check, "t", Severity.MEDIUM, Area.LOGGING, "123456789012", "prod", "us-east-1", resource, status, "m", "data/x.json", null);
    }
}
