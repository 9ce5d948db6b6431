package io.irready.report;

import io.irready.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * The organization's logo for the PDF, embedded as a data URI. Only PNG and JPEG, recognised by their
 * first bytes, are accepted: an SVG could reference outside files, and the report fetches nothing.
 */
public final class ReportLogo {

    static final long MAX_BYTES = 512 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private ReportLogo() {
    }

    /** What is wrong with the file as a logo, or null when it is a usable one. */
    public static String problem(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "an existing PNG or JPEG file (not a link), or empty for no logo";
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return "a PNG or JPEG file of at most 512 KB; this one has " + Files.size(file) / 1024 + " KB";
            }
            return type(file) == null ? "a PNG or JPEG file; this one starts with neither signature" : null;
        } catch (IOException e) {
            return "a readable PNG or JPEG file (" + e.getMessage() + ")";
        }
    }

    /** The file as a data URI, or null when no logo is configured. */
    public static String dataUri(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Path file = Path.of(configured);
        String problem = problem(file);
        if (problem != null) {
            throw new InputException("irready.report.logo = " + configured + ": expected " + problem);
        }
        try {
            return "data:" + type(file) + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException("irready.report.logo = " + configured + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String type(Path file) throws IOException {
        byte[] head = new byte[PNG.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read == PNG.length && Arrays.equals(head, PNG)) {
            return "image/png";
        }
        return read >= JPEG.length && Arrays.equals(Arrays.copyOf(head, JPEG.length), JPEG) ? "image/jpeg" : null;
    }
}
