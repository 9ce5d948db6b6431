package io.irready.evidence;

import io.irready.attestations.Attestations;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All evidence for one account, read on demand by type: how it was accessed, each evidence type per
 * account or per Region in scope, the facts beyond the account (the organization's, and other audited
 * accounts' shared evidence), and the attestations of what no API shows. When {@code access} is a gap
 * (the audit role could not be assumed) every type reports that gap.
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

    public List<String> regions() {
        return target.regions();
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
        if (!target.regions().contains(region)) {
            throw new IllegalArgumentException(region + " is not in the account's scope " + target.regions());
        }
        return read(type, region);
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
