package io.irready.cli;

import io.irready.InputException;
import io.irready.batch.RunFolder;
import io.irready.export.AuditorExport;
import io.irready.export.Ed25519Signer;
import io.irready.export.KmsSigner;
import io.irready.export.Signatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

import java.net.URI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code irready export}: a completed run as a zipped BagIt bag for an auditor, optionally signed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Packs a completed run (reports, findings, evidence) as FILE.zip with manifest-sha256.txt and bag-info.txt "
                + "(BagIt), optionally signed with an Ed25519 key file (--key) or an AWS KMS key (--kms-key-id). "
                + "Check it with: irready verify FILE.zip"})
final class ExportCommand implements Callable<Integer> {

    private static final Pattern KMS_ARN = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/.+");

    @Option(names = "--run", required = true, paramLabel = "RUN-ID|DIR", description = "The run: its id (a folder in --runs) or its folder.")
    private String run;

    @Option(names = "--runs", paramLabel = "DIR", defaultValue = "irready-out", description = "Where run folders are (default: ${DEFAULT-VALUE}).")
    private Path runs;

    @Option(names = "--out", paramLabel = "FILE.zip", description = "The export to write. Default: irready-<run-id>.zip")
    private Path out;

    @Option(names = "--key", paramLabel = "PEM", description = "Ed25519 private key (PKCS#8 PEM, openssl genpkey -algorithm ed25519) to sign with.")
    private Path key;

    @Option(names = "--kms-key-id", paramLabel = "KEY",
            description = "Sign with this asymmetric AWS KMS key (key id, ARN or alias/NAME; ECC_NIST_P256 or RSA, key usage SIGN_VERIFY) "
                    + "instead of a key file. Needs kms:GetPublicKey and kms:Sign on the key.")
    private String kmsKeyId;

    @Option(names = "--region", paramLabel = "REGION", description = "The KMS key's Region. Default: from the key ARN, else AWS_REGION or the profile's.")
    private String region;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Send the KMS calls to this endpoint, e.g. an emulator.")
    private String endpoint;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var stderr = spec.commandLine().getErr();
        try {
            Path dir = runFolder();
            String runId = dir.getFileName().toString();
            Path zip = out != null ? out : Path.of("irready-" + runId + ".zip");
            if (key != null && kmsKeyId != null) {
                throw new InputException("--key and --kms-key-id cannot be combined: an export carries one signature");
            }
            if (kmsKeyId != null) {
                try (KmsClient kms = kmsClient()) {
                    AuditorExport.write(dir, runId, zip, new KmsSigner(kms, kmsKeyId));
                }
            } else {
                AuditorExport.write(dir, runId, zip, key == null ? null : new Ed25519Signer(Signatures.privateKey(key)));
            }
            boolean signed = key != null || kmsKeyId != null;
            spec.commandLine().getOut().println("Exported run " + runId + " to " + zip + (signed ? " (signed)" : "")
                    + "; check it with: irready verify " + zip + (signed ? " --public-key <the signer's public key PEM>" : ""));
            return ExitCodes.CLEAN;
        } catch (InputException e) {
            stderr.println("irready: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            spec.commandLine().getOut().flush();
            stderr.flush();
        }
    }

    /** A KMS client for the key's Region, with the default credentials. */
    private KmsClient kmsClient() {
        var builder = KmsClient.builder().httpClient(ApacheHttpClient.create());
        String keyRegion = region != null ? region : KMS_ARN.matcher(kmsKeyId).matches() ? kmsKeyId.split(":")[3] : null;
        if (keyRegion != null) {
            builder.region(Region.of(keyRegion));
        }
        if (endpoint != null) {
            URI uri = URI.create(endpoint);
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new InputException("--endpoint " + endpoint + " is not an http(s) URL such as http://localhost:4566");
            }
            builder.endpointOverride(uri);
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new InputException("cannot sign with KMS: " + e.getMessage() + " Give --region, or the key's ARN as --kms-key-id.", e);
        }
    }

    /** The run's folder, which must hold a completed run. */
    private Path runFolder() {
        Path dir = Path.of(run);
        if (!Files.isDirectory(dir)) {
            if (!RunFolder.isRunId(run)) {
                throw new InputException("--run " + run + " is neither a run folder nor a run id such as 20261127T021500Z-1a2b");
            }
            dir = runs.resolve(run);
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException("there is no run " + run + " in " + runs + "; give --runs the folder runs are written to, or the run's folder");
        }
        for (String stillRunning : List.of(".running", "INTERRUPTED")) {
            if (Files.exists(dir.resolve(stillRunning))) {
                throw new InputException("run " + dir.getFileName() + " did not complete (" + stillRunning + " is in its folder); "
                        + "resume it with irready audit --restart " + dir.getFileName() + ", then export it");
            }
        }
        for (String required : List.of("report.pdf", "report.xlsx", "findings.json", "evidence/tagmanifest-sha256.txt")) {
            if (!Files.isRegularFile(dir.resolve(required))) {
                throw new InputException(dir + " has no " + required + ": it is not the folder of a completed run");
            }
        }
        return dir.toAbsolutePath();
    }
}
