package io.irready.batch;

import io.irready.evidence.EvidenceBundle;
import io.irready.history.HistoryStore;
import io.irready.report.FindingRows;
import io.irready.results.FindingsFile;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.Instant;

/**
 * Step 5: record the run and every finding (with its change and the start of its gap) in the run history, so the
 * next run of the same scope can say what changed. Runs after the reports, so a run whose reports failed is not
 * taken as the baseline for the next.
 */
public final class HistoryTasklet implements Tasklet {

    private final HistoryStore history;
    private final RunProgress progress;
    private final RunInterruption interruption;

    public HistoryTasklet(HistoryStore history, RunProgress progress, RunInterruption interruption) {
        this.history = history;
        this.progress = progress;
        this.interruption = interruption;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        progress.phase("recording history");
        interruption.check();
        var jobExecution = contribution.getStepExecution().getJobExecution();
        var parameters = jobExecution.getJobParameters();
        var context = jobExecution.getExecutionContext();
        RunFolder run = RunFolder.of(parameters);
        var scope = new EvidenceBundle(run.evidence()).readScope();
        history.record(new HistoryStore.RunRecord(run.runId(), Instant.parse(parameters.getString(RunFolder.RUN_STARTED)),
                        HistoryStore.scopeKey(scope), context.getString(ReportTasklet.CONFIGURATION_HASH),
                        context.containsKey(ReportTasklet.SCORE) ? context.getDouble(ReportTasklet.SCORE) : null,
                        context.getInt(ReportTasklet.ACCOUNTS_AUDITED), run.dir().toAbsolutePath().toString()),
                FindingRows.of(run.file(FindingsFile.NAME)));
        return RepeatStatus.FINISHED;
    }
}
