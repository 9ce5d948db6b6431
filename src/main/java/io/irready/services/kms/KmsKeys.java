package io.irready.services.kms;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * The customer-managed KMS keys of one Region. Shared across accounts: a trail's key usually lives in
 * the security or log archive account.
 */
public record KmsKeys(Evidence<List<Key>> keys) {

    public static final EvidenceType<KmsKeys> TYPE = EvidenceType.perRegion("kms.keys", KmsKeys.class,
            "kms:ListKeys", "kms:DescribeKey", "kms:GetKeyRotationStatus").shared();

    /**
     * {@code state} Enabled, Disabled, PendingDeletion, ...; {@code spec} SYMMETRIC_DEFAULT for keys that can rotate;
     * {@code rotation} null where rotation does not apply (asymmetric, HMAC, imported material).
     */
    public record Key(String id, String arn, String state, String spec, String origin, Evidence<Boolean> rotation) {
    }
}
