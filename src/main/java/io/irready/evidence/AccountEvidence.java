package io.irready.evidence;

import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.iam.IamEvidence;

import java.util.List;

/** All evidence for one account: account-wide services and one entry per Region in scope. */
public record AccountEvidence(Target target,
                              Evidence<CloudTrailEvidence> cloudTrail,
                              Evidence<IamEvidence> iam,
                              List<RegionEvidence> regions) {
    public AccountEvidence {
        regions = List.copyOf(regions);
    }
}
