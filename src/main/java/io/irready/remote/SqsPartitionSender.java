package io.irready.remote;

import io.awspring.cloud.sqs.listener.QueueNotFoundStrategy;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/** The manager's end of the queue: each partition request of the collect step becomes one SQS message. */
public final class SqsPartitionSender implements MessageHandler {

    private final SqsTemplate sqs;
    private final String queueUrl;

    public SqsPartitionSender(SqsAsyncClient client, String queueUrl) {
        // The queue is deployed with the manager (deploy/); a missing one is an error, never created here.
        this.sqs = SqsTemplate.builder().sqsAsyncClient(client).configure(options -> options.queueNotFoundStrategy(QueueNotFoundStrategy.FAIL)).build();
        this.queueUrl = queueUrl;
    }

    @Override
    public void handleMessage(Message<?> message) {
        StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
        sqs.send(to -> to.queue(queueUrl).payload(PartitionRequests.toJson(request)));
    }
}
