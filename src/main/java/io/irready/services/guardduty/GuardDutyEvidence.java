package io.irready.services.guardduty;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.organizations.Administrator;

import java.util.List;

/**
 * GuardDuty in one Region: its detectors with status and protection plans, and, in the delegated
 * administrator, the organization configuration. Shared across accounts: the administrator's
 * auto-enable setting covers the members.
 */
public record GuardDutyEvidence(Evidence<List<Detector>> detectors) {

    public static final EvidenceType<GuardDutyEvidence> TYPE = EvidenceType.perRegion("guardduty.detectors", GuardDutyEvidence.class,
            "guardduty:ListDetectors", "guardduty:GetDetector", "guardduty:DescribeOrganizationConfiguration",
            "guardduty:GetAdministratorAccount").shared();

    /**
     * A detector: {@code status} ENABLED or DISABLED; {@code features} each protection plan (S3_DATA_EVENTS,
     * EKS_AUDIT_LOGS, RUNTIME_MONITORING, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, LAMBDA_NETWORK_LOGS, ...) and
     * its status; {@code autoEnableMembers} the organization's NEW/ALL/NONE, known only in the administrator; {@code administrator}
     * the account this one is a member of (null data: none), unrecorded in bundles of an irready that did not read it.
     */
    public record Detector(String id, String status, Evidence<List<Feature>> features, Evidence<String> autoEnableMembers,
                           Evidence<Administrator> administrator) {
        public Detector {
            administrator = administrator == null ? new Evidence.Failed<>("guardduty:GetAdministratorAccount", "not recorded in this bundle")
                    : administrator;
        }

        public Detector(String id, String status, Evidence<List<Feature>> features, Evidence<String> autoEnableMembers) {
            this(id, status, features, autoEnableMembers, Evidence.collected(null));
        }
    }

    /**
     * A protection plan and its additional configuration: for RUNTIME_MONITORING, the agents GuardDuty manages
     * (EKS_ADDON_MANAGEMENT, ECS_FARGATE_AGENT_MANAGEMENT, EC2_AGENT_MANAGEMENT), without which a workload is watched only where
     * an agent was installed by hand. {@code additional} is null in bundles of an irready that did not record it.
     */
    public record Feature(String name, String status, List<Feature> additional) {
        public Feature(String name, String status) {
            this(name, status, List.of());
        }
    }
}
