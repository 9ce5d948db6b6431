package io.irready.services.ssm;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.aws.TokenPages;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.ssm.SsmDocuments.Document;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentKeyValuesFilter;
import software.amazon.awssdk.services.ssm.model.Tag;

import java.util.stream.Collectors;

/** The account's own Automation and Command documents of one Region, their sharing, and the public-sharing setting. */
public final class SsmDocumentsCollector implements Collector<SsmDocuments> {

    static final String PUBLIC_SHARING = "/ssm/documents/console/public-sharing-permission";

    @Override
    public EvidenceType<SsmDocuments> type() {
        return SsmDocuments.TYPE;
    }

    @Override
    public SsmDocuments collect(AwsClients aws, CollectionContext context, String region) {
        SsmClient ssm = aws.client(SsmClient::builder, region);
        return new SsmDocuments(
                AwsCalls.call("ssm:ListDocuments", () -> ssm.listDocumentsPaginator(r -> r.filters(
                        DocumentKeyValuesFilter.builder().key("Owner").values("Self").build())).documentIdentifiers().stream()
                        .filter(d -> "Automation".equals(d.documentTypeAsString()) || "Command".equals(d.documentTypeAsString()))
                        .map(d -> new Document(d.name(), d.documentTypeAsString(),
                                d.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b)),
                                AwsCalls.call("ssm:DescribeDocumentPermission", () -> TokenPages.all(token -> ssm.describeDocumentPermission(r -> r
                                        .name(d.name()).permissionType("Share").nextToken(token)), page -> page.accountIds(), page -> page.nextToken()))))
                        .toList()),
                AwsCalls.call("ssm:GetServiceSetting", () -> "Disable".equals(ssm.getServiceSetting(r -> r.settingId(PUBLIC_SHARING))
                        .serviceSetting().settingValue())));
    }
}
