package io.irready.batch;

import io.irready.checks.Severity;
import io.irready.settings.IrreadyProperties;
import io.irready.evidence.BagIt;
import io.irready.report.ReportModel;
import io.irready.report.ReportModelBuilder;
import io.irready.results.ExitGate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    /** What was not audited of the requested Regions: "12 account-Regions skipped: 8 not enabled, 4 denied by SCP", or empty. */
    public static final String REGIONS_SKIPPED = "irready.regions-skipped";
    /** How many accounts' Regions could not be listed (their configured Regions were audited as they are). */
    public static final String REGIONS_UNLISTED = "irready.regions-unlisted";
    public static final String CONFIGURATION_HASH = "irready.configuration-hash";
    /** Followed by an area's name: its score. */
    public static final String AREA_SCORE = "irready.area-score.";

    private final RunReports reports;
    private final IrreadyProperties properties;
    private final BoundCheckSettings settings;
    private final RunProgress progress;
    private final RunInterruption interruption;

    public ReportTasklet(RunReports reports, IrreadyProperties properties, BoundCheckSettings settings, RunProgress progress,
                         RunInterruption interruption) {
        this.reports = reports;
        this.properties = properties;
        this.settings = settings;
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
        String source = parameters.getString(RunFolder.EVIDENCE_SOURCE);
        String evidenceSource = source == null
                ? "collected live by this run"
                : "bundle of run " + BagIt.readInfo(run.evidence()).getOrDefault(SealEvidenceListener.RUN_ID, "(not recorded)")
                + ", verified and copied from " + source;
        RunReports.keepParameters(run, parameters());
        ReportModel model = reports.model(run, new RunReports.Context(Instant.parse(parameters.getString(RunFolder.RUN_STARTED)), null,
                evidenceSource, comparison(jobExecution.getExecutionContext()), null, null));
        reports.write(model, run.dir(), interruption);

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
        context.putString(REGIONS_SKIPPED, model.regions().summary());
        context.putInt(REGIONS_UNLISTED, model.regions().unlisted().size());
        context.putLong(GATE_BREACHES, ExitGate.breaches(gapsBySeverity(model), properties.exit().failAtSeverity()));
        context.putString(CONFIGURATION_HASH, model.run().configurationHash());
        model.areas().stream().filter(area -> area.score() != null).forEach(area -> context.putDouble(AREA_SCORE + area.area().name(), area.score()));
        return RepeatStatus.FINISHED;
    }

    /** The settings the results depend on, as the report lists them. */
    private List<ReportModel.Parameter> parameters() {
        List<ReportModel.Parameter> parameters = new ArrayList<>();
        settings.reported().forEach(setting -> parameters.add(new ReportModel.Parameter(setting.label(), setting.value())));
        parameters.add(new ReportModel.Parameter("Exit code 1 from severity", properties.exit().failAtSeverity().label()));
        return parameters;
    }

    private static Map<Severity, Long> gapsBySeverity(ReportModel model) {
        Map<Severity, Long> gaps = new EnumMap<>(Severity.class);
        model.accounts().forEach(account -> account.gapsBySeverity().forEach(row -> gaps.merge(row.severity(), row.fail() + row.unknown(), Long::sum)));
        return gaps;
    }

    /** The previous run the evaluate step compared this one with, if any. */
    private static ReportModelBuilder.Comparison comparison(ExecutionContext context) {
        if (!context.containsKey(EvaluateTasklet.PREVIOUS_RUN_ID)) {
            return null;
        }
        return new ReportModelBuilder.Comparison(context.getString(EvaluateTasklet.PREVIOUS_RUN_ID),
                Instant.parse(context.getString(EvaluateTasklet.PREVIOUS_RUN_STARTED)), context.getLong(EvaluateTasklet.GONE_GAPS));
    }
}
