package io.irready.batch;

import io.irready.IrreadyVersion;
import io.irready.checks.CheckCatalog;
import io.irready.checks.Severity;
import io.irready.settings.IrreadyProperties;
import io.irready.evidence.BagIt;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import io.irready.files.Untrusted;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.report.FindingRows;
import io.irready.report.ReportModel;
import io.irready.report.ReportLogo;
import io.irready.report.ReportModelBuilder;
import io.irready.report.ReportWriter;
import io.irready.results.ExitGate;
import io.irready.results.FindingsFile;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Step 4: build the report model from findings.json and the bundle, hand it to every writer, and
 * leave the run's outcome (score, counts, accounts, exit gate) in the job's context for the command line.
 */
public final class ReportTasklet implements Tasklet {

    public static final String SCORE = "irready.score";
    public static final String PASSED = "irready.passed";
    public static final String FAILED = "irready.failed";
    public static final String UNKNOWN = "irready.unknown";
    public static final String NOT_APPLICABLE = "irready.not-applicable";
    public static final String WAIVED = "irready.waived";
    public static final String ACCOUNTS_AUDITED = "irready.accounts-audited";
    public static final String ACCOUNTS_UNREACHABLE = "irready.accounts-unreachable";
    public static final String ACCOUNTS_SKIPPED = "irready.accounts-skipped";
    public static final String GATE_BREACHES = "irready.gate-breaches";
    public static final String CONFIGURATION_HASH = "irready.configuration-hash";

    private final ObjectProvider<ReportWriter> writers;
    private final IrreadyProperties properties;
    private final BoundCheckSettings settings;
    private final Clock clock;
    private final RunProgress progress;
    private final RunInterruption interruption;

    public ReportTasklet(ObjectProvider<ReportWriter> writers, IrreadyProperties properties, BoundCheckSettings settings, Clock clock,
                         RunProgress progress, RunInterruption interruption) {
        this.writers = writers;
        this.properties = properties;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
        this.interruption = interruption;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        progress.phase("writing reports");
        interruption.check();
        var jobExecution = contribution.getStepExecution().getJobExecution();
        var parameters = jobExecution.getJobParameters();
        RunFolder run = RunFolder.of(parameters);
        EvidenceBundle bundle = new EvidenceBundle(run.evidence());
        Scope scope = bundle.readScope();
        Map<String, String> bagInfo = BagIt.readInfo(run.evidence());
        String source = parameters.getString(RunFolder.EVIDENCE_SOURCE);
        Evidence<OrganizationEvidence> organization = bundle.readOrganization();
        var facts = new ReportModelBuilder.RunFacts(run.runId(), IrreadyVersion.get(),
                Instant.parse(parameters.getString(RunFolder.RUN_STARTED)), clock.instant(),
                collectionTime(bagInfo, SealEvidenceListener.COLLECTION_STARTED),
                collectionTime(bagInfo, SealEvidenceListener.COLLECTION_COMPLETED),
                source == null
                        ? "collected live by this run"
                        : "bundle of run " + bagInfo.getOrDefault(SealEvidenceListener.RUN_ID, "(not recorded)") + ", verified and copied from " + source,
                organization == null ? null : organization.data().map(OrganizationEvidence::organizationId).orElse("(not readable)"),
                blankToNull(properties.report().organizationName()), ReportLogo.dataUri(properties.report().logo()),
                comparison(jobExecution.getExecutionContext()));
        List<ReportModel.EvidenceFile> evidenceFiles = new ArrayList<>();
        BagIt.readManifest(run.evidence()).forEach((file, hash) -> evidenceFiles.add(new ReportModel.EvidenceFile("evidence/" + file, hash)));
        ReportModel model = ReportModelBuilder.build(facts, scope, unreachable(bundle, scope), parameters(),
                CheckCatalog.metadata(), FindingRows.of(run.file(FindingsFile.NAME)), properties.report().pdfResourcesPerCheck(), evidenceFiles);
        writeConcurrently(model, run);

        var context = jobExecution.getExecutionContext();
        if (model.score() != null) {
            context.putDouble(SCORE, model.score());
        }
        context.putLong(PASSED, model.counts().pass());
        context.putLong(FAILED, model.counts().fail());
        context.putLong(UNKNOWN, model.counts().unknown());
        context.putLong(NOT_APPLICABLE, model.counts().notApplicable());
        context.putLong(WAIVED, model.counts().waived());
        context.putInt(ACCOUNTS_AUDITED, model.run().accountsAudited());
        context.putInt(ACCOUNTS_UNREACHABLE, model.run().accountsUnreachable());
        context.putInt(ACCOUNTS_SKIPPED, model.run().accountsSkipped());
        context.putLong(GATE_BREACHES, ExitGate.breaches(gapsBySeverity(model), properties.exit().failAtSeverity()));
        context.putString(CONFIGURATION_HASH, model.run().configurationHash());
        return RepeatStatus.FINISHED;
    }

    /**
     * Every writer at once, one thread each up to the processor count: the PDF's layout and the workbook's
     * compression are CPU-bound, and each writes its own file through a temporary name. The first failure is rethrown.
     */
    private void writeConcurrently(ReportModel model, RunFolder run) {
        List<ReportWriter> all = writers.orderedStream().toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(all.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<?>> written = new ArrayList<>();
            for (ReportWriter writer : all) {
                written.add(pool.submit(() -> {
                    interruption.check();
                    writer.write(model, run.file(writer.fileName()));
                }));
            }
            for (Future<?> future : written) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the reports", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The settings the results depend on, as the report lists them. */
    private List<ReportModel.Parameter> parameters() {
        List<ReportModel.Parameter> parameters = new ArrayList<>();
        settings.reported().forEach(setting -> parameters.add(new ReportModel.Parameter(setting.label(), setting.value())));
        parameters.add(new ReportModel.Parameter("Exit code 1 from severity", properties.exit().failAtSeverity().label()));
        return parameters;
    }

    /** Accounts whose audit role could not be assumed, with the reason. */
    private static Map<String, String> unreachable(EvidenceBundle bundle, Scope scope) {
        Map<String, String> unreachable = new LinkedHashMap<>();
        for (Target target : scope.targets()) {
            var access = bundle.readAccess(target.accountId());
            if (access.data().isEmpty()) {
                unreachable.put(target.accountId(), access.gap());
            }
        }
        return unreachable;
    }

    private static Map<Severity, Long> gapsBySeverity(ReportModel model) {
        Map<Severity, Long> gaps = new EnumMap<>(Severity.class);
        model.accounts().forEach(account -> account.gapsBySeverity().forEach(row -> gaps.merge(row.severity(), row.fail() + row.unknown(), Long::sum)));
        return gaps;
    }

    /** A time recorded in bag-info.txt; a bag sealed by another tool may lack it or write it in another form. */
    private static String collectionTime(Map<String, String> bagInfo, String key) {
        String value = bagInfo.get(key);
        if (value == null) {
            return "not recorded";
        }
        try {
            return ReportModelBuilder.utc(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return "not readable (" + Untrusted.printable(value, 40) + ")";
        }
    }

    /** The previous run the evaluate step compared this one with, if any. */
    private static ReportModelBuilder.Comparison comparison(ExecutionContext context) {
        if (!context.containsKey(EvaluateTasklet.PREVIOUS_RUN_ID)) {
            return null;
        }
        return new ReportModelBuilder.Comparison(context.getString(EvaluateTasklet.PREVIOUS_RUN_ID),
                Instant.parse(context.getString(EvaluateTasklet.PREVIOUS_RUN_STARTED)), context.getLong(EvaluateTasklet.GONE_GAPS));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
