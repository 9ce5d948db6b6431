package io.irready.export;

import io.irready.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures over an export's tag manifest, with keys in the PEM files OpenSSL writes:
 * {@code openssl genpkey -algorithm ed25519 -out export-key.pem} and
 * {@code openssl pkey -in export-key.pem -pubout -out export-key.pub.pem}.
 */
public final class Signatures {

    private Signatures() {
    }

    public static PrivateKey privateKey(Path pem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new InputException(pem + " is not an Ed25519 private key (" + e.getMessage() + "); make one with: "
                    + "openssl genpkey -algorithm ed25519 -out " + pem.getFileName());
        }
    }

    public static PublicKey publicKey(Path pem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new InputException(pem + " is not an Ed25519 public key (" + e.getMessage() + "); derive it with: "
                    + "openssl pkey -in <private key> -pubout -out " + pem.getFileName());
        }
    }

    static String sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign the export: " + e.getMessage(), e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, String base64Signature) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(Base64.getDecoder().decode(base64Signature.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] der(Path pem, String type) {
        String text;
        try {
            text = Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new InputException("cannot read the key file " + pem + ": " + e.getMessage());
        }
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new InputException(pem + " holds no " + type + " in PEM form (" + begin + ")");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new InputException(pem + " is not valid PEM: " + e.getMessage());
        }
    }
}
