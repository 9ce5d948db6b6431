package io.irready.services.guardduty;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.organizations.Administrator;
import io.irready.services.guardduty.GuardDutyEvidence.Detector;
import io.irready.services.guardduty.GuardDutyEvidence.Feature;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.BadRequestException;

/** GuardDuty detectors of one Region with their protection plans, and the organization configuration where readable. */
public final class GuardDutyCollector implements Collector<GuardDutyEvidence> {

    @Override
    public EvidenceType<GuardDutyEvidence> type() {
        return GuardDutyEvidence.TYPE;
    }

    @Override
    public GuardDutyEvidence collect(AwsClients aws, CollectionContext context, String region) {
        GuardDutyClient guardDuty = aws.client(GuardDutyClient::builder, region);
        return new GuardDutyEvidence(AwsCalls.call("guardduty:ListDetectors", () -> guardDuty.listDetectorsPaginator(r -> { }).detectorIds()
                .stream().toList()).map(ids -> ids.stream().map(id -> {
                    var detector = AwsCalls.call("guardduty:GetDetector", () -> guardDuty.getDetector(r -> r.detectorId(id)));
                    return new Detector(id, detector.data().map(d -> d.statusAsString()).orElse(null),
                            detector.map(d -> d.features().stream().map(f -> new Feature(f.nameAsString(), f.statusAsString(),
                                    f.additionalConfiguration().stream().map(a -> new Feature(a.nameAsString(), a.statusAsString())).toList())).toList()),
                            organization(guardDuty, id),
                            AwsCalls.call("guardduty:GetAdministratorAccount", () -> {
                                var administrator = guardDuty.getAdministratorAccount(r -> r.detectorId(id)).administrator();
                                return administrator == null ? null : new Administrator(administrator.accountId(), administrator.relationshipStatus());
                            }));
                }).toList()));
    }

    /** Only the delegated administrator may read it; any other account is told so, which is no gap of this account. */
    private static Evidence<String> organization(GuardDutyClient guardDuty, String detectorId) {
        return AwsCalls.call("guardduty:DescribeOrganizationConfiguration", () -> {
            try {
                return guardDuty.describeOrganizationConfiguration(r -> r.detectorId(detectorId)).autoEnableOrganizationMembersAsString();
            } catch (BadRequestException notAdministrator) {
                return null;
            }
        });
    }
}
