package io.irready.services.kms;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * The customer-managed KMS keys of one Region, each described on its own: a key that cannot be described stays in the
 * list, unread, without hiding the others. Shared across accounts: a trail's key usually lives in the security or log
 * archive account.
 */
public record KmsKeys(Evidence<List<Key>> keys) {

    public static final EvidenceType<KmsKeys> TYPE = EvidenceType.perRegion("kms.keys", KmsKeys.class,
            "kms:ListKeys", "kms:DescribeKey", "kms:GetKeyRotationStatus").shared();

    /**
     * {@code state} Enabled, Disabled, PendingDeletion, ...; {@code spec} SYMMETRIC_DEFAULT for keys that can rotate;
     * {@code rotation} null where rotation does not apply (asymmetric, HMAC, imported material). {@code unread} says why a
     * key ListKeys listed could not be described (whether it is customer-managed is then not known either); null otherwise.
     */
    public record Key(String id, String arn, String state, String spec, String origin, Evidence<Boolean> rotation, String unread) {
        public Key(String id, String arn, String state, String spec, String origin, Evidence<Boolean> rotation) {
            this(id, arn, state, spec, origin, rotation, null);
        }
    }
}
