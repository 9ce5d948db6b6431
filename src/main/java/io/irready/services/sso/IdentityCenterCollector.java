package io.irready.services.sso;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.sso.IdentityCenter.Instance;
import io.irready.services.sso.IdentityCenter.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/** The Identity Center instances of one Region, their permission sets and where each is provisioned. */
public final class IdentityCenterCollector implements Collector<IdentityCenter> {

    @Override
    public EvidenceType<IdentityCenter> type() {
        return IdentityCenter.TYPE;
    }

    @Override
    public IdentityCenter collect(AwsClients aws, CollectionContext context, String region) {
        return read(aws, region);
    }

    /** The instances Identity Center shows in {@code region}, with their permission sets. */
    public static IdentityCenter read(AwsClients aws, String region) {
        SsoAdminClient sso = aws.client(SsoAdminClient::builder, region);
        return new IdentityCenter(AwsCalls.call("sso:ListInstances", () -> sso.listInstancesPaginator(r -> { }).instances().stream()
                .map(i -> new Instance(i.instanceArn(), AwsCalls.call("sso:ListPermissionSets", () -> sso
                        .listPermissionSetsPaginator(r -> r.instanceArn(i.instanceArn())).permissionSets().stream()
                        .map(arn -> new PermissionSet(arn,
                                AwsCalls.call("sso:DescribePermissionSet", () -> sso.describePermissionSet(r -> r.instanceArn(i.instanceArn())
                                        .permissionSetArn(arn)).permissionSet().name()).data().orElse(null),
                                AwsCalls.call("sso:ListAccountsForProvisionedPermissionSet", () -> sso
                                        .listAccountsForProvisionedPermissionSetPaginator(r -> r.instanceArn(i.instanceArn()).permissionSetArn(arn))
                                        .accountIds().stream().toList())))
                        .toList())))
                .toList()));
    }
}
