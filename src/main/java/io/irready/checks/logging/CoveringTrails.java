package io.irready.checks.logging;

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
 * Each trail once; {@code gaps} says what could not be read.
 */
public record CoveringTrails(List<CoveringTrail> trails, List<String> gaps) {

    /** A trail and where the evidence for it is: the account's own file or the organization's. */
    public record CoveringTrail(Trail trail, boolean organizationTrail, String ref) {
        public String describe() {
            return organizationTrail
                    ? "organization trail '" + trail.name() + "' (" + trail.arn() + ")"
                    : "trail '" + trail.name() + "'";
        }
    }

    public static CoveringTrails of(AccountEvidence account) {
        String ownRef = account.ref(CloudTrailEvidence.TYPE, null);
        Map<String, CoveringTrail> trails = new LinkedHashMap<>();
        List<String> gaps = new ArrayList<>();
        Evidence<List<Trail>> organizationTrails = account.organization().organizationTrails();
        organizationTrails.data().ifPresentOrElse(
                list -> list.forEach(t -> trails.put(t.arn(), new CoveringTrail(t, true, EvidenceBundle.ORGANIZATION))),
                () -> gaps.add("the organization's trails: " + organizationTrails.gap()));
        Evidence<CloudTrailEvidence> own = account.get(CloudTrailEvidence.TYPE);
        own.data().ifPresentOrElse(cloudTrail -> {
            cloudTrail.trails().forEach(t -> trails.putIfAbsent(t.arn(), new CoveringTrail(t, false, ownRef)));
            boolean noRegionListed = cloudTrail.trailArnsByRegion().values().stream().allMatch(e -> e.data().isEmpty());
            if (noRegionListed) {
                cloudTrail.trailArnsByRegion().forEach((region, e) -> gaps.add(region + ": " + e.gap()));
            }
        }, () -> gaps.add("the account's trails: " + own.gap()));
        return new CoveringTrails(List.copyOf(trails.values()), List.copyOf(gaps));
    }
}
