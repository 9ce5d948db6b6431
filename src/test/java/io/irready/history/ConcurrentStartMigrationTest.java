package io.irready.history;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ConcurrentStartMigrationTest {

    private static final String LOST_RACE = "Unable to baseline schema history table \"remote_1\".\"flyway_schema_history\" as it already exists, "
            + "and is empty.\nDelete the schema history table, and run baseline again.";

    private final ConcurrentStartMigration migration = new ConcurrentStartMigration(Duration.ofMillis(1));
    private final Flyway flyway = mock(Flyway.class);

    /** What a worker starting beside its manager on a new database saw: it migrates once the other process is done. */
    @Test
    void aProcessThatLostTheHistoryTableRaceMigratesAgain() {
        doThrow(new FlywayException(LOST_RACE)).doThrow(new FlywayException(LOST_RACE)).doReturn(null).when(flyway).migrate();

        migration.migrate(flyway);

        verify(flyway, times(3)).migrate();
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        doThrow(new FlywayException("Migration V4__finding_group.sql failed: syntax error")).when(flyway).migrate();

        assertThatThrownBy(() -> migration.migrate(flyway)).hasMessageContaining("V4__finding_group.sql failed");
        verify(flyway, times(1)).migrate();
    }

    @Test
    void theRaceIsGivenUpAfterItsTries() {
        doThrow(new FlywayException(LOST_RACE)).when(flyway).migrate();

        assertThatThrownBy(() -> migration.migrate(flyway)).hasMessageContaining("already exists, and is empty");
        verify(flyway, times(ConcurrentStartMigration.TRIES)).migrate();
    }
}
