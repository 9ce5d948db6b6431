package io.irready.it;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Records every AWS operation any SDK client in the test JVM executes, as "Service:Operation".
 * Registered for all clients through the SDK's global interceptor file in test resources.
 */
public final class RecordedCalls implements ExecutionInterceptor {

    private static final Set<String> CALLS = new ConcurrentSkipListSet<>();

    public static void clear() {
        CALLS.clear();
    }

    public static Set<String> snapshot() {
        return new TreeSet<>(CALLS);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        CALLS.add(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + ":" + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }
}
