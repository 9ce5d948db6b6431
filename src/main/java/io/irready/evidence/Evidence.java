package io.irready.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading one piece of evidence. Every AWS call's outcome is kept, so a check can
 * tell "there is nothing" (collected, empty) from "we could not look" (denied, denied by an organization policy,
 * refused in the Region, failed, unsupported); the latter is never clean. {@link NoEndpoint} is the one gap that
 * positively shows there is nothing to judge: the service does not exist in that Region.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Evidence.Collected.class, name = "COLLECTED"),
        @JsonSubTypes.Type(value = Evidence.Denied.class, name = "DENIED"),
        @JsonSubTypes.Type(value = Evidence.Failed.class, name = "FAILED"),
        @JsonSubTypes.Type(value = Evidence.Unsupported.class, name = "UNSUPPORTED"),
        @JsonSubTypes.Type(value = Evidence.DeniedByPolicy.class, name = "DENIED_BY_POLICY"),
        @JsonSubTypes.Type(value = Evidence.RegionRefused.class, name = "REGION_REFUSED"),
        @JsonSubTypes.Type(value = Evidence.NoEndpoint.class, name = "NO_ENDPOINT")})
public sealed interface Evidence<T> {

    static <T> Evidence<T> collected(T data) {
        return new Collected<>(data);
    }

    /** Whether the call answered; its data may then still be null, e.g. "no contact is set". */
    @JsonIgnore
    default boolean isCollected() {
        return this instanceof Collected<T>;
    }

    /** The data, when it was collected and is not null. */
    @JsonIgnore
    default Optional<T> data() {
        return this instanceof Collected<T> c ? Optional.ofNullable(c.value()) : Optional.empty();
    }

    /** Whether the service does not exist where it was asked ({@link NoEndpoint}): there is nothing there, rather than nothing read. */
    @JsonIgnore
    default boolean notOffered() {
        return this instanceof NoEndpoint<T>;
    }

    /** Why the data is missing, in words a reader of the report can act on; empty when collected. */
    @JsonIgnore
    String gap();

    /** The data transformed, or this gap unchanged. */
    @SuppressWarnings("unchecked")
    default <U> Evidence<U> map(Function<T, U> transform) {
        return this instanceof Collected<T> c ? new Collected<>(transform.apply(c.value())) : (Evidence<U>) this;
    }

    /** Evidence nested in this one: {@code inner} applied to the data, or this gap unchanged. */
    @SuppressWarnings("unchecked")
    default <U> Evidence<U> flatMap(Function<T, Evidence<U>> inner) {
        return this instanceof Collected<T> c ? inner.apply(c.value()) : (Evidence<U>) this;
    }

    record Collected<T>(T value) implements Evidence<T> {
        @Override
        public String gap() {
            return "";
        }
    }

    /** The caller lacks the IAM permission {@code action}. */
    record Denied<T>(String action, String message) implements Evidence<T> {
        @Override
        public String gap() {
            return "access denied to " + action + " (grant it to the audit role)";
        }
    }

    /** The call failed for another reason: network, throttling after retries, service error. */
    record Failed<T>(String action, String error) implements Evidence<T> {
        @Override
        public String gap() {
            return action + " failed: " + error;
        }
    }

    /** The endpoint does not implement {@code action} (an emulator lacking the operation). */
    record Unsupported<T>(String action, String message) implements Evidence<T> {
        @Override
        public String gap() {
            return action + " is not supported by the endpoint: " + message;
        }
    }

    /**
     * An organization's policy explicitly denies {@code action} ({@code policyType} "service control policy" or "resource
     * control policy", with its ARN when AWS names it): no grant to the audit role can lift it.
     */
    record DeniedByPolicy<T>(String action, String policyType, String policyArn, String message) implements Evidence<T> {
        @Override
        public String gap() {
            return "access to " + action + " is denied to the audit role by a " + policyType + (policyArn == null ? "" : " (" + policyArn + ")")
                    + " of the organization, which no grant to the role can lift: exempt the audit role in that policy (for example with "
                    + "a condition on aws:PrincipalArn), or accept that this is not audited";
        }
    }

    /**
     * AWS refused the call's credentials as it does in a Region the account has not enabled ({@code code}: AuthFailure,
     * UnrecognizedClientException, InvalidClientTokenId, OptInRequired, ...). In a Region the account lists as enabled the
     * credentials are not valid there: session tokens of the global STS endpoint are not accepted in opt-in Regions.
     */
    record RegionRefused<T>(String action, String code, String message) implements Evidence<T> {
        @Override
        public String gap() {
            return action + " was refused (" + code + ": " + message + "), as AWS answers in a Region the account has not enabled, or to "
                    + "credentials not valid in it (session tokens of the global STS endpoint are not, in opt-in Regions)";
        }
    }

    /** The service of {@code action} has no endpoint in {@code region} ({@code host} does not resolve): AWS does not offer it there. */
    record NoEndpoint<T>(String action, String region, String host) implements Evidence<T> {
        @Override
        public String gap() {
            return "AWS does not offer " + action.split(":", 2)[0] + " in " + region + " (its endpoint " + host + " does not resolve)";
        }
    }
}
