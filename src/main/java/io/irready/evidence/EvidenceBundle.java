package io.irready.evidence;

import io.irready.attestations.Attestations;
import io.irready.files.AtomicFiles;
import io.irready.files.Sha256;
import io.irready.services.account.AccountRegions;
import io.irready.services.organizations.OrganizationEvidence;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An evidence bundle on disk: a BagIt bag whose payload holds {@code data/scope.json}, in organization
 * runs {@code data/organization.json}, {@code data/attestations.json}, and per account its
 * {@code access.json} and one file per {@link EvidenceType} (per Region for per-Region types). Once
 * sealed it is never changed.
 */
public final class EvidenceBundle {

    static final String SCOPE = "data/scope.json";
    public static final String ORGANIZATION = "data/organization.json";
    public static final String ATTESTATIONS = io.irready.checks.Finding.ATTESTATIONS_REF;

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
        Scope scope;
        try {
            scope = Json.MAPPER.readValue(file.toFile(), Scope.class);
        } catch (JacksonException e) {
            throw new EvidenceException(SCOPE + " in " + root + " is not valid: " + e.getOriginalMessage());
        }
        List<String> problems = BundlePaths.problems(scope);
        if (!problems.isEmpty()) {
            throw new EvidenceException(SCOPE + " in " + root + " is not valid: " + String.join("; ", problems)
                    + ". Use the bundle as irready wrote it.");
        }
        return scope;
    }

    public void writeOrganization(Evidence<OrganizationEvidence> organization) {
        write(ORGANIZATION, organization);
    }

    /** The organization's facts, or null when the run did not audit an organization. */
    public Evidence<OrganizationEvidence> readOrganization() {
        return Files.isRegularFile(root.resolve(ORGANIZATION)) ? readEvidence(ORGANIZATION, new TypeReference<>() { }) : null;
    }

    public void writeAttestations(Evidence<Attestations> attestations) {
        write(ATTESTATIONS, attestations);
    }

    /** The attestations recorded with the evidence; a gap when this bundle recorded none. */
    public Evidence<Attestations> readAttestations() {
        if (!Files.isRegularFile(root.resolve(ATTESTATIONS))) {
            return new Evidence.Failed<>("attestations", "this evidence bundle holds no " + ATTESTATIONS + " (collected by an older irready)");
        }
        return readEvidence(ATTESTATIONS, new TypeReference<>() { });
    }

    public <T> void write(String accountId, String region, EvidenceType<T> type, T evidence) {
        write(type.ref(accountId, region), evidence);
    }

    /** Records how the account was read, or why it could not be. */
    public void writeAccess(String accountId, Evidence<AccountAccess> access) {
        write(accessRef(accountId), access);
    }

    private void write(String ref, Object value) {
        AtomicFiles.write(root.resolve(ref), out -> Json.MAPPER.writeValue(out, value));
    }

    /**
     * How the account was read. A bundle written before access was recorded has no such file: its
     * accounts were all read with the caller's credentials.
     */
    public Evidence<AccountAccess> readAccess(String accountId) {
        String ref = accessRef(accountId);
        if (!Files.isRegularFile(root.resolve(ref))) {
            return Evidence.collected(new AccountAccess(null, null));
        }
        return readEvidence(ref, new TypeReference<>() { });
    }

    /**
     * Every file of one account's evidence with its SHA-256, by its path in the bag: what a partition wrote, for the
     * bag's sealing to verify. Only regular files count; anything else in the folder is left for the bag check to refuse.
     */
    public Map<String, String> accountFiles(String accountId) {
        Path folder = root.resolve(accessRef(accountId)).getParent();
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .forEach(file -> files.put(root.relativize(file).toString().replace('\\', '/'), Sha256.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the evidence of account " + accountId + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** An account's Regions as its collection found them; a gap when this bundle did not record them (collected by an older irready). */
    public Evidence<AccountRegions> readRegions(String accountId) {
        return read(AccountRegions.TYPE, accountId, null);
    }

    public static String accessRef(String accountId) {
        if (!BundlePaths.isAccountId(accountId)) {
            throw new IllegalArgumentException("not an account id that can name an evidence file: " + accountId);
        }
        return "data/" + accountId + "/access.json";
    }

    /** One account's evidence, read from the bundle's files as checks ask for it. */
    public AccountEvidence account(Target target, OrganizationFacts organization, Evidence<Attestations> attestations) {
        String accountId = target.accountId();
        return new AccountEvidence(target, readAccess(accountId), new AccountEvidence.Source() {
            @Override
            public <T> Evidence<T> read(EvidenceType<T> type, String region) {
                return EvidenceBundle.this.read(type, accountId, region);
            }
        }, organization, attestations);
    }

    /**
     * What every account's checks may need beyond its own evidence: the organization's facts and the
     * shared types' evidence of every audited account that could be read.
     */
    public OrganizationFacts readOrganizationFacts(Scope scope, List<EvidenceType<?>> sharedTypes) {
        Map<EvidenceType<?>, Map<String, Evidence<?>>> shared = new HashMap<>();
        Set<String> audited = new HashSet<>();
        for (Target target : scope.targets()) {
            if (readAccess(target.accountId()).data().isPresent()) {
                audited.add(target.accountId());
            }
        }
        for (EvidenceType<?> type : sharedTypes) {
            Map<String, Evidence<?>> byAccount = new HashMap<>();
            for (Target target : scope.targets()) {
                if (!audited.contains(target.accountId())) {
                    continue;
                }
                if (type.perRegion()) {
                    auditedRegions(target).forEach(region -> byAccount.put(OrganizationFacts.key(target.accountId(), region),
                            read(type, target.accountId(), region)));
                } else {
                    byAccount.put(target.accountId(), read(type, target.accountId(), null));
                }
            }
            shared.put(type, byAccount);
        }
        return new OrganizationFacts(readOrganization(), shared, audited, this::read);
    }

    /** The Regions audited in the target's account; a bundle that did not record them audited every Region of its target. */
    private List<String> auditedRegions(Target target) {
        return readRegions(target.accountId()).data().map(AccountRegions::audited).orElse(target.regions());
    }

    /** A missing or unreadable file becomes a FAILED outcome naming it, never an exception. */
    <T> Evidence<T> read(EvidenceType<T> type, String accountId, String region) {
        String ref = type.ref(accountId, region);
        Path path = root.resolve(ref);
        if (!Files.isRegularFile(path)) {
            String skipped = region == null ? null : readRegions(accountId).data().flatMap(regions -> regions.skipped().stream()
                    .filter(r -> r.region().equals(region)).findFirst()).map(AccountRegions.RegionState::reason).orElse(null);
            return new Evidence.Failed<>("collection", skipped != null ? "account " + accountId + " is not audited in " + region + ": " + skipped
                    : "evidence file " + ref + " is missing (its collection did not complete)");
        }
        try {
            return Evidence.collected(Json.MAPPER.readValue(path.toFile(), type.record()));
        } catch (JacksonException e) {
            return new Evidence.Failed<>("collection", "evidence file " + ref + " is unreadable: " + e.getOriginalMessage());
        }
    }

    private <T> Evidence<T> readEvidence(String ref, TypeReference<Evidence<T>> shape) {
        try {
            JavaType type = Json.MAPPER.getTypeFactory().constructType(shape);
            return Json.MAPPER.readValue(root.resolve(ref).toFile(), type);
        } catch (JacksonException e) {
            return new Evidence.Failed<>("collection", "evidence file " + ref + " is unreadable: " + e.getOriginalMessage());
        }
    }
}
