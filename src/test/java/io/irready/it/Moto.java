package io.irready.it;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The moto server the integration tests talk to. The test script starts one per test fork on free loopback
 * ports and passes them, comma-separated, in {@code irready.test.moto-endpoint}; fork N (Failsafe's
 * {@code irready.test.fork}) takes the N-th, so that forks never reset each other's state. Without it, a moto
 * container is started when Docker is available. Without either, the tests fail and say how to run them:
 * they never skip.
 */
public final class Moto {

    private static final String ENDPOINT_PROPERTY = "irready.test.moto-endpoint";
    private static final String FORK_PROPERTY = "irready.test.fork";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String endpoint;

    private Moto() {
    }

    public static synchronized String endpoint() {
        if (endpoint == null) {
            endpoint = resolve();
        }
        return endpoint;
    }

    /** Wipes all state and fixes the id seed, so generated ids repeat from run to run. */
    public static void reset() {
        post("/moto-api/reset");
        post("/moto-api/seed?a=42");
    }

    private static String resolve() {
        String given = System.getProperty(ENDPOINT_PROPERTY, "");
        if (!given.isBlank() && !given.startsWith("${")) {
            String[] endpoints = given.split(",");
            String fork = System.getProperty(FORK_PROPERTY, "1");
            int index = fork.matches("[1-9]\\d{0,2}") ? Integer.parseInt(fork) - 1 : 0;
            if (index >= endpoints.length) {
                throw new IllegalStateException("Test fork " + fork + " has no moto server of its own: " + ENDPOINT_PROPERTY
                        + " names " + endpoints.length + "; start as many as Failsafe's forkCount (scripts/test-all.sh does).");
            }
            return endpoints[index].trim();
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            GenericContainer<?> moto = new GenericContainer<>("motoserver/moto:5.2.5")
                    .withEnv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
                    .withExposedPorts(5000)
                    .waitingFor(Wait.forHttp("/moto-api/"));
            moto.start();
            return "http://" + moto.getHost() + ":" + moto.getMappedPort(5000);
        }
        throw new IllegalStateException("No moto server: run the tests with ./scripts/test-all.sh, which installs and starts one "
                + "(or set -D" + ENDPOINT_PROPERTY + "=http://127.0.0.1:<port>, or make Docker available).");
    }

    private static void post(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("moto " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto at " + endpoint + " is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
