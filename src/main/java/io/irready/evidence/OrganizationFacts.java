package io.irready.evidence;

import io.irready.services.cloudtrail.Trail;
import io.irready.services.organizations.OrganizationEvidence;

import java.util.List;
import java.util.Map;

/**
 * What an account's own evidence does not show but its checks need: the organization's facts (null when
 * the run does not audit an organization), and the {@linkplain EvidenceType#shared() shared} evidence of
 * every audited account, by type and account id (per-account types) or account id and Region
 * ({@code "<account>/<region>"}, per-Region types).
 */
public final class OrganizationFacts {

    public static final OrganizationFacts NONE = new OrganizationFacts(null, Map.of());

    private final Evidence<OrganizationEvidence> organization;
    private final Map<EvidenceType<?>, Map<String, Evidence<?>>> shared;

    public OrganizationFacts(Evidence<OrganizationEvidence> organization,
                             Map<? extends EvidenceType<?>, ? extends Map<String, ? extends Evidence<?>>> shared) {
        this.organization = organization;
        Map<EvidenceType<?>, Map<String, Evidence<?>>> copy = new java.util.HashMap<>();
        shared.forEach((type, byAccount) -> copy.put(type, Map.copyOf(byAccount)));
        this.shared = Map.copyOf(copy);
    }

    /** The organization's facts; null outside an organization run. */
    public Evidence<OrganizationEvidence> organization() {
        return organization;
    }

    public boolean inOrganization() {
        return organization != null;
    }

    /** The organization's trails; empty outside an organization run, a gap when they could not be read. */
    public Evidence<List<Trail>> organizationTrails() {
        return organization == null ? Evidence.collected(List.of()) : organization.flatMap(OrganizationEvidence::organizationTrails);
    }

    /** A shared type's evidence in every audited account, keyed by account id, or account id and Region. */
    @SuppressWarnings("unchecked")
    public <T> Map<String, Evidence<T>> shared(EvidenceType<T> type) {
        if (!type.isShared()) {
            throw new IllegalArgumentException(type + " is not shared across accounts");
        }
        return (Map<String, Evidence<T>>) (Map<String, ?>) shared.getOrDefault(type, Map.of());
    }

    public static String key(String accountId, String region) {
        return region == null ? accountId : accountId + "/" + region;
    }
}
