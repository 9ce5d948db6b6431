package io.irready.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a run folder that leave it (delivered, exported): all but the in-use marker and temporary files, whose names start with a dot. */
public final class RunFiles {

    private RunFiles() {
    }

    public static List<Path> of(Path runDir) {
        try (Stream<Path> paths = Files.walk(runDir)) {
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the run folder " + runDir + ": " + e.getMessage(), e);
        }
    }

    /** The file's name relative to the run folder, with slashes. */
    public static String name(Path runDir, Path file) {
        return runDir.relativize(file).toString().replace('\\', '/');
    }
}
