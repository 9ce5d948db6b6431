package io.irready.aws;

import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The retry strategy of a client shared by many accounts: one adaptive strategy per account, chosen by
 * the account bound to the calling thread (a synchronous call and its retries stay on one thread). AWS
 * throttles each account separately, so one throttled account must not slow the others' calls.
 */
final class AccountRetries implements RetryStrategy {

    private final Supplier<RetryStrategy> perAccount;
    private final Map<AwsClients, RetryStrategy> strategies = new WeakHashMap<>();

    AccountRetries(Supplier<RetryStrategy> perAccount) {
        this.perAccount = perAccount;
    }

    private synchronized RetryStrategy strategy() {
        return strategies.computeIfAbsent(BoundAccount.current(), account -> perAccount.get());
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return strategy().acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        return strategy().refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return strategy().recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return strategy().maxAttempts();
    }

    /** The per-account strategies are complete; the SDK must not rebuild this one with its defaults. */
    @Override
    public boolean useClientDefaults() {
        return false;
    }

    @Override
    public Builder<?, ?> toBuilder() {
        throw new IllegalStateException("an account-routing retry strategy is made by AwsClientFactory, not rebuilt");
    }
}
