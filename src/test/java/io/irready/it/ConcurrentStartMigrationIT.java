package io.irready.it;

import io.irready.history.ConcurrentStartMigration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager and its workers starting at once against a new, empty PostgreSQL schema: each migrates the history tables
 * as a run does (baseline on migrate, as the job repository's tables may be there first), and every one succeeds.
 * Seen failing before {@link ConcurrentStartMigration}: the process that found the schema history table just created,
 * still empty, refused to baseline it.
 */
class ConcurrentStartMigrationIT {

    private static final String USER = TestPostgres.USER;
    private static final int PROCESSES = 6;

    @RepeatedTest(5)
    void processesMigratingANewDatabaseAtOnceAllSucceed() throws Exception {
        TestPostgres.Schema created = TestPostgres.newSchema("migrate");
        String schema = created.name();
        String url = created.url();

        CyclicBarrier together = new CyclicBarrier(PROCESSES);
        ExecutorService starts = Executors.newFixedThreadPool(PROCESSES);
        try {
            List<Future<?>> migrated = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                migrated.add(starts.submit(() -> {
                    Flyway flyway = Flyway.configure().dataSource(url, USER, "").schemas(schema).baselineOnMigrate(true).baselineVersion("0")
                            .locations("classpath:db/migration").load();
                    together.await();
                    new ConcurrentStartMigration(Duration.ofMillis(200)).migrate(flyway);
                    return null;
                }));
            }
            for (Future<?> future : migrated) {
                future.get();
            }
        } finally {
            starts.shutdownNow();
        }
        Integer applied = new JdbcTemplate(created.dataSource())
                .queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL AND version <> '0'", Integer.class);
        assertThat(applied).isEqualTo(4);
    }
}
