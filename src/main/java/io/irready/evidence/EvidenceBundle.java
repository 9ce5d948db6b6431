package io.irready.evidence;

import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.config.ConfigEvidence;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.logs.LogsEvidence;
import io.irready.evidence.tagging.TaggingEvidence;
import io.irready.files.AtomicFiles;
import tools.jackson.core.JacksonException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An evidence bundle on disk: a BagIt bag whose payload holds {@code data/scope.json} and one JSON
 * file per account, Region and service (see {@link EvidenceFile}). Once sealed it is never changed.
 */
public final class EvidenceBundle {

    static final String SCOPE = "data/scope.json";

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

    public void write(String accountId, String region, EvidenceFile file, Object evidence) {
        if (!file.type().isInstance(evidence)) {
            throw new IllegalArgumentException(file + " holds " + file.type().getSimpleName() + ", not " + evidence.getClass().getSimpleName());
        }
        write(file.ref(accountId, region), evidence);
    }

    private void write(String ref, Object value) {
        AtomicFiles.write(root.resolve(ref), out -> Json.MAPPER.writeValue(out, value));
    }

    /** All evidence of one account; a file that is missing or unreadable becomes a FAILED outcome, never an exception. */
    public AccountEvidence read(Target target) {
        String account = target.accountId();
        List<RegionEvidence> regions = new ArrayList<>();
        for (String region : target.regions()) {
            regions.add(new RegionEvidence(region,
                    this.<ConfigEvidence>read(account, region, EvidenceFile.CONFIG),
                    this.<LogsEvidence>read(account, region, EvidenceFile.LOGS),
                    this.<TaggingEvidence>read(account, region, EvidenceFile.TAGGING)));
        }
        return new AccountEvidence(target,
                this.<CloudTrailEvidence>read(account, null, EvidenceFile.CLOUDTRAIL),
                this.<IamEvidence>read(account, null, EvidenceFile.IAM),
                regions);
    }

    /** {@code T} is {@code file.type()}. */
    @SuppressWarnings("unchecked")
    private <T> Evidence<T> read(String accountId, String region, EvidenceFile file) {
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
