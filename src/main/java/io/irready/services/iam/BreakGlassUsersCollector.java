package io.irready.services.iam;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.iam.BreakGlassUsers.User;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.StatusType;

/** The break-glass users of the account (by the configured name patterns) and their MFA, access keys and console password. */
public final class BreakGlassUsersCollector implements Collector<BreakGlassUsers> {

    @Override
    public EvidenceType<BreakGlassUsers> type() {
        return BreakGlassUsers.TYPE;
    }

    @Override
    public BreakGlassUsers collect(AwsClients aws, CollectionContext context, String region) {
        IamClient iam = aws.global(IamClient::builder);
        return new BreakGlassUsers(AwsCalls.call("iam:ListUsers", () -> iam.listUsersPaginator().users().stream()
                .filter(u -> context.isBreakGlassUser().test(u.userName()))
                .map(u -> new User(u.userName(), u.arn(), u.passwordLastUsed(),
                        AwsCalls.call("iam:ListMFADevices", () -> iam.listMFADevicesPaginator(r -> r.userName(u.userName())).mfaDevices().stream()
                                .toList().size()),
                        AwsCalls.call("iam:ListAccessKeys", () -> (int) iam.listAccessKeysPaginator(r -> r.userName(u.userName()))
                                .accessKeyMetadata().stream().filter(k -> k.status() == StatusType.ACTIVE).count()),
                        AwsCalls.call("iam:GetLoginProfile", () -> {
                            try {
                                iam.getLoginProfile(r -> r.userName(u.userName()));
                                return true;
                            } catch (NoSuchEntityException none) {
                                return false;
                            }
                        })))
                .toList()));
    }
}
