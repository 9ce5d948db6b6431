package io.irready.checks.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up EventBridge events of high-severity detector findings, as GuardDuty and Security Hub send them,
 * for judging whether a rule would route a real finding.
 */
public final class FindingEvents {

    private FindingEvents() {
    }

    /** A GuardDuty finding of severity 8 (high) in an account and Region. */
    public static Map<String, Object> guardDutyHigh(String accountId, String region) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("schemaVersion", "2.0");
        detail.put("accountId", accountId);
        detail.put("region", region);
        detail.put("partition", "aws");
        detail.put("id", "sample-finding");
        detail.put("arn", "arn:aws:guardduty:" + region + ":" + accountId + ":detector/sample/finding/sample-finding");
        detail.put("type", "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS");
        detail.put("resource", new LinkedHashMap<>(Map.of("resourceType", "AccessKey")));
        detail.put("service", new LinkedHashMap<>(Map.of("serviceName", "guardduty", "archived", false, "count", 1)));
        detail.put("severity", 8);
        detail.put("title", "Credentials for an instance role were used from outside AWS.");
        return event("GuardDuty Finding", "aws.guardduty", accountId, region, detail);
    }

    /**
     * A Security Hub finding of severity {@code label} (HIGH or CRITICAL) imported from GuardDuty in
     * {@code findingRegion}, as delivered in {@code region} (the aggregation Region, or the same).
     */
    public static Map<String, Object> securityHub(String accountId, String findingRegion, String region, String label) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("SchemaVersion", "2018-10-08");
        finding.put("Id", "sample-finding");
        finding.put("ProductArn", "arn:aws:securityhub:" + findingRegion + "::product/aws/guardduty");
        finding.put("ProductName", "GuardDuty");
        finding.put("CompanyName", "Amazon");
        finding.put("AwsAccountId", accountId);
        finding.put("Region", findingRegion);
        finding.put("Types", new ArrayList<>(List.of("TTPs/Initial Access/UnauthorizedAccess:IAMUser-InstanceCredentialExfiltration.OutsideAWS")));
        finding.put("Severity", new LinkedHashMap<>(Map.of("Label", label, "Normalized", label.equals("CRITICAL") ? 90 : 70)));
        finding.put("Title", "Credentials for an instance role were used from outside AWS.");
        finding.put("Workflow", new LinkedHashMap<>(Map.of("Status", "NEW")));
        finding.put("WorkflowState", "NEW");
        finding.put("RecordState", "ACTIVE");
        finding.put("Resources", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("Type", "AwsIamAccessKey", "Id", "AKIAEXAMPLE")))));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("findings", new ArrayList<>(List.of(finding)));
        return event("Security Hub Findings - Imported", "aws.securityhub", accountId, region, detail);
    }

    private static Map<String, Object> event(String detailType, String source, String accountId, String region, Map<String, Object> detail) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", "00000000-0000-0000-0000-000000000000");
        event.put("detail-type", detailType);
        event.put("source", source);
        event.put("account", accountId);
        event.put("time", "2026-01-01T00:00:00Z");
        event.put("region", region);
        event.put("resources", new ArrayList<>());
        event.put("detail", detail);
        return event;
    }
}
