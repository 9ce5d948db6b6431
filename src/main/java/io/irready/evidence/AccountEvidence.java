package io.irready.evidence;

import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.iam.IamEvidence;

import java.util.List;

/**
 * All evidence for one account: how it was accessed, account-wide services, one entry per Region in
 * scope, and the organization's facts that apply to it. When {@code access} is a gap (the audit role
 * could not be assumed) nothing else about the account is known.
 */
public record AccountEvidence(Target target,
                              Evidence<AccountAccess> access,
                              Evidence<CloudTrailEvidence> cloudTrail,
                              Evidence<IamEvidence> iam,
                              List<RegionEvidence> regions,
                              OrganizationFacts organization) {
    public AccountEvidence {
        regions = List.copyOf(regions);
        organization = organization == null ? OrganizationFacts.NONE : organization;
    }
}
