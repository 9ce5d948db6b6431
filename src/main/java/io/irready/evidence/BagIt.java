package io.irready.evidence;

import io.irready.files.AtomicFiles;
import io.irready.files.Sha256;
import io.irready.files.Untrusted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * Every problem found; empty when the bag is complete and unchanged. The bag is a sealed boundary:
     * every file in it is a regular file (no symbolic links, at the root or below), listed in a manifest
     * (payload under data/, tag files outside it), and every manifest entry is a plain relative path.
     */
    public static List<String> verify(Path root) {
        List<String> problems = new ArrayList<>();
        List<String> files = scan(root, problems);
        for (String required : List.of(BAGIT, BAG_INFO, MANIFEST, TAG_MANIFEST)) {
            if (!files.contains(required)) {
                problems.add(required + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, String> tags = checkManifest(root, TAG_MANIFEST, false, problems);
        Map<String, String> payload = checkManifest(root, MANIFEST, true, problems);
        for (String file : files) {
            boolean listed = file.startsWith(PAYLOAD + "/") ? payload.containsKey(file)
                    : tags.containsKey(file) || List.of(BAGIT, BAG_INFO, MANIFEST, TAG_MANIFEST).contains(file);
            if (!listed) {
                problems.add(file + " is not in " + (file.startsWith(PAYLOAD + "/") ? MANIFEST : TAG_MANIFEST) + " (added after sealing)");
            }
        }
        return problems;
    }

    /** Every file of the bag, relative; a link, a special file or an unreadable folder is a problem. */
    private static List<String> scan(Path root, List<String> problems) {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = relative(root, file);
                    if (attributes.isSymbolicLink()) {
                        problems.add(name + " is a symbolic link; a bag holds only regular files");
                    } else if (!attributes.isRegularFile()) {
                        problems.add(name + " is not a regular file");
                    } else {
                        files.add(name);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(relative(root, file) + " cannot be read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add("the bag cannot be read: " + e.getMessage());
        }
        return files;
    }

    private static String relative(Path root, Path file) {
        return root.equals(file) ? "." : root.relativize(file).toString().replace('\\', '/');
    }

    /** The payload files and their SHA-256 as the manifest lists them, for a bag already verified; malformed lines are left out. */
    public static Map<String, String> readManifest(Path root) {
        return parseManifest(lines(root.resolve(MANIFEST)));
    }

    /** sha256sum lines as {@link #manifest} writes them, by file; malformed lines are left out. */
    public static Map<String, String> parseManifest(List<String> lines) {
        Map<String, String> files = new TreeMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            if (parts.length == 2 && parts[0].matches("[0-9a-fA-F]{64}") && Untrusted.isPlainPath(parts[1].trim())) {
                files.put(parts[1].trim(), parts[0].toLowerCase(Locale.ROOT));
            }
        }
        return files;
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

    private static Map<String, String> checkManifest(Path root, String manifest, boolean payload, List<String> problems) {
        Map<String, String> listed = new TreeMap<>();
        for (String line : lines(root.resolve(manifest))) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                problems.add(manifest + " has a malformed line: " + Untrusted.printable(line, 200));
                continue;
            }
            String file = parts[1].trim();
            if (!Untrusted.isPlainPath(file) || file.startsWith(PAYLOAD + "/") != payload) {
                problems.add(manifest + " names " + Untrusted.printable(file, 200) + ", which is not a plain path " + (payload ? "under" : "outside") + " data/");
                continue;
            }
            Path path = root.resolve(file);
            listed.put(file, parts[0]);
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(file + " is listed in " + manifest + " but missing");
            } else {
                try {
                    if (!Sha256.of(path).equalsIgnoreCase(parts[0])) {
                        problems.add(file + " does not match its SHA-256 in " + manifest + " (changed after sealing)");
                    }
                } catch (UncheckedIOException e) {
                    problems.add(file + " cannot be read: " + e.getCause().getMessage());
                }
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
        files.forEach(file -> hashes.put(file, Sha256.of(root.resolve(file))));
        return hashes;
    }

    /** Manifest lines as sha256sum writes them: hash, two spaces, name. */
    public static String manifest(Map<String, String> hashes) {
        StringBuilder text = new StringBuilder();
        hashes.forEach((file, hash) -> text.append(hash).append("  ").append(file).append('\n'));
        return text.toString();
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
