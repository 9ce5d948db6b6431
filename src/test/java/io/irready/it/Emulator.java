package io.irready.it;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * An AWS emulator the integration tests run against, moto (the primary one) or LocalStack community: its name, its
 * endpoint, and how to get an empty account to seed.
 */
public record Emulator(String name, Supplier<String> endpoint, Supplier<Account> freshAccount) {

    /** An account of the emulator and the access key whose calls act in it (any secret key is accepted). */
    public record Account(String id, String accessKeyId) {
    }

    /** A random account id, for a second account reached with sts:AssumeRole (both emulators accept any). */
    static String randomAccountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(200_000_000_000L, 999_999_999_999L));
    }

    /** moto: one account (123456789012) per server, so a fresh account is a reset server. */
    static Emulator moto() {
        return new Emulator("moto", Moto::endpoint, () -> {
            Moto.reset();
            return new Account(AwsScenario.ACCOUNT, "testing");
        });
    }

    /**
     * LocalStack community: it cannot be reset, but a 12-digit access key id is the account its calls act in, so each
     * fresh account is a new id and tests never see each other's resources.
     */
    static Emulator localStack() {
        return new Emulator("LocalStack", LocalStack::endpoint, () -> {
            String id = randomAccountId();
            return new Account(id, id);
        });
    }
}
