package io.irready.it;

import io.irready.history.BatchSchemaContract;

import javax.sql.DataSource;

/** The job repository's schema on a real PostgreSQL server (the one scripts/test-all.sh starts), each test in a schema of its own. */
class BatchSchemaPostgresIT extends BatchSchemaContract {

    @Override
    protected DataSource emptyDatabase() {
        return TestPostgres.newSchema("batch").dataSource();
    }

    @Override
    protected String nextValue(String sequence) {
        return "SELECT nextval('" + sequence + "')";
    }
}
