package io.irready.files;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @TempDir
    Path dir;

    /** An account's collectors write their first files into the same new Region folder at once. */
    @RepeatedTest(5)
    void writersRacingToCreateTheSameFoldersAllSucceed() throws Exception {
        int writers = 16;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> written = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Path file = dir.resolve("data/123456789012/eu-west-1/collector-" + i + ".json");
                written.add(pool.submit(() -> {
                    start.await();
                    AtomicFiles.write(file, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
                    return null;
                }));
            }
            for (Future<?> future : written) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir.resolve("data/123456789012/eu-west-1"))) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(writers).allMatch(name -> name.startsWith("collector-"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/123456789012")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/123456789012/eu-west-1/collector-0.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnErrorNamingIt() throws Exception {
        Files.writeString(dir.resolve("eu-west-1"), "not a folder");

        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("eu-west-1/trails.json"), out -> out.write(1)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("could not write " + dir.resolve("eu-west-1/trails.json"));
        assertThat(Files.readString(dir.resolve("eu-west-1"))).isEqualTo("not a folder");
    }
}
