package io.irready.export;

import io.irready.InputException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.GetPublicKeyResponse;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;

import java.util.Base64;
import java.util.List;

/**
 * Signs with an asymmetric AWS KMS key (kms:Sign over the tag manifest), so the private key never
 * leaves KMS. The signature file names the key and algorithm; an auditor checks it offline with the key's
 * public half ({@code aws kms get-public-key}) and {@code irready verify --public-key}.
 */
public final class KmsSigner implements ExportSigner {

    static final String FILE = "signature-kms.txt";
    /** The algorithms verify can check, in the order a key's own list is searched. */
    static final List<SigningAlgorithmSpec> SUPPORTED = List.of(SigningAlgorithmSpec.ECDSA_SHA_256, SigningAlgorithmSpec.ECDSA_SHA_384,
            SigningAlgorithmSpec.ECDSA_SHA_512, SigningAlgorithmSpec.RSASSA_PSS_SHA_256, SigningAlgorithmSpec.RSASSA_PKCS1_V1_5_SHA_256);

    /** KMS signs a message of at most this many bytes as is (MessageType RAW). */
    static final int MAX_RAW_MESSAGE = 4096;

    private final KmsClient kms;
    private final String keyId;

    public KmsSigner(KmsClient kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String sign(byte[] tagManifest) {
        try {
            GetPublicKeyResponse key = kms.getPublicKey(r -> r.keyId(keyId));
            if (key.keyUsage() != KeyUsageType.SIGN_VERIFY) {
                throw new InputException("KMS key " + keyId + " is not a signing key (key usage " + key.keyUsageAsString()
                        + "); create one with: aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY");
            }
            SigningAlgorithmSpec algorithm = SUPPORTED.stream().filter(key.signingAlgorithms()::contains).findFirst()
                    .orElseThrow(() -> new InputException("KMS key " + keyId + " signs with " + key.signingAlgorithmsAsStrings()
                            + ", none of which irready verify can check; use an ECC_NIST_P256 or RSA key"));
            if (tagManifest.length > MAX_RAW_MESSAGE) {
                throw new IllegalStateException("the tag manifest has " + tagManifest.length + " bytes, more than KMS signs as a raw message");
            }
            // RAW, not DIGEST: the tag manifest is a few hundred bytes, and emulators (moto) implement RAW only.
            byte[] signature = kms.sign(r -> r.keyId(keyId).messageType(MessageType.RAW).message(SdkBytes.fromByteArray(tagManifest))
                    .signingAlgorithm(algorithm)).signature().asByteArray();
            return "Key-Id: " + key.keyId() + "\n"
                    + "Signing-Algorithm: " + algorithm + "\n"
                    + "Signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
        } catch (KmsException e) {
            throw new InputException("KMS could not sign with key " + keyId + ": " + e.awsErrorDetails().errorCode() + " ("
                    + e.awsErrorDetails().errorMessage() + "). The export was not written. Give the caller kms:GetPublicKey and kms:Sign on "
                    + "the key (deploy/iam/irready-export-signing-policy.json), or sign with --key instead.", e);
        } catch (SdkException e) {
            throw new InputException("KMS could not be reached to sign with key " + keyId + ": " + e.getMessage()
                    + ". The export was not written; check the network, the Region (--region) and the credentials.", e);
        }
    }
}
