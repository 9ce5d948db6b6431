package io.irready.collect.tagging;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.RegionalCollector;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.tagging.TaggingEvidence;
import io.irready.evidence.tagging.TaggingEvidence.TaggedResource;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.Tag;

import java.util.stream.Collectors;

/**
 * Every resource the Resource Groups Tagging API returns in one Region, with its tags. The API
 * returns only resources that carry, or once carried, a tag.
 */
public final class TaggingCollector implements RegionalCollector<TaggingEvidence> {

    @Override
    public EvidenceFile file() {
        return EvidenceFile.TAGGING;
    }

    @Override
    public TaggingEvidence collect(AwsClients aws, String region) {
        return new TaggingEvidence(AwsCalls.call("tag:GetResources", () -> aws.tagging(region).getResourcesPaginator(r -> r.resourcesPerPage(100))
                .resourceTagMappingList().stream()
                .map(m -> new TaggedResource(m.resourceARN(), m.tags().stream()
                        .collect(Collectors.toMap(Tag::key, t -> t.value() == null ? "" : t.value(), (a, b) -> b))))
                .toList()));
    }
}
