package io.irready.services.route53resolver;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.route53resolver.ResolverQueryLogging.Association;
import software.amazon.awssdk.services.route53resolver.Route53ResolverClient;

/** The Resolver query log associations of one Region. */
public final class ResolverQueryLoggingCollector implements Collector<ResolverQueryLogging> {

    @Override
    public EvidenceType<ResolverQueryLogging> type() {
        return ResolverQueryLogging.TYPE;
    }

    @Override
    public ResolverQueryLogging collect(AwsClients aws, CollectionContext context, String region) {
        return new ResolverQueryLogging(AwsCalls.call("route53resolver:ListResolverQueryLogConfigAssociations",
                () -> aws.client(Route53ResolverClient::builder, region).listResolverQueryLogConfigAssociationsPaginator(r -> { })
                        .resolverQueryLogConfigAssociations().stream()
                        .map(a -> new Association(a.resolverQueryLogConfigId(), a.resourceId(), a.statusAsString())).toList()));
    }
}
