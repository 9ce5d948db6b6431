package io.irready.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import software.amazon.awssdk.core.SdkPojo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local HTTP stand-in for AWS services an emulator lacks: each stub answers one operation of one service
 * (recognized by the service name in the request's SigV4 scope) in the documented shape. Requests no stub
 * answers go to {@code fallback} (moto), or fail with HTTP 500 when there is none.
 */
public final class AwsStub implements AutoCloseable {

    private final WireMockServer server;

    private AwsStub(String fallback) {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).atPriority(100).willReturn(fallback == null
                ? aResponse().withStatus(500).withBody("no stub")
                : aResponse().proxiedFrom(fallback)));
    }

    /** A stub that answers only what is stubbed. */
    public static AwsStub start() {
        return new AwsStub(null);
    }

    /** A stub in front of an emulator, which answers everything not stubbed. */
    public static AwsStub inFrontOf(String emulator) {
        return new AwsStub(emulator);
    }

    public String endpoint() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** A REST-JSON operation: {@code method} on a path matching {@code pathRegex}. */
    public AwsStub rest(String signingName, String method, String pathRegex, SdkPojo response) {
        return rest(signingName, method, pathRegex, 200, SdkJson.of(response));
    }

    /** A REST-JSON error as services send it: its code in the {@code x-amzn-ErrorType} header and the body. */
    public AwsStub restError(String signingName, String method, String pathRegex, int status, String errorType, String message) {
        return rest(signingName, method, pathRegex, status, "{\"__type\":\"" + errorType + "\",\"message\":\"" + message + "\"}", errorType);
    }

    public AwsStub rest(String signingName, String method, String pathRegex, int status, String body) {
        return rest(signingName, method, pathRegex, status, body, null);
    }

    private AwsStub rest(String signingName, String method, String pathRegex, int status, String body, String errorType) {
        MappingBuilder request = switch (method) {
            case "GET" -> com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching(pathRegex));
            case "POST" -> com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching(pathRegex));
            case "PUT" -> com.github.tomakehurst.wiremock.client.WireMock.put(urlPathMatching(pathRegex));
            default -> throw new IllegalArgumentException(method);
        };
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
        server.stubFor(signed(request, signingName).atPriority(1)
                .willReturn(errorType == null ? response : response.withHeader("x-amzn-ErrorType", errorType)));
        return this;
    }

    /** A JSON-protocol operation named by its X-Amz-Target, e.g. {@code SSMContacts.ListContacts}. */
    public AwsStub target(String signingName, String target, SdkPojo response) {
        return target(signingName, target, 200, SdkJson.of(response));
    }

    public AwsStub target(String signingName, String target, int status, String body) {
        server.stubFor(signed(any(anyUrl()), signingName).withHeader("X-Amz-Target", matching(".*\\." + target.substring(target.indexOf('.') + 1)))
                .atPriority(1)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body)));
        return this;
    }

    /** A query-protocol operation (EC2, IAM) answered with an XML body. */
    public AwsStub query(String signingName, String action, String xml) {
        server.stubFor(signed(com.github.tomakehurst.wiremock.client.WireMock.post(anyUrl()), signingName)
                .withRequestBody(matching("(.*&)?Action=" + action + "(&.*)?")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(xml)));
        return this;
    }

    /** {@code scope}: the service's signing name ("ec2"), or Region and name ("eu-west-1/ec2") to answer in one Region only. */
    private static MappingBuilder signed(MappingBuilder request, String scope) {
        return request.withHeader("Authorization", matching(".*/" + java.util.regex.Pattern.quote(scope) + "/aws4_request.*"));
    }

    @Override
    public void close() {
        server.stop();
    }
}
