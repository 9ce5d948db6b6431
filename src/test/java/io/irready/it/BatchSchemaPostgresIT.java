package io.irready.it;

import io.irready.history.BatchSchemaContract;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The job repository's schema on a real PostgreSQL server (the one scripts/test-all.sh starts), each test in a schema of its own. */
class BatchSchemaPostgresIT extends BatchSchemaContract {

    private static final String URL = System.getenv("IRREADY_TEST_POSTGRES_URL");
    private static final String USER = System.getenv("IRREADY_TEST_POSTGRES_USER");

    @Override
    protected DataSource emptyDatabase() {
        assertThat(URL).as("IRREADY_TEST_POSTGRES_URL: run the integration tests with scripts/test-all.sh, which starts PostgreSQL").isNotBlank();
        String schema = "batch_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(new DriverManagerDataSource(URL, USER, "")).execute("CREATE SCHEMA " + schema);
        return new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER, "");
    }

    @Override
    protected String nextValue(String sequence) {
        return "SELECT nextval('" + sequence + "')";
    }
}
