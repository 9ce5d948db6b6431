package io.irready.aws;

import io.irready.evidence.Evidence;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one read call and keeps its outcome as evidence: the data, or why it is missing. The IAM
 * action is named by the caller, so a denial tells the operator exactly which permission to grant.
 */
public final class AwsCalls {

    private static final Set<String> DENIED_CODES = Set.of(
            "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
            "AuthorizationError", "AuthorizationErrorException", "Client.UnauthorizedOperation");
    /**
     * What AWS answers in a Region the account has not enabled, per protocol: JSON and REST-JSON services
     * UnrecognizedClientException, EC2 AuthFailure (or OptInRequired), query services InvalidClientTokenId.
     */
    private static final Set<String> REGION_REFUSED_CODES = Set.of("UnrecognizedClientException", "AuthFailure", "InvalidClientTokenId",
            "OptInRequired");
    /** "... with an explicit deny in a service control policy[: arn:aws:organizations::111122223333:policy/o-.../service_control_policy/p-...]". */
    private static final Pattern ORGANIZATION_DENY = Pattern.compile(
            "explicit deny in an? (service control policy|resource control policy)(?::\\s*(arn:aws[a-z-]*:organizations::\\d{12}:policy/[\\w/-]+))?",
            Pattern.CASE_INSENSITIVE);
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

    /**
     * The outcome of a call that threw: denied (by the audit role's permissions or by an organization's policy), refused in
     * the Region, a service without an endpoint there, unsupported by the endpoint, or failed.
     */
    public static <T> Evidence<T> classify(String action, SdkException error) {
        if (!(error instanceof AwsServiceException e)) {
            MissingEndpoints.Missing missing = MissingEndpoints.DNS.missing(error);
            return missing != null ? new Evidence.NoEndpoint<>(action, missing.region(), missing.host())
                    : new Evidence.Failed<>(action, error.getMessage());
        }
        String code = errorCode(e);
        String message = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage()
                : e.getMessage();
        if (code != null && DENIED_CODES.contains(code)) {
            Matcher policy = ORGANIZATION_DENY.matcher(message == null ? "" : message);
            return policy.find()
                    ? new Evidence.DeniedByPolicy<>(action, policy.group(1).toLowerCase(Locale.ROOT), policy.group(2), message)
                    : new Evidence.Denied<>(action, message);
        }
        if (code != null && REGION_REFUSED_CODES.contains(code)
                || message != null && message.toLowerCase(Locale.ROOT).contains("not subscribed to this service")) {
            return new Evidence.RegionRefused<>(action, code == null ? "HTTP " + e.statusCode() : code, message);
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
