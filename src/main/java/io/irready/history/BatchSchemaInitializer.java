package io.irready.history;

import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.core.io.Resource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the job repository's tables with Spring Batch's schema script only when one of the tables or sequences
 * the script creates is missing. Spring Boot's {@code initialize-schema: always} runs the whole script on every start,
 * and each CREATE of what exists is an error the database records: in H2's trace file next to the database (megabytes
 * after a few weeks of nightly runs), in PostgreSQL's server log every night.
 */
public final class BatchSchemaInitializer extends BatchDataSourceScriptDatabaseInitializer {

    private static final Pattern CREATED = Pattern.compile("(?i)\\bCREATE\\s+(?:TABLE|SEQUENCE)\\s+(\\w+)");

    public BatchSchemaInitializer(DataSource dataSource, BatchJdbcProperties properties) {
        super(dataSource, properties);
    }

    @Override
    protected void runScripts(Scripts scripts) {
        Set<String> created = created(scripts);
        // A script whose objects cannot be read from it is run as Spring Boot runs it.
        if (created.isEmpty() || !existing().containsAll(created)) {
            super.runScripts(scripts);
        }
    }

    /** The tables and sequences the scripts create, upper case. */
    static Set<String> created(Iterable<Resource> scripts) {
        Set<String> names = new HashSet<>();
        for (Resource script : scripts) {
            try {
                Matcher matcher = CREATED.matcher(script.getContentAsString(StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(matcher.group(1).toUpperCase(Locale.ROOT));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the job repository's schema script " + script, e);
            }
        }
        return names;
    }

    /** The tables and sequences of the connection's schema, upper case (the standard information schema: H2 and PostgreSQL). */
    private Set<String> existing() {
        Set<String> names = new HashSet<>();
        try (Connection connection = getDataSource().getConnection()) {
            String schema = connection.getSchema();
            for (String query : List.of("SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                    "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(query)) {
                    statement.setString(1, schema);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            names.add(rows.getString(1).toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the job repository's tables: " + e.getMessage(), e);
        }
        return names;
    }
}
