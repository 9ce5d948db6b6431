package io.irready.evidence;

import io.irready.attestations.Attestations;
import io.irready.services.account.AccountRegions;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All evidence for one account, read on demand by type: how it was accessed, each evidence type per
 * account or per audited Region, the facts beyond the account (the organization's, and other audited
 * accounts' shared evidence), and the attestations of what no API shows. When {@code access} is a gap
 * (the audit role could not be assumed) every type reports that gap. The audited Regions are those of the
 * account's {@link AccountRegions}; a bundle collected before they were recorded audited every Region of its target.
 */
public final class AccountEvidence {

    /** Where the evidence comes from: the bundle's files, or fixtures in tests. */
    @FunctionalInterface
    public interface Source {
        <T> Evidence<T> read(EvidenceType<T> type, String region);
    }

    private final Target target;
    private final Evidence<AccountAccess> access;
    private final Source source;
    private final OrganizationFacts organization;
    private final Evidence<Attestations> attestations;
    private final Map<String, Evidence<?>> read = new HashMap<>();
    private final Set<String> refsRead = new LinkedHashSet<>();
    private AccountRegions regions;

    public AccountEvidence(Target target, Evidence<AccountAccess> access, Source source, OrganizationFacts organization,
                           Evidence<Attestations> attestations) {
        this.target = target;
        this.access = access;
        this.source = source;
        this.organization = organization == null ? OrganizationFacts.NONE : organization;
        this.attestations = attestations;
    }

    public Target target() {
        return target;
    }

    public String accountId() {
        return target.accountId();
    }

    /** The Regions audited in this account: the requested ones it has enabled and the audit role may call. */
    public List<String> regions() {
        return accountRegions().audited();
    }

    /** The requested Regions that were not audited, each with the reason; none of their findings counts. */
    public List<AccountRegions.RegionState> skippedRegions() {
        return accountRegions().skipped();
    }

    private AccountRegions accountRegions() {
        if (regions == null) {
            AccountRegions recorded = access.isCollected() ? source.read(AccountRegions.TYPE, null).data().orElse(null) : null;
            regions = recorded != null ? recorded : new AccountRegions(null, null, target.regions().stream()
                    .map(region -> new AccountRegions.RegionState(region, AccountRegions.Status.AUDITED, null)).toList());
        }
        return regions;
    }

    public Evidence<AccountAccess> access() {
        return access;
    }

    public OrganizationFacts organization() {
        return organization;
    }

    public Evidence<Attestations> attestations() {
        return attestations;
    }

    /** A per-account type. */
    public <T> Evidence<T> get(EvidenceType<T> type) {
        if (type.perRegion()) {
            throw new IllegalArgumentException(type + " is per Region: name the Region");
        }
        return read(type, null);
    }

    /** A per-Region type in one of the account's Regions. */
    public <T> Evidence<T> get(EvidenceType<T> type, String region) {
        if (!type.perRegion()) {
            throw new IllegalArgumentException(type + " is per account: name no Region");
        }
        if (!regions().contains(region)) {
            throw new IllegalArgumentException(region + " is not audited in the account " + regions());
        }
        return read(type, region);
    }

    /**
     * The evidence file a finding about the whole account cites for a per-Region type: the first audited Region's, or
     * the account's Regions when none of them is audited.
     */
    public String firstRef(EvidenceType<?> type) {
        List<String> audited = regions();
        return audited.isEmpty() ? ref(AccountRegions.TYPE, null) : ref(type, audited.get(0));
    }

    /** The bundle path of a type's evidence for this account, which a finding cites. */
    public String ref(EvidenceType<?> type, String region) {
        return type.ref(target.accountId(), region);
    }

    /**
     * The evidence files asked for since the last call, and forgets them: what to name when a check fails on
     * evidence it could not judge.
     */
    public List<String> takeRefsRead() {
        List<String> refs = List.copyOf(refsRead);
        refsRead.clear();
        return refs;
    }

    @SuppressWarnings("unchecked")
    private <T> Evidence<T> read(EvidenceType<T> type, String region) {
        refsRead.add(ref(type, region));
        if (access.data().isEmpty()) {
            return (Evidence<T>) access;
        }
        return (Evidence<T>) this.read.computeIfAbsent(type.name() + "/" + region, key -> source.read(type, region));
    }
}
