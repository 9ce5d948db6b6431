package io.irready.batch;

import io.irready.IrreadyVersion;
import io.irready.checks.CheckCatalog;
import io.irready.checks.Finding;
import io.irready.config.IrreadyProperties;
import io.irready.evidence.BagIt;
import io.irready.evidence.EvidenceBundle;
import io.irready.report.ReportModel;
import io.irready.report.ReportModelBuilder;
import io.irready.report.ReportParameters;
import io.irready.report.ReportWriter;
import io.irready.results.ExitGate;
import io.irready.results.FindingsFile;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Step 4: build the report model from findings.json and the bundle, hand it to every writer, and
 * leave the run's outcome (score, counts, exit gate) in the job's context for the command line.
 */
public final class ReportTasklet implements Tasklet {

    public static final String SCORE = "irready.score";
    public static final String PASSED = "irready.passed";
    public static final String FAILED = "irready.failed";
    public static final String UNKNOWN = "irready.unknown";
    public static final String NOT_APPLICABLE = "irready.not-applicable";
    public static final String GATE_BREACHES = "irready.gate-breaches";

    private final ObjectProvider<ReportWriter> writers;
    private final IrreadyProperties properties;
    private final Clock clock;

    public ReportTasklet(ObjectProvider<ReportWriter> writers, IrreadyProperties properties, Clock clock) {
        this.writers = writers;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var jobExecution = contribution.getStepExecution().getJobExecution();
        var parameters = jobExecution.getJobParameters();
        RunFolder run = RunFolder.of(parameters);
        List<Finding> findings = FindingsFile.read(run.file(FindingsFile.NAME));
        Map<String, String> bagInfo = BagIt.readInfo(run.evidence());
        String source = parameters.getString(RunFolder.EVIDENCE_SOURCE);
        var facts = new ReportModelBuilder.RunFacts(run.runId(), IrreadyVersion.get(),
                Instant.parse(parameters.getString(RunFolder.RUN_STARTED)), clock.instant(),
                collectionTime(bagInfo, SealEvidenceListener.COLLECTION_STARTED),
                collectionTime(bagInfo, SealEvidenceListener.COLLECTION_COMPLETED),
                source == null
                        ? "collected live by this run"
                        : "bundle of run " + bagInfo.getOrDefault(SealEvidenceListener.RUN_ID, "(not recorded)") + ", verified and copied from " + source);
        ReportModel model = ReportModelBuilder.build(facts, new EvidenceBundle(run.evidence()).readScope(),
                ReportParameters.of(properties), CheckCatalog.metadata(), findings, properties.report().pdfResourcesPerCheck());
        writers.orderedStream().forEach(writer -> writer.write(model, run.file(writer.fileName())));

        var context = jobExecution.getExecutionContext();
        if (model.score() != null) {
            context.putDouble(SCORE, model.score());
        }
        context.putLong(PASSED, model.counts().pass());
        context.putLong(FAILED, model.counts().fail());
        context.putLong(UNKNOWN, model.counts().unknown());
        context.putLong(NOT_APPLICABLE, model.counts().notApplicable());
        context.putLong(GATE_BREACHES, ExitGate.breaches(findings, properties.exit().failAtSeverity()));
        return RepeatStatus.FINISHED;
    }

    /** A time recorded in bag-info.txt; a bag sealed by another tool may lack it. */
    private static String collectionTime(Map<String, String> bagInfo, String key) {
        String value = bagInfo.get(key);
        return value == null ? "not recorded" : ReportModelBuilder.utc(Instant.parse(value));
    }
}
