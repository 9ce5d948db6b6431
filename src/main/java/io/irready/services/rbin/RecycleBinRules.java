package io.irready.services.rbin;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The Recycle Bin retention rules for EBS snapshots in one Region: deleted snapshots stay recoverable. */
public record RecycleBinRules(Evidence<List<Rule>> snapshotRules) {

    public static final EvidenceType<RecycleBinRules> TYPE = EvidenceType.perRegion("rbin.rules", RecycleBinRules.class, "rbin:ListRules",
            "rbin:GetRule");

    /**
     * {@code lockState} locked when the rule itself cannot be deleted or changed during its unlock delay; {@code details} what
     * GetRule says of the rule, which ListRules does not: whether it is available and which snapshots it retains.
     */
    public record Rule(String id, String lockState, Integer retentionDays, Evidence<Details> details) {
        public Rule {
            details = details == null ? new Evidence.Failed<>("rbin:GetRule", "not recorded in this bundle") : details;
        }
    }

    /**
     * {@code status} available or pending; {@code resourceTags} the tags a snapshot needs to be retained (a tag-level rule), empty
     * for a Region-level rule, which retains every snapshot but those with one of {@code excludedTags}; tags as key=value.
     */
    public record Details(String status, List<String> resourceTags, List<String> excludedTags) {
        public Details {
            resourceTags = resourceTags == null ? List.of() : List.copyOf(resourceTags);
            excludedTags = excludedTags == null ? List.of() : List.copyOf(excludedTags);
        }

        public boolean retainsEverySnapshot() {
            return "available".equals(status) && resourceTags.isEmpty();
        }
    }
}
