package io.irready.cli;

import io.irready.batch.RunInterruption;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * While a job runs, SIGTERM (ECS, systemd, kill) and SIGINT (Ctrl-C) ask it to stop at its next safe
 * point instead of killing the JVM mid-write; a second signal stops at once. The exit code is the shell's
 * convention for the signal: 128 + its number (143, 130).
 */
final class StopSignals implements AutoCloseable {

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile Signal received;

    StopSignals(RunInterruption interruption) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal signal = new Signal(name);
            previous.put(signal, Signal.handle(signal, s -> {
                if (received != null) {
                    Runtime.getRuntime().halt(128 + s.getNumber());
                }
                received = s;
                interruption.request("SIG" + s.getName());
            }));
        }
    }

    boolean received() {
        return received != null;
    }

    int exitCode() {
        return 128 + received.getNumber();
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
