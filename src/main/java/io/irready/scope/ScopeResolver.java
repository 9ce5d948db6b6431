package io.irready.scope;

import io.irready.InputException;
import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The scope of a live run: the account of the current credentials (sts:GetCallerIdentity), named
 * by its IAM account alias when it has one, and the configured Regions.
 */
public final class ScopeResolver {

    private static final Set<String> REJECTED_CREDENTIALS = Set.of(
            "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "ExpiredTokenException",
            "UnrecognizedClientException", "InvalidAccessKeyId", "AccessDenied");

    private final Clock clock;

    public ScopeResolver(Clock clock) {
        this.clock = clock;
    }

    public Scope resolve(AwsClients aws, List<String> regions) {
        var started = clock.instant();
        GetCallerIdentityResponse identity = callerIdentity(aws, regions.get(0));
        String name = AwsCalls.call("iam:ListAccountAliases", () -> aws.iam().listAccountAliases().accountAliases())
                .data()
                .filter(aliases -> !aliases.isEmpty())
                .map(aliases -> aliases.get(0))
                .orElse(identity.account());
        return new Scope(new CallerIdentity(identity.account(), identity.arn(), identity.userId()),
                List.of(new Target(identity.account(), name, regions)), started);
    }

    private static GetCallerIdentityResponse callerIdentity(AwsClients aws, String region) {
        try {
            return aws.sts(region).getCallerIdentity();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (code != null && REJECTED_CREDENTIALS.contains(code)) {
                throw new InputException("AWS rejected the credentials (" + code + "): " + e.awsErrorDetails().errorMessage()
                        + ". Refresh them (aws sso login, new session token) or choose another profile with AWS_PROFILE.", e);
            }
            throw e;
        } catch (SdkClientException e) {
            if (e.getMessage() != null && e.getMessage().contains("Unable to load credentials")) {
                throw new InputException("No AWS credentials found. Configure the default credential chain (environment variables, "
                        + "AWS_PROFILE, SSO, instance or task role), or evaluate an existing bundle with --evidence DIR.", e);
            }
            throw new IllegalStateException("could not call sts:GetCallerIdentity: " + e.getMessage(), e);
        }
    }
}
