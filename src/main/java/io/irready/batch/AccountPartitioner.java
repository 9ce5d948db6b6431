package io.irready.batch;

import io.irready.evidence.BagIt;
import io.irready.evidence.EvidenceBundle;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One collection partition per account in scope, keyed by account id. A sealed bundle (evidence
 * given with --evidence) is never collected again: then there are no partitions. Not final: the
 * step-scoped bean is a class proxy.
 */
public class AccountPartitioner implements Partitioner {

    static final String ACCOUNT_ID = "accountId";

    private final RunFolder run;
    private final RunProgress progress;

    public AccountPartitioner(RunFolder run, RunProgress progress) {
        this.run = run;
        this.progress = progress;
    }

    /** The step that collects one account, run once per partition. */
    public static final String STEP = "collect-account";

    static String partitionName(String accountId) {
        return "account-" + accountId;
    }

    /** The name of the step executions of the account's partition. */
    static String stepExecutionName(String accountId) {
        return STEP + ":" + partitionName(accountId);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (BagIt.isSealed(run.evidence())) {
            return partitions;
        }
        for (var target : new EvidenceBundle(run.evidence()).readScope().targets()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(ACCOUNT_ID, target.accountId());
            partitions.put(partitionName(target.accountId()), context);
        }
        progress.collecting(partitions.size());
        return partitions;
    }
}
