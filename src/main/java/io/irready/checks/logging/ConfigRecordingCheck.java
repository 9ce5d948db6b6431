package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Judgement;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.config.ConfigEvidence;
import io.irready.services.config.ConfigEvidence.Recorder;
import io.irready.services.config.ConfigEvidence.RecorderStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-12: in every Region in scope a customer-managed recorder records every resource type as often as required, is
 * recording, and delivers: a channel exists and its last deliveries did not fail; and one recording Region that can record
 * them records the global (IAM) resource types.
 */
public final class ConfigRecordingCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        boolean continuous = context.settings(LoggingSettings.class).continuousRecordingRequired();
        Judgement global = new Judgement();
        for (String region : account.regions()) {
            var evidence = account.get(ConfigEvidence.TYPE, region);
            var recorders = evidence.flatMap(ConfigEvidence::recorders);
            Verdict verdict = Verdict.given(evidence, "AWS Config", config -> Verdict.given(config.recorders(), "The recorders", all -> {
                List<Recorder> own = all.stream().filter(r -> r.servicePrincipal() == null).toList();
                return own.isEmpty() ? Verdict.fail("No customer-managed configuration recorder exists in the Region.")
                        : judge(config, own.get(0), continuous);
            }));
            findings.add(verdict, region, "configuration recorder in " + region, account.ref(ConfigEvidence.TYPE, region));
            recorders.data().ifPresentOrElse(all -> all.stream().filter(r -> r.servicePrincipal() == null).findFirst()
                    .ifPresent(recorder -> globalTypes(evidence.data().get(), recorder, region, continuous, global)),
                    () -> global.gap(region + ": " + recorders.gap()));
        }
        findings.add(global.verdict("No recording recorder in the audited Regions records the global resource types (IAM users, roles, "
                + "groups, policies)"), null, "global resource types", account.firstRef(ConfigEvidence.TYPE));
        return findings.toList();
    }

    /** Whether the recorder records the IAM types where it is, and is recording. */
    private static void globalTypes(ConfigEvidence config, Recorder recorder, String region, boolean continuous, Judgement global) {
        String why = ConfigRecorders.whyNotIamTypes(recorder, region, continuous);
        if (why != null) {
            global.problem(why);
            return;
        }
        config.recorderStatuses().data().ifPresentOrElse(statuses -> {
            if (statuses.stream().anyMatch(s -> recorder.name().equals(s.name()) && s.recording())) {
                global.pass("Global resource types (IAM) are recorded by recorder '" + recorder.name() + "' in " + region + ".");
            } else {
                global.problem("recorder '" + recorder.name() + "' in " + region + ", which would record them, is not recording");
            }
        }, () -> global.gap("whether recorder '" + recorder.name() + "' in " + region + " is recording: " + config.recorderStatuses().gap()));
    }

    private static Verdict judge(ConfigEvidence config, Recorder recorder, boolean continuous) {
        String name = "Recorder '" + recorder.name() + "' ";
        List<String> problems = new ArrayList<>(ConfigRecorders.regionalProblems(recorder, continuous));
        List<String> gaps = new ArrayList<>();
        config.recorderStatuses().data().ifPresentOrElse(statuses -> {
            RecorderStatus status = statuses.stream().filter(s -> recorder.name().equals(s.name())).findFirst().orElse(null);
            if (status == null || !status.recording()) {
                problems.add("is not recording");
            } else if ("FAILURE".equalsIgnoreCase(status.lastStatus())) {
                problems.add("last status is FAILURE (" + status.lastErrorCode() + ": " + status.lastErrorMessage() + ")");
            }
        }, () -> gaps.add(config.recorderStatuses().gap()));
        config.deliveryChannels().data().ifPresentOrElse(channels -> {
            if (channels.isEmpty()) {
                problems.add("has no delivery channel");
            } else {
                boolean streams = channels.stream().anyMatch(c -> c.snsTopicArn() != null && !c.snsTopicArn().isBlank());
                config.deliveryStatuses().data().ifPresentOrElse(statuses -> statuses.forEach(s -> problems.addAll(
                        ConfigRecorders.failedDeliveries(s, streams))), () -> gaps.add(config.deliveryStatuses().gap()));
            }
        }, () -> gaps.add(config.deliveryChannels().gap()));
        if (!problems.isEmpty()) {
            return Verdict.fail(name + String.join(", ", problems) + ".");
        }
        return gaps.isEmpty() ? Verdict.pass(name + "records every resource type, is recording, and its deliveries succeed.")
                : Verdict.unknown(name + "could not be fully assessed: " + String.join("; ", gaps));
    }
}
