package io.irready.report;

import java.nio.file.Path;

/** Writes one format of a report. Writers lay out the model; they compute nothing it does not hold. */
public interface ReportWriter {

    /** The file name in the run folder, e.g. report.pdf. */
    String fileName();

    /** Writes the whole file or nothing (temporary name, then move). */
    void write(ReportModel model, Path target);
}
