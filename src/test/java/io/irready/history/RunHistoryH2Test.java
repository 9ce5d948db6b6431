package io.irready.history;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** The run history on the embedded H2 database, the default. */
class RunHistoryH2Test extends RunHistoryContract {

    @Override
    protected DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
