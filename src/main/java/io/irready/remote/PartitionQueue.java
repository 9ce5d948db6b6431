package io.irready.remote;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQS queue of partition requests, named by its URL. The client talks to the URL's own origin (AWS's
 * {@code https://sqs.REGION.amazonaws.com}, or an emulator's), in the URL's Region, with the default credentials
 * (the manager's and workers' task role): the queue lives in the auditing account, never in an audited one.
 */
public record PartitionQueue(String url, Region region) {

    private static final Pattern AWS_HOST = Pattern.compile("sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?");

    /** @param fallbackRegion the Region of a queue whose URL does not name one (an emulator's) */
    public static PartitionQueue of(String url, String fallbackRegion) {
        Matcher aws = AWS_HOST.matcher(URI.create(url).getHost());
        return new PartitionQueue(url, Region.of(aws.matches() ? aws.group(1) : fallbackRegion));
    }

    public SqsAsyncClient client() {
        URI uri = URI.create(url);
        return SqsAsyncClient.builder()
                .region(region)
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .endpointOverride(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()))
                .build();
    }
}
