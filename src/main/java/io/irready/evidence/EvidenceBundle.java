package io.irready.evidence;

import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.config.ConfigEvidence;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.logs.LogsEvidence;
import io.irready.evidence.organizations.OrganizationEvidence;
import io.irready.evidence.tagging.TaggingEvidence;
import io.irready.files.AtomicFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An evidence bundle on disk: a BagIt bag whose payload holds {@code data/scope.json}, in organization
 * runs {@code data/organization.json}, and one JSON file per account, Region and service (see
 * {@link EvidenceFile}). Once sealed it is never changed.
 */
public final class EvidenceBundle {

    static final String SCOPE = "data/scope.json";
    public static final String ORGANIZATION = "data/organization.json";

    private final Path root;

    public EvidenceBundle(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public void writeScope(Scope scope) {
        write(SCOPE, scope);
    }

    public Scope readScope() {
        Path file = root.resolve(SCOPE);
        if (!Files.isRegularFile(file)) {
            throw new EvidenceException("the evidence bundle at " + root + " has no " + SCOPE + "; is it an irready evidence folder?");
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), Scope.class);
        } catch (JacksonException e) {
            throw new EvidenceException(SCOPE + " in " + root + " is not valid: " + e.getOriginalMessage());
        }
    }

    public void writeOrganization(Evidence<OrganizationEvidence> organization) {
        write(ORGANIZATION, organization);
    }

    /** The organization's facts, or null when the run did not audit an organization. */
    public Evidence<OrganizationEvidence> readOrganization() {
        Path path = root.resolve(ORGANIZATION);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(path.toFile(), new TypeReference<Evidence<OrganizationEvidence>>() { });
        } catch (JacksonException e) {
            return new Evidence.Failed<>("collection", "evidence file " + ORGANIZATION + " is unreadable: " + e.getOriginalMessage());
        }
    }

    public void write(String accountId, String region, EvidenceFile file, Object evidence) {
        if (!file.type().isInstance(evidence)) {
            throw new IllegalArgumentException(file + " holds " + file.type().getSimpleName() + ", not " + evidence.getClass().getSimpleName());
        }
        write(file.ref(accountId, region), evidence);
    }

    /** Records how the account was read, or why it could not be. */
    public void writeAccess(String accountId, Evidence<AccountAccess> access) {
        write(EvidenceFile.ACCESS.ref(accountId, null), access);
    }

    private void write(String ref, Object value) {
        AtomicFiles.write(root.resolve(ref), out -> Json.MAPPER.writeValue(out, value));
    }

    /**
     * How the account was read. A bundle written before access was recorded has no such file: its
     * accounts were all read with the caller's credentials.
     */
    public Evidence<AccountAccess> readAccess(String accountId) {
        String ref = EvidenceFile.ACCESS.ref(accountId, null);
        Path path = root.resolve(ref);
        if (!Files.isRegularFile(path)) {
            return Evidence.collected(new AccountAccess(null, null));
        }
        try {
            return Json.MAPPER.readValue(path.toFile(), new TypeReference<Evidence<AccountAccess>>() { });
        } catch (JacksonException e) {
            return new Evidence.Failed<>("collection", "evidence file " + ref + " is unreadable: " + e.getOriginalMessage());
        }
    }

    /**
     * All evidence of one account; a file that is missing or unreadable becomes a FAILED outcome, never
     * an exception. When the account could not be accessed at all, every piece reports that.
     */
    public AccountEvidence read(Target target, OrganizationFacts organization) {
        String account = target.accountId();
        Evidence<AccountAccess> access = readAccess(account);
        List<RegionEvidence> regions = new ArrayList<>();
        for (String region : target.regions()) {
            regions.add(new RegionEvidence(region,
                    this.<ConfigEvidence>read(access, account, region, EvidenceFile.CONFIG),
                    this.<LogsEvidence>read(access, account, region, EvidenceFile.LOGS),
                    this.<TaggingEvidence>read(access, account, region, EvidenceFile.TAGGING)));
        }
        return new AccountEvidence(target, access,
                this.<CloudTrailEvidence>read(access, account, null, EvidenceFile.CLOUDTRAIL),
                this.<IamEvidence>read(access, account, null, EvidenceFile.IAM),
                regions,
                organization);
    }

    /**
     * What every account's checks may need beyond its own evidence: the organization's facts and the
     * lifecycle rules of each log bucket as read in the audited account that owns it. A bucket read in
     * its owner wins over a failed read elsewhere.
     */
    public OrganizationFacts readOrganizationFacts(Scope scope) {
        Map<String, OrganizationFacts.BucketLifecycle> buckets = new TreeMap<>();
        for (Target target : scope.targets()) {
            this.<CloudTrailEvidence>read(readAccess(target.accountId()), target.accountId(), null, EvidenceFile.CLOUDTRAIL).data()
                    .ifPresent(trails -> trails.bucketLifecycles().forEach((bucket, rules) -> {
                    var read = new OrganizationFacts.BucketLifecycle(target.accountId(), rules);
                    if (rules.data().isPresent()) {
                        buckets.put(bucket, read);
                    } else {
                        buckets.putIfAbsent(bucket, read);
                    }
                }));
        }
        return new OrganizationFacts(readOrganization(), buckets);
    }

    /** {@code T} is {@code file.type()}. */
    @SuppressWarnings("unchecked")
    private <T> Evidence<T> read(Evidence<AccountAccess> access, String accountId, String region, EvidenceFile file) {
        if (access.data().isEmpty()) {
            return (Evidence<T>) access;
        }
        String ref = file.ref(accountId, region);
        Path path = root.resolve(ref);
        if (!Files.isRegularFile(path)) {
            return new Evidence.Failed<>("collection", "evidence file " + ref + " is missing (its collection did not complete)");
        }
        try {
            return Evidence.collected((T) Json.MAPPER.readValue(path.toFile(), file.type()));
        } catch (JacksonException e) {
            return new Evidence.Failed<>("collection", "evidence file " + ref + " is unreadable: " + e.getOriginalMessage());
        }
    }
}
