package io.irready.results;

import io.irready.checks.Finding;
import io.irready.evidence.Json;
import io.irready.files.AtomicFiles;
import tools.jackson.core.type.TypeReference;

import java.nio.file.Path;
import java.util.List;

/** {@code findings.json}: the array of every finding of a run, the result that reports are drawn from. */
public final class FindingsFile {

    public static final String NAME = "findings.json";

    private FindingsFile() {
    }

    public static void write(Path file, List<Finding> findings) {
        AtomicFiles.write(file, out -> Json.MAPPER.writeValue(out, findings));
    }

    public static List<Finding> read(Path file) {
        return Json.MAPPER.readValue(file.toFile(), new TypeReference<List<Finding>>() { });
    }
}
