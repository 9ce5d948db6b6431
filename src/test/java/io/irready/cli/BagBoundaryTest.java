package io.irready.cli;

import io.irready.checks.EvidenceFixtures;
import io.irready.evidence.BagIt;
import io.irready.it.AuditRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * An evidence bag is a sealed boundary: a bag altered by someone who can also re-seal it (so every hash
 * matches) still cannot make irready read or write outside it. Each alteration is refused with exit 2
 * naming the offending file, before a run folder exists.
 */
class BagBoundaryTest {

    @FunctionalInterface
    interface Alteration {
        void apply(Path bag) throws Exception;
    }

    @TempDir
    Path dir;

    static Stream<Arguments> alterations() {
        return Stream.of(
                arguments("account id traversing out of data/ via scope.json", (Alteration) bag -> {
                    rewrite(bag.resolve("data/scope.json"), "\"123456789012\"", "\"../../../outside\"");
                    reseal(bag);
                }, "targets[0].accountId '../../../outside' is not a 12-digit account id"),
                arguments("Region traversing out of data/ via scope.json", (Alteration) bag -> {
                    rewrite(bag.resolve("data/scope.json"), "\"us-east-1\"", "\"../../etc\"");
                    reseal(bag);
                }, "targets[0].regions holds '../../etc', which is not a Region name"),
                arguments("manifest entry with ..", (Alteration) bag -> {
                    Files.writeString(bag.getParent().resolve("outside.json"), "{}");
                    appendEntry(bag, "data/../../outside.json", "{}");
                }, "names data/../../outside.json, which is not a plain path under data/"),
                arguments("absolute manifest entry", (Alteration) bag -> appendEntry(bag, "/etc/hostname", "x"),
                        "names /etc/hostname, which is not a plain path under data/"),
                arguments("payload entry outside data/", (Alteration) bag -> appendEntry(bag, "notes.txt", "x"),
                        "names notes.txt, which is not a plain path under data/"),
                arguments("symbolic link to a file", (Alteration) bag ->
                        Files.createSymbolicLink(bag.resolve("data/123456789012/passwd.json"), Path.of("/etc/passwd")),
                        "data/123456789012/passwd.json is a symbolic link"),
                arguments("symbolic link loop", (Alteration) bag -> Files.createSymbolicLink(bag.resolve("data/loop"), bag.resolve("data")),
                        "data/loop is a symbolic link"),
                arguments("symbolic link at the root", (Alteration) bag -> {
                    Path info = bag.resolve("bag-info.txt");
                    Path real = bag.getParent().resolve("real-bag-info.txt");
                    Files.move(info, real);
                    Files.createSymbolicLink(info, real);
                }, "bag-info.txt is a symbolic link"),
                arguments("extra file at the root", (Alteration) bag -> Files.writeString(bag.resolve("notes.txt"), "x"),
                        "notes.txt is not in tagmanifest-sha256.txt"),
                arguments("extra file in a folder beside data/", (Alteration) bag -> {
                    Files.createDirectories(bag.resolve("extra"));
                    Files.writeString(bag.resolve("extra/x.json"), "{}");
                }, "extra/x.json is not in tagmanifest-sha256.txt"),
                arguments("extra file under data/", (Alteration) bag -> Files.writeString(bag.resolve("data/extra.json"), "{}"),
                        "data/extra.json is not in manifest-sha256.txt"),
                arguments("a named pipe under data/", (Alteration) bag -> {
                    int exit = new ProcessBuilder("mkfifo", bag.resolve("data/pipe.json").toString()).start().waitFor();
                    assertThat(exit).isZero();
                }, "data/pipe.json is not a regular file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alterations")
    void refusesAnAlteredBagBeforeCopyingAnything(String name, Alteration alteration, String named) throws Exception {
        Path bag = io.irready.it.Bundles.sealed(dir.resolve("bundle"), EvidenceFixtures.compliant());
        alteration.apply(bag);

        Path out = dir.resolve("out");
        AuditRun run = AuditRun.of(out, "audit", "--config", AuditRun.config(dir, CommandLineTest.FIXTURE_SETTINGS).toString(),
                "--evidence", bag.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.stderr()).contains(named).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.stderr().lines().filter(line -> line.startsWith("irready:"))).hasSize(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aTagFileListedInTheTagManifestIsAccepted() throws Exception {
        Path bag = io.irready.it.Bundles.sealed(dir.resolve("bundle"), EvidenceFixtures.compliant());
        Files.writeString(bag.resolve("README.txt"), "collected for the audit of 2026");
        Files.writeString(bag.resolve("tagmanifest-sha256.txt"), sha256("collected for the audit of 2026") + "  README.txt\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(BagIt.verify(bag)).isEmpty();
    }

    private static void rewrite(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Re-seals as an attacker with write access could: every hash matches again. */
    private static void reseal(Path bag) {
        BagIt.seal(bag, Map.of("Irready-Run-Id", "fixture-run"));
    }

    /** Adds a payload manifest entry with a matching hash and updates the tag manifest to match. */
    private static void appendEntry(Path bag, String entry, String content) throws Exception {
        Path manifest = bag.resolve("manifest-sha256.txt");
        Files.writeString(manifest, Files.readString(manifest) + sha256(content) + "  " + entry + "\n");
        StringBuilder tags = new StringBuilder();
        for (String tag : new String[] {"bagit.txt", "bag-info.txt", "manifest-sha256.txt"}) {
            tags.append(sha256(Files.readString(bag.resolve(tag)))).append("  ").append(tag).append('\n');
        }
        Files.writeString(bag.resolve("tagmanifest-sha256.txt"), tags.toString());
    }

    private static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
