package io.irready.evidence;

import io.irready.evidence.config.ConfigEvidence;
import io.irready.evidence.logs.LogsEvidence;
import io.irready.evidence.tagging.TaggingEvidence;

/** Evidence of the regional services for one account and Region. */
public record RegionEvidence(String region,
                             Evidence<ConfigEvidence> config,
                             Evidence<LogsEvidence> logs,
                             Evidence<TaggingEvidence> tagging) {
}
