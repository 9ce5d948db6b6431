package io.irready.it;

import io.irready.history.RunHistoryContract;

import javax.sql.DataSource;

/** The run history on a real PostgreSQL server (the one scripts/test-all.sh starts), each test in a schema of its own. */
class RunHistoryPostgresIT extends RunHistoryContract {

    @Override
    protected DataSource emptyDatabase() {
        return TestPostgres.newSchema("history").dataSource();
    }
}
