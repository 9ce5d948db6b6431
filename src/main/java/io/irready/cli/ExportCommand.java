package io.irready.cli;

import io.irready.InputException;
import io.irready.export.AuditorExport;
import io.irready.export.Signatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code irready export}: a completed run as a zipped BagIt bag for an auditor, optionally signed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Packs a completed run (reports, findings, evidence) as FILE.zip with manifest-sha256.txt and bag-info.txt "
                + "(BagIt), optionally signed with an Ed25519 key. Check it with: irready verify FILE.zip"})
final class ExportCommand implements Callable<Integer> {

    private static final Pattern RUN_ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{4}");

    @Option(names = "--run", required = true, paramLabel = "RUN-ID|DIR", description = "The run: its id (a folder in --runs) or its folder.")
    private String run;

    @Option(names = "--runs", paramLabel = "DIR", defaultValue = "irready-out", description = "Where run folders are (default: ${DEFAULT-VALUE}).")
    private Path runs;

    @Option(names = "--out", paramLabel = "FILE.zip", description = "The export to write. Default: irready-<run-id>.zip")
    private Path out;

    @Option(names = "--key", paramLabel = "PEM", description = "Ed25519 private key (PKCS#8 PEM, openssl genpkey -algorithm ed25519) to sign with.")
    private Path key;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var stderr = spec.commandLine().getErr();
        try {
            Path dir = runFolder();
            String runId = dir.getFileName().toString();
            Path zip = out != null ? out : Path.of("irready-" + runId + ".zip");
            AuditorExport.write(dir, runId, zip, key == null ? null : Signatures.privateKey(key));
            spec.commandLine().getOut().println("Exported run " + runId + " to " + zip + (key == null ? "" : " (signed)")
                    + "; check it with: irready verify " + zip);
            return ExitCodes.CLEAN;
        } catch (InputException e) {
            stderr.println("irready: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            spec.commandLine().getOut().flush();
            stderr.flush();
        }
    }

    /** The run's folder, which must hold a completed run. */
    private Path runFolder() {
        Path dir = Path.of(run);
        if (!Files.isDirectory(dir)) {
            if (!RUN_ID.matcher(run).matches()) {
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
