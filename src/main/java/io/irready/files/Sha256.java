package io.irready.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, as BagIt manifests and sha256sum write it. */
public final class Sha256 {

    private Sha256() {
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One digest per thread for small inputs hashed by the hundred thousand (finding keys): looking one up costs more than hashing. */
    private static final ThreadLocal<MessageDigest> REUSED = ThreadLocal.withInitial(Sha256::digest);
    private static final HexFormat HEX = HexFormat.of();

    public static String of(byte[] bytes) {
        MessageDigest digest = REUSED.get();
        digest.reset();
        return HEX.formatHex(digest.digest(bytes));
    }

    public static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
