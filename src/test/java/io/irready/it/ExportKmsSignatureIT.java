package io.irready.it;

import io.irready.checks.EvidenceFixtures;
import io.irready.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export --kms-key-id} signs with an AWS KMS key (moto's KMS); {@code verify} checks the signature offline with its public key. */
class ExportKmsSignatureIT {

    private static final String SETTINGS = """
            irready:
              checks:
                responder-roles:
                  trusted-principals: ["111122223333"]
            """;

    @TempDir
    Path dir;

    private Path runDir;
    private KmsClient kms;

    @BeforeEach
    void aCompletedRunAndAKmsClient() {
        Moto.reset();
        kms = KmsClient.builder().endpointOverride(URI.create(Moto.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build();
        Path bundle = Bundles.sealed(dir.resolve("bundle"), EvidenceFixtures.compliant());
        Path out = dir.resolve("runs");
        AuditRun run = AuditRun.of(out, "audit", "--config", AuditRun.config(dir, SETTINGS).toString(), "--evidence", bundle.toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
        runDir = run.runDir();
    }

    @Test
    void anExportSignedWithAKmsKeyVerifiesOnlyWithThatKeysPublicHalf() throws Exception {
        String keyArn = signingKey();
        Path zip = dir.resolve("signed.zip");
        AuditRun export = AuditRun.of(dir, "export", "--run", runDir.toString(), "--out", zip.toString(), "--kms-key-id", keyArn,
                "--endpoint", Moto.endpoint());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.stdout()).contains("(signed)");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertThat(new String(archive.getInputStream(archive.getEntry("signature-kms.txt")).readAllBytes()))
                    .contains("Key-Id: " + keyArn.substring(keyArn.lastIndexOf('/') + 1)).contains("Signing-Algorithm: ECDSA_SHA_256");
        }

        AuditRun good = AuditRun.of(dir, "verify", zip.toString(), "--public-key", publicKeyPem(keyArn, "kms.pub.pem").toString());
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(good.stdout()).contains("Signature: valid (AWS KMS key").contains("ECDSA_SHA_256");

        AuditRun otherKey = AuditRun.of(dir, "verify", zip.toString(), "--public-key", publicKeyPem(signingKey(), "other.pub.pem").toString());
        assertThat(otherKey.exitCode()).isEqualTo(1);
        assertThat(otherKey.stdout()).contains("MISMATCH signature-kms.txt (AWS KMS key").contains("does not verify with the given public key");
    }

    @Test
    void aKeyThatCannotSignIsBadInputAndNoExportIsWritten() {
        String encryptionKey = kms.createKey(r -> r.keySpec(KeySpec.SYMMETRIC_DEFAULT).keyUsage(KeyUsageType.ENCRYPT_DECRYPT)).keyMetadata().arn();
        Path zip = dir.resolve("x.zip");
        AuditRun export = AuditRun.of(dir, "export", "--run", runDir.toString(), "--out", zip.toString(), "--kms-key-id", encryptionKey,
                "--endpoint", Moto.endpoint());
        assertThat(export.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(export.stderr()).contains("KMS");
        assertThat(zip).doesNotExist();

        AuditRun missing = AuditRun.of(dir, "export", "--run", runDir.toString(), "--out", zip.toString(), "--kms-key-id",
                "arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000", "--endpoint", Moto.endpoint());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.stderr()).contains("KMS could not sign with key").contains("NotFoundException").contains("kms:Sign");
        assertThat(zip).doesNotExist();
    }

    private String signingKey() {
        return kms.createKey(r -> r.keySpec(KeySpec.ECC_NIST_P256).keyUsage(KeyUsageType.SIGN_VERIFY)).keyMetadata().arn();
    }

    /** What an auditor gets from the signer: aws kms get-public-key, as PEM. */
    private Path publicKeyPem(String keyArn, String name) throws Exception {
        byte[] der = kms.getPublicKey(r -> r.keyId(keyArn)).publicKey().asByteArray();
        return Files.writeString(dir.resolve(name), "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n");
    }
}
