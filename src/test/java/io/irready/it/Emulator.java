package io.irready.it;

import java.util.concurrent.ThreadLocalRandom;

/** An AWS emulator the integration tests run against: moto, the primary one, or LocalStack community. */
public interface Emulator {

    String name();

    String endpoint();

    /** An empty account to seed: credentials whose calls act in it. */
    Account freshAccount();

    /** An account of the emulator and the access key whose calls act in it (any secret key is accepted). */
    record Account(String id, String accessKeyId) {
    }

    /** A random account id, for a second account reached with sts:AssumeRole (both emulators accept any). */
    static String randomAccountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(200_000_000_000L, 999_999_999_999L));
    }

    /** moto: one account (123456789012) per server, so a fresh account is a reset server. */
    static Emulator moto() {
        return new Emulator() {
            @Override
            public String name() {
                return "moto";
            }

            @Override
            public String endpoint() {
                return Moto.endpoint();
            }

            @Override
            public Account freshAccount() {
                Moto.reset();
                return new Account(AwsScenario.ACCOUNT, "testing");
            }
        };
    }

    /**
     * LocalStack community: it cannot be reset, but a 12-digit access key id is the account its calls act in,
     * so each fresh account is a new id and tests never see each other's resources.
     */
    static Emulator localStack() {
        return new Emulator() {
            @Override
            public String name() {
                return "LocalStack";
            }

            @Override
            public String endpoint() {
                return LocalStack.endpoint();
            }

            @Override
            public Account freshAccount() {
                String id = randomAccountId();
                return new Account(id, id);
            }
        };
    }
}
