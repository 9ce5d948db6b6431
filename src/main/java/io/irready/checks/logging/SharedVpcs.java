package io.irready.checks.logging;

import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.ec2.Ec2Network;

/**
 * A VPC another account shares with this one (its OwnerId is that account's): only the owner can add flow logs or query
 * logging to it, so it is judged in the owner's account, which lists it as its own, never failed in the participant.
 */
final class SharedVpcs {

    private SharedVpcs() {
    }

    /** The verdict for a shared VPC in the participant ({@code what}: "flow logs"), or null for a VPC of this account. */
    static Verdict inParticipant(AccountEvidence account, Ec2Network.Vpc vpc, String region, String what) {
        String owner = vpc.sharedBy(account.accountId());
        if (owner == null) {
            return null;
        }
        boolean ownerAudited = account.organization().of(Ec2Network.TYPE, owner, region).isPresent();
        return ownerAudited
                ? Verdict.notApplicable("VPC " + vpc.id() + " is shared with this account by account " + owner + ", which alone can give it "
                + what + "; it is judged there.")
                : Verdict.unknown("VPC " + vpc.id() + " is shared with this account by account " + owner + ", which alone can give it " + what
                + " and is not audited in this run: audit it to judge the VPC.");
    }
}
