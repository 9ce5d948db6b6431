package io.irready.it;

import io.irready.checks.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job repository on a real PostgreSQL server (started by scripts/test-all.sh): the schema is created on
 * the first run, a full audit on moto completes and is recorded there, and its findings equal the same audit
 * with the embedded H2 repository.
 */
class PostgresRepositoryIT {

    private static final String URL = TestPostgres.URL;
    private static final String USER = TestPostgres.USER;

    @TempDir
    Path dir;

    @Test
    void aFullAuditOnPostgresEqualsTheSameOnH2() throws Exception {
        assertThat(URL).as("IRREADY_TEST_POSTGRES_URL: run the integration tests with scripts/test-all.sh, which starts PostgreSQL").isNotBlank();
        Moto.reset();
        new AwsScenario(Moto.endpoint()).readyAccount();

        Path postgresConfig = dir.resolve("postgres.yml");
        Files.writeString(postgresConfig, "spring:\n  datasource:\n    url: " + URL + "\n    username: " + USER + "\n    password: \"\"\n"
                + AwsScenario.SETTINGS);
        AuditRun onPostgres = AuditRun.of(dir.resolve("pg"), "audit", "--config", postgresConfig.toString(), "--endpoint", Moto.endpoint(),
                "--out", dir.resolve("pg").toString());
        AuditRun onH2 = AuditRun.of(dir.resolve("h2"), "audit", "--config", AuditRun.config(dir.resolve("h2-config"), AwsScenario.SETTINGS).toString(),
                "--endpoint", Moto.endpoint(), "--out", dir.resolve("h2").toString());

        assertThat(onPostgres.exitCode()).as(onPostgres.toString()).isIn(0, 1);
        assertThat(onPostgres.exitCode()).isEqualTo(onH2.exitCode());
        assertThat(verdicts(onPostgres.findings())).containsExactlyInAnyOrderElementsOf(verdicts(onH2.findings()));
        try (var connection = DriverManager.getConnection(URL, USER, "");
             var query = connection.prepareStatement("select e.STATUS from BATCH_JOB_EXECUTION e join BATCH_JOB_EXECUTION_PARAMS p "
                     + "on p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID where p.PARAMETER_NAME = 'run.id' and p.PARAMETER_VALUE = ?")) {
            query.setString(1, onPostgres.runDir().getFileName().toString());
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("the run is recorded in PostgreSQL").isTrue();
                assertThat(rows.getString(1)).isEqualTo("COMPLETED");
            }
        }
    }

    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(f -> f.checkId() + " " + f.region() + " " + f.resourceId() + " " + f.status()).toList();
    }
}
