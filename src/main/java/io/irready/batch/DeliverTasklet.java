package io.irready.batch;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.delivery.ReportDelivery;
import io.irready.delivery.S3Location;
import io.irready.settings.IrreadyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.scope.context.ChunkContext;
import software.amazon.awssdk.arns.Arn;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Step 5: delivers the run folder to {@code irready.output.s3-uri} (and its summary to the SNS topic) with
 * the caller's credentials. Nothing to do when no location is configured. A failed delivery fails the step,
 * so {@code audit --restart} delivers again without auditing again.
 */
public final class DeliverTasklet implements Tasklet {

    public static final String DELIVERED = "irready.delivered";
    private static final Logger log = LoggerFactory.getLogger(DeliverTasklet.class);

    private final ObjectProvider<AwsClientFactory> aws;
    private final IrreadyProperties properties;
    private final RunProgress progress;
    private final RunInterruption interruption;

    public DeliverTasklet(ObjectProvider<AwsClientFactory> aws, IrreadyProperties properties, RunProgress progress, RunInterruption interruption) {
        this.aws = aws;
        this.properties = properties;
        this.progress = progress;
        this.interruption = interruption;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var output = properties.output();
        if (output.s3Uri().isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        progress.phase("delivering");
        interruption.check();
        var job = contribution.getStepExecution().getJobExecution();
        var context = job.getExecutionContext();
        RunFolder run = RunFolder.of(job.getJobParameters());
        var summary = new ReportDelivery.Summary(run.runId(), context.containsKey(ReportTasklet.SCORE) ? context.getDouble(ReportTasklet.SCORE) : null,
                context.getLong(ReportTasklet.FAILED), context.getLong(ReportTasklet.UNKNOWN));
        try (AwsClients caller = aws.getObject().caller()) {
            SnsClient sns = output.snsTopicArn().isEmpty() ? null
                    : caller.client(SnsClient::builder, Arn.fromString(output.snsTopicArn()).region().orElseThrow());
            var delivery = new ReportDelivery(caller.s3(properties.scope().homeRegion()), sns, S3Location.parse(output.s3Uri()),
                    output.s3KmsKeyId(), output.snsTopicArn());
            String delivered = caller.run(() -> delivery.deliver(run.dir(), summary));
            context.putString(DELIVERED, delivered);
            log.info("Delivered run {} to {}", run.runId(), delivered);
        }
        return RepeatStatus.FINISHED;
    }
}
