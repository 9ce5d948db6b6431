package io.irready.services.s3;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import software.amazon.awssdk.services.s3control.model.S3ControlException;

/** The account's S3 Block Public Access; "no such configuration" is the fact "none", not a gap. */
public final class AccountPublicAccessBlockCollector implements Collector<AccountPublicAccessBlock> {

    @Override
    public EvidenceType<AccountPublicAccessBlock> type() {
        return AccountPublicAccessBlock.TYPE;
    }

    @Override
    public AccountPublicAccessBlock collect(AwsClients aws, CollectionContext context, String region) {
        return new AccountPublicAccessBlock(AwsCalls.call("s3:GetAccountPublicAccessBlock", () -> {
            try {
                var block = aws.s3Control().getPublicAccessBlock(r -> r.accountId(context.accountId())).publicAccessBlockConfiguration();
                return new PublicAccessBlock(Boolean.TRUE.equals(block.blockPublicAcls()), Boolean.TRUE.equals(block.ignorePublicAcls()),
                        Boolean.TRUE.equals(block.blockPublicPolicy()), Boolean.TRUE.equals(block.restrictPublicBuckets()));
            } catch (S3ControlException e) {
                if (e.awsErrorDetails() != null && "NoSuchPublicAccessBlockConfiguration".equals(e.awsErrorDetails().errorCode())) {
                    return PublicAccessBlock.NONE;
                }
                throw e;
            }
        }));
    }
}
