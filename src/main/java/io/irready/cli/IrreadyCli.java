package io.irready.cli;

import io.irready.IrreadyVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** The command line: {@code irready audit}, {@code worker}, {@code report}, {@code checks}, {@code policy}, {@code export} and {@code verify}. */
@Command(name = "irready",
        mixinStandardHelpOptions = true,
        versionProvider = IrreadyCli.Version.class,
        description = "Audits AWS accounts for security incident-response readiness and writes gap reports.",
        subcommands = {AuditCommand.class, WorkerCommand.class, ReportCommand.class, ChecksCommand.class, PolicyCommand.class, ExportCommand.class, VerifyCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ran, nothing failed at or above the configured severity",
                "1:ran, with FAIL or UNKNOWN findings at or above it",
                "2:bad input or configuration",
                "3:the run itself failed",
                "130, 143:stopped by SIGINT or SIGTERM; audit --restart resumes it"})
public final class IrreadyCli implements Runnable {

    @Spec
    private CommandSpec spec;

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with the given output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new IrreadyCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.BAD_INPUT : ExitCodes.RUN_FAILED);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: audit, checks, policy, export or verify");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"irready " + IrreadyVersion.get()};
        }
    }
}
