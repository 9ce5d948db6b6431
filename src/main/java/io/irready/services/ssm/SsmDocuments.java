package io.irready.services.ssm;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;
import java.util.Map;

/**
 * The account's own Systems Manager documents in one Region (playbooks as Automation or Command
 * documents), with whom each is shared, and whether public sharing of documents is blocked.
 */
public record SsmDocuments(Evidence<List<Document>> documents, Evidence<Boolean> publicSharingBlocked) {

    public static final EvidenceType<SsmDocuments> TYPE = EvidenceType.perRegion("ssm.documents", SsmDocuments.class,
            "ssm:ListDocuments", "ssm:DescribeDocumentPermission", "ssm:GetServiceSetting");

    /** {@code sharedWith}: account ids, or "all" when the document is public. */
    public record Document(String name, String type, Map<String, String> tags, Evidence<List<String>> sharedWith) {
        public Document {
            tags = tags == null ? Map.of() : Map.copyOf(tags);
        }
    }
}
