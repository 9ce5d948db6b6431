package io.irready.services.s3;

/**
 * An S3 Block Public Access configuration, a bucket's or an account's: all four settings true blocks every public grant.
 * The account's applies to every bucket of the account, so a bucket is blocked by a setting either one has.
 */
public record PublicAccessBlock(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy, boolean restrictPublicBuckets) {

    public static final PublicAccessBlock NONE = new PublicAccessBlock(false, false, false, false);

    public boolean blocksAll() {
        return blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets;
    }

    /** The settings in force for a bucket with this block in an account with {@code account}'s. */
    public PublicAccessBlock with(PublicAccessBlock account) {
        return new PublicAccessBlock(blockPublicAcls || account.blockPublicAcls, ignorePublicAcls || account.ignorePublicAcls,
                blockPublicPolicy || account.blockPublicPolicy, restrictPublicBuckets || account.restrictPublicBuckets);
    }
}
