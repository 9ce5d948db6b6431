package io.irready.checks.access;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.ec2.Ec2Instances;
import io.irready.services.ssm.SsmManagedInstances;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IR-ACC-08: in every Region with running instances, Systems Manager manages at least the configured share
 * of them (a path to collect memory and disk evidence without SSH keys) and Session Manager records
 * sessions to S3 or CloudWatch Logs, so responders' own commands are evidence too.
 */
public final class LiveResponseCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        int minimum = context.settings(LiveResponseSettings.class).minimumManagedPercent();
        for (String region : account.regions()) {
            var running = account.get(Ec2Instances.TYPE, region).flatMap(Ec2Instances::running);
            String resource = "live response in " + region;
            String ref = account.ref(SsmManagedInstances.TYPE, region);
            if (running.data().isEmpty()) {
                findings.unknown(region, resource, "The running instances could not be listed: " + running.gap(), account.ref(Ec2Instances.TYPE, region));
                continue;
            }
            if (running.data().get().isEmpty()) {
                findings.notApplicable(region, resource, "No instance runs in " + region + ".", account.ref(Ec2Instances.TYPE, region));
                continue;
            }
            var ssm = account.get(SsmManagedInstances.TYPE, region);
            findings.add(Verdict.given(ssm, "Systems Manager", managed -> judge(running.data().get(), managed, minimum, region)), region, resource, ref);
        }
        return findings.toList();
    }

    private static Verdict judge(List<String> running, SsmManagedInstances ssm, int minimum, String region) {
        return Verdict.given(ssm.instanceIds(), "The managed instances", managedIds -> {
            Set<String> managed = new HashSet<>(managedIds);
            long covered = running.stream().filter(managed::contains).count();
            long percent = covered * 100 / running.size();
            String share = covered + " of " + running.size() + " running instances (" + percent + "%) are online in Systems Manager in " + region;
            if (percent < minimum) {
                return Verdict.fail(share + ", below " + minimum + "%.");
            }
            return Verdict.given(ssm.sessionLogging(), "The Session Manager preferences", logging -> {
                if (logging == null || logging.s3BucketName().isBlank() && logging.cloudWatchLogGroupName().isBlank()) {
                    return Verdict.fail(share + ", but Session Manager does not record sessions to S3 or CloudWatch Logs.");
                }
                return Verdict.pass(share + "; sessions are recorded to "
                        + (logging.s3BucketName().isBlank() ? "log group " + logging.cloudWatchLogGroupName() : "bucket " + logging.s3BucketName()) + ".");
            });
        });
    }
}
