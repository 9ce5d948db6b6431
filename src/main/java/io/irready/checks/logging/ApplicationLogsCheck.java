package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.eks.EksClusters;
import io.irready.services.elb.LoadBalancers;
import io.irready.services.rds.RdsInstances;
import io.irready.services.waf.WebAcls;

import java.util.List;
import java.util.function.Function;

/**
 * IR-LOG-17: the application tier logs: every application load balancer its access, every web ACL its
 * requests, every EKS cluster the Kubernetes audit log, every RDS instance at least one log to CloudWatch
 * Logs. One finding per resource in every Region.
 */
public final class ApplicationLogsCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        for (String region : account.regions()) {
            // Network Load Balancers log only TLS listeners, which are not listed, and Gateway ones not at all: application and Classic ones are judged.
            judge(account, region, findings, LoadBalancers.TYPE, LoadBalancers::loadBalancers, "load balancers",
                    lb -> !"application".equals(lb.type()) ? null : new Resource(lb.arn(), "Load balancer " + lb.name(), lb.accessLogs(), "logs access"));
            judge(account, region, findings, LoadBalancers.TYPE, LoadBalancers::classic, "Classic Load Balancers",
                    lb -> new Resource(lb.arn(), "Classic Load Balancer " + lb.name(), lb.accessLogs(), "logs access"));
            judge(account, region, findings, WebAcls.TYPE, WebAcls::webAcls, "web ACLs",
                    acl -> new Resource(acl.arn(), "Web ACL " + acl.name(), acl.logging(), "logs requests"));
            judge(account, region, findings, EksClusters.TYPE, EksClusters::clusters, "EKS clusters",
                    cluster -> new Resource(cluster.arn(), "EKS cluster " + cluster.name(), cluster.auditLogging(), "logs the Kubernetes audit log"));
            judge(account, region, findings, RdsInstances.TYPE, RdsInstances::instances, "RDS instances",
                    db -> new Resource(db.arn(), "RDS instance " + db.id(), Evidence.collected(!db.logExports().isEmpty()),
                            "exports logs to CloudWatch Logs" + (db.logExports().isEmpty() ? "" : " (" + String.join(", ", db.logExports()) + ")")));
        }
        if (findings.isEmpty()) {
            findings.notApplicable(null, "account", "There are no load balancers, web ACLs, EKS clusters or RDS instances.", "");
        }
        return findings.toList();
    }

    /** A resource, whether it logs (a gap when that could not be read), and what logging means for it. */
    private record Resource(String id, String name, Evidence<Boolean> logs, String logging) {
    }

    private <E, R> void judge(AccountEvidence account, String region, Findings findings, EvidenceType<E> type,
                              Function<E, Evidence<List<R>>> list, String noun, Function<R, Resource> describe) {
        String ref = account.ref(type, region);
        Evidence<List<R>> resources = account.get(type, region).flatMap(list::apply);
        if (resources.data().isEmpty()) {
            findings.unknown(region, noun + " in " + region, "The " + noun + " could not be listed: " + resources.gap(), ref);
            return;
        }
        for (R item : resources.data().get()) {
            Resource resource = describe.apply(item);
            if (resource == null) {
                continue;
            }
            if (resource.logs().data().isEmpty()) {
                findings.unknown(region, resource.id(), resource.name() + " could not be assessed: " + resource.logs().gap(), ref);
            } else if (resource.logs().data().get()) {
                findings.pass(region, resource.id(), resource.name() + " " + resource.logging() + ".", ref);
            } else {
                findings.fail(region, resource.id(), resource.name() + " does not " + resource.logging().replaceFirst("^(\\w+)s ", "$1 ") + ".", ref);
            }
        }
    }
}
