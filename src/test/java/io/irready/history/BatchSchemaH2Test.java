package io.irready.history;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

class BatchSchemaH2Test extends BatchSchemaContract {

    @Override
    protected DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected String nextValue(String sequence) {
        return "SELECT NEXT VALUE FOR " + sequence;
    }
}
