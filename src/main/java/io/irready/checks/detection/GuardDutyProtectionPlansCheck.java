package io.irready.checks.detection;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.ec2.Ec2Instances;
import io.irready.services.eks.EksClusters;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.guardduty.GuardDutyEvidence.Detector;
import io.irready.services.guardduty.GuardDutyEvidence.Feature;
import io.irready.services.rds.RdsInstances;
import io.irready.services.s3.S3Buckets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * IR-DET-02: in every Region, the enabled GuardDuty detector runs each configured protection plan whose
 * resources exist there (S3 buckets, EKS clusters, running instances, RDS databases; Lambda functions are
 * not listed, so Lambda protection is always required), and Runtime Monitoring with GuardDuty managing the agent of
 * each kind of workload that exists (EKS, ECS Fargate, EC2). Where the resources could not be listed the plan or agent
 * is required: an unread list never excuses it.
 */
public final class GuardDutyProtectionPlansCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        List<String> configured = context.settings(DetectionSettings.class).guarddutyFeatures();
        for (String region : account.regions()) {
            String ref = account.ref(GuardDutyEvidence.TYPE, region);
            Verdict verdict = Verdict.given(account.get(GuardDutyEvidence.TYPE, region).flatMap(GuardDutyEvidence::detectors),
                    "The GuardDuty detectors", detectors -> judge(account, region, detectors, configured));
            findings.add(verdict, region, "GuardDuty protection plans in " + region, ref);
        }
        return findings.toList();
    }

    private Verdict judge(AccountEvidence account, String region, List<Detector> detectors, List<String> configured) {
        Detector detector = detectors.stream().filter(d -> "ENABLED".equals(d.status())).findFirst().orElse(null);
        if (detector == null && detectors.stream().anyMatch(d -> d.status() == null)) {
            return Verdict.unknown("Whether GuardDuty is enabled in " + region + " could not be read (guardduty:GetDetector failed).");
        }
        if (detector == null) {
            return Verdict.fail("GuardDuty is not enabled in " + region + ", so no protection plan runs (see IR-DET-01).");
        }
        if (detector.features().data().isEmpty()) {
            return Verdict.unknown("The protection plans of detector " + detector.id() + " could not be read: " + detector.features().gap());
        }
        Set<String> enabled = detector.features().data().get().stream().filter(f -> "ENABLED".equals(f.status()))
                .map(Feature::name).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        List<String> notNeeded = new ArrayList<>();
        for (String feature : configured) {
            Evidence<Boolean> needed = needed(account, region, feature);
            boolean required = needed.data().orElse(true);
            if (enabled.contains(feature) || feature.equals("RUNTIME_MONITORING") && eksRuntimeSuffices(account, region, enabled)) {
                continue;
            }
            if (required) {
                missing.add(feature + (needed.data().isEmpty() ? " (its resources could not be listed: " + needed.gap() + ")" : ""));
            } else {
                notNeeded.add(feature);
            }
        }
        String unneeded = notNeeded.isEmpty() ? "" : " Not needed here (no such resources): " + String.join(", ", notNeeded) + ".";
        List<String> unread = new ArrayList<>();
        detector.features().data().get().stream().filter(f -> "RUNTIME_MONITORING".equals(f.name()) && "ENABLED".equals(f.status()))
                .findFirst().ifPresent(runtime -> RuntimeAgents.judge(account, region, runtime, missing, unread));
        if (!missing.isEmpty()) {
            return Verdict.fail("Detector " + detector.id() + " in " + region + " lacks " + String.join(", ", missing) + "." + unneeded);
        }
        return unread.isEmpty()
                ? Verdict.pass("Detector " + detector.id() + " runs every protection plan needed in " + region + ", with the agents it needs."
                + unneeded)
                : Verdict.unknown("Detector " + detector.id() + " in " + region + ": could not read " + String.join("; ", unread) + ".");
    }

    /** The older EKS-only runtime monitoring covers runtime needs where no instance runs. */
    private static boolean eksRuntimeSuffices(AccountEvidence account, String region, Set<String> enabled) {
        return enabled.contains("EKS_RUNTIME_MONITORING") && runningInstances(account, region).data().map(running -> !running).orElse(false);
    }

    /** Whether resources the feature protects exist in the Region; a gap when they could not be listed. */
    private static Evidence<Boolean> needed(AccountEvidence account, String region, String feature) {
        return switch (feature) {
            case "S3_DATA_EVENTS" -> account.get(S3Buckets.TYPE).flatMap(S3Buckets::buckets).map(b -> !b.isEmpty());
            case "EKS_AUDIT_LOGS" -> eksClusters(account, region);
            case "EBS_MALWARE_PROTECTION" -> runningInstances(account, region);
            case "RDS_LOGIN_EVENTS" -> account.get(RdsInstances.TYPE, region).flatMap(RdsInstances::instances).map(i -> !i.isEmpty());
            case "RUNTIME_MONITORING" -> either(eksClusters(account, region), runningInstances(account, region));
            default -> Evidence.collected(true);
        };
    }

    static Evidence<Boolean> eksClusters(AccountEvidence account, String region) {
        return account.get(EksClusters.TYPE, region).flatMap(EksClusters::clusters).map(c -> !c.isEmpty());
    }

    static Evidence<Boolean> runningInstances(AccountEvidence account, String region) {
        return account.get(Ec2Instances.TYPE, region).flatMap(Ec2Instances::running).map(i -> !i.isEmpty());
    }

    private static Evidence<Boolean> either(Evidence<Boolean> a, Evidence<Boolean> b) {
        if (a.data().orElse(false) || b.data().orElse(false)) {
            return Evidence.collected(true);
        }
        return a.data().isEmpty() ? a : b;
    }
}
