package io.irready.cli;

import io.irready.InputException;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps two runs from sharing an embedded H2 job repository at once: an embedded database file belongs
 * to one process, and a second one connecting through it breaks when the first exits. The lock is
 * taken before the first connection and released after the database is closed; a second run waits
 * for it (saying so), or with --no-wait exits 2. A server database (PostgreSQL) needs no lock.
 */
final class RepositoryLock implements BeanPostProcessor, AutoCloseable {

    private static final Pattern H2_FILE = Pattern.compile("jdbc:h2:(?:file:)?(?!mem:|tcp:|ssl:|zip:)([^;]+)(;.*)?");

    private final boolean wait;
    private final PrintWriter stderr;
    private FileChannel channel;
    private FileLock lock;

    RepositoryLock(boolean wait, PrintWriter stderr) {
        this.wait = wait;
        this.stderr = stderr;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && lock == null && dataSource.getJdbcUrl() != null) {
            Matcher h2 = H2_FILE.matcher(dataSource.getJdbcUrl());
            if (h2.matches()) {
                acquire(Path.of(h2.group(1).replaceFirst("^~", System.getProperty("user.home")) + ".irready.lock"));
            }
        }
        return bean;
    }

    private void acquire(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            lock = channel.tryLock();
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                String who = "another irready run" + (holder.isEmpty() ? "" : " (" + holder + ")");
                if (!wait) {
                    throw new InputException(who + " is using the job repository " + file.getParent().resolve(file.getFileName().toString()
                            .replace(".irready.lock", "")) + "; run again when it has finished, leave out --no-wait to wait for it, "
                            + "or give this run its own spring.datasource.url");
                }
                stderr.println("irready: " + who + " is using the job repository; waiting for it to finish");
                stderr.flush();
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock the job repository at " + file + ": " + e.getMessage(), e);
        }
    }

    /** Releases the lock; call after the database has been closed. */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
