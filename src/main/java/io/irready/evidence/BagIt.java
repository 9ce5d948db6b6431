package io.irready.evidence;

import io.irready.files.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Seals and verifies an evidence folder as a BagIt bag (RFC 8493): {@code manifest-sha256.txt}
 * holds the SHA-256 of every payload file under {@code data/}, {@code bag-info.txt} the run's
 * facts, {@code tagmanifest-sha256.txt} the hashes of those. Any BagIt tool can verify it too.
 */
public final class BagIt {

    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    public static final String BAG_INFO = "bag-info.txt";
    private static final String BAGIT = "bagit.txt";
    private static final String PAYLOAD = "data";

    private BagIt() {
    }

    public static boolean isSealed(Path root) {
        return Files.isRegularFile(root.resolve(TAG_MANIFEST));
    }

    /** Writes the tag files; {@code info} becomes bag-info.txt, with the payload size and date added. */
    public static void seal(Path root, Map<String, String> info) {
        List<String> files = payloadFiles(root);
        Map<String, String> payload = hashes(root, files);
        long octets = files.stream().mapToLong(path -> size(root.resolve(path))).sum();
        Map<String, String> bagInfo = new LinkedHashMap<>(info);
        bagInfo.put("Bagging-Date", LocalDate.now(ZoneOffset.UTC).toString());
        bagInfo.put("Payload-Oxum", octets + "." + payload.size());

        AtomicFiles.writeString(root.resolve(BAGIT), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        StringBuilder infoText = new StringBuilder();
        bagInfo.forEach((key, value) -> infoText.append(key).append(": ").append(value.replaceAll("[\\r\\n]+", " ")).append('\n'));
        AtomicFiles.writeString(root.resolve(BAG_INFO), infoText.toString());
        AtomicFiles.writeString(root.resolve(MANIFEST), manifest(payload));
        AtomicFiles.writeString(root.resolve(TAG_MANIFEST), manifest(hashes(root, List.of(BAGIT, BAG_INFO, MANIFEST))));
    }

    /** Every problem found; empty when the bag is complete and unchanged. */
    public static List<String> verify(Path root) {
        List<String> problems = new ArrayList<>();
        for (String required : List.of(BAGIT, BAG_INFO, MANIFEST, TAG_MANIFEST)) {
            if (!Files.isRegularFile(root.resolve(required))) {
                problems.add(required + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        checkManifest(root, TAG_MANIFEST, problems);
        Map<String, String> listed = checkManifest(root, MANIFEST, problems);
        for (String file : payloadFiles(root)) {
            if (!listed.containsKey(file)) {
                problems.add(file + " is not in " + MANIFEST + " (added after sealing)");
            }
        }
        return problems;
    }

    public static Map<String, String> readInfo(Path root) {
        Map<String, String> info = new LinkedHashMap<>();
        for (String line : lines(root.resolve(BAG_INFO))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                info.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return info;
    }

    private static Map<String, String> checkManifest(Path root, String manifest, List<String> problems) {
        Map<String, String> listed = new TreeMap<>();
        for (String line : lines(root.resolve(manifest))) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length != 2) {
                problems.add(manifest + " has a malformed line: " + line);
                continue;
            }
            String file = parts[1].trim();
            Path path = root.resolve(file).normalize();
            if (!path.startsWith(root.normalize()) || file.contains("..")) {
                problems.add(manifest + " names a path outside the bag: " + file);
                continue;
            }
            listed.put(file, parts[0]);
            if (!Files.isRegularFile(path)) {
                problems.add(file + " is listed in " + manifest + " but missing");
            } else if (!sha256(path).equalsIgnoreCase(parts[0])) {
                problems.add(file + " does not match its SHA-256 in " + manifest + " (changed after sealing)");
            }
        }
        return listed;
    }

    private static List<String> payloadFiles(Path root) {
        Path data = root.resolve(PAYLOAD);
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> hashes(Path root, List<String> files) {
        Map<String, String> hashes = new TreeMap<>();
        files.forEach(file -> hashes.put(file, sha256(root.resolve(file))));
        return hashes;
    }

    private static String manifest(Map<String, String> hashes) {
        StringBuilder text = new StringBuilder();
        hashes.forEach((file, hash) -> text.append(hash).append("  ").append(file).append('\n'));
        return text.toString();
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
