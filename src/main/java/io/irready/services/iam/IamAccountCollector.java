package io.irready.services.iam;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.iam.IamAccount.RootUser;
import software.amazon.awssdk.services.iam.IamClient;

/** The account summary, centralized root access features, and the roles with AWSSupportAccess. */
public final class IamAccountCollector implements Collector<IamAccount> {

    /** The AWS managed policy that lets a role open Support cases; its ARN is in the audited account's partition. */
    static final String SUPPORT_ACCESS = "AWSSupportAccess";

    @Override
    public EvidenceType<IamAccount> type() {
        return IamAccount.TYPE;
    }

    @Override
    public IamAccount collect(AwsClients aws, CollectionContext context, String region) {
        IamClient iam = aws.global(IamClient::builder);
        return new IamAccount(
                AwsCalls.call("iam:GetAccountSummary", () -> {
                    var summary = iam.getAccountSummary().summaryMapAsStrings();
                    return new RootUser(summary.get("AccountMFAEnabled"), summary.get("AccountAccessKeysPresent"), summary.get("AccountPasswordPresent"),
                            summary.get("AccountSigningCertificatesPresent"));
                }),
                AwsCalls.call("iam:ListEntitiesForPolicy", () -> iam.listEntitiesForPolicyPaginator(r -> r.policyArn(aws.partition().managedPolicyArn(SUPPORT_ACCESS)))
                        .policyRoles().stream().map(role -> role.roleName()).toList()));
    }
}
