package io.irready.batch;

import io.irready.aws.AwsClients;
import io.irready.config.IrreadyProperties;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceImport;
import io.irready.scope.ScopeResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import java.nio.file.Path;

/**
 * Step 1: who and where. Live, the account of the current credentials and the configured Regions;
 * from a bundle, the bundle's own scope, after verifying and copying the bundle into the run.
 */
public final class ScopeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScopeTasklet.class);

    private final ObjectProvider<AwsClients> aws;
    private final ScopeResolver resolver;
    private final IrreadyProperties properties;

    public ScopeTasklet(ObjectProvider<AwsClients> aws, ScopeResolver resolver, IrreadyProperties properties) {
        this.aws = aws;
        this.resolver = resolver;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var parameters = contribution.getStepExecution().getJobParameters();
        RunFolder run = RunFolder.of(parameters);
        String source = parameters.getString(RunFolder.EVIDENCE_SOURCE);
        if (source != null) {
            var scope = EvidenceImport.copyVerified(Path.of(source), run.evidence());
            log.info("Evaluating evidence from {} ({} account(s), collected {}); no AWS call is made", source, scope.targets().size(),
                    scope.collectionStarted());
        } else {
            var scope = resolver.resolve(aws.getObject(), properties.scope().regions());
            new EvidenceBundle(run.evidence()).writeScope(scope);
            log.info("Auditing account {} as {} in {}", scope.targets().get(0).accountId(), scope.caller().arn(), properties.scope().regions());
        }
        return RepeatStatus.FINISHED;
    }
}
