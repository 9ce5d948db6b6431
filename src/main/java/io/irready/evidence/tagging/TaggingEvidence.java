package io.irready.evidence.tagging;

import io.irready.evidence.Evidence;

import java.util.List;
import java.util.Map;

/** What the Resource Groups Tagging API returns for one Region. */
public record TaggingEvidence(Evidence<List<TaggedResource>> resources) {

    public record TaggedResource(String arn, Map<String, String> tags) {
        public TaggedResource {
            tags = Map.copyOf(tags);
        }
    }
}
