package io.irready.batch;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.collect.AccountEvidenceCollector;
import io.irready.collect.CollectionContext;
import io.irready.settings.IrreadyProperties;
import io.irready.evidence.AccountAccess;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.Target;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.organizations.OrganizationEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 2, per partition: collect one account's evidence into the run's bundle, with its own clients
 * (the caller's credentials, or the audit role assumed in that account). An account whose role cannot
 * be assumed gets that reason recorded as its access; its checks report it as UNKNOWN and the run goes on.
 */
public final class CollectAccountTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CollectAccountTasklet.class);

    private final ObjectProvider<AwsClientFactory> aws;
    private final AccountEvidenceCollector collector;
    private final IrreadyProperties.ScopeSettings settings;
    private final BoundCheckSettings checks;
    private final RunProgress progress;
    private final RunInterruption interruption;

    public CollectAccountTasklet(ObjectProvider<AwsClientFactory> aws, AccountEvidenceCollector collector, IrreadyProperties.ScopeSettings settings,
                                 BoundCheckSettings checks, RunProgress progress, RunInterruption interruption) {
        this.aws = aws;
        this.collector = collector;
        this.settings = settings;
        this.checks = checks;
        this.progress = progress;
        this.interruption = interruption;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        interruption.check();
        var step = contribution.getStepExecution();
        RunFolder run = RunFolder.of(step.getJobParameters());
        String accountId = step.getExecutionContext().getString(AccountPartitioner.ACCOUNT_ID);
        EvidenceBundle bundle = new EvidenceBundle(run.evidence());
        Target target = bundle.readScope().targets().stream()
                .filter(t -> t.accountId().equals(accountId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("account " + accountId + " is not in the run's scope"));
        CollectionContext context = checks.collection(target.regions(), organizationTrailBuckets(bundle.readOrganization()));
        try (AwsClients clients = target.roleArn() == null
                ? aws.getObject().caller()
                : aws.getObject().assuming(target.roleArn(), settings.auditRoleExternalId(), settings.auditSessionName())) {
            Evidence<AccountAccess> access = access(clients, target);
            bundle.writeAccess(accountId, access);
            if (access.data().isPresent()) {
                collector.collect(clients, target, context, bundle);
            } else {
                log.warn("Account {} ({}) is not audited: {}", accountId, target.accountName(), access.gap());
            }
        }
        interruption.check(); // collectors skipped after a stop request leave the account to the restart
        progress.accountDone();
        return RepeatStatus.FINISHED;
    }

    /** Assumes the role now, so that a role that cannot be assumed is recorded once, with its reason. */
    private Evidence<AccountAccess> access(AwsClients clients, Target target) {
        AccountAccess access = new AccountAccess(target.roleArn(), target.roleArn() == null ? null : settings.auditSessionName());
        if (target.roleArn() == null) {
            return Evidence.collected(access);
        }
        try {
            clients.resolveCredentials();
            return Evidence.collected(access);
        } catch (SdkException e) {
            String reason = e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                    ? aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage()
                    : e.getMessage();
            return new Evidence.Failed<>("sts:AssumeRole", "the audit role " + target.roleArn() + " could not be assumed (" + reason
                    + "). Deploy the role in the account, trusting the auditing account (deploy/iam), or correct irready.scope.audit-role");
        }
    }

    private static Set<String> organizationTrailBuckets(Evidence<OrganizationEvidence> organization) {
        if (organization == null) {
            return Set.of();
        }
        return organization.flatMap(OrganizationEvidence::organizationTrails).data().orElse(List.of()).stream()
                .map(Trail::s3BucketName).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
