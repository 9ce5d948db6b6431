package io.irready.cli;

import io.irready.InputException;
import io.irready.files.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks a run folder as in use by this process while its job runs: a locked {@code .running} file,
 * removed when the job returns. The operating system drops the lock when a process dies, so a restart
 * can tell a killed run (marker left, lock free) from one still running elsewhere (lock held).
 */
final class RunMarker implements AutoCloseable {

    static final String NAME = ".running";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunMarker(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static RunMarker claim(Path runDir) {
        Path file = runDir.resolve(NAME);
        try {
            AtomicFiles.createPrivateDirectories(runDir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new InputException("run folder " + runDir + " is in use by another irready process; wait for it to finish");
            }
            return new RunMarker(file, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not mark the run folder " + runDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
