package io.irready.services.route53;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The account's Route 53 hosted zones, and the public zones whose DNS queries are logged. */
public record HostedZones(Evidence<List<Zone>> zones, Evidence<List<String>> loggedZoneIds) {

    public static final EvidenceType<HostedZones> TYPE = EvidenceType.perAccount("route53.zones", HostedZones.class,
            "route53:ListHostedZones", "route53:ListQueryLoggingConfigs");

    /** {@code id} without the /hostedzone/ prefix. */
    public record Zone(String id, String name, boolean privateZone) {
    }
}
