package io.irready.history;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

import java.time.Duration;

/**
 * Migrates the history tables when other irready processes may be doing the same: a manager and its workers start
 * together against a new database. Flyway locks its migrations, but not the creation and baselining of its history
 * table, so the process that loses that race fails on the schema history table ("already exists, and is empty"). It
 * tries again once the winner is done; any other failure is thrown at once.
 */
public final class ConcurrentStartMigration implements FlywayMigrationStrategy {

    static final int TRIES = 5;
    private final Duration pause;

    public ConcurrentStartMigration(Duration pause) {
        this.pause = pause;
    }

    @Override
    public void migrate(Flyway flyway) {
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (attempt == TRIES || !lostTheHistoryTableRace(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(pause.multipliedBy(attempt).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean lostTheHistoryTableRace(FlywayException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("schema history table");
    }
}
