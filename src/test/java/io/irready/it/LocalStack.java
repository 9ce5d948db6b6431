package io.irready.it;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The LocalStack community server the integration tests talk to. The test script installs it as a host process
 * (scripts/localstack.sh), starts it on a free loopback port and passes it in {@code irready.test.localstack-endpoint}.
 * Without it, a LocalStack container is started when Docker is available ({@code irready.test.localstack-image},
 * with {@code LOCALSTACK_AUTH_TOKEN} passed on: LocalStack's images ask for one since 2026-03-23). Without either,
 * the tests fail and say how to run them: they never skip.
 */
public final class LocalStack {

    private static final String ENDPOINT_PROPERTY = "irready.test.localstack-endpoint";
    private static final String IMAGE_PROPERTY = "irready.test.localstack-image";
    private static final String DEFAULT_IMAGE = "localstack/localstack:2026.3.0";
    private static String endpoint;

    private LocalStack() {
    }

    public static synchronized String endpoint() {
        if (endpoint == null) {
            endpoint = resolve();
        }
        return endpoint;
    }

    private static String resolve() {
        String given = System.getProperty(ENDPOINT_PROPERTY, "");
        if (!given.isBlank() && !given.startsWith("${")) {
            return given;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE))
                    .asCompatibleSubstituteFor("localstack/localstack"));
            String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
            if (token != null && !token.isBlank()) {
                container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
            }
            container.start();
            return container.getEndpoint().toString().replaceAll("/$", "");
        }
        throw new IllegalStateException("No LocalStack server: run the tests with ./scripts/test-all.sh, which installs and starts one "
                + "(or set -D" + ENDPOINT_PROPERTY + "=http://127.0.0.1:<port>, or make Docker available).");
    }
}
