package io.irready.services.route53;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.route53.HostedZones.Zone;
import software.amazon.awssdk.services.route53.Route53Client;

/** Route 53 hosted zones and query logging configurations (a global service). */
public final class HostedZonesCollector implements Collector<HostedZones> {

    @Override
    public EvidenceType<HostedZones> type() {
        return HostedZones.TYPE;
    }

    @Override
    public HostedZones collect(AwsClients aws, CollectionContext context, String region) {
        Route53Client route53 = aws.global(Route53Client::builder);
        return new HostedZones(
                AwsCalls.call("route53:ListHostedZones", () -> route53.listHostedZonesPaginator().hostedZones().stream()
                        .map(z -> new Zone(z.id().replaceFirst("^/hostedzone/", ""), z.name(),
                                z.config() != null && Boolean.TRUE.equals(z.config().privateZone())))
                        .toList()),
                AwsCalls.call("route53:ListQueryLoggingConfigs", () -> route53.listQueryLoggingConfigsPaginator(r -> { }).queryLoggingConfigs()
                        .stream().map(c -> c.hostedZoneId().replaceFirst("^/hostedzone/", "")).toList()));
    }
}
