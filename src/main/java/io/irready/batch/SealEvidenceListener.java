package io.irready.batch;

import io.irready.IrreadyVersion;
import io.irready.evidence.BagIt;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Scope;
import io.irready.evidence.Target;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals the bundle once collection completed, recording who collected what and when. First each account's files are
 * verified against what its partition recorded writing (with remote partitioning another process wrote them, to a
 * shared folder): an account whose files differ is recorded as not audited, naming the files, so no check judges them.
 */
public final class SealEvidenceListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SealEvidenceListener.class);

    static final String COLLECTION_STARTED = "Irready-Collection-Started";
    static final String COLLECTION_COMPLETED = "Irready-Collection-Completed";
    static final String RUN_ID = "Irready-Run-Id";

    private final JobRepository jobRepository;
    private final Clock clock;

    public SealEvidenceListener(JobRepository jobRepository, Clock clock) {
        this.jobRepository = jobRepository;
        this.clock = clock;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        RunFolder run = RunFolder.of(stepExecution.getJobParameters());
        if (stepExecution.getStatus() == BatchStatus.COMPLETED && !BagIt.isSealed(run.evidence())) {
            EvidenceBundle bundle = new EvidenceBundle(run.evidence());
            Scope scope = bundle.readScope();
            verifyPartitions(stepExecution, bundle, scope);
            Map<String, String> info = new LinkedHashMap<>();
            info.put("Source-Organization", "irready");
            info.put("External-Description", "AWS incident-response readiness evidence, collected read-only by irready");
            info.put(RUN_ID, run.runId());
            info.put("Irready-Version", IrreadyVersion.get());
            info.put(COLLECTION_STARTED, scope.collectionStarted().toString());
            info.put(COLLECTION_COMPLETED, clock.instant().toString());
            info.put("Irready-Caller-Arn", scope.caller().arn());
            info.put("Irready-Accounts", String.valueOf(scope.targets().size()));
            List<String> regions = scope.targets().stream().flatMap(t -> t.regions().stream()).distinct().toList();
            info.put("Irready-Regions", regions.isEmpty() ? "all-enabled" : String.join(",", regions));
            info.put("Irready-Account-Ids", String.join(",", scope.targets().stream().map(Target::accountId).toList()));
            BagIt.seal(run.evidence(), info);
        }
        return stepExecution.getExitStatus();
    }

    /** Compares each account's files with the manifest its partition's last execution recorded (a restart's earlier ones too). */
    private void verifyPartitions(StepExecution collect, EvidenceBundle bundle, Scope scope) {
        for (Target target : scope.targets()) {
            StepExecution partition = jobRepository.getLastStepExecution(collect.getJobExecution().getJobInstance(),
                    AccountPartitioner.stepExecutionName(target.accountId()));
            if (partition == null || !partition.getExecutionContext().containsKey(CollectAccountTasklet.FILES)) {
                continue;
            }
            Map<String, String> recorded = BagIt.parseManifest(partition.getExecutionContext().getString(CollectAccountTasklet.FILES).lines().toList());
            Map<String, String> found = bundle.accountFiles(target.accountId());
            List<String> differing = new ArrayList<>();
            recorded.forEach((file, hash) -> {
                if (!hash.equals(found.get(file))) {
                    differing.add(file + (found.containsKey(file) ? " changed" : " missing"));
                }
            });
            found.keySet().stream().filter(file -> !recorded.containsKey(file)).forEach(file -> differing.add(file + " added"));
            if (!differing.isEmpty()) {
                String files = String.join(", ", differing.subList(0, Math.min(5, differing.size())))
                        + (differing.size() > 5 ? " and " + (differing.size() - 5) + " more" : "");
                log.warn("Account {}: its evidence is not what its collection wrote ({}); the account is reported not audited", target.accountId(), files);
                bundle.writeAccess(target.accountId(), new Evidence.Failed<>("collect", "the evidence of this account differs from what its "
                        + "collection wrote (" + files + "): the shared run folder lost or changed files. Run the audit again"));
            }
        }
    }
}
