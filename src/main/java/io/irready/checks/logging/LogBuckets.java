package io.irready.checks.logging;

import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.LogBucket;

import java.util.Map;
import java.util.Optional;

/**
 * Finds a log bucket's settings where they were read: in this account's evidence, or in the evidence of
 * the audited account that owns the bucket (its s3:ListBuckets lists it), which is where a trail bucket
 * in a log archive is readable.
 */
final class LogBuckets {

    /** A bucket's settings, the account they were read in, and the evidence file that holds them. */
    record Found(LogBucket bucket, String accountId, String ref) {
        boolean elsewhere(AccountEvidence account) {
            return !accountId.equals(account.accountId());
        }

        /** " (read in account X, which owns the bucket)" when read in another account. */
        String where(AccountEvidence account) {
            return elsewhere(account) ? " (read in account " + accountId + ", which owns the bucket)" : "";
        }
    }

    private LogBuckets() {
    }

    static Optional<Found> find(AccountEvidence account, String bucket) {
        Found fallback = null;
        Evidence<CloudTrailEvidence> own = account.get(CloudTrailEvidence.TYPE);
        if (own.data().isPresent() && own.data().get().logBuckets().containsKey(bucket)) {
            Found found = new Found(own.data().get().logBuckets().get(bucket), account.accountId(), account.ref(CloudTrailEvidence.TYPE, null));
            if (owns(own.data().get(), bucket)) {
                return Optional.of(found);
            }
            fallback = found;
        }
        for (Map.Entry<String, Evidence<CloudTrailEvidence>> other : account.organization().shared(CloudTrailEvidence.TYPE).entrySet()) {
            CloudTrailEvidence evidence = other.getValue().data().orElse(null);
            if (evidence == null || !evidence.logBuckets().containsKey(bucket)) {
                continue;
            }
            Found found = new Found(evidence.logBuckets().get(bucket), other.getKey(), CloudTrailEvidence.TYPE.ref(other.getKey(), null));
            if (owns(evidence, bucket)) {
                return Optional.of(found);
            }
            if (fallback == null) {
                fallback = found;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static boolean owns(CloudTrailEvidence evidence, String bucket) {
        return evidence.ownedBuckets().data().map(names -> names.contains(bucket)).orElse(false);
    }
}
