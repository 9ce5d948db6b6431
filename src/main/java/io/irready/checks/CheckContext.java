package io.irready.checks;

import io.irready.evidence.Partition;

import java.time.Instant;
import java.util.Map;

/**
 * What a check may know besides the evidence: the checks' settings, the evaluation time, and the partition of the
 * run (the caller's), whose ARNs and global Region a check names.
 */
public record CheckContext(Map<Class<? extends CheckSettings>, CheckSettings> settings, Instant evaluatedAt, Partition partition) {

    public CheckContext {
        settings = Map.copyOf(settings);
        partition = partition == null ? Partition.AWS : partition;
    }

    public CheckContext(Map<Class<? extends CheckSettings>, CheckSettings> settings, Instant evaluatedAt) {
        this(settings, evaluatedAt, Partition.AWS);
    }

    public <S extends CheckSettings> S settings(Class<S> type) {
        CheckSettings found = settings.get(type);
        if (found == null) {
            throw new IllegalStateException("no settings " + type.getSimpleName() + " were bound");
        }
        return type.cast(found);
    }

    /** An S3 bucket's ARN in the run's partition. */
    public String bucketArn(String bucket) {
        return "arn:" + partition.id() + ":s3:::" + bucket;
    }
}
