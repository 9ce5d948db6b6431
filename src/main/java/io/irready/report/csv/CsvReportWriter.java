package io.irready.report.csv;

import io.irready.checks.Finding;
import io.irready.files.AtomicFiles;
import io.irready.report.ReportModel;
import io.irready.report.ReportWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * findings.csv: one row per finding, RFC 4180 (comma, CRLF, quotes doubled, fields with a comma, quote or line
 * break quoted), UTF-8. A value a spreadsheet would run as a formula (starting with = + - @ tab or CR) is
 * prefixed with an apostrophe, so opening the file never executes anything.
 */
public final class CsvReportWriter implements ReportWriter {

    private static final List<String> HEADER = List.of("check_id", "title", "severity", "area", "account_id", "account_name", "region",
            "resource", "status", "message", "evidence", "basis");

    @Override
    public String fileName() {
        return "findings.csv";
    }

    @Override
    public void write(ReportModel model, Path target) {
        AtomicFiles.write(target, out -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            row(csv, HEADER);
            try {
                model.findings().forEach(finding -> row(csv, values(finding)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        });
    }

    private static List<String> values(Finding f) {
        return List.of(f.checkId(), f.title(), f.severity() == null ? "" : f.severity().label(), f.area() == null ? "" : f.area().name(),
                f.accountId(), text(f.accountName()), text(f.region()), text(f.resourceId()), f.status().name(), text(f.message()),
                text(f.evidenceRef()), f.attested() ? "attested" : "observed");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(Writer csv, List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    csv.write(',');
                }
                csv.write(field(values.get(i)));
            }
            csv.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
