package io.irready.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what a run asks of AWS: HTTP attempts sent (retries included) and throttled answers, those
 * retried (counted by the retry policy) and those that ended a call (its retries used up).
 */
public final class CallMetrics implements ExecutionInterceptor {

    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong throttles = new AtomicLong();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.incrementAndGet();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.exception() instanceof AwsServiceException e && e.isThrottlingException()) {
            throttles.incrementAndGet();
        }
    }

    void throttled() {
        throttles.incrementAndGet();
    }

    public long attempts() {
        return attempts.get();
    }

    public long throttles() {
        return throttles.get();
    }
}
