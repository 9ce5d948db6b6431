package io.irready.batch;

import io.irready.IrreadyVersion;
import io.irready.evidence.BagIt;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seals the bundle once collection completed, recording who collected what and when. */
public final class SealEvidenceListener implements StepExecutionListener {

    static final String COLLECTION_STARTED = "Irready-Collection-Started";
    static final String COLLECTION_COMPLETED = "Irready-Collection-Completed";
    static final String RUN_ID = "Irready-Run-Id";

    private final Clock clock;

    public SealEvidenceListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        RunFolder run = RunFolder.of(stepExecution.getJobParameters());
        if (stepExecution.getStatus() == BatchStatus.COMPLETED && !BagIt.isSealed(run.evidence())) {
            Scope scope = new EvidenceBundle(run.evidence()).readScope();
            Map<String, String> info = new LinkedHashMap<>();
            info.put("Source-Organization", "irready");
            info.put("External-Description", "AWS incident-response readiness evidence, collected read-only by irready");
            info.put(RUN_ID, run.runId());
            info.put("Irready-Version", IrreadyVersion.get());
            info.put(COLLECTION_STARTED, scope.collectionStarted().toString());
            info.put(COLLECTION_COMPLETED, clock.instant().toString());
            info.put("Irready-Caller-Arn", scope.caller().arn());
            info.put("Irready-Accounts", String.valueOf(scope.targets().size()));
            info.put("Irready-Regions", String.join(",", scope.targets().stream().flatMap(t -> t.regions().stream()).distinct().toList()));
            info.put("Irready-Account-Ids", String.join(",", scope.targets().stream().map(Target::accountId).toList()));
            BagIt.seal(run.evidence(), info);
        }
        return stepExecution.getExitStatus();
    }
}
