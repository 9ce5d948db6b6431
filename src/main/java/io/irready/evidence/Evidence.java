package io.irready.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading one piece of evidence. Every AWS call's outcome is kept, so a check can
 * tell "there is nothing" (collected, empty) from "we could not look" (denied, failed,
 * unsupported); the latter is never clean.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Evidence.Collected.class, name = "COLLECTED"),
        @JsonSubTypes.Type(value = Evidence.Denied.class, name = "DENIED"),
        @JsonSubTypes.Type(value = Evidence.Failed.class, name = "FAILED"),
        @JsonSubTypes.Type(value = Evidence.Unsupported.class, name = "UNSUPPORTED")})
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

    /** The endpoint does not implement {@code action} (an emulator, or a Region without the service). */
    record Unsupported<T>(String action, String message) implements Evidence<T> {
        @Override
        public String gap() {
            return action + " is not supported by the endpoint: " + message;
        }
    }
}
