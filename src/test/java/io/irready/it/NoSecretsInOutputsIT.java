package io.irready.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full audit with recognisable fake credentials, session token and external id: none of them appears in any
 * file the run wrote (reports, findings, evidence), in what it printed, or in the job repository.
 */
class NoSecretsInOutputsIT {

    private static final String KEY_ID = "AKIAIRREADYFAKEKEY01";
    private static final String SECRET = "irreadyFakeSecretKey/ShouldNeverBeWritten0001";
    private static final String TOKEN = "IrreadyFakeSessionToken//NeverWriteMe//0123456789abcdef";
    private static final String EXTERNAL_ID = "irready-fake-external-id-4242";

    @TempDir
    Path home;

    /** The file's bytes as text, with a PDF's text and a workbook's parts unpacked (both are compressed). */
    private static String readable(Path file) throws Exception {
        StringBuilder text = new StringBuilder(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (var document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                text.append(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
            }
        } else if (name.endsWith(".xlsx")) {
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    @Test
    void credentialsAppearNowhere() throws Exception {
        Moto.reset();
        Path config = AuditRun.config(home, AwsScenario.settings("    audit-role-external-id: " + EXTERNAL_ID + "\n"));
        // The default job repository of this "user" (~/.irready/jobs) is the one dumped below.
        String yaml = Files.readString(config).replaceFirst("spring:\\n  datasource:\\n    url: [^\\n]*\\n", "");
        Files.writeString(config, yaml);
        Path out = home.resolve("out");

        JarProcess run = JarProcess.start(home, "run", Map.of("AWS_ACCESS_KEY_ID", KEY_ID, "AWS_SECRET_ACCESS_KEY", SECRET,
                "AWS_SESSION_TOKEN", TOKEN, "AWS_ENDPOINT_URL", Moto.endpoint()), "audit", "--config", config.toString(), "--out", out.toString());
        assertThat(run.waitFor()).as(run.err()).isIn(0, 1);

        Path dump = home.resolve("repository.sql");
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + home.resolve(".irready/jobs").toAbsolutePath(), "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("SCRIPT TO '" + dump.toAbsolutePath() + "'");
        }
        assertThat(Files.readString(dump)).contains("irready-audit");

        List<Path> written;
        try (Stream<Path> files = Files.walk(home)) {
            written = files.filter(Files::isRegularFile).filter(file -> !file.equals(config)).toList();
        }
        assertThat(written).as("reports, findings, evidence, output, repository").hasSizeGreaterThan(20)
                .anyMatch(f -> f.endsWith("report.pdf")).anyMatch(f -> f.endsWith("report.xlsx")).anyMatch(f -> f.endsWith("findings.json"));
        for (Path file : written) {
            String content = readable(file);
            for (String secret : List.of(KEY_ID, SECRET, TOKEN, EXTERNAL_ID)) {
                assertThat(content).as("%s in %s", secret, home.relativize(file)).doesNotContain(secret);
            }
        }
    }
}
