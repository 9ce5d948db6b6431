package io.irready.services.account;

import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * Which Regions of one account a run audits, read before its collection: every requested Region with its status,
 * AUDITED, or skipped with the reason (not enabled in the account, or denied to the audit role by a service control
 * policy). {@code listedBy} is the call that listed the account's enabled Regions (account:ListRegions, else
 * ec2:DescribeRegions); null when neither could be read, and {@code listGap} then says why.
 */
public record AccountRegions(String listedBy, String listGap, List<RegionState> regions) {

    public static final EvidenceType<AccountRegions> TYPE = EvidenceType.perAccount("account.regions", AccountRegions.class,
            "account:ListRegions", "ec2:DescribeRegions", "ec2:DescribeVpcs", "guardduty:ListDetectors");

    public AccountRegions {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** AUDITED, or why the Region is skipped; a skipped Region is never called, and none of its findings counts. */
    public enum Status {
        AUDITED("audited"),
        NOT_ENABLED("not enabled"),
        DENIED_BY_SCP("denied by SCP");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** How a count of such Regions is worded: "8 not enabled, 4 denied by SCP". */
        public String label() {
            return label;
        }
    }

    /** {@code reason} says why a skipped Region is skipped; null for an audited one. */
    public record RegionState(String region, Status status, String reason) {
    }

    public List<String> audited() {
        return regions.stream().filter(r -> r.status() == Status.AUDITED).map(RegionState::region).toList();
    }

    public List<RegionState> skipped() {
        return regions.stream().filter(r -> r.status() != Status.AUDITED).toList();
    }
}
