package io.irready.services.rbin;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The Recycle Bin retention rules for EBS snapshots in one Region: deleted snapshots stay recoverable. */
public record RecycleBinRules(Evidence<List<Rule>> snapshotRules) {

    public static final EvidenceType<RecycleBinRules> TYPE = EvidenceType.perRegion("rbin.rules", RecycleBinRules.class, "rbin:ListRules");

    /** {@code lockState} locked when the rule itself cannot be deleted or changed during its unlock delay. */
    public record Rule(String id, String lockState, Integer retentionDays) {
    }
}
