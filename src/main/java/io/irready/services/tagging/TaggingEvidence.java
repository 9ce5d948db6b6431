package io.irready.services.tagging;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;
import java.util.Map;

/** What the Resource Groups Tagging API returns for one Region: every resource that carries, or carried, a tag. */
public record TaggingEvidence(Evidence<List<TaggedResource>> resources) {

    public static final EvidenceType<TaggingEvidence> TYPE = EvidenceType.perRegion("tagging.resources", TaggingEvidence.class,
            "tag:GetResources");

    /** {@code compliant}: whether the resource complies with the tag policies in effect; null where no tag policy reports on it. */
    public record TaggedResource(String arn, Map<String, String> tags, Boolean compliant) {
        public TaggedResource {
            tags = Map.copyOf(tags);
        }
    }
}
