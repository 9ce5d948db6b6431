package io.irready.collect;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditPolicyTest {

    @Test
    void theShippedPolicyIsExactlyWhatTheCollectorsDeclare() throws Exception {
        assertThat(Files.readString(Path.of("deploy/iam/irready-audit-policy.json")))
                .as("deploy/iam/irready-audit-policy.json is stale: regenerate it with scripts/audit-policy.sh")
                .isEqualTo(AuditPolicy.json());
    }

    @Test
    void everyTemplateThatCarriesTheAuditPolicyListsExactlyItsActions() throws Exception {
        for (String template : List.of("irready-audit-role-stackset.yml", "irready-audit-role.yml", "irready-scheduled-task.yml")) {
            String yaml = Files.readString(Path.of("deploy/cloudformation", template));
            int from = yaml.indexOf("Sid: IrreadyReadOnlyAudit");
            assertThat(from).as(template).isPositive();
            List<String> listed = new ArrayList<>();
            var lines = yaml.substring(from).lines().skip(3).iterator();
            for (String line = lines.next(); line.trim().startsWith("- "); line = lines.next()) {
                listed.add(line.trim().substring(2));
            }
            assertThat(listed).as(template + " lists the audit policy's actions: regenerate them with scripts/audit-policy.sh")
                    .containsExactlyElementsOf(AuditPolicy.actions());
        }
    }

    @Test
    void everyDeclaredActionIsARead() {
        assertThat(AuditPolicy.actions()).isNotEmpty()
                .allSatisfy(action -> assertThat(action).matches("[a-z0-9-]+:(Describe|Get|List)[A-Za-z]+"));
    }

    @Test
    void deliveryHasItsOwnPolicyWithExactlyItsWritesAndTheAuditPolicyNone() throws Exception {
        var policy = io.irready.evidence.Json.MAPPER.readTree(Files.readString(Path.of("deploy/iam/irready-delivery-policy.json")));
        List<String> granted = new ArrayList<>();
        policy.get("Statement").forEach(statement -> granted.add(statement.get("Action").asString()));
        assertThat(granted).containsExactlyInAnyOrderElementsOf(io.irready.delivery.ReportDelivery.ACTIONS);
        assertThat(AuditPolicy.actions()).doesNotContainAnyElementsOf(io.irready.delivery.ReportDelivery.ACTIONS);
    }
}
