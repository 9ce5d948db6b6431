package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.OrganizationFacts;
import io.irready.services.kms.KmsKeys;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IR-LOG-04: every trail that logs the account encrypts its log files with a KMS key that is enabled. The
 * key's state is read in the audited account that owns it; a key in an account not audited is UNKNOWN.
 */
public final class TrailEncryptionCheck extends TrailCheck {

    private static final Pattern KEY_ARN = Pattern.compile("arn:[^:]+:kms:([a-z0-9-]+):(\\d{12}):key/(.+)");

    @Override
    protected Verdict judge(CoveringTrails.CoveringTrail covering, AccountEvidence account, CheckContext context) {
        String keyId = covering.trail().kmsKeyId();
        if (keyId == null || keyId.isBlank()) {
            return Verdict.fail("The " + covering.describe() + " is encrypted only with S3-managed keys, not a KMS key.");
        }
        Matcher arn = KEY_ARN.matcher(keyId);
        if (!arn.matches()) {
            return Verdict.unknown("The " + covering.describe() + " names its key as '" + keyId + "', not a key ARN; its state cannot be judged.");
        }
        String region = arn.group(1);
        String owner = arn.group(2);
        String id = arn.group(3);
        Evidence<KmsKeys> keys = account.organization().shared(KmsKeys.TYPE).get(OrganizationFacts.key(owner, region));
        if (keys == null) {
            return Verdict.unknown("The " + covering.describe() + " is encrypted with " + keyId + ", but account " + owner + " (Region "
                    + region + ") is not audited, so the key's state is unknown.");
        }
        return Verdict.given(keys.flatMap(KmsKeys::keys), "The keys of account " + owner + " in " + region, list -> {
            List<KmsKeys.Key> matching = list.stream().filter(k -> k.id().equals(id) || k.arn().equals(keyId)).toList();
            if (matching.isEmpty()) {
                return Verdict.fail("The " + covering.describe() + " names key " + keyId + ", which is not a customer-managed key of account "
                        + owner + " (deleted, or never existed).");
            }
            if (matching.get(0).unread() != null) {
                return Verdict.unknown("The " + covering.describe() + " is encrypted with " + keyId + ", whose state could not be read: "
                        + matching.get(0).unread() + ".");
            }
            String state = matching.get(0).state();
            return "Enabled".equals(state)
                    ? Verdict.pass("Log files are encrypted with the enabled KMS key " + keyId + ".")
                    : Verdict.fail("The " + covering.describe() + "'s KMS key " + keyId + " is " + state + ": CloudTrail cannot encrypt with it.");
        });
    }
}
