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
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Signatures over an export's tag manifest. Ed25519 keys are the PEM files OpenSSL writes:
 * {@code openssl genpkey -algorithm ed25519 -out export-key.pem} and
 * {@code openssl pkey -in export-key.pem -pubout -out export-key.pub.pem}. A KMS signature (ECDSA or RSA) is
 * checked with the key's public half as a PEM SubjectPublicKeyInfo.
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

    /** An Ed25519, EC or RSA public key: the kinds an export can be signed with. */
    public static PublicKey publicKey(Path pem) {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der(pem, "PUBLIC KEY"));
        for (String algorithm : List.of("Ed25519", "EC", "RSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(spec);
            } catch (GeneralSecurityException e) {
                // not this kind; try the next
            }
        }
        throw new InputException(pem + " is not an Ed25519, EC or RSA public key; derive an Ed25519 one with: "
                + "openssl pkey -in <private key> -pubout -out " + pem.getFileName() + ", or a KMS key's with: aws kms get-public-key "
                + "--key-id <key> --query PublicKey --output text | base64 -d | openssl pkey -pubin -inform DER -out " + pem.getFileName());
    }

    /** Checks a KMS signature offline; false for an algorithm this class does not know or a key of the wrong kind. */
    static boolean verifyKms(PublicKey key, byte[] data, String kmsAlgorithm, String base64Signature) {
        try {
            Signature signature = switch (kmsAlgorithm) {
                case "ECDSA_SHA_256" -> Signature.getInstance("SHA256withECDSA");
                case "ECDSA_SHA_384" -> Signature.getInstance("SHA384withECDSA");
                case "ECDSA_SHA_512" -> Signature.getInstance("SHA512withECDSA");
                case "RSASSA_PKCS1_V1_5_SHA_256" -> Signature.getInstance("SHA256withRSA");
                case "RSASSA_PSS_SHA_256" -> {
                    Signature pss = Signature.getInstance("RSASSA-PSS");
                    pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                    yield pss;
                }
                default -> null;
            };
            if (signature == null) {
                return false;
            }
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(Base64.getDecoder().decode(base64Signature.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
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
