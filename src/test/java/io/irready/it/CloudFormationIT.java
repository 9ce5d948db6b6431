package io.irready.it;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.iam.IamClient;
import tools.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.irready.evidence.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CloudFormation templates deploy into moto's CloudFormation: the scheduled task's task role carries the
 * shipped audit and organization policies, and the StackSet's member role and the management account's role carry
 * exactly the shipped audit policy and trust only that task role.
 */
class CloudFormationIT {

    private static final AwsScenario AWS = new AwsScenario(Moto.endpoint());

    @Test
    void theTemplatesDeployAndTheRolesCarryTheShippedPolicies() throws Exception {
        Moto.reset();
        try (var cfn = AWS.client(CloudFormationClient.builder(), "us-east-1"); var iam = AWS.client(IamClient.builder(), "aws-global")) {
            var task = deploy(cfn, "irready", "irready-scheduled-task.yml", network());
            String taskRoleArn = task.outputs().stream().filter(o -> o.outputKey().equals("TaskRoleArn")).findFirst().orElseThrow().outputValue();
            assertThat(policy(iam, "irready-task", "irready-audit")).isEqualTo(shipped("irready-audit-policy.json"));
            assertThat(policy(iam, "irready-task", "irready-organization")).isEqualTo(shipped("irready-organization-policy.json"));

            deploy(cfn, "irready-audit-role", "irready-audit-role-stackset.yml", List.of(parameter("AuditingTaskRoleArn", taskRoleArn)));
            assertThat(policy(iam, "irready-audit", "irready-audit")).isEqualTo(shipped("irready-audit-policy.json"));
            assertTrustsOnly(iam, "irready-audit", taskRoleArn);

            // The management account's own stack (StackSets never deploy there), here beside the member's under another name.
            deploy(cfn, "irready-audit-role-management", "irready-audit-role.yml", List.of(parameter("AuditingTaskRoleArn", taskRoleArn),
                    parameter("AuditRoleName", "irready-audit-management")));
            assertThat(policy(iam, "irready-audit-management", "irready-audit")).isEqualTo(shipped("irready-audit-policy.json"));
            assertTrustsOnly(iam, "irready-audit-management", taskRoleArn);
        }
    }

    private static void assertTrustsOnly(IamClient iam, String role, String taskRoleArn) {
        JsonNode trust = MAPPER.readTree(decode(iam.getRole(r -> r.roleName(role)).role().assumeRolePolicyDocument()));
        assertThat(trust.get("Statement")).singleElement().satisfies(statement -> {
            assertThat(statement.get("Principal").get("AWS").asString()).isEqualTo(taskRoleArn);
            assertThat(statement.get("Action").asString()).isEqualTo("sts:AssumeRole");
        });
    }

    @Test
    void withWorkersTheScheduleStartsAManagerAndWorkersSharingAQueueWithDeadLetters() throws Exception {
        Moto.reset();
        try (var cfn = AWS.client(CloudFormationClient.builder(), "us-east-1"); var iam = AWS.client(IamClient.builder(), "aws-global");
             var sqs = AWS.client(SqsClient.builder(), "us-east-1"); var ecs = AWS.client(EcsClient.builder(), "us-east-1")) {
            List<Parameter> parameters = new ArrayList<>(network());
            parameters.addAll(List.of(parameter("Workers", "3"),
                    parameter("JobRepositoryUrl", "jdbc:postgresql://db.internal:5432/irready"),
                    parameter("JobRepositorySecretArn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:irready-db-AbCdEf"),
                    parameter("RunFolderFileSystemId", "fs-0123456789abcdef0")));
            var stack = deploy(cfn, "irready", "irready-scheduled-task.yml", parameters);
            String queueUrl = stack.outputs().stream().filter(o -> o.outputKey().equals("PartitionQueueUrl")).findFirst().orElseThrow().outputValue();
            var attributes = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.ALL)).attributes();
            JsonNode redrive = MAPPER.readTree(attributes.get(QueueAttributeName.REDRIVE_POLICY));
            assertThat(redrive.get("deadLetterTargetArn").asString()).endsWith(":irready-partitions-dead-letters");
            assertThat(redrive.get("maxReceiveCount").asInt()).isEqualTo(10);
            assertThat(policy(iam, "irready-task", "irready-partitions").toString()).contains("sqs:ReceiveMessage", "sqs:SendMessage",
                    "sqs:ChangeMessageVisibility", attributes.get(QueueAttributeName.QUEUE_ARN));

            var manager = ecs.describeTaskDefinition(r -> r.taskDefinition("irready")).taskDefinition().containerDefinitions().get(0);
            var worker = ecs.describeTaskDefinition(r -> r.taskDefinition("irready-worker")).taskDefinition().containerDefinitions().get(0);
            assertThat(manager.command()).containsExactly("audit", "--manager");
            assertThat(worker.command()).containsExactly("worker");
            for (var container : List.of(manager, worker)) {
                assertThat(container.environment()).extracting(e -> e.name() + "=" + e.value()).contains("IRREADY_REMOTE_TRANSPORT=sqs",
                        "IRREADY_REMOTE_QUEUEURL=" + queueUrl, "IRREADY_OUTPUT_DIRECTORY=/work/runs",
                        "SPRING_DATASOURCE_URL=jdbc:postgresql://db.internal:5432/irready");
                assertThat(container.secrets()).extracting(e -> e.name()).containsExactlyInAnyOrder("SPRING_DATASOURCE_USERNAME",
                        "SPRING_DATASOURCE_PASSWORD");
                assertThat(container.mountPoints()).extracting(m -> m.containerPath()).contains("/work/runs");
            }
        }
    }

    /** The scheduled task's required parameters, with a VPC subnet and security group made in moto. */
    private static List<Parameter> network() {
        try (var ec2 = AWS.client(Ec2Client.builder(), "us-east-1")) {
            String vpc = ec2.createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
            String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.9.1.0/24")).subnet().subnetId();
            String group = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("irready").description("irready")).groupId();
            return List.of(parameter("Image", "irready:1.0.0"), parameter("Subnets", subnet), parameter("SecurityGroup", group),
                    parameter("TrustedPrincipals", "111122223333"));
        }
    }

    private static software.amazon.awssdk.services.cloudformation.model.Stack deploy(CloudFormationClient cfn, String name, String template,
                                                                                    List<Parameter> parameters) throws Exception {
        String body = Files.readString(Path.of("deploy/cloudformation", template));
        cfn.createStack(r -> r.stackName(name).templateBody(body).parameters(parameters).capabilities(Capability.CAPABILITY_NAMED_IAM));
        var stack = cfn.describeStacks(r -> r.stackName(name)).stacks().get(0);
        assertThat(stack.stackStatus()).as(stack.stackStatusReason()).isEqualTo(StackStatus.CREATE_COMPLETE);
        return stack;
    }

    private static Parameter parameter(String key, String value) {
        return Parameter.builder().parameterKey(key).parameterValue(value).build();
    }

    private static JsonNode policy(IamClient iam, String role, String name) {
        return MAPPER.readTree(decode(iam.getRolePolicy(r -> r.roleName(role).policyName(name)).policyDocument()));
    }

    private static JsonNode shipped(String file) throws Exception {
        return MAPPER.readTree(Files.readString(Path.of("deploy/iam", file)));
    }

    /** IAM returns documents URL-encoded; moto returns a CloudFormation-made one as a Python dict, quoted with '. */
    private static String decode(String document) {
        String json = document.trim().startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
        return json.startsWith("{'") ? json.replace('\'', '"') : json;
    }
}
