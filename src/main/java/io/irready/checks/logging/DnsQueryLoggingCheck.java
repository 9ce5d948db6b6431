package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.ec2.Ec2Network;
import io.irready.services.route53.HostedZones;
import io.irready.services.route53resolver.ResolverQueryLogging;

import java.util.List;

/**
 * IR-LOG-15: every VPC's DNS queries are logged (an ACTIVE Route 53 Resolver query log association), and every
 * public hosted zone has query logging. One finding per VPC and per public zone: one logged zone does not
 * make the others pass.
 */
public final class DnsQueryLoggingCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        for (String region : account.regions()) {
            String ref = account.ref(ResolverQueryLogging.TYPE, region);
            var vpcs = account.get(Ec2Network.TYPE, region).flatMap(Ec2Network::vpcs);
            var associations = account.get(ResolverQueryLogging.TYPE, region).flatMap(ResolverQueryLogging::associations);
            if (vpcs.data().isEmpty()) {
                findings.unknown(region, "VPCs in " + region, "The VPCs could not be listed: " + vpcs.gap(), account.ref(Ec2Network.TYPE, region));
                continue;
            }
            for (var vpc : vpcs.data().get()) {
                var shared = SharedVpcs.inParticipant(account, vpc, region, "DNS query logging");
                if (shared != null) {
                    findings.add(shared, region, vpc.id(), account.ref(Ec2Network.TYPE, region));
                    continue;
                }
                if (associations.data().isEmpty()) {
                    findings.unknown(region, vpc.id(), "Resolver query logging could not be read: " + associations.gap(), ref);
                } else if (associations.data().get().stream().anyMatch(a -> vpc.id().equals(a.vpcId()) && "ACTIVE".equals(a.status()))) {
                    findings.pass(region, vpc.id(), "DNS queries from VPC " + vpc.id() + " are logged.", ref);
                } else {
                    findings.fail(region, vpc.id(), "DNS queries from VPC " + vpc.id() + " are not logged (no active Resolver query log "
                            + "association).", ref);
                }
            }
        }
        String zonesRef = account.ref(HostedZones.TYPE, null);
        var zones = account.get(HostedZones.TYPE);
        var publicZones = zones.flatMap(HostedZones::zones).map(list -> list.stream().filter(z -> !z.privateZone()).toList());
        var logged = zones.flatMap(HostedZones::loggedZoneIds);
        if (publicZones.data().isEmpty()) {
            findings.unknown(null, "public hosted zones", "The hosted zones could not be listed: " + publicZones.gap(), zonesRef);
        } else {
            for (var zone : publicZones.data().get()) {
                if (logged.data().isEmpty()) {
                    findings.unknown(null, zone.id(), "Query logging configurations could not be read: " + logged.gap(), zonesRef);
                } else if (logged.data().get().contains(zone.id())) {
                    findings.pass(null, zone.id(), "Queries to public zone " + zone.name() + " are logged.", zonesRef);
                } else {
                    findings.fail(null, zone.id(), "Queries to public zone " + zone.name() + " are not logged.", zonesRef);
                }
            }
        }
        if (findings.isEmpty()) {
            findings.notApplicable(null, "account", "There are no VPCs and no public hosted zones.", zonesRef);
        }
        return findings.toList();
    }
}
