package io.irready.remote;

import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import software.amazon.awssdk.regions.Region;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionRequestsTest {

    @Test
    void aRequestTravelsAsJsonAndComesBackTheSame() {
        String body = PartitionRequests.toJson(new StepExecutionRequest("collect-account", 42L));
        StepExecutionRequest request = PartitionRequests.fromJson(body, "collect-account");
        assertThat(request.getStepName()).isEqualTo("collect-account");
        assertThat(request.getStepExecutionId()).isEqualTo(42L);
    }

    /** Anyone allowed to send to the queue writes the body: only a request of the expected step, with a positive id, is taken. */
    @Test
    void bodiesAWorkerMustNotRunAreRefusedNamingTheProblem() {
        for (String body : List.of("", "not json", "[]", "{}", "{\"stepName\":\"evaluate\",\"stepExecutionId\":1}",
                "{\"stepName\":\"collect-account\"}", "{\"stepName\":\"collect-account\",\"stepExecutionId\":-3}",
                "{\"stepName\":\"collect-account\",\"stepExecutionId\":\"7\"}", "{\"stepName\":\"collect-account\",\"stepExecutionId\":1.5}",
                "{\"stepName\":[\"collect-account\"],\"stepExecutionId\":1}")) {
            assertThatThrownBy(() -> PartitionRequests.fromJson(body, "collect-account")).as(body)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition request");
        }
    }

    @Test
    void theQueueUrlNamesItsRegionAndEndpoint() {
        assertThat(PartitionQueue.of("https://sqs.eu-central-1.amazonaws.com/111122223333/irready-partitions", "us-east-1").region())
                .isEqualTo(Region.EU_CENTRAL_1);
        assertThat(PartitionQueue.of("http://127.0.0.1:5000/123456789012/irready-partitions", "eu-west-1").region())
                .isEqualTo(Region.EU_WEST_1);
    }
}
