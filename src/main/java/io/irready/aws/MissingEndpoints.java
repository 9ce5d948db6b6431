package io.irready.aws;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a call to a service AWS does not offer in a Region: its endpoint's host name does not resolve, and a second
 * fact agrees. For a service the AWS SDK's endpoint data knows, that data lists no such Region for it; for a newer service
 * it does not know (AWS Security Incident Response), STS's endpoint in the same Region resolves, so name resolution works
 * there. A host that does not resolve without that second fact is a DNS problem (retried, then a failure), never taken
 * for "nothing to audit".
 */
final class MissingEndpoints {

    static final MissingEndpoints DNS = new MissingEndpoints(MissingEndpoints::resolves);

    /** {@code <endpoint prefix>.<region>.amazonaws.com} ({@code .amazonaws.com.cn} in China), or {@code <prefix>.<region>.api.aws}. */
    private static final Pattern AWS_HOST = Pattern.compile("(.+)\\.([a-z]{2}(?:-[a-z]+)+-\\d{1,2})\\.(amazonaws\\.com(?:\\.cn)?|api\\.aws)");

    /** An endpoint that does not exist: its host and Region. */
    record Missing(String host, String region) {
    }

    private final Predicate<String> resolves;

    MissingEndpoints(Predicate<String> resolves) {
        this.resolves = resolves;
    }

    /** The endpoint that does not exist, when {@code error} is a call to a service AWS does not offer in its Region; else null. */
    Missing missing(Throwable error) {
        if (!(error instanceof SdkClientException)) {
            return null;
        }
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException unknown) {
                return notOffered(unknown.getMessage() == null ? "" : unknown.getMessage().split(":", 2)[0].trim());
            }
        }
        return null;
    }

    Missing notOffered(String host) {
        Matcher matcher = AWS_HOST.matcher(host);
        if (!matcher.matches()) {
            return null; // an emulator or a private endpoint: its name not resolving says nothing of AWS's services
        }
        String region = matcher.group(2);
        ServiceMetadata service = ServiceMetadata.of(matcher.group(1));
        boolean known = service != null && !service.regions().isEmpty();
        boolean notListed = known ? !service.regions().contains(Region.of(region))
                : resolves.test("sts." + region + (region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com"));
        return notListed ? new Missing(host, region) : null;
    }

    private static boolean resolves(String host) {
        try {
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
