package io.irready.services.route53resolver;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** Route 53 Resolver query logging in one Region: which VPCs are associated with a query log configuration. */
public record ResolverQueryLogging(Evidence<List<Association>> associations) {

    public static final EvidenceType<ResolverQueryLogging> TYPE = EvidenceType.perRegion("route53resolver.query-logging",
            ResolverQueryLogging.class, "route53resolver:ListResolverQueryLogConfigAssociations");

    /** {@code status} ACTIVE when the VPC's queries are logged. */
    public record Association(String configId, String vpcId, String status) {
    }
}
