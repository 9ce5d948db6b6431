package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.ec2.Ec2Network;
import io.irready.services.ec2.Ec2Network.FlowLog;
import io.irready.services.ec2.Ec2Network.Vpc;

import java.util.List;

/**
 * IR-LOG-14: every VPC in every Region has an active VPC-level flow log of all traffic. Accepted traffic is
 * what shows exfiltration and lateral movement, so a REJECT-only log (the CIS minimum) does not pass.
 */
public final class VpcFlowLogsCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        for (String region : account.regions()) {
            String ref = account.ref(Ec2Network.TYPE, region);
            var network = account.get(Ec2Network.TYPE, region);
            var vpcs = network.flatMap(Ec2Network::vpcs);
            if (vpcs.data().isEmpty()) {
                findings.unknown(region, "VPCs in " + region, "The VPCs could not be listed: " + vpcs.gap(), ref);
                continue;
            }
            if (vpcs.data().get().isEmpty()) {
                findings.notApplicable(region, "VPCs in " + region, "There are no VPCs in " + region + ".", ref);
                continue;
            }
            var flowLogs = network.flatMap(Ec2Network::flowLogs);
            for (Vpc vpc : vpcs.data().get()) {
                var shared = SharedVpcs.inParticipant(account, vpc, region, "flow logs");
                if (shared != null) {
                    findings.add(shared, region, vpc.id(), ref);
                    continue;
                }
                if (flowLogs.data().isEmpty()) {
                    findings.unknown(region, vpc.id(), "The flow logs could not be listed: " + flowLogs.gap(), ref);
                    continue;
                }
                List<FlowLog> ofVpc = flowLogs.data().get().stream().filter(f -> vpc.id().equals(f.resourceId())).toList();
                List<FlowLog> active = ofVpc.stream().filter(f -> "ACTIVE".equals(f.status())).toList();
                String name = "VPC " + vpc.id() + (vpc.isDefault() ? " (default)" : "");
                if (active.stream().anyMatch(f -> "ALL".equals(f.trafficType()))) {
                    findings.pass(region, vpc.id(), name + " logs all traffic.", ref);
                } else if (!active.isEmpty()) {
                    findings.fail(region, vpc.id(), name + " logs only " + active.get(0).trafficType() + " traffic; responders need ALL.", ref);
                } else {
                    findings.fail(region, vpc.id(), name + (ofVpc.isEmpty() ? " has no flow log." : " has no active flow log."), ref);
                }
            }
        }
        return findings.toList();
    }
}
