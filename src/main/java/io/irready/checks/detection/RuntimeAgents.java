package io.irready.checks.detection;

import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.ecs.EcsClusters;
import io.irready.services.guardduty.GuardDutyEvidence.Feature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The agents GuardDuty Runtime Monitoring must manage (its additional configuration) for the workloads of a Region. */
final class RuntimeAgents {

    private RuntimeAgents() {
    }

    /**
     * Runtime Monitoring watches a workload only through its agent: for each kind of workload that exists (or could not be
     * listed), GuardDuty must manage the agent, or the workload is watched only where one was installed by hand.
     */
    static void judge(AccountEvidence account, String region, Feature runtime, List<String> missing, List<String> unread) {
        if (runtime.additional() == null) {
            unread.add("which agents RUNTIME_MONITORING manages (not recorded by this bundle's irready)");
            return;
        }
        Set<String> managed = runtime.additional().stream().filter(a -> "ENABLED".equals(a.status())).map(Feature::name).collect(Collectors.toSet());
        Map<String, Evidence<Boolean>> workloads = new LinkedHashMap<>();
        workloads.put("EKS_ADDON_MANAGEMENT|EKS clusters", GuardDutyProtectionPlansCheck.eksClusters(account, region));
        workloads.put("ECS_FARGATE_AGENT_MANAGEMENT|ECS clusters", account.get(EcsClusters.TYPE, region).flatMap(EcsClusters::clusters)
                .map(c -> !c.isEmpty()));
        workloads.put("EC2_AGENT_MANAGEMENT|running instances", GuardDutyProtectionPlansCheck.runningInstances(account, region));
        workloads.forEach((key, exists) -> {
            String agent = key.split("\\|")[0];
            String kind = key.split("\\|")[1];
            if (!managed.contains(agent) && !exists.data().map(found -> !found).orElse(false)) {
                missing.add(agent + " (Runtime Monitoring is on, but " + kind + (exists.isCollected() ? " exist here"
                        : " could not be listed: " + exists.gap()) + ", watched only where an agent was installed by hand)");
            }
        });
    }

}
