package io.irready.batch;

import io.irready.aws.AuditRoleSessions;
import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.settings.IrreadyProperties;
import io.irready.attestations.AttestationsFile;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceImport;
import io.irready.files.AtomicFiles;
import io.irready.evidence.Scope;
import io.irready.scope.ScopeResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Step 1: who and where. Live, the accounts of the configured scope source and the configured Regions,
 * with the organization's facts in an organization run; from a bundle, the bundle's own scope, after
 * verifying and copying the bundle into the run.
 */
public final class ScopeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScopeTasklet.class);

    private final ObjectProvider<AwsClientFactory> aws;
    private final ScopeResolver resolver;
    private final IrreadyProperties properties;
    private final RunProgress progress;
    private final RunInterruption interruption;
    private final Clock clock;

    public ScopeTasklet(ObjectProvider<AwsClientFactory> aws, ScopeResolver resolver, IrreadyProperties properties, RunProgress progress,
                        RunInterruption interruption, Clock clock) {
        this.aws = aws;
        this.resolver = resolver;
        this.properties = properties;
        this.progress = progress;
        this.interruption = interruption;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        progress.phase("resolving scope");
        interruption.check();
        var parameters = contribution.getStepExecution().getJobParameters();
        RunFolder run = RunFolder.of(parameters);
        String source = parameters.getString(RunFolder.EVIDENCE_SOURCE);
        if (source != null) {
            AtomicFiles.deleteTree(run.evidence()); // a copy left by an interrupted attempt
            var scope = EvidenceImport.copyVerified(Path.of(source), run.evidence());
            interruption.check();
            log.info("Evaluating evidence from {} ({} account(s), collected {}); no AWS call is made", source, scope.targets().size(),
                    scope.collectionStarted());
            return RepeatStatus.FINISHED;
        }
        AwsClientFactory factory = aws.getObject();
        var scopeSettings = properties.scope();
        try (AwsClients caller = factory.caller()) {
            AuditRoleSessions auditRoles = account -> factory.assuming(caller.partition().roleArn(account, scopeSettings.auditRole()),
                    scopeSettings.auditRoleExternalId(), scopeSettings.auditSessionName());
            ScopeResolver.Resolution resolution = caller.run(() -> resolver.resolve(caller, scopeSettings, auditRoles));
            interruption.check();
            EvidenceBundle bundle = new EvidenceBundle(run.evidence());
            if (resolution.organization() != null) {
                bundle.writeOrganization(resolution.organization());
            }
            Scope scope = resolution.scope();
            bundle.writeScope(scope);
            bundle.writeAttestations(Evidence.collected(AttestationsFile.read(Path.of(properties.attestations().file()), clock)));
            log.info("Auditing {} account(s) ({} skipped) as {} in {}", scope.targets().size(), scope.skipped().size(), scope.caller().arn(),
                    scopeSettings.allEnabledRegions() ? "every Region each account has enabled" : scopeSettings.regions());
        }
        return RepeatStatus.FINISHED;
    }
}
