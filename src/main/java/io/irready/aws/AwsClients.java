package io.irready.aws;

import io.irready.evidence.Partition;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.function.Supplier;

/**
 * The AWS access of one account: its credentials (the caller's own, or an audit role assumed in it) and
 * the run's SDK clients, one per service and Region, and its partition, whose global Region serves the global
 * services. Calls made through those clients use this account's credentials only inside {@link #run}; made by
 * {@link AwsClientFactory}.
 */
public final class AwsClients implements AutoCloseable {

    private final AwsCredentialsProvider credentials;
    private final AwsClientFactory clients;
    private final Partition partition;

    AwsClients(AwsCredentialsProvider credentials, AwsClientFactory clients, Partition partition) {
        this.credentials = credentials;
        this.clients = clients;
        this.partition = partition;
    }

    public Partition partition() {
        return partition;
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

    /** The run's client of a service in a Region, e.g. {@code client(GuardDutyClient::builder, "eu-west-1")}. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkAutoCloseable> C client(Supplier<B> builder, String region) {
        return clients.client(builder.get(), region);
    }

    /** The run's client of a global service (IAM, Organizations, Account, Route 53, ...), served from the partition's global Region. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkAutoCloseable> C global(Supplier<B> builder) {
        return client(builder, partition.globalRegion());
    }

    public S3Client s3(String region) {
        return clients.s3(region);
    }

    /** S3 Control of the partition's global Region (account-level S3 settings). */
    public S3ControlClient s3Control() {
        return clients.s3Control(partition.globalRegion());
    }

    /** Forgets this account's assumed credentials; the shared clients stay open for the other accounts. */
    @Override
    public void close() {
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
