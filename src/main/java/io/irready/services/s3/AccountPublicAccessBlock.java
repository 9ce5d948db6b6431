package io.irready.services.s3;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

/**
 * The account-level S3 Block Public Access (s3control:GetPublicAccessBlock for the account): in force for every bucket
 * of the account; {@link PublicAccessBlock#NONE} when the account has none. Shared: a bucket is judged with the block of
 * the account that owns it.
 */
public record AccountPublicAccessBlock(Evidence<PublicAccessBlock> block) {

    public static final EvidenceType<AccountPublicAccessBlock> TYPE = EvidenceType.perAccount("s3.account-public-access-block",
            AccountPublicAccessBlock.class, "s3:GetAccountPublicAccessBlock").shared();
}
