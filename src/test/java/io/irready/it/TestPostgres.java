package io.irready.it;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The PostgreSQL server scripts/test-all.sh starts ({@code IRREADY_TEST_POSTGRES_URL} and {@code _USER}), a new schema per test. */
final class TestPostgres {

    static final String URL = System.getenv("IRREADY_TEST_POSTGRES_URL");
    static final String USER = System.getenv("IRREADY_TEST_POSTGRES_USER");

    private TestPostgres() {
    }

    /** A new, empty schema named {@code prefix} and a random suffix. */
    static Schema newSchema(String prefix) {
        assertThat(URL).as("IRREADY_TEST_POSTGRES_URL: run the integration tests with scripts/test-all.sh, which starts PostgreSQL").isNotBlank();
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(new DriverManagerDataSource(URL, USER, "")).execute("CREATE SCHEMA " + name);
        return new Schema(name, URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
    }

    /** A schema and the JDBC URL whose connections work in it. */
    record Schema(String name, String url) {
        DataSource dataSource() {
            return new DriverManagerDataSource(url, USER, "");
        }
    }
}
