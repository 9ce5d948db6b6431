package io.irready.batch;

import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.history.ChangeTracker;
import io.irready.history.HistoryStore;
import io.irready.waivers.Waivers;
import io.irready.collect.CollectorRegistry;
import io.irready.evidence.BagIt;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceType;
import io.irready.evidence.OrganizationFacts;
import io.irready.evidence.Scope;
import io.irready.evidence.SkippedAccount;
import io.irready.evidence.Target;
import io.irready.results.Evaluator;
import io.irready.results.FindingsFile;
import io.irready.results.ScopeFindings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Step 3: run every check on each account's evidence, one account in memory at a time, and stream the
 * findings into findings.json: first one SKIPPED finding per account not audited, then each account's
 * findings in reading order.
 */
public final class EvaluateTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(EvaluateTasklet.class);
    /** The run this one is compared with, and how many of its gaps this run no longer found at all. */
    public static final String PREVIOUS_RUN_ID = "irready.previous-run-id";
    public static final String PREVIOUS_RUN_STARTED = "irready.previous-run-started";
    public static final String GONE_GAPS = "irready.gone-gaps";

    private final Evaluator evaluator;
    private final BoundCheckSettings settings;
    private final Clock clock;
    private final RunProgress progress;
    private final RunInterruption interruption;
    private final HistoryStore history;
    private final Waivers waivers;

    public EvaluateTasklet(Evaluator evaluator, BoundCheckSettings settings, Clock clock, RunProgress progress, RunInterruption interruption,
                           HistoryStore history, Waivers waivers) {
        this.evaluator = evaluator;
        this.history = history;
        this.waivers = waivers;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
        this.interruption = interruption;
    }

    /**
     * The instant the evidence describes: when its collection completed (bag-info), else when it started. Ages
     * (last delivery, last use, attestations) are measured from there, so a bundle re-evaluated a month later
     * still shows the readiness of the night it was collected.
     */
    private Instant evaluatedAt(RunFolder run, Scope scope) {
        String completed = BagIt.readInfo(run.evidence()).get(SealEvidenceListener.COLLECTION_COMPLETED);
        try {
            return completed != null ? Instant.parse(completed) : scope.collectionStarted() != null ? scope.collectionStarted() : clock.instant();
        } catch (DateTimeParseException e) {
            return scope.collectionStarted() != null ? scope.collectionStarted() : clock.instant();
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        progress.phase("evaluating");
        interruption.check();
        RunFolder run = RunFolder.of(contribution.getStepExecution().getJobParameters());
        EvidenceBundle bundle = new EvidenceBundle(run.evidence());
        Scope scope = bundle.readScope();
        OrganizationFacts organization = bundle.readOrganizationFacts(scope,
                CollectorRegistry.types().stream().filter(EvidenceType::isShared).toList());
        var attestations = bundle.readAttestations();
        Instant evaluatedAt = evaluatedAt(run, scope);
        CheckContext context = settings.context(evaluatedAt, io.irready.evidence.Partition.ofArn(scope.caller().arn()));
        // Waivers expire by the day the evidence describes, like every other age in a run.
        LocalDate day = LocalDate.ofInstant(evaluatedAt, ZoneOffset.UTC);
        AtomicLong count = new AtomicLong();
        Instant started = Instant.parse(contribution.getStepExecution().getJobParameters().getString(RunFolder.RUN_STARTED));
        HistoryStore.PastRun previous = history.previous(HistoryStore.scopeKey(scope), started).orElse(null);
        // The previous run's findings load while the first account is evaluated.
        ChangeTracker changes = new ChangeTracker(previous, previous == null ? CompletableFuture.completedFuture(Map.of())
                : CompletableFuture.supplyAsync(() -> history.findings(previous.runId())), started);
        FindingsFile.write(run.file(FindingsFile.NAME), sink -> {
            for (SkippedAccount skipped : scope.skipped()) {
                sink.accept(ScopeFindings.skipped(skipped));
                count.incrementAndGet();
            }
            for (Target target : scope.targets()) {
                interruption.check();
                List<Finding> findings = new ArrayList<>(evaluator.evaluate(bundle.account(target, organization, attestations), context));
                findings.sort(Finding.READING_ORDER);
                findings.replaceAll(f -> waivers.apply(f, day));
                changes.compareAccount(findings).forEach(sink);
                count.addAndGet(findings.size());
            }
        });
        var jobContext = contribution.getStepExecution().getJobExecution().getExecutionContext();
        if (previous != null) {
            jobContext.putString(PREVIOUS_RUN_ID, previous.runId());
            jobContext.putString(PREVIOUS_RUN_STARTED, previous.startedAt().toString());
            jobContext.putLong(GONE_GAPS, changes.goneGaps());
        }
        log.info("Evaluated {} findings{}", count.get(), previous == null ? "; no earlier run of this scope to compare with"
                : ", compared with run " + previous.runId());
        return RepeatStatus.FINISHED;
    }
}
