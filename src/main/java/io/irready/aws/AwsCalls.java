package io.irready.aws;

import io.irready.evidence.Evidence;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs one read call and keeps its outcome as evidence: the data, or why it is missing. The IAM
 * action is named by the caller, so a denial tells the operator exactly which permission to grant.
 */
public final class AwsCalls {

    private static final Set<String> DENIED_CODES = Set.of(
            "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
            "AuthorizationError", "AuthorizationErrorException", "Client.UnauthorizedOperation");
    private static final Set<String> UNSUPPORTED_CODES = Set.of(
            "UnknownOperationException", "InvalidAction", "NotImplemented", "UnsupportedOperation",
            "UnsupportedOperationException", "NotImplementedException");

    private AwsCalls() {
    }

    public static <T> Evidence<T> call(String action, Supplier<T> read) {
        try {
            return Evidence.collected(read.get());
        } catch (SdkException e) {
            return classify(action, e);
        }
    }

    /** The outcome of a call that threw: denied, unsupported by the endpoint, or failed. */
    public static <T> Evidence<T> classify(String action, SdkException error) {
        if (!(error instanceof AwsServiceException e)) {
            return new Evidence.Failed<>(action, error.getMessage());
        }
        String code = errorCode(e);
        String message = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage()
                : e.getMessage();
        if (code != null && DENIED_CODES.contains(code)) {
            return new Evidence.Denied<>(action, message);
        }
        if ((code != null && UNSUPPORTED_CODES.contains(code)) || e.statusCode() == 501) {
            return new Evidence.Unsupported<>(action, code + ": " + message);
        }
        if (code == null && (e.statusCode() == 500 || e.statusCode() == 404)) {
            // AWS always names its errors; an emulator lacking an operation answers a bare 500 or 404.
            return new Evidence.Unsupported<>(action, "HTTP " + e.statusCode() + " without an AWS error code");
        }
        if (e.isThrottlingException()) {
            return new Evidence.Failed<>(action, "still throttled after " + e.numAttempts() + " attempts (" + code + ")");
        }
        return new Evidence.Failed<>(action, (code == null ? "HTTP " + e.statusCode() : code) + ": " + message);
    }

    static String errorCode(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code == null || code.isBlank() ? null : code;
    }
}
