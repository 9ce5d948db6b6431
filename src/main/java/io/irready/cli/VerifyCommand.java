package io.irready.cli;

import io.irready.InputException;
import io.irready.export.ExportVerification;
import io.irready.export.Signatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code irready verify FILE.zip}: every hash of an export, and its signature; exit 1 on any mismatch. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks an export of irready export: every file against manifest-sha256.txt, the tag files against "
                + "tagmanifest-sha256.txt, nothing missing or added, and the signature (Ed25519 or AWS KMS) with --public-key. Exit 0 when all match, "
                + "1 on any mismatch, 2 when the file cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.zip", description = "The export.")
    private Path zip;

    @Option(names = "--public-key", paramLabel = "PEM", description = "The signer's public key as PEM, obtained from them directly: Ed25519 (openssl pkey -pubout) or the KMS key's (aws kms get-public-key).")
    private Path publicKey;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var stderr = spec.commandLine().getErr();
        try {
            if (!Files.isRegularFile(zip)) {
                throw new InputException(zip + ": no such file; give the zip file irready export wrote");
            }
            var result = ExportVerification.verify(zip, publicKey == null ? null : Signatures.publicKey(publicKey));
            result.problems().forEach(problem -> stdout.println("MISMATCH " + problem));
            stdout.println("Files: " + result.files() + " listed; " + (result.problems().isEmpty() ? "every hash matches" : result.problems().size()
                    + " problem(s)"));
            stdout.println("Signature: " + result.signature());
            return result.problems().isEmpty() ? ExitCodes.CLEAN : ExitCodes.GAPS;
        } catch (InputException e) {
            stderr.println("irready: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }
}
