package io.irready.checks.recovery;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.backup.BackupEvidence;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IR-REC-01: every resource tagged critical that AWS Backup can protect (EBS volumes, EC2 instances, RDS and
 * Aurora, EFS, DynamoDB, S3, FSx) has a recovery point in AWS Backup in its Region. Plan selections are not
 * credited on their own: a selection can exclude resources irready does not read, while a recovery point is
 * proof.
 */
public final class BackupCoverageCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    private static final Pattern PROTECTABLE = Pattern.compile(
            "arn:[^:]+:(ec2:[^:]*:\\d*:(volume|instance)/.+|rds:[^:]*:\\d*:(db|cluster):.+|elasticfilesystem:.+:file-system/.+"
                    + "|dynamodb:.+:table/[^/]+|s3:::[^/]+|fsx:.+:file-system/.+)");

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var settings = context.settings(RecoverySettings.class);
        Set<String> judged = new HashSet<>();
        for (String region : account.regions()) {
            String ref = account.ref(BackupEvidence.TYPE, region);
            String scope = "critical resources in " + region;
            var tagged = account.get(TaggingEvidence.TYPE, region).flatMap(TaggingEvidence::resources);
            if (tagged.data().isEmpty()) {
                findings.unknown(region, scope, "The tagged resources could not be listed: " + tagged.gap(), account.ref(TaggingEvidence.TYPE, region));
                continue;
            }
            List<TaggedResource> critical = tagged.data().get().stream()
                    .filter(r -> settings.isCritical(r.tags()) && PROTECTABLE.matcher(r.arn()).matches() && judged.add(r.arn())).toList();
            if (critical.isEmpty()) {
                findings.notApplicable(region, scope, "No resource AWS Backup can protect is tagged " + settings.criticalTagKey() + " = "
                        + String.join(" | ", settings.criticalTagValues()) + " in " + region + ".", account.ref(TaggingEvidence.TYPE, region));
                continue;
            }
            var protectedResources = account.get(BackupEvidence.TYPE, region).flatMap(BackupEvidence::protectedResources);
            for (TaggedResource resource : critical) {
                if (protectedResources.data().isEmpty()) {
                    findings.unknown(region, resource.arn(), "The protected resources could not be listed: " + protectedResources.gap(), ref);
                } else if (protectedResources.data().get().contains(resource.arn())) {
                    findings.pass(region, resource.arn(), "The critical resource has a recovery point in AWS Backup.", ref);
                } else {
                    findings.fail(region, resource.arn(), "The critical resource has no recovery point in AWS Backup.", ref);
                }
            }
        }
        return findings.toList();
    }
}
