package io.irready.checks.recovery;

import io.irready.checks.CheckContext;
import io.irready.checks.ResourceCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.kms.KmsKeys;
import io.irready.services.kms.KmsKeys.Key;

import java.util.List;

/**
 * IR-REC-06: every customer-managed KMS key is not pending deletion (deleting a key destroys what it
 * encrypts: backups, snapshots, logs), and every key that can rotate automatically (symmetric, KMS origin)
 * does.
 */
public final class KmsKeysCheck extends ResourceCheck<KmsKeys, Key> {

    @Override
    protected EvidenceType<KmsKeys> evidence() {
        return KmsKeys.TYPE;
    }

    @Override
    protected Evidence<List<Key>> resources(KmsKeys keys) {
        return keys.keys();
    }

    @Override
    protected String noun() {
        return "customer-managed KMS keys";
    }

    @Override
    protected String resourceId(Key key) {
        return key.arn();
    }

    @Override
    protected Verdict judge(Key key, String region, AccountEvidence account, CheckContext context) {
        if (key.unread() != null) {
            return Verdict.unknown("Key " + key.id() + " could not be described (" + key.unread() + "): whether it is customer-managed, its state "
                    + "and its rotation are not known.");
        }
        if (key.state() == null || key.state().startsWith("Pending") && key.state().contains("Deletion")) {
            return Verdict.fail("Key " + key.id() + " is " + (key.state() == null ? "of unknown state" : key.state())
                    + ": everything it encrypts becomes unreadable; cancel the deletion unless it is intended.");
        }
        if (key.rotation() == null) {
            if ("SYMMETRIC_DEFAULT".equals(key.spec()) && "AWS_KMS".equals(key.origin())) {
                return Verdict.unknown("The rotation of symmetric key " + key.id() + " was not recorded.");
            }
            return Verdict.pass("Key " + key.id() + " (" + key.spec() + ", " + key.origin() + ") cannot rotate automatically and is " + key.state() + ".");
        }
        return Verdict.given(key.rotation(), "The rotation of key " + key.id(), rotates -> Boolean.TRUE.equals(rotates)
                ? Verdict.pass("Key " + key.id() + " rotates automatically and is " + key.state() + ".")
                : Verdict.fail("Key " + key.id() + " does not rotate automatically."));
    }
}
