package io.irready.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.util.function.Supplier;

/**
 * The account whose credentials the calling thread's AWS calls use. The SDK clients are shared by all
 * accounts of a run (building one costs milliseconds, and a run needs thousands); each call takes the
 * credentials of the account bound to its thread. A call on a thread with no account bound fails:
 * it never falls back to other credentials, which could audit the wrong account.
 */
final class BoundAccount implements AwsCredentialsProvider {

    private static final ThreadLocal<AwsClients> CURRENT = new ThreadLocal<>();

    static final BoundAccount CREDENTIALS = new BoundAccount();

    private BoundAccount() {
    }

    static <T> T with(AwsClients account, Supplier<T> work) {
        AwsClients previous = CURRENT.get();
        CURRENT.set(account);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The bound account, or null. */
    static AwsClients current() {
        return CURRENT.get();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsClients account = CURRENT.get();
        if (account == null) {
            throw SdkClientException.create("an AWS call was made on a thread bound to no account; irready makes calls only for the account "
                    + "being collected");
        }
        return account.credentials().resolveCredentials();
    }
}
