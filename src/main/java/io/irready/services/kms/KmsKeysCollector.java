package io.irready.services.kms;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.kms.KmsKeys.Key;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyManagerType;

import java.util.Objects;

/** Customer-managed KMS keys of one Region, with their state and rotation. AWS managed keys rotate by themselves and are left out. */
public final class KmsKeysCollector implements Collector<KmsKeys> {

    @Override
    public EvidenceType<KmsKeys> type() {
        return KmsKeys.TYPE;
    }

    @Override
    public KmsKeys collect(AwsClients aws, CollectionContext context, String region) {
        KmsClient kms = aws.client(KmsClient::builder, region);
        return new KmsKeys(AwsCalls.call("kms:ListKeys", () -> kms.listKeysPaginator(r -> { }).keys().stream().toList())
                .map(keys -> keys.stream().map(listed -> {
                    var described = AwsCalls.call("kms:DescribeKey", () -> kms.describeKey(r -> r.keyId(listed.keyId())).keyMetadata());
                    if (!described.isCollected()) {
                        return new Key(listed.keyId(), listed.keyArn(), null, null, null, null, described.gap());
                    }
                    var m = described.data().get();
                    if (m.keyManager() != KeyManagerType.CUSTOMER) {
                        return null;
                    }
                    return new Key(m.keyId(), m.arn(), m.keyStateAsString(), m.keySpecAsString(), m.originAsString(),
                            "SYMMETRIC_DEFAULT".equals(m.keySpecAsString()) && "AWS_KMS".equals(m.originAsString())
                                    ? AwsCalls.call("kms:GetKeyRotationStatus", () -> kms.getKeyRotationStatus(r -> r.keyId(m.keyId())).keyRotationEnabled())
                                    : null);
                }).filter(Objects::nonNull).toList()));
    }
}
