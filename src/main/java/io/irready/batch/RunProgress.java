package io.irready.batch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** How far a run is: its current step and, while collecting, the accounts done of all to collect. */
public final class RunProgress {

    private volatile String phase = "starting";
    private final AtomicInteger accountsTotal = new AtomicInteger();
    private final AtomicInteger accountsDone = new AtomicInteger();
    private final AtomicLong collectStartedNanos = new AtomicLong();

    public void phase(String phase) {
        this.phase = phase;
    }

    public String phase() {
        return phase;
    }

    void collecting(int accounts) {
        accountsTotal.set(accounts);
        accountsDone.set(0);
        collectStartedNanos.set(System.nanoTime());
        phase = "collecting";
    }

    void accountDone() {
        accountsDone.incrementAndGet();
    }

    public int accountsDone() {
        return accountsDone.get();
    }

    public int accountsTotal() {
        return accountsTotal.get();
    }

    /** Seconds until collection ends at the pace so far; -1 before the first account is done. */
    public long etaSeconds() {
        int done = accountsDone.get();
        if (done == 0 || !"collecting".equals(phase)) {
            return -1;
        }
        double elapsed = (System.nanoTime() - collectStartedNanos.get()) / 1e9;
        return Math.round(elapsed / done * (accountsTotal.get() - done));
    }
}
