package io.irready.it;

import io.irready.checks.EvidenceFixtures;
import io.irready.collect.CollectorRegistry;
import io.irready.evidence.BagIt;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Sealed evidence bundles written from fixtures, as irready would have collected them. */
public final class Bundles {

    private Bundles() {
    }

    /** A bundle of the fixtures' one account. */
    public static Path sealed(Path root, EvidenceFixtures fixtures) {
        return sealed(root, fixtures, 1);
    }

    /** A bundle of {@code accounts} accounts, each holding the fixtures' evidence (the first is the fixtures' own account). */
    public static Path sealed(Path root, EvidenceFixtures fixtures, int accounts) {
        EvidenceBundle bundle = new EvidenceBundle(root);
        Target first = fixtures.build().target();
        List<Target> targets = new ArrayList<>(List.of(first));
        fixtures.write(bundle, CollectorRegistry.types());
        for (int i = 1; i < accounts; i++) {
            String id = String.valueOf(100_000_000_000L + i);
            targets.add(new Target(id, "account-" + i, first.ouPath(), first.ouIds(), first.regions(), first.roleArn()));
            copyTree(root.resolve("data").resolve(first.accountId()), root.resolve("data").resolve(id));
        }
        bundle.writeScope(new Scope(new CallerIdentity("123456789012", "arn:aws:sts::123456789012:assumed-role/audit/x", "AROA"), "organization",
                targets, List.of(), Instant.parse("2026-11-27T00:00:00Z")));
        bundle.writeOrganization(Evidence.collected(fixtures.organization()));
        bundle.writeAttestations(Evidence.collected(EvidenceFixtures.ATTESTED));
        BagIt.seal(root, Map.of("Irready-Run-Id", "fixture-run", "Irready-Collection-Started", "2026-11-27T00:00:00Z",
                "Irready-Collection-Completed", "2026-11-27T00:01:00Z"));
        return root;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
