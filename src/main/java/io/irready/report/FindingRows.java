package io.irready.report;

import io.irready.checks.Finding;
import io.irready.results.FindingsFile;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every finding of a run, read again from disk each time a writer walks them, so a report of a large
 * organization never holds all findings in memory.
 */
@FunctionalInterface
public interface FindingRows {

    void forEach(Consumer<Finding> row);

    static FindingRows of(Path findingsFile) {
        return row -> FindingsFile.forEach(findingsFile, row);
    }

    static FindingRows of(List<Finding> findings) {
        return findings::forEach;
    }
}
