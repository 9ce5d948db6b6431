package io.irready.services;

import io.irready.aws.AwsStub;
import io.irready.collect.Collector;
import io.irready.services.events.EventRules;
import io.irready.services.events.EventRulesCollector;
import io.irready.services.s3.S3Buckets;
import io.irready.services.s3.S3BucketsCollector;
import io.irready.services.ssm.SsmDocuments;
import io.irready.services.ssm.SsmDocumentsCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Lists AWS pages are read to their last page, with the page size AWS requires, never stopping at the first. */
class PaginatedListsTest {

    private static final String REGION = "us-east-1";
    private static final String S3_NS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
    private final StubbedAccount account = new StubbedAccount(); // JUnit makes one instance per test
    private final AwsStub stub = account.stub;

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void bucketsAreListedInPagesOfAThousandFollowingTheContinuationToken() {
        // S3 answers an unpaginated ListBuckets with an error for accounts allowed more than 10,000 buckets: model that.
        stub.server().stubFor(get(urlPathEqualTo("/")).withQueryParam("max-buckets", absent()).atPriority(0)
                .willReturn(aResponse().withStatus(400).withBody("<Error><Code>InvalidRequest</Code><Message>paginate</Message></Error>")));
        stub.server().stubFor(get(urlPathEqualTo("/")).withQueryParam("max-buckets", equalTo("1000")).withQueryParam("continuation-token", absent())
                .atPriority(1).willReturn(xml(buckets("first-bucket") + "<ContinuationToken>page-2</ContinuationToken>")));
        stub.server().stubFor(get(urlPathEqualTo("/")).withQueryParam("max-buckets", equalTo("1000"))
                .withQueryParam("continuation-token", equalTo("page-2")).atPriority(1).willReturn(xml(buckets("second-bucket"))));
        stub.server().stubFor(get(urlPathMatching("/[a-z-]+/?")).withQueryParam("logging", equalTo("")).atPriority(2)
                .willReturn(aResponse().withStatus(200).withBody("<BucketLoggingStatus " + S3_NS + "/>")));

        var buckets = collect(new S3BucketsCollector()).buckets().data().orElseThrow();

        assertThat(buckets).extracting(S3Buckets.Bucket::name).containsExactly("first-bucket", "second-bucket");
    }

    @Test
    void documentSharingIsReadToItsLastPage() {
        stub.target("ssm", "AmazonSSM.ListDocuments", 200, "{\"DocumentIdentifiers\":[{\"Name\":\"isolate-instance\",\"DocumentType\":\"Automation\"}]}");
        stub.target("ssm", "AmazonSSM.DescribeDocumentPermission", 200, "{\"AccountIds\":[\"111111111111\"],\"NextToken\":\"page-2\"}");
        stub.server().stubFor(post(anyUrl()).atPriority(0).withHeader("X-Amz-Target", equalTo("AmazonSSM.DescribeDocumentPermission"))
                .withRequestBody(containing("\"NextToken\":\"page-2\"")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{\"AccountIds\":[\"All\"]}")));
        stub.target("ssm", "AmazonSSM.GetServiceSetting", 200, "{\"ServiceSetting\":{\"SettingValue\":\"Disable\"}}");

        var documents = collect(new SsmDocumentsCollector()).documents().data().orElseThrow();

        assertThat(documents.get(0).sharedWith().data().orElseThrow()).containsExactly("111111111111", "All");
    }

    @Test
    void rulesAreReadOnEveryEventBusWithTheBusTheyAreOn() {
        stub.target("events", "AWSEvents.ListEventBuses", 200, "{\"EventBuses\":[{\"Name\":\"default\",\"Arn\":\"" + bus("default")
                + "\"}],\"NextToken\":\"page-2\"}");
        stub.server().stubFor(post(anyUrl()).atPriority(0).withHeader("X-Amz-Target", equalTo("AWSEvents.ListEventBuses"))
                .withRequestBody(containing("page-2")).willReturn(json("{\"EventBuses\":[{\"Name\":\"central\",\"Arn\":\"" + bus("central") + "\"}]}")));
        stub.target("events", "AWSEvents.ListRules", 200, "{\"Rules\":[{\"Name\":\"forward\",\"State\":\"ENABLED\",\"EventPattern\":\"{}\"}]}");
        stub.server().stubFor(post(anyUrl()).atPriority(0).withHeader("X-Amz-Target", equalTo("AWSEvents.ListRules"))
                .withRequestBody(containing("\"EventBusName\":\"central\"")).willReturn(json(
                        "{\"Rules\":[{\"Name\":\"page\",\"State\":\"ENABLED\",\"EventPattern\":\"{}\",\"EventBusName\":\"central\"}]}")));
        stub.target("events", "AWSEvents.ListTargetsByRule", 200, "{\"Targets\":[{\"Id\":\"1\",\"Arn\":\"" + bus("central") + "\"}]}");
        stub.server().stubFor(post(anyUrl()).atPriority(0).withHeader("X-Amz-Target", equalTo("AWSEvents.ListTargetsByRule"))
                .withRequestBody(containing("\"EventBusName\":\"central\"")).willReturn(json(
                        "{\"Targets\":[{\"Id\":\"1\",\"Arn\":\"arn:aws:sns:us-east-1:123456789012:oncall\"}]}")));

        var rules = collect(new EventRulesCollector()).rules().data().orElseThrow();

        assertThat(rules).extracting(EventRules.Rule::name, EventRules.Rule::eventBusArn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("forward", bus("default")), org.assertj.core.groups.Tuple.tuple("page", bus("central")));
        assertThat(rules.get(1).targetArns().data().orElseThrow()).containsExactly("arn:aws:sns:us-east-1:123456789012:oncall");
        assertThat(rules.get(0).onDefaultBus()).isTrue();
        assertThat(rules.get(1).onDefaultBus()).isFalse();
    }

    private static String bus(String name) {
        return "arn:aws:events:us-east-1:123456789012:event-bus/" + name;
    }

    private static String buckets(String name) {
        return "<Buckets><Bucket><Name>" + name + "</Name><CreationDate>2025-01-01T00:00:00.000Z</CreationDate><BucketRegion>us-east-1"
                + "</BucketRegion></Bucket></Buckets><Owner><ID>owner</ID></Owner>";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody("<ListAllMyBucketsResult " + S3_NS + ">" + content + "</ListAllMyBucketsResult>");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    private <T> T collect(Collector<T> collector) {
        return account.collect(collector);
    }
}
