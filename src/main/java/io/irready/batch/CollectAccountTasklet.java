package io.irready.batch;

import io.irready.aws.AwsClients;
import io.irready.collect.AccountEvidenceCollector;
import io.irready.evidence.EvidenceBundle;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

/** Step 2, per partition: collect one account's evidence into the run's bundle. */
public final class CollectAccountTasklet implements Tasklet {

    private final ObjectProvider<AwsClients> aws;
    private final AccountEvidenceCollector collector;

    public CollectAccountTasklet(ObjectProvider<AwsClients> aws, AccountEvidenceCollector collector) {
        this.aws = aws;
        this.collector = collector;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = contribution.getStepExecution();
        RunFolder run = RunFolder.of(step.getJobParameters());
        String accountId = step.getExecutionContext().getString(AccountPartitioner.ACCOUNT_ID);
        EvidenceBundle bundle = new EvidenceBundle(run.evidence());
        var target = bundle.readScope().targets().stream()
                .filter(t -> t.accountId().equals(accountId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("account " + accountId + " is not in the run's scope"));
        collector.collect(aws.getObject(), target, bundle);
        return RepeatStatus.FINISHED;
    }
}
