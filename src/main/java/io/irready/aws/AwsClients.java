package io.irready.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.function.Supplier;

/**
 * The AWS access of one account: its credentials (the caller's own, or an audit role assumed in it) and
 * the run's SDK clients, one per service and Region. Calls made through those clients use this
 * account's credentials only inside {@link #run}; made by {@link AwsClientFactory}.
 */
public final class AwsClients implements AutoCloseable {

    /** IAM and Organizations are global; their APIs are served from us-east-1 in the aws partition. */
    private static final String GLOBAL_REGION = "us-east-1";

    private final AwsCredentialsProvider credentials;
    private final AwsClientFactory clients;

    AwsClients(AwsCredentialsProvider credentials, AwsClientFactory clients) {
        this.credentials = credentials;
        this.clients = clients;
    }

    AwsCredentialsProvider credentials() {
        return credentials;
    }

    /** Runs {@code work} with this account bound to the thread: its AWS calls act in this account. */
    public <T> T run(Supplier<T> work) {
        return BoundAccount.with(this, work);
    }

    public void run(Runnable work) {
        BoundAccount.with(this, () -> {
            work.run();
            return null;
        });
    }

    /** Resolves the credentials now, so a role that cannot be assumed is known before any collection. */
    public void resolveCredentials() {
        credentials.resolveCredentials();
    }

    public StsClient sts(String region) {
        return clients.client(StsClient.builder(), region);
    }

    public CloudTrailClient cloudTrail(String region) {
        return clients.client(CloudTrailClient.builder(), region);
    }

    public ConfigClient config(String region) {
        return clients.client(ConfigClient.builder(), region);
    }

    public CloudWatchLogsClient logs(String region) {
        return clients.client(CloudWatchLogsClient.builder(), region);
    }

    public ResourceGroupsTaggingApiClient tagging(String region) {
        return clients.client(ResourceGroupsTaggingApiClient.builder(), region);
    }

    public IamClient iam() {
        return clients.client(IamClient.builder(), GLOBAL_REGION);
    }

    public OrganizationsClient organizations() {
        return clients.client(OrganizationsClient.builder(), GLOBAL_REGION);
    }

    public S3Client s3(String region) {
        return clients.s3(region);
    }

    /** Forgets this account's assumed credentials; the shared clients stay open for the other accounts. */
    @Override
    public void close() {
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
