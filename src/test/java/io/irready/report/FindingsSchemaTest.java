package io.irready.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.irready.checks.Area;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Json;
import io.irready.results.FindingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** findings.json as a run writes it conforms to the schema published in docs/, and the schema is strict enough to notice a change. */
class FindingsSchemaTest {

    @TempDir
    Path dir;

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("docs/findings.schema.json")), InputFormat.JSON);

    @Test
    void aRunsFindingsConformIncludingSkippedAndAttestedOnes() throws Exception {
        List<Finding> findings = new ArrayList<>(ReportFixtures.evaluated());
        findings.add(new Finding("IR-SCOPE", "Account in scope", null, Area.SCOPE, "210987654321", "old", null, "account", Status.SKIPPED,
                "Account is SUSPENDED.", "data/organization.json", null));
        findings.set(0, findings.get(0).withChange(new Finding.Change(Finding.ChangeState.STILL_FAILING, Status.FAIL, "20261127T010000Z-abcd",
                "2026-11-20T02:00:00Z", 7L)));
        findings.add(new Finding("IR-LOG-08", "CloudTrail bucket keeps logs for the retention period", io.irready.checks.Severity.MEDIUM,
                Area.LOGGING, "123456789012", "prod", null, "arn:aws:s3:::logs", Status.FAIL, "30 days.", "data/x.json", null)
                .withWaiver(new Finding.Waiver("RISK-7", "Jane", "Q1", "2027-01-31", false)));
        findings.set(1, findings.get(1).withChange(new Finding.Change(Finding.ChangeState.NEW, null, null, "2026-11-27T02:00:00Z", 0L)));
        assertThat(findings).anyMatch(f -> f.status() == Status.WAIVED).anyMatch(Finding::attested).anyMatch(f -> f.region() == null);
        Path file = dir.resolve(FindingsFile.NAME);
        FindingsFile.write(file, findings);

        List<Error> errors = SCHEMA.validate(Files.readString(file), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    void anUndocumentedFieldOrStatusIsRejected() throws Exception {
        String one = Json.MAPPER.writeValueAsString(List.of(ReportFixtures.evaluated().get(0)));
        assertThat(SCHEMA.validate(one, InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate(one.replaceFirst("\\{", "{ \"newField\": 1,"), InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(one.replaceFirst("\"status\" : \"[A-Z_]+\"", "\"status\" : \"ACCEPTED\""), InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(one.replaceFirst("\"accountId\" : \"\\d+\"", "\"accountId\" : \"../x\""), InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(one.replaceFirst("\"change\" : null", "\"change\" : { \"state\" : \"WAIVED\" }"), InputFormat.JSON)).isNotEmpty();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
