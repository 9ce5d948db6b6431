package io.irready.cli;

import io.irready.aws.CallMetrics;
import io.irready.batch.RunProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how a run is going on stderr: on a terminal a bar redrawn in place (accounts done of all, API
 * calls, throttled answers, time left); otherwise, as under cron or on ECS, one line every 10 seconds.
 */
final class ProgressDisplay implements AutoCloseable {

    private static final int BAR_WIDTH = 24;

    private final RunProgress progress;
    private final CallMetrics metrics;
    private final PrintWriter stderr;
    private final boolean terminal;
    private final Thread thread;
    private volatile boolean running = true;

    ProgressDisplay(RunProgress progress, CallMetrics metrics, PrintWriter stderr, boolean terminal) {
        this.progress = progress;
        this.metrics = metrics;
        this.stderr = stderr;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "irready-progress");
        this.thread.setDaemon(true);
    }

    ProgressDisplay start() {
        thread.start();
        return this;
    }

    private void loop() {
        long interval = terminal ? 500 : 10_000;
        while (running) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                show();
            }
        }
    }

    private synchronized void show() {
        String line = line();
        if (terminal) {
            stderr.print("\r" + line + "\u001b[K");
        } else {
            stderr.println("irready: " + line);
        }
        stderr.flush();
    }

    String line() {
        int total = progress.accountsTotal();
        int done = progress.accountsDone();
        StringBuilder text = new StringBuilder(progress.phase());
        if (total > 0) {
            int filled = (int) Math.round((double) BAR_WIDTH * done / total);
            text.append(terminal ? " [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " : " ")
                    .append(done).append('/').append(total).append(" accounts");
        }
        text.append(String.format(Locale.ROOT, " · %,d API calls · %,d throttled", metrics.attempts(), metrics.throttles()));
        long eta = progress.etaSeconds();
        if (eta >= 0) {
            text.append(String.format(Locale.ROOT, " · ETA %dm%02ds", eta / 60, eta % 60));
        }
        return text.toString();
    }

    @Override
    public synchronized void close() {
        running = false;
        thread.interrupt();
        if (terminal) {
            stderr.print("\r\u001b[K");
            stderr.flush();
        }
    }
}
