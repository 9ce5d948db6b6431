package io.irready.evidence;

import io.irready.services.cloudtrail.Trail;
import io.irready.services.organizations.OrganizationEvidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an account's own evidence does not show but its checks need: the organization's facts (null when
 * the run does not audit an organization), and the {@linkplain EvidenceType#shared() shared} evidence of
 * every audited account, by type and account id (per-account types) or account id and Region
 * ({@code "<account>/<region>"}, per-Region types).
 */
public final class OrganizationFacts {

    public static final OrganizationFacts NONE = new OrganizationFacts(null, Map.of());

    /** Reads one audited account's evidence of any type, e.g. from the bundle's files. */
    @FunctionalInterface
    public interface Reader {
        <T> Evidence<T> read(EvidenceType<T> type, String accountId, String region);
    }

    private final Evidence<OrganizationEvidence> organization;
    private final Map<EvidenceType<?>, Map<String, Evidence<?>>> shared;
    private final Set<String> audited;
    private final Reader reader;
    private final Map<String, Evidence<?>> looked = new ConcurrentHashMap<>();

    public OrganizationFacts(Evidence<OrganizationEvidence> organization,
                             Map<? extends EvidenceType<?>, ? extends Map<String, ? extends Evidence<?>>> shared) {
        this(organization, shared, Set.of(), null);
    }

    /** {@code audited}: the accounts whose evidence {@code reader} can read on demand. */
    public OrganizationFacts(Evidence<OrganizationEvidence> organization,
                             Map<? extends EvidenceType<?>, ? extends Map<String, ? extends Evidence<?>>> shared,
                             Set<String> audited, Reader reader) {
        this.organization = organization;
        Map<EvidenceType<?>, Map<String, Evidence<?>>> copy = new java.util.HashMap<>();
        shared.forEach((type, byAccount) -> copy.put(type, Map.copyOf(byAccount)));
        this.shared = Map.copyOf(copy);
        this.audited = Set.copyOf(audited);
        this.reader = reader;
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

    /**
     * Another audited account's evidence of any type, read once on demand, e.g. the EventBridge rules of the
     * account that administers this one's findings; empty when that account is not audited in this run.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<Evidence<T>> of(EvidenceType<T> type, String accountId, String region) {
        String key = key(accountId, region);
        if (type.isShared() && shared.containsKey(type)) {
            return Optional.ofNullable((Evidence<T>) shared.get(type).get(key));
        }
        if (reader == null || !audited.contains(accountId)) {
            return Optional.empty();
        }
        return Optional.of((Evidence<T>) looked.computeIfAbsent(type.name() + "|" + key, k -> reader.read(type, accountId, region)));
    }

    public static String key(String accountId, String region) {
        return region == null ? accountId : accountId + "/" + region;
    }
}
