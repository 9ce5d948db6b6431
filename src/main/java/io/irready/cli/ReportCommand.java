package io.irready.cli;

import io.irready.InputException;
import io.irready.batch.RunFolder;
import io.irready.batch.RunInterruption;
import io.irready.batch.RunReports;
import io.irready.checks.Finding;
import io.irready.evidence.BagIt;
import io.irready.files.AtomicFiles;
import io.irready.files.Untrusted;
import io.irready.history.ChangeTracker;
import io.irready.history.HistoryStore;
import io.irready.report.ChangeTally;
import io.irready.report.ReportModel;
import io.irready.report.ReportModelBuilder;
import io.irready.results.FindingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code irready report --as-of INSTANT}: the readiness as it was recorded by the last run before an instant, for
 * post-incident review ("what was our readiness the night before?"), re-rendered from the run history and that
 * run's own folder (findings and verified evidence), optionally with what has changed since and an incident reference.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders the reports of the last recorded run that started at or before --as-of, from the run history and that "
                + "run's stored findings and evidence. No AWS call is made."})
final class ReportCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ReportCommand.class);
    private static final Pattern INCIDENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    @Option(names = "--as-of", required = true, paramLabel = "INSTANT",
            description = "An instant (2026-11-20T00:00Z, or with an offset, or a date meaning its start in UTC): the report shows the last "
                    + "run that started at or before it.")
    private String asOf;

    @Option(names = "--compare-to", paramLabel = "latest", description = "Add what has changed since: compare with the latest run of the "
            + "same accounts and Regions.")
    private String compareTo;

    @Option(names = "--incident", paramLabel = "ID", description = "An incident reference shown on the cover, e.g. INC-123.")
    private String incident;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the reports. Default: irready-as-of-<instant>.")
    private Path out;

    @Mixin
    private ApplicationOptions application;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Instant instant = instant(asOf);
            if (compareTo != null && !compareTo.equals("latest")) {
                throw new InputException("--compare-to " + Untrusted.printable(compareTo, 40) + ": the only comparison is --compare-to latest");
            }
            if (incident != null && !INCIDENT.matcher(incident).matches()) {
                throw new InputException("--incident " + Untrusted.printable(incident, 80) + ": give a reference of letters, digits and . _ : / # -, "
                        + "at most 64 characters, e.g. INC-123");
            }
            application.check();
            try (RepositoryLock lock = application.lock(stderr); ConfigurableApplicationContext context = application.start(lock, List.of(), false)) {
                HistoryStore history = context.getBean(HistoryStore.class);
                HistoryStore.PastRun run = history.asOf(instant).orElseThrow(() -> new InputException(history.first()
                        .map(first -> "no run in the history started at or before " + instant + "; the first recorded run, " + first.runId()
                                + ", started at " + first.startedAt() + ". Give a later --as-of.")
                        .orElse("the run history is empty: no run has completed with this job repository (spring.datasource.url). "
                                + "Run irready audit first, or point --config at the production configuration.")));
                RunFolder folder = folder(run);
                RunReports reports = context.getBean(RunReports.class);
                ReportModel model = reports.model(folder, new RunReports.Context(run.startedAt(), run.recordedAt(),
                        "run " + run.runId() + " as recorded in the run history (" + folder.dir() + ")", ownChanges(history, run, folder),
                        incident, instant));
                if (compareTo != null) {
                    model = model.withChanges(changesSince(history, run));
                }
                Path target = out != null ? out : Path.of("irready-as-of-" + FOLDER_TIME.format(instant));
                try {
                    AtomicFiles.createPrivateDirectories(target);
                } catch (IOException e) {
                    throw new InputException("cannot create the report folder " + target + ": " + e.getMessage() + "; choose a writable --out", e);
                }
                reports.write(model, target, context.getBean(RunInterruption.class));
                stdout.printf("Readiness as of %s: run %s (started %s)%n", instant, run.runId(), run.startedAt());
                stdout.printf("  Readiness score  %s%n", model.score() == null ? "n/a" : String.format("%.1f / 100", model.score()));
                if (incident != null) {
                    stdout.printf("  Incident         %s%n", incident);
                }
                stdout.printf("  Reports          %s%n", target.resolve("report.pdf"));
                return ExitCodes.CLEAN;
            }
        } catch (RuntimeException e) {
            return StartupErrors.exitCode(e, application.configName(), stderr, log, "the report");
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    static Instant instant(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text.replaceFirst("(T\\d\\d:\\d\\d)(Z|[+-])", "$1:00$2")).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputException("--as-of " + Untrusted.printable(text, 40) + " is not an instant; give e.g. 2026-11-20T00:00Z, "
                    + "2026-11-20T01:00+01:00 or 2026-11-20");
        }
    }

    /** The recorded run's folder, which must still be recognisably its own and hold an intact evidence bundle. */
    private static RunFolder folder(HistoryStore.PastRun run) {
        RunFolder folder = RunFolder.recorded(run.runId(), run.runDir()).orElseThrow(() -> new InputException("run " + run.runId()
                + " is in the history, but its folder " + Untrusted.printable(run.runDir(), 200) + " no longer holds findings.json and "
                + "evidence/ (moved or pruned); restore the folder there, or choose another --as-of"));
        List<String> problems = BagIt.verify(folder.evidence());
        if (!problems.isEmpty()) {
            throw new InputException("the evidence of run " + run.runId() + " in " + folder.dir() + " failed verification, so no report is made "
                    + "from it: " + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
        return folder;
    }

    /** How the recorded run compared with the run before it, as its findings already say; the gone gaps are counted again. */
    private static ReportModelBuilder.Comparison ownChanges(HistoryStore history, HistoryStore.PastRun run, RunFolder folder) {
        HistoryStore.PastRun previous = history.previous(run.scopeKey(), run.startedAt()).orElse(null);
        if (previous == null) {
            return null;
        }
        ChangeTracker tracker = new ChangeTracker(previous, history.findings(previous.runId()), run.startedAt());
        byAccount(folder, tracker::compareAccount);
        return new ReportModelBuilder.Comparison(previous.runId(), previous.startedAt(), tracker.goneGaps());
    }

    /** A run's findings one account at a time, as the evaluate step wrote them (each account's findings together). */
    private static void byAccount(RunFolder folder, Consumer<List<Finding>> account) {
        List<Finding> current = new ArrayList<>();
        FindingsFile.forEach(folder.file(FindingsFile.NAME), f -> {
            if (!current.isEmpty() && !current.get(0).accountId().equals(f.accountId())) {
                account.accept(List.copyOf(current));
                current.clear();
            }
            current.add(f);
        });
        if (!current.isEmpty()) {
            account.accept(List.copyOf(current));
        }
    }

    /** What the latest run of the same scope found, compared with the recorded run. */
    private static ReportModel.Changes changesSince(HistoryStore history, HistoryStore.PastRun run) {
        HistoryStore.PastRun latest = history.latest(run.scopeKey()).orElseThrow();
        ChangeTally tally = new ChangeTally();
        if (latest.runId().equals(run.runId())) {
            return tally.changes(latest.runId(), latest.startedAt(), 0, true);
        }
        ChangeTracker tracker = new ChangeTracker(run, history.findings(run.runId()), latest.startedAt());
        byAccount(folder(latest), account -> tracker.compareAccount(account).forEach(tally::add));
        return tally.changes(latest.runId(), latest.startedAt(), tracker.goneGaps(), true);
    }
}
