package io.irready.history;

import org.junit.jupiter.api.Test;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The job repository's schema created where missing, on each database irready supports. */
public abstract class BatchSchemaContract {

    /** A database (or schema) of its own, empty. */
    protected abstract DataSource emptyDatabase();

    /** SQL that takes the next value of a sequence. */
    protected abstract String nextValue(String sequence);

    @Test
    void readsTheTablesAndSequencesSpringBatchsScriptsCreate() {
        for (String platform : List.of("h2", "postgresql")) {
            assertThat(BatchSchemaInitializer.created(List.of(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))))
                    .as(platform).contains("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_STEP_EXECUTION",
                            "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ",
                            "BATCH_STEP_EXECUTION_SEQ");
        }
    }

    @Test
    void runsTheScriptOnlyWhileSomethingItCreatesIsMissing() {
        RecordingDataSource database = new RecordingDataSource(emptyDatabase());

        initialize(database);
        assertThat(database.statements).as("a new database gets the schema").isNotEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isZero();

        database.statements.clear();
        initialize(database);
        assertThat(database.statements).as("nothing is created again, so no statement fails").isEmpty();

        jdbc.execute("DROP TABLE BATCH_JOB_EXECUTION_CONTEXT");
        jdbc.execute("DROP SEQUENCE BATCH_STEP_EXECUTION_SEQ");
        initialize(database);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_CONTEXT", Integer.class)).as("a missing table is created").isZero();
        assertThat(jdbc.queryForObject(nextValue("BATCH_STEP_EXECUTION_SEQ"), Long.class)).as("a missing sequence is created").isNotNull();
    }

    private static void initialize(DataSource database) {
        BatchJdbcProperties properties = new BatchJdbcProperties();
        properties.setInitializeSchema(DatabaseInitializationMode.ALWAYS);
        BatchSchemaInitializer initializer = new BatchSchemaInitializer(database, properties);
        initializer.setResourceLoader(new DefaultResourceLoader());
        initializer.initializeDatabase();
    }

    /** Records every SQL statement executed through its connections. */
    private static final class RecordingDataSource extends DelegatingDataSource {
        final List<String> statements = new ArrayList<>();

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                Object result = invoke(connection, method, args);
                if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class}, (p, m, a) -> {
                        if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                            statements.add(sql);
                        }
                        return invoke(statement, m, a);
                    });
                }
                return result;
            });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
