package io.irready.services.ec2;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * EBS in one Region, as forensic readiness needs it: default encryption and its key, the accounts that
 * key's policy lets use it (a forensics account must decrypt shared snapshots), whether snapshots can be
 * made public, and which of the account's snapshots are public.
 */
public record EbsSettings(Evidence<Boolean> encryptionByDefault,
                          Evidence<String> defaultKmsKeyId,
                          Evidence<List<String>> defaultKeyGrantees,
                          Evidence<String> snapshotBlockPublicAccess,
                          Evidence<List<String>> publicSnapshots) {

    public static final EvidenceType<EbsSettings> TYPE = EvidenceType.perRegion("ec2.ebs", EbsSettings.class,
            "ec2:GetEbsEncryptionByDefault", "ec2:GetEbsDefaultKmsKeyId", "kms:DescribeKey", "kms:GetKeyPolicy",
            "ec2:GetSnapshotBlockPublicAccessState", "ec2:DescribeSnapshots");
}
