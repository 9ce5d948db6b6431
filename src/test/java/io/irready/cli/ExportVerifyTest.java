package io.irready.cli;

import io.irready.checks.EvidenceFixtures;
import io.irready.it.AuditRun;
import io.irready.it.Bundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export} packs a completed run; {@code verify} finds every changed, removed or added byte, and checks the signature. */
class ExportVerifyTest {

    @TempDir
    Path dir;

    private Path runDir;

    @BeforeEach
    void aCompletedRun() {
        Path bundle = Bundles.sealed(dir.resolve("bundle"), EvidenceFixtures.compliant());
        Path out = dir.resolve("runs");
        AuditRun run = AuditRun.of(out, "audit", "--config", AuditRun.config(dir, CommandLineTest.FIXTURE_SETTINGS).toString(),
                "--evidence", bundle.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        runDir = run.runDir();
    }

    @Test
    void aFreshExportVerifiesAndEveryKindOfTamperingIsNamed() throws Exception {
        Path zip = dir.resolve("export.zip");
        AuditRun export = AuditRun.of(dir, "export", "--run", runDir.getFileName().toString(), "--runs", runDir.getParent().toString(),
                "--out", zip.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertThat(archive.getEntry("data/report.pdf")).isNotNull();
            assertThat(archive.getEntry("data/evidence/manifest-sha256.txt")).isNotNull();
            assertThat(new String(archive.getInputStream(archive.getEntry("bag-info.txt")).readAllBytes()))
                    .contains("Irready-Run-Id: " + runDir.getFileName()).contains("Payload-Oxum: ");
        }

        AuditRun verified = AuditRun.of(dir, "verify", zip.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(verified.stdout()).contains("every hash matches").contains("Signature: none");

        assertMismatch(rewrite(zip, "changed.zip", (name, bytes) -> {
            if (name.equals("data/report.pdf")) {
                bytes[bytes.length / 2] ^= 1;
            }
            return bytes;
        }), "data/report.pdf does not match its SHA-256 in manifest-sha256.txt (changed)");
        assertMismatch(rewrite(zip, "removed.zip", (name, bytes) -> name.equals("data/findings.json") ? null : bytes),
                "data/findings.json is listed in manifest-sha256.txt but missing (removed)");
        Path added = rewrite(zip, "added.zip", (name, bytes) -> bytes);
        appendEntry(added, "data/extra.txt");
        assertMismatch(added, "data/extra.txt is in the export but in no manifest (added)");
        Path slip = rewrite(zip, "slip.zip", (name, bytes) -> bytes);
        appendEntry(slip, "../../outside.txt");
        assertMismatch(slip, "entry ../../outside.txt is not a plain relative path");
    }

    @Test
    void aSignedExportVerifiesOnlyWithItsSignersKey() throws Exception {
        KeyPair signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path key = pem(dir.resolve("key.pem"), "PRIVATE KEY", signer.getPrivate().getEncoded());
        Path zip = dir.resolve("signed.zip");
        assertThat(AuditRun.of(dir, "export", "--run", runDir.toString(), "--out", zip.toString(), "--key", key.toString()).exitCode()).isZero();

        AuditRun good = AuditRun.of(dir, "verify", zip.toString(), "--public-key", pem(dir.resolve("pub.pem"), "PUBLIC KEY", signer.getPublic().getEncoded()).toString());
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(good.stdout()).contains("Signature: valid (Ed25519");

        AuditRun wrongKey = AuditRun.of(dir, "verify", zip.toString(), "--public-key", pem(dir.resolve("other.pem"), "PUBLIC KEY", other.getPublic().getEncoded()).toString());
        assertThat(wrongKey.exitCode()).isEqualTo(1);
        assertThat(wrongKey.stdout()).contains("MISMATCH signature-ed25519.txt does not verify with the given public key");

        AuditRun unchecked = AuditRun.of(dir, "verify", zip.toString());
        assertThat(unchecked.exitCode()).isZero();
        assertThat(unchecked.stdout()).contains("Signature: present (signature-ed25519.txt), NOT CHECKED");
    }

    @Test
    void anInterruptedRunOrANonZipIsBadInput() throws Exception {
        Files.writeString(runDir.resolve("INTERRUPTED"), "Interrupted by SIGTERM");
        AuditRun export = AuditRun.of(dir, "export", "--run", runDir.toString(), "--out", dir.resolve("x.zip").toString());
        assertThat(export.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(export.stderr()).contains("did not complete (INTERRUPTED is in its folder)");
        assertThat(dir.resolve("x.zip")).doesNotExist();

        Path notZip = Files.writeString(dir.resolve("not.zip"), "hello");
        AuditRun verify = AuditRun.of(dir, "verify", notZip.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(verify.stderr()).contains("is not a zip file");
    }

    private void assertMismatch(Path zip, String expected) {
        AuditRun verify = AuditRun.of(dir, "verify", zip.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(1);
        assertThat(verify.stdout()).contains("MISMATCH " + expected);
    }

    /** A copy of the export with each entry's bytes passed through {@code change} (null drops the entry). */
    private Path rewrite(Path zip, String name, BiFunction<String, byte[], byte[]> change) throws Exception {
        Path copy = dir.resolve(name);
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(new FileOutputStream(copy.toFile()))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = change.apply(entry.getName(), in.getInputStream(entry).readAllBytes());
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    private void appendEntry(Path zip, String name) throws Exception {
        Path copy = rewrite(zip, zip.getFileName() + ".tmp", (n, b) -> b);
        try (ZipFile in = new ZipFile(copy.toFile()); ZipOutputStream out = new ZipOutputStream(new FileOutputStream(zip.toFile()))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write("not part of the run".getBytes());
            out.closeEntry();
        }
    }

    private static Path pem(Path file, String type, byte[] der) throws Exception {
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n");
    }
}
