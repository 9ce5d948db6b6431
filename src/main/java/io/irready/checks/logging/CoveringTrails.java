package io.irready.checks.logging;

import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.Trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trails that record an account's activity: the trails its own DescribeTrails lists, and the
 * organization's trails, which log every member whether or not the member's DescribeTrails shows them.
 * Each trail once; {@code gaps} says what could not be read, {@code unlisted} each audited Region whose
 * DescribeTrails failed: a single-Region trail homed there is listed nowhere else, so no check of every trail
 * can pass the account on the trails it did see.
 */
public record CoveringTrails(List<CoveringTrail> trails, List<String> gaps, List<UnlistedRegion> unlisted) {

    /** An audited Region whose trails could not be listed, and why. */
    public record UnlistedRegion(String region, String reason) {
        public String describe() {
            return "the trails homed in " + region + " (DescribeTrails there: " + reason + ")";
        }
    }

    /** A trail and where the evidence for it is: the account's own file or the organization's. */
    public record CoveringTrail(Trail trail, boolean organizationTrail, String ref) {
        public String describe() {
            return organizationTrail
                    ? "organization trail '" + trail.name() + "' (" + trail.arn() + ")"
                    : "trail '" + trail.name() + "'";
        }
    }

    /**
     * UNKNOWN findings for what may be missing ({@code what}: "trails", "trail buckets"): one per Region whose trails could
     * not be listed, naming it and the reason, and one per other gap.
     */
    public void unknownWhereUnread(Findings findings, String what, String ref) {
        unlisted.forEach(region -> findings.unknown(region.region(), what + " in " + region.region(), "The " + what + " of trails homed in "
                + region.region() + " may be missing: DescribeTrails there failed (" + region.reason() + "), so they could not be judged.", ref));
        gaps.stream().filter(gap -> unlisted.stream().noneMatch(region -> region.describe().equals(gap)))
                .forEach(gap -> findings.unknown(null, what, "Some " + what + " may be missing; could not read " + gap, ref));
    }

    public static CoveringTrails of(AccountEvidence account) {
        String ownRef = account.ref(CloudTrailEvidence.TYPE, null);
        Map<String, CoveringTrail> trails = new LinkedHashMap<>();
        List<String> gaps = new ArrayList<>();
        List<UnlistedRegion> unlisted = new ArrayList<>();
        Evidence<List<Trail>> organizationTrails = account.organization().organizationTrails();
        organizationTrails.data().ifPresentOrElse(
                list -> list.forEach(t -> trails.put(t.arn(), new CoveringTrail(t, true, EvidenceBundle.ORGANIZATION))),
                () -> gaps.add("the organization's trails: " + organizationTrails.gap()));
        Evidence<CloudTrailEvidence> own = account.get(CloudTrailEvidence.TYPE);
        own.data().ifPresentOrElse(cloudTrail -> {
            cloudTrail.trails().forEach(t -> trails.putIfAbsent(t.arn(), new CoveringTrail(t, false, ownRef)));
            cloudTrail.trailArnsByRegion().forEach((region, listed) -> {
                if (!listed.isCollected()) {
                    UnlistedRegion where = new UnlistedRegion(region, listed.gap());
                    unlisted.add(where);
                    gaps.add(where.describe());
                }
            });
        }, () -> gaps.add("the account's trails: " + own.gap()));
        return new CoveringTrails(List.copyOf(trails.values()), List.copyOf(gaps), List.copyOf(unlisted));
    }
}
