package io.irready.export;

import io.irready.InputException;
import io.irready.files.Sha256;
import io.irready.files.Untrusted;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an auditor export: every file's SHA-256 against the manifest, the tag files against the tag
 * manifest, nothing missing or added, every entry a plain relative path, and the signature when there is
 * one and a public key to check it with. The export is outside input: nothing in it is written anywhere.
 */
public final class ExportVerification {

    private static final Set<String> TAG_FILES = Set.of(AuditorExport.BAGIT, AuditorExport.BAG_INFO, AuditorExport.MANIFEST);
    private static final int MAX_TAG_FILE = 64 * 1024 * 1024;

    private ExportVerification() {
    }

    /** {@code problems} empty means every hash matched; {@code signature} says what was found of the signature. */
    public record Result(List<String> problems, String signature, int files) {
    }

    /** @param key the signer's public key, or null when none was given */
    public static Result verify(Path zip, PublicKey key) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<String> problems = new ArrayList<>();
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (!Untrusted.isPlainPath(entry.getName())) {
                    problems.add("entry " + Untrusted.printable(entry.getName(), 200) + " is not a plain relative path");
                } else if (entries.put(entry.getName(), entry) != null) {
                    problems.add("entry " + entry.getName() + " appears twice");
                }
            }
            for (String required : List.of(AuditorExport.BAGIT, AuditorExport.BAG_INFO, AuditorExport.MANIFEST, AuditorExport.TAG_MANIFEST)) {
                if (!entries.containsKey(required)) {
                    problems.add(required + " is missing");
                }
            }
            if (!problems.isEmpty()) {
                return new Result(problems, "not checked", 0);
            }
            byte[] tagManifest = read(archive, entries.get(AuditorExport.TAG_MANIFEST));
            Map<String, String> tags = parse(new String(tagManifest, StandardCharsets.UTF_8), AuditorExport.TAG_MANIFEST, problems);
            check(archive, entries, tags, AuditorExport.TAG_MANIFEST, problems);
            if (!tags.keySet().equals(TAG_FILES)) {
                problems.add(AuditorExport.TAG_MANIFEST + " lists " + tags.keySet() + ", not exactly " + new java.util.TreeSet<>(TAG_FILES));
            }
            Map<String, String> payload = parse(new String(read(archive, entries.get(AuditorExport.MANIFEST)), StandardCharsets.UTF_8),
                    AuditorExport.MANIFEST, problems);
            payload.keySet().stream().filter(name -> !name.startsWith("data/"))
                    .forEach(name -> problems.add(AuditorExport.MANIFEST + " lists " + name + ", which is not under data/"));
            check(archive, entries, payload, AuditorExport.MANIFEST, problems);
            for (String name : entries.keySet()) {
                boolean tag = TAG_FILES.contains(name) || name.equals(AuditorExport.TAG_MANIFEST) || AuditorExport.SIGNATURES.contains(name);
                if (!tag && !payload.containsKey(name)) {
                    problems.add(name + " is in the export but in no manifest (added)");
                }
            }
            List<String> signatures = AuditorExport.SIGNATURES.stream().filter(entries::containsKey).toList();
            if (signatures.size() > 1) {
                problems.add("the export carries " + signatures.size() + " signature files " + signatures + "; irready export writes one");
                return new Result(problems, "not checked", payload.size());
            }
            String found = signatures.isEmpty() ? null : signatures.get(0);
            String text = found == null ? null : new String(read(archive, entries.get(found)), StandardCharsets.US_ASCII);
            return new Result(problems, signature(found, text, tagManifest, key, problems), payload.size());
        } catch (ZipException e) {
            throw new InputException(zip + " is not a zip file (" + e.getMessage() + "); give the file irready export wrote");
        } catch (IOException e) {
            throw new InputException("cannot read " + zip + ": " + e.getMessage());
        }
    }

    private static String signature(String file, String text, byte[] tagManifest, PublicKey key, List<String> problems) {
        if (file == null) {
            if (key != null) {
                problems.add("the export is not signed, but a public key was given to check its signature");
            }
            return "none";
        }
        if (key == null) {
            return "present (" + file + "), NOT CHECKED: give --public-key with the signer's public key";
        }
        if (file.equals(Ed25519Signer.FILE)) {
            if (Signatures.verify(key, tagManifest, text)) {
                return "valid (Ed25519, over " + AuditorExport.TAG_MANIFEST + ")";
            }
            problems.add(file + " does not verify with the given public key");
            return "INVALID";
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        String algorithm = fields.getOrDefault("Signing-Algorithm", "");
        String keyId = Untrusted.printable(fields.getOrDefault("Key-Id", "(not named)"), 200);
        if (KmsSigner.SUPPORTED.stream().noneMatch(a -> a.toString().equals(algorithm)) || !fields.containsKey("Signature")) {
            problems.add(file + " names no signing algorithm irready can check (" + Untrusted.printable(algorithm, 60) + ") or has no Signature line");
            return "INVALID";
        }
        if (Signatures.verifyKms(key, tagManifest, algorithm, fields.get("Signature"))) {
            return "valid (AWS KMS key " + keyId + ", " + algorithm + ", over " + AuditorExport.TAG_MANIFEST + ")";
        }
        problems.add(file + " (AWS KMS key " + keyId + ", " + algorithm + ") does not verify with the given public key");
        return "INVALID";
    }

    private static void check(ZipFile archive, Map<String, ZipEntry> entries, Map<String, String> listed, String manifest, List<String> problems)
            throws IOException {
        for (var file : listed.entrySet()) {
            ZipEntry entry = entries.get(file.getKey());
            if (entry == null) {
                problems.add(file.getKey() + " is listed in " + manifest + " but missing (removed)");
                continue;
            }
            try (InputStream in = archive.getInputStream(entry)) {
                if (!Sha256.of(in).equalsIgnoreCase(file.getValue())) {
                    problems.add(file.getKey() + " does not match its SHA-256 in " + manifest + " (changed)");
                }
            }
        }
    }

    private static Map<String, String> parse(String manifest, String name, List<String> problems) {
        Map<String, String> listed = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (String line : manifest.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" {2}", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}") || !Untrusted.isPlainPath(parts[1]) || !seen.add(parts[1])) {
                problems.add(name + " has a line that is not a SHA-256 and a plain path: " + Untrusted.printable(line, 200));
                continue;
            }
            listed.put(parts[1], parts[0]);
        }
        return listed;
    }

    private static byte[] read(ZipFile archive, ZipEntry entry) throws IOException {
        try (InputStream in = archive.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_TAG_FILE + 1);
            if (bytes.length > MAX_TAG_FILE) {
                throw new InputException(entry.getName() + " is larger than a tag file can be (" + MAX_TAG_FILE + " bytes)");
            }
            return bytes;
        }
    }
}
