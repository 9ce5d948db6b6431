package io.irready.cli;

import io.irready.InputException;
import io.irready.attestations.AttestationsFile;
import io.irready.aws.CallMetrics;
import io.irready.batch.DeliverTasklet;
import io.irready.batch.ReportTasklet;
import io.irready.batch.RunFolder;
import io.irready.batch.RunInterruption;
import io.irready.batch.RunProgress;
import io.irready.evidence.EvidenceImport;
import io.irready.files.AtomicFiles;
import io.irready.settings.IrreadyProperties;
import io.irready.report.pdf.PdfReportWriter;
import io.irready.waivers.Waivers;
import io.irready.results.FindingsFile;
import org.slf4j.Logger;
import software.amazon.awssdk.core.exception.SdkClientException;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/** {@code irready audit}: collect (or take a bundle), evaluate, report; exit 0, 1, 2 or 3. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits the accounts in scope (the caller's, the organization's or a list) in the configured Regions, or evaluates an existing evidence bundle.",
                "Writes <out>/<run-id>/ with report.pdf, report.xlsx, findings.json and evidence/."})
final class AuditCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(AuditCommand.class);
    /** Left in a run folder by a run stopped by a signal, with the reason and how to resume. */
    static final String INTERRUPTED = "INTERRUPTED";
    /** The job parameter of a run whose accounts were collected by workers. */
    private static final String MANAGER = "remote.manager";
    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Mixin
    private ApplicationOptions application;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send every AWS call to this endpoint, e.g. an emulator. Default: AWS_ENDPOINT_URL, else AWS itself.")
    private String endpoint;

    @Option(names = "--evidence", paramLabel = "DIR",
            description = "Evaluate and report from this evidence bundle (the evidence/ folder of a run); makes no AWS call.")
    private Path evidence;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for run output. Default: irready.output.directory (irready-out).")
    private Path out;

    @Option(names = "--manager", description = {"Collect through worker processes (irready worker): each account's collection is sent to "
            + "the queue of irready.remote and run by a worker; this process waits for them, then evaluates and reports. Needs "
            + "irready.remote.transport: sqs, and a job repository and run folder the workers share (PostgreSQL; a shared file system)."})
    private boolean manager;

    @Option(names = "--restart", paramLabel = "RUN-ID", arity = "0..1", fallbackValue = "",
            description = {"Restart the last failed or killed run (or the run RUN-ID) where it stopped: accounts already collected "
                    + "are not collected again. Use the same configuration as the first attempt."})
    private String restart;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            checkArguments();
            try (RepositoryLock lock = application.lock(stderr); ConfigurableApplicationContext context = startContext(lock)) {
                IrreadyProperties properties = context.getBean(IrreadyProperties.class);
                if (!application.validConfiguration(context, stderr, "nothing was audited")) {
                    return ExitCodes.BAD_INPUT;
                }
                if (manager) {
                    RemoteMode.check(context, properties, "audit --manager");
                }
                // Loads and parses the report templates, waivers and attestations, so a broken one stops the run before any AWS call.
                context.getBean(PdfReportWriter.class);
                context.getBean(Waivers.class);
                if (evidence == null && restart == null) {
                    AttestationsFile.read(Path.of(properties.attestations().file()), Clock.systemUTC());
                }
                if (evidence != null) {
                    EvidenceImport.check(evidence);
                } else if (AuditRole.isAdministrator(properties.scope())) {
                    stderr.println(AuditRole.ADMINISTRATOR_WARNING);
                }
                return launch(context, properties, stdout, stderr);
            }
        } catch (RuntimeException e) {
            return StartupErrors.exitCode(e, application.configName(), stderr, log, "the run");
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private void checkArguments() {
        application.check();
        if (restart != null && evidence != null) {
            throw new InputException("--restart and --evidence cannot be combined: a restart continues the earlier run with its own evidence.");
        }
        if (evidence != null && !Files.isDirectory(evidence)) {
            throw new InputException("--evidence " + evidence + ": no such folder. Give the evidence/ folder of an earlier run, "
                    + "or examples/demo-evidence.");
        }
    }

    private ConfigurableApplicationContext startContext(RepositoryLock lock) {
        List<String> overrides = new ArrayList<>();
        if (endpoint != null) {
            overrides.add("--irready.aws.endpoint=" + endpoint);
        }
        if (out != null) {
            overrides.add("--irready.output.directory=" + out);
        }
        if (manager) {
            overrides.add("--irready.remote.manager=true");
        }
        return application.start(lock, overrides, manager);
    }

    private int launch(ConfigurableApplicationContext context, IrreadyProperties properties, PrintWriter stdout, PrintWriter stderr) {
        JobOperator operator = context.getBean(JobOperator.class);
        RunInterruption interruption = context.getBean(RunInterruption.class);
        JobExecution execution;
        RunFolder run;
        try (StopSignals signals = new StopSignals(interruption); ProgressDisplay progress = new ProgressDisplay(context.getBean(RunProgress.class), context.getBean(CallMetrics.class), stderr,
                System.console() != null).start()) {
            if (restart != null) {
                JobExecution previous = Restarts.find(context.getBean(JobRepository.class), restart);
                run = RunFolder.of(previous.getJobParameters());
                if (!manager && Boolean.parseBoolean(previous.getJobParameters().getString(MANAGER))) {
                    throw new InputException("run " + run.runId() + " was collected by workers; restart it as it ran: irready audit --restart "
                            + run.runId() + " --manager");
                }
                try (RunMarker marker = RunMarker.claim(run.dir())) {
                    if (previous.getStatus().isRunning()) {
                        // Nothing holds the run's marker, so the process that ran it is gone: record it as failed to restart it.
                        previous = operator.recover(previous);
                    }
                    stderr.println("irready: restarting run " + run.runId() + " (" + previous.getStatus() + " at " + previous.getEndTime() + ")");
                    Files.deleteIfExists(run.file(INTERRUPTED));
                    execution = operator.restart(previous);
                }
            } else {
                run = newRunFolder(properties);
                try (RunMarker marker = RunMarker.claim(run.dir())) {
                    execution = operator.start(context.getBean(Job.class), parameters(run).toJobParameters());
                }
            }
            if (execution.getStatus() == BatchStatus.STOPPED && signals.received()) {
                return interrupted(interruption.reason(), context.getBean(RunProgress.class).phase(), run, stderr, signals.exitCode());
            }
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the audit job: " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            int code = failed(execution, run.dir(), stderr);
            if (code == ExitCodes.BAD_INPUT && restart == null) {
                discard(operator, execution, run);
            }
            return code;
        }
        return summarize(execution, run, properties, context.getBean(CallMetrics.class),
                manager ? RemoteMode.partitionSummary(context.getBean(JobRepository.class), execution) : null, stdout);
    }

    /** Records why the run stopped where it did, and how to resume it; nothing half-written is left. */
    private static int interrupted(String reason, String phase, RunFolder run, PrintWriter stderr, int exitCode) {
        String resume = "irready audit --restart " + run.runId();
        AtomicFiles.writeString(run.file(INTERRUPTED), "Interrupted by " + reason + " at " + Instant.now() + " while " + phase + ".\n"
                + "The run is STOPPED in the job repository. Resume it with: " + resume + "\n");
        stderr.println("irready: interrupted by " + reason + " while " + phase + "; run " + run.runId() + " stopped, resume it with " + resume);
        return exitCode;
    }

    private static RunFolder newRunFolder(IrreadyProperties properties) {
        Instant started = Instant.now();
        String runId = RUN_ID_TIME.format(started) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        Path runDir = Path.of(properties.output().directory()).resolve(runId).toAbsolutePath();
        try {
            AtomicFiles.createPrivateDirectories(runDir);
        } catch (IOException e) {
            throw new InputException("cannot create the run folder " + runDir + " (" + e.getMessage()
                    + "); choose a writable folder with --out or irready.output.directory", e);
        }
        return new RunFolder(runId, runDir);
    }

    /**
     * A new run refused for bad input leaves nothing behind: its folder is removed, and its execution is
     * abandoned so that {@code --restart} does not offer it.
     */
    private static void discard(JobOperator operator, JobExecution execution, RunFolder run) {
        try {
            operator.abandon(execution);
        } catch (Exception e) {
            log.warn("Could not mark the refused run {} abandoned: {}", run.runId(), e.getMessage());
        }
        AtomicFiles.deleteTree(run.dir());
    }

    private JobParametersBuilder parameters(RunFolder run) {
        var parameters = new JobParametersBuilder()
                .addString(RunFolder.RUN_ID, run.runId())
                .addString(RunFolder.RUN_DIR, run.dir().toString(), false)
                .addString(RunFolder.RUN_STARTED, Instant.now().toString(), false);
        if (evidence != null) {
            parameters.addString(RunFolder.EVIDENCE_SOURCE, evidence.toAbsolutePath().normalize().toString(), false);
        }
        if (manager) {
            parameters.addString(MANAGER, "true", false);
        }
        return parameters;
    }

    private static int failed(JobExecution execution, Path runDir, PrintWriter stderr) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            InputException input = StartupErrors.asInput(failure, null);
            if (input != null) {
                stderr.println("irready: " + input.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        // An endpoint that cannot be reached is said in one line below; a stack trace helps only with the unexpected.
        execution.getAllFailureExceptions().stream().filter(failure -> !unreachable(failure)).forEach(failure -> log.error("The run failed", failure));
        String cause = execution.getAllFailureExceptions().stream().findFirst().map(StartupErrors::message).orElse(execution.getExitStatus().toString());
        stderr.println("irready: the run failed: " + cause);
        stderr.println("irready: what was written so far is in " + runDir);
        return ExitCodes.RUN_FAILED;
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SdkClientException) {
                return true;
            }
        }
        return false;
    }

    /** @param partitions what the workers did, for a manager; else null */
    private static int summarize(JobExecution execution, RunFolder run, IrreadyProperties properties, CallMetrics calls, String partitions,
                                 PrintWriter stdout) {
        var context = execution.getExecutionContext();
        String score = context.containsKey(ReportTasklet.SCORE)
                ? String.format(Locale.ROOT, "%.1f / 100", context.getDouble(ReportTasklet.SCORE))
                : "n/a (nothing could be assessed)";
        long breaches = context.getLong(ReportTasklet.GATE_BREACHES);
        stdout.println("irready audit complete: run " + run.runId());
        stdout.println("  Readiness score  " + score);
        stdout.printf("  Accounts         %d audited, %d skipped, %d unreachable%n", context.getInt(ReportTasklet.ACCOUNTS_AUDITED),
                context.getInt(ReportTasklet.ACCOUNTS_SKIPPED), context.getInt(ReportTasklet.ACCOUNTS_UNREACHABLE));
        String regionsSkipped = context.getString(ReportTasklet.REGIONS_SKIPPED, "");
        int unlisted = context.getInt(ReportTasklet.REGIONS_UNLISTED, 0);
        if (!regionsSkipped.isEmpty() || unlisted > 0) {
            stdout.println("  Regions          " + (regionsSkipped.isEmpty() ? "every requested Region audited" : regionsSkipped)
                    + (unlisted == 0 ? "" : "; " + unlisted + " account(s) whose Regions could not be listed, audited in the configured Regions"));
        }
        if (partitions != null) {
            stdout.println(partitions);
        }
        stdout.printf(Locale.ROOT, "  AWS API calls    %d (%d throttled)%s%n", calls.attempts(), calls.throttles(),
                partitions == null ? "" : " by this process; each worker prints its own");
        stdout.printf("  Findings         %d FAIL, %d UNKNOWN, %d PASS, %d NOT_APPLICABLE%s%n", context.getLong(ReportTasklet.FAILED),
                context.getLong(ReportTasklet.UNKNOWN), context.getLong(ReportTasklet.PASSED), context.getLong(ReportTasklet.NOT_APPLICABLE),
                context.getLong(ReportTasklet.WAIVED, 0) > 0 ? ", " + context.getLong(ReportTasklet.WAIVED) + " WAIVED (config/waivers.yml)" : "");
        stdout.println("  PDF report       " + shown(run.file("report.pdf")));
        stdout.println("  Workbook         " + shown(run.file("report.xlsx")));
        stdout.println("  Findings         " + shown(run.file(FindingsFile.NAME)) + " (also findings.csv, and findings.ocsf.jsonl for a SIEM)");
        stdout.println("  Evidence         " + shown(run.evidence()) + " (verify: manifest-sha256.txt)");
        if (context.containsKey(DeliverTasklet.DELIVERED)) {
            stdout.println("  Delivered to     " + context.getString(DeliverTasklet.DELIVERED) + " (latest.json points there)");
        }
        String severity = properties.exit().failAtSeverity().label();
        if (breaches > 0) {
            stdout.println("Exit 1: " + breaches + " FAIL or UNKNOWN finding(s) at or above severity " + severity + ".");
            return ExitCodes.GAPS;
        }
        stdout.println("Exit 0: no FAIL or UNKNOWN finding at or above severity " + severity + ".");
        return ExitCodes.CLEAN;
    }

    /** Paths under the working directory are shown relative to it, which is shorter to read and to paste. */
    private static String shown(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }
}
