package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.config.ConfigEvidence;
import io.irready.services.config.ConfigEvidence.Recorder;
import io.irready.services.config.ConfigEvidence.RecorderStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IR-LOG-12: in every Region in scope a customer-managed recorder records all supported resource
 * types, is recording, has a delivery channel, and its last status is not FAILURE; and at least one
 * Region records the global (IAM) resource types.
 */
public final class ConfigRecordingCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }



    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        boolean globalTypesRecorded = false;
        List<String> globalGaps = new ArrayList<>();
        for (String region : account.regions()) {
            String ref = account.ref(ConfigEvidence.TYPE, region);
            String resource = "configuration recorder in " + region;
            var evidence = account.get(ConfigEvidence.TYPE, region);
            if (evidence.data().isEmpty()) {
                findings.unknown(region, resource, "AWS Config could not be read: " + evidence.gap(), ref);
                globalGaps.add(region + ": " + evidence.gap());
                continue;
            }
            ConfigEvidence config = evidence.data().get();
            if (config.recorders().data().isEmpty()) {
                findings.unknown(region, resource, "Recorders could not be read: " + config.recorders().gap(), ref);
                globalGaps.add(region + ": " + config.recorders().gap());
                continue;
            }
            List<Recorder> recorders = config.recorders().data().get().stream().filter(r -> r.servicePrincipal() == null).toList();
            if (recorders.isEmpty()) {
                findings.fail(region, resource, "No customer-managed configuration recorder exists in the Region.", ref);
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
                globalGaps.add(region + ": " + config.recorderStatuses().gap());
            }
            String name = "Recorder '" + recorder.name() + "' ";
            if (!problems.isEmpty()) {
                findings.fail(region, resource, name + String.join(", ", problems) + ".", ref);
            } else if (!gaps.isEmpty()) {
                findings.unknown(region, resource, name + "could not be fully assessed: " + String.join("; ", gaps), ref);
            } else {
                findings.pass(region, resource, name + "records all supported resource types and delivers to a channel.", ref);
            }
        }
        String globalRef = account.firstRef(ConfigEvidence.TYPE);
        if (globalTypesRecorded) {
            findings.pass(null, "global resource types", "Global resource types (IAM) are recorded.", globalRef);
        } else if (!globalGaps.isEmpty()) {
            findings.unknown(null, "global resource types",
                    "Could not confirm that global resource types are recorded; could not read " + String.join("; ", globalGaps), globalRef);
        } else {
            findings.fail(null, "global resource types",
                    "No recording recorder in the audited Regions includes global resource types (IAM users, roles, policies).", globalRef);
        }
        return findings.toList();
    }
}
