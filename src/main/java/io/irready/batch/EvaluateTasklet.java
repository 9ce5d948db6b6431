package io.irready.batch;

import io.irready.checks.CheckContext;
import io.irready.checks.CheckSettings;
import io.irready.checks.Finding;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Target;
import io.irready.results.Evaluator;
import io.irready.results.FindingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Step 3: run every check on each account's evidence, one account in memory at a time; write findings.json. */
public final class EvaluateTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(EvaluateTasklet.class);

    private final Evaluator evaluator;
    private final CheckSettings settings;
    private final Clock clock;

    public EvaluateTasklet(Evaluator evaluator, CheckSettings settings, Clock clock) {
        this.evaluator = evaluator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunFolder run = RunFolder.of(contribution.getStepExecution().getJobParameters());
        EvidenceBundle bundle = new EvidenceBundle(run.evidence());
        CheckContext context = new CheckContext(settings, clock.instant());
        List<Finding> findings = new ArrayList<>();
        for (Target target : bundle.readScope().targets()) {
            findings.addAll(evaluator.evaluate(bundle.read(target), context));
        }
        FindingsFile.write(run.file(FindingsFile.NAME), findings);
        log.info("Evaluated {} findings", findings.size());
        return RepeatStatus.FINISHED;
    }
}
