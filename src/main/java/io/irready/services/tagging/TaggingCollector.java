package io.irready.services.tagging;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.Tag;

import java.util.stream.Collectors;

/**
 * Every resource the Resource Groups Tagging API returns in one Region, with its tags. The API
 * returns only resources that carry, or once carried, a tag.
 */
public final class TaggingCollector implements Collector<TaggingEvidence> {

    @Override
    public EvidenceType<TaggingEvidence> type() {
        return TaggingEvidence.TYPE;
    }

    @Override
    public TaggingEvidence collect(AwsClients aws, CollectionContext context, String region) {
        return new TaggingEvidence(AwsCalls.call("tag:GetResources", () -> aws.client(ResourceGroupsTaggingApiClient::builder, region)
                .getResourcesPaginator(r -> r.resourcesPerPage(100).includeComplianceDetails(true).excludeCompliantResources(false))
                .resourceTagMappingList().stream()
                .map(m -> new TaggedResource(m.resourceARN(), m.tags().stream()
                        .collect(Collectors.toMap(Tag::key, t -> t.value() == null ? "" : t.value(), (a, b) -> b)),
                        m.complianceDetails() == null ? null : m.complianceDetails().complianceStatus()))
                .toList()));
    }
}
