package io.irready.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what a run asks of AWS: HTTP attempts sent (retries included) and throttled answers. */
public final class CallMetrics implements ExecutionInterceptor {

    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong throttles = new AtomicLong();
    /** The retry strategy asks about one failed attempt more than once; each throttled answer counts once. */
    private final Set<Throwable> counted = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
    }

    void throttled(Throwable answer) {
        if (counted.add(answer)) {
            throttles.incrementAndGet();
        }
    }

    public long attempts() {
        return attempts.get();
    }

    public long throttles() {
        return throttles.get();
    }
}
