package io.irready.checks.logging;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.RegionEvidence;
import io.irready.evidence.config.ConfigEvidence;
import io.irready.evidence.config.ConfigEvidence.Recorder;
import io.irready.evidence.config.ConfigEvidence.RecorderStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IR-LOG-12: in every Region in scope a customer-managed recorder records all supported resource
 * types, is recording, has a delivery channel, and its last status is not FAILURE; and at least one
 * Region records the global (IAM) resource types.
 */
public final class ConfigRecordingCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-LOG-12",
            "AWS Config records all resources in every Region",
            Severity.CRITICAL,
            Area.CONFIG,
            "AWS Config's configuration history answers what a resource looked like before, during and after an "
                    + "incident, and which resources exist at all. Without a recorder in a Region, resources an attacker "
                    + "creates there leave no configuration trail.",
            "In each Region, record all supported resource types and deliver to the log archive bucket; record "
                    + "global IAM types in one Region only:\n"
                    + "aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> "
                    + "--recording-group allSupported=true,includeGlobalResourceTypes=<true in one Region>\n"
                    + "aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket>\n"
                    + "aws configservice start-configuration-recorder --configuration-recorder-name default\n"
                    + "At scale use a CloudFormation StackSet or AWS Control Tower.",
            List.of("AWS SIR Guide: Preparation - Logs", "NIST SP 800-61r2: Preparation, Detection & Analysis",
                    "CSF 2.0 ID.AM-02, DE.CM-09", "CIS AWS Foundations 3.3", "Security Hub Config.1"));

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = Findings.of(METADATA, account.target());
        String accountId = account.target().accountId();
        boolean globalTypesRecorded = false;
        List<String> globalGaps = new ArrayList<>();
        for (RegionEvidence region : account.regions()) {
            String ref = EvidenceFile.CONFIG.ref(accountId, region.region());
            String resource = "configuration recorder in " + region.region();
            if (region.config().data().isEmpty()) {
                findings.unknown(region.region(), resource, "AWS Config could not be read: " + region.config().gap(), ref);
                globalGaps.add(region.region() + ": " + region.config().gap());
                continue;
            }
            ConfigEvidence config = region.config().data().get();
            if (config.recorders().data().isEmpty()) {
                findings.unknown(region.region(), resource, "Recorders could not be read: " + config.recorders().gap(), ref);
                globalGaps.add(region.region() + ": " + config.recorders().gap());
                continue;
            }
            List<Recorder> recorders = config.recorders().data().get().stream().filter(r -> r.servicePrincipal() == null).toList();
            if (recorders.isEmpty()) {
                findings.fail(region.region(), resource, "No customer-managed configuration recorder exists in the Region.", ref);
                continue;
            }
            Recorder recorder = recorders.get(0);
            List<String> problems = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            if (!recorder.allSupported()) {
                problems.add("records only selected resource types");
            }
            Optional<RecorderStatus> status = Optional.empty();
            if (config.recorderStatuses().data().isEmpty()) {
                gaps.add(config.recorderStatuses().gap());
            } else {
                status = config.recorderStatuses().data().get().stream().filter(s -> recorder.name().equals(s.name())).findFirst();
                if (status.isEmpty() || !status.get().recording()) {
                    problems.add("is not recording");
                } else if ("FAILURE".equalsIgnoreCase(status.get().lastStatus())) {
                    problems.add("last status is FAILURE (" + status.get().lastErrorCode() + ": " + status.get().lastErrorMessage() + ")");
                }
            }
            if (config.deliveryChannels().data().isEmpty()) {
                gaps.add(config.deliveryChannels().gap());
            } else if (config.deliveryChannels().data().get().isEmpty()) {
                problems.add("has no delivery channel");
            }
            boolean recording = status.map(RecorderStatus::recording).orElse(false);
            if (recording && recorder.includeGlobalResourceTypes()) {
                globalTypesRecorded = true;
            } else if (config.recorderStatuses().data().isEmpty() && recorder.includeGlobalResourceTypes()) {
                globalGaps.add(region.region() + ": " + config.recorderStatuses().gap());
            }
            String name = "Recorder '" + recorder.name() + "' ";
            if (!problems.isEmpty()) {
                findings.fail(region.region(), resource, name + String.join(", ", problems) + ".", ref);
            } else if (!gaps.isEmpty()) {
                findings.unknown(region.region(), resource, name + "could not be fully assessed: " + String.join("; ", gaps), ref);
            } else {
                findings.pass(region.region(), resource, name + "records all supported resource types and delivers to a channel.", ref);
            }
        }
        String globalRef = account.regions().isEmpty() ? "" : EvidenceFile.CONFIG.ref(accountId, account.regions().get(0).region());
        if (globalTypesRecorded) {
            findings.pass(EvidenceFile.GLOBAL, "global resource types", "Global resource types (IAM) are recorded.", globalRef);
        } else if (!globalGaps.isEmpty()) {
            findings.unknown(EvidenceFile.GLOBAL, "global resource types",
                    "Could not confirm that global resource types are recorded; could not read " + String.join("; ", globalGaps), globalRef);
        } else {
            findings.fail(EvidenceFile.GLOBAL, "global resource types",
                    "No recording recorder in the audited Regions includes global resource types (IAM users, roles, policies).", globalRef);
        }
        return findings.toList();
    }
}
