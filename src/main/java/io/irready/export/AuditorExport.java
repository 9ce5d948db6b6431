package io.irready.export;

import io.irready.IrreadyVersion;
import io.irready.evidence.BagIt;
import io.irready.files.AtomicFiles;
import io.irready.files.RunFiles;
import io.irready.files.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A run packed for an auditor as a zipped BagIt bag: the run folder (reports, findings, evidence) under
 * {@code data/}, {@code manifest-sha256.txt} with every payload file's SHA-256, {@code bag-info.txt},
 * {@code tagmanifest-sha256.txt} over the tag files and, with a signer, a signature of the tag manifest
 * ({@code signature-ed25519.txt} or {@code signature-kms.txt}), which covers the manifest, which covers every file.
 */
public final class AuditorExport {

    static final String MANIFEST = "manifest-sha256.txt";
    static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    static final String BAG_INFO = "bag-info.txt";
    static final String BAGIT = "bagit.txt";
    /** The signature files an export may carry, one at most. */
    static final List<String> SIGNATURES = List.of(Ed25519Signer.FILE, KmsSigner.FILE);

    private AuditorExport() {
    }

    /** @param signer signs the tag manifest, or null for an unsigned export */
    public static void write(Path runDir, String runId, Path zip, ExportSigner signer) {
        List<Path> files = RunFiles.of(runDir);
        Map<String, String> payload = new TreeMap<>();
        long octets = 0;
        for (Path file : files) {
            payload.put("data/" + RunFiles.name(runDir, file), Sha256.of(file));
            octets += size(file);
        }
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", "irready");
        info.put("External-Description", "Incident-response readiness run " + runId + ": reports, findings and evidence");
        info.put("Irready-Run-Id", runId);
        info.put("Irready-Version", IrreadyVersion.get());
        info.put("Bagging-Date", Instant.now().toString());
        info.put("Payload-Oxum", octets + "." + payload.size());
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put(BAGIT, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
        StringBuilder infoText = new StringBuilder();
        info.forEach((name, value) -> infoText.append(name).append(": ").append(value).append('\n'));
        tags.put(BAG_INFO, infoText.toString().getBytes(StandardCharsets.UTF_8));
        tags.put(MANIFEST, BagIt.manifest(payload).getBytes(StandardCharsets.UTF_8));
        Map<String, String> tagHashes = new TreeMap<>();
        tags.forEach((name, bytes) -> tagHashes.put(name, Sha256.of(bytes)));
        byte[] tagManifest = BagIt.manifest(tagHashes).getBytes(StandardCharsets.UTF_8);
        tags.put(TAG_MANIFEST, tagManifest);
        if (signer != null) {
            tags.put(signer.fileName(), signer.sign(tagManifest).getBytes(StandardCharsets.UTF_8));
        }
        AtomicFiles.write(zip, out -> {
            try (ZipOutputStream archive = new ZipOutputStream(out)) {
                for (Path file : files) {
                    archive.putNextEntry(new ZipEntry("data/" + RunFiles.name(runDir, file)));
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(archive);
                    }
                    archive.closeEntry();
                }
                for (var tag : tags.entrySet()) {
                    archive.putNextEntry(new ZipEntry(tag.getKey()));
                    archive.write(tag.getValue());
                    archive.closeEntry();
                }
            }
        });
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
