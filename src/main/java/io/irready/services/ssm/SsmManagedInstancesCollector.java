package io.irready.services.ssm;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.evidence.Json;
import io.irready.services.ssm.SsmManagedInstances.SessionLogging;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import tools.jackson.core.JacksonException;

import java.util.Map;

/** The managed instances of one Region, and the Session Manager logging preferences. */
public final class SsmManagedInstancesCollector implements Collector<SsmManagedInstances> {

    static final String SESSION_PREFERENCES = "SSM-SessionManagerRunShell";

    @Override
    public EvidenceType<SsmManagedInstances> type() {
        return SsmManagedInstances.TYPE;
    }

    @Override
    public SsmManagedInstances collect(AwsClients aws, CollectionContext context, String region) {
        SsmClient ssm = aws.client(SsmClient::builder, region);
        return new SsmManagedInstances(
                AwsCalls.call("ssm:DescribeInstanceInformation", () -> ssm.describeInstanceInformationPaginator(r -> { })
                        .instanceInformationList().stream().filter(i -> "Online".equals(i.pingStatusAsString())).map(InstanceInformation::instanceId).toList()),
                AwsCalls.call("ssm:GetDocument", () -> {
                    try {
                        return ssm.getDocument(r -> r.name(SESSION_PREFERENCES)).content();
                    } catch (InvalidDocumentException notSet) {
                        return null;
                    }
                }).flatMap(SsmManagedInstancesCollector::sessionLogging));
    }

    /** The logging targets in the preferences document's {@code inputs}; a gap when the content is not the expected JSON. */
    static Evidence<SessionLogging> sessionLogging(String content) {
        if (content == null) {
            return Evidence.collected(null);
        }
        try {
            Map<?, ?> document = Json.MAPPER.readValue(content, Map.class);
            if (!(document.get("inputs") instanceof Map<?, ?> inputs)) {
                return new Evidence.Failed<>("ssm:GetDocument", SESSION_PREFERENCES + " has no 'inputs' object");
            }
            return Evidence.collected(new SessionLogging(text(inputs.get("s3BucketName")), text(inputs.get("cloudWatchLogGroupName"))));
        } catch (JacksonException e) {
            return new Evidence.Failed<>("ssm:GetDocument", SESSION_PREFERENCES + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }
}
