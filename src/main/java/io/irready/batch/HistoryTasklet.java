package io.irready.batch;

import io.irready.checks.Area;
import io.irready.evidence.EvidenceBundle;
import io.irready.history.HistoryStore;
import io.irready.report.FindingRows;
import io.irready.results.FindingsFile;
import io.irready.settings.IrreadyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step 5: record the run and every finding (with its change and the start of its gap) in the run history, so the
 * next run of the same scope can say what changed. Runs after the reports, so a run whose reports failed is not
 * taken as the baseline for the next.
 */
public final class HistoryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(HistoryTasklet.class);

    private final HistoryStore history;
    private final IrreadyProperties.History settings;
    private final Clock clock;
    private final RunProgress progress;
    private final RunInterruption interruption;

    public HistoryTasklet(HistoryStore history, IrreadyProperties.History settings, Clock clock, RunProgress progress, RunInterruption interruption) {
        this.history = history;
        this.settings = settings;
        this.clock = clock;
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
                        context.getInt(ReportTasklet.ACCOUNTS_AUDITED), run.dir().toAbsolutePath().toString(), areaScores(context)),
                FindingRows.of(run.file(FindingsFile.NAME)));
        prune();
        return RepeatStatus.FINISHED;
    }

    private static Map<String, Double> areaScores(ExecutionContext context) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Area area : Area.values()) {
            String key = ReportTasklet.AREA_SCORE + area.name();
            if (context.containsKey(key)) {
                scores.put(area.name(), context.getDouble(key));
            }
        }
        return scores;
    }

    /**
     * Applies the retention. A forgotten run's folder is deleted only when it is an irready run folder named by its
     * run id and no kept run refers to it: the history database is not trusted to name what may be deleted.
     */
    private void prune() {
        if (settings.keepRuns() == 0 && settings.keepDays() == 0) {
            return;
        }
        for (HistoryStore.PastRun forgotten : history.prune(settings.keepRuns(), settings.keepDays(), clock.instant())) {
            Path dir = Path.of(forgotten.runDir());
            boolean runFolder = RunFolder.recorded(forgotten.runId(), forgotten.runDir()).isPresent();
            if (!runFolder || history.isReferenced(forgotten.runDir())) {
                log.info("Forgot run {} from the history; its folder {} is kept ({})", forgotten.runId(), dir,
                        runFolder ? "a kept run refers to it" : "not recognisably its run folder");
                continue;
            }
            try {
                FileSystemUtils.deleteRecursively(dir);
                log.info("Forgot run {} (retention) and deleted its folder {}", forgotten.runId(), dir);
            } catch (IOException e) {
                log.warn("Forgot run {} (retention) but could not delete its folder {}: {}", forgotten.runId(), dir, e.getMessage());
            }
        }
    }
}
