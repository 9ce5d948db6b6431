package io.irready.batch;

import io.irready.remote.PartitionQueue;
import io.irready.remote.SqsPartitionSender;
import io.irready.remote.SqsPartitionWorker;
import io.irready.settings.IrreadyProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.transaction.PlatformTransactionManager;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.time.Clock;

/**
 * Remote partitioning over Amazon SQS ({@code irready.remote.transport: sqs}): {@code audit --manager} sends the
 * collect step's partitions to the queue and polls the shared job repository until they have all ended;
 * {@code irready worker} runs them. Wiring only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "irready.remote", name = "transport", havingValue = "sqs")
@EnableIntegration
public class RemotePartitioningConfiguration {

    @Bean(destroyMethod = "close")
    SqsAsyncClient partitionQueueClient(IrreadyProperties properties) {
        return PartitionQueue.of(properties.remote().queueUrl(), properties.scope().homeRegion()).client();
    }

    /** The manager's collect step: the same partitions as in one process, run by the workers. */
    @Bean
    @ConditionalOnProperty(prefix = "irready.remote", name = "manager", havingValue = "true")
    Step collectStep(JobRepository jobRepository, AccountPartitioner accountPartitioner, SqsAsyncClient partitionQueueClient,
                     IrreadyProperties properties, Clock clock) {
        DirectChannel requests = new DirectChannel();
        requests.subscribe(new SqsPartitionSender(partitionQueueClient, properties.remote().queueUrl()));
        return new RemotePartitioningManagerStepBuilder("collect", jobRepository)
                .partitioner(AccountPartitioner.STEP, accountPartitioner)
                .outputChannel(requests)
                .pollInterval(properties.remote().pollInterval().toMillis())
                .listener(new SealEvidenceListener(jobRepository, clock))
                .build();
    }

    /** The requests a worker took from the queue, each run by the worker step in the listener's thread. */
    @Bean
    DirectChannel workerPartitions() {
        return new DirectChannel();
    }

    /** Named as the manager's requests name the step, which is how the worker's step locator finds it. */
    @Bean(AccountPartitioner.STEP)
    Step workerCollectAccountStep(JobRepository jobRepository, PlatformTransactionManager transactions, CollectAccountTasklet collectAccountTasklet,
                                  @Qualifier("workerPartitions") DirectChannel workerPartitions, BeanFactory beanFactory) {
        return new RemotePartitioningWorkerStepBuilder(AccountPartitioner.STEP, jobRepository)
                .inputChannel(workerPartitions)
                .beanFactory(beanFactory)
                .tasklet(collectAccountTasklet, transactions)
                .build();
    }

    @Bean(destroyMethod = "close")
    @DependsOn(AccountPartitioner.STEP)
    SqsPartitionWorker sqsPartitionWorker(SqsAsyncClient partitionQueueClient, IrreadyProperties properties,
                                          @Qualifier("workerPartitions") DirectChannel workerPartitions, JobRepository jobRepository, Clock clock) {
        var remote = properties.remote();
        return new SqsPartitionWorker(partitionQueueClient, remote.queueUrl(), workerPartitions, jobRepository, AccountPartitioner.STEP,
                remote.visibilityTimeout(), properties.collect().accountsInParallel(), clock);
    }
}
