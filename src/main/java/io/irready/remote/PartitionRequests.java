package io.irready.remote;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * A partition request as an SQS message body: {@code {"stepName":"collect-account","stepExecutionId":42}}. A body is
 * untrusted (anyone who may send to the queue wrote it): it names a step this build has and a positive execution id,
 * or it is refused.
 */
public final class PartitionRequests {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PartitionRequests() {
    }

    public static String toJson(StepExecutionRequest request) {
        return JSON.writeValueAsString(Map.of("stepName", request.getStepName(), "stepExecutionId", request.getStepExecutionId()));
    }

    /** @throws IllegalArgumentException naming what is wrong with the body */
    public static StepExecutionRequest fromJson(String body, String expectedStep) {
        JsonNode node;
        try {
            node = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a partition request (not JSON)");
        }
        JsonNode step = node == null ? null : node.get("stepName");
        JsonNode id = node == null ? null : node.get("stepExecutionId");
        if (step == null || !step.isString() || !step.asString().equals(expectedStep)) {
            throw new IllegalArgumentException("not a partition request of step " + expectedStep);
        }
        if (id == null || !id.canConvertToLong() || !id.isIntegralNumber() || id.asLong() <= 0) {
            throw new IllegalArgumentException("a partition request without a positive stepExecutionId");
        }
        return new StepExecutionRequest(expectedStep, id.asLong());
    }
}
