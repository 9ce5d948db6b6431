package io.irready.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import io.irready.files.AtomicFiles;
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

    /**
     * Verifies a bundle where it lies: sealed, nothing outside its manifests, no links, and a scope whose
     * account ids and Regions can name files. Run before a run folder exists, so a refused bundle leaves nothing.
     */
    public static Scope check(Path source) {
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new EvidenceException("--evidence " + source + " is not a folder; point it at the evidence/ folder of an earlier run "
                    + "or at examples/demo-evidence");
        }
        verify(source);
        return new EvidenceBundle(source).readScope();
    }

    public static Scope copyVerified(Path source, Path target) {
        check(source);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    AtomicFiles.createPrivateDirectories(copy);
                } else {
                    AtomicFiles.createPrivateFile(copy);
                    try (var in = Files.newInputStream(file); var out = Files.newOutputStream(copy)) {
                        in.transferTo(out);
                    }
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
            throw new EvidenceException("the evidence bundle at " + bundle + " failed verification (" + problems.size() + " problem(s)): "
                    + String.join("; ", problems.size() > 20 ? problems.subList(0, 20) : problems) + (problems.size() > 20 ? "; ..." : "")
                    + ". Use an unchanged copy of the bundle as irready sealed it; nothing was copied or evaluated.");
        }
    }
}
