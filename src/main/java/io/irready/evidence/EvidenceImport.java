package io.irready.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Brings an existing bundle into a run: verifies it against its manifest, copies it, and verifies
 * the copy, so a report is only ever drawn from evidence that is exactly what was collected.
 */
public final class EvidenceImport {

    private EvidenceImport() {
    }

    public static Scope copyVerified(Path source, Path target) {
        if (!Files.isDirectory(source)) {
            throw new EvidenceException("--evidence " + source + " is not a folder; point it at the evidence/ folder of an earlier run "
                    + "or at examples/demo-evidence");
        }
        verify(source);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the evidence bundle to " + target + ": " + e.getMessage(), e);
        }
        verify(target);
        return new EvidenceBundle(target).readScope();
    }

    private static void verify(Path bundle) {
        List<String> problems = BagIt.verify(bundle);
        if (!problems.isEmpty()) {
            throw new EvidenceException("The evidence bundle at " + bundle + " failed verification:\n  - " + String.join("\n  - ", problems)
                    + "\nUse an unchanged copy of the bundle as irready sealed it.");
        }
    }
}
