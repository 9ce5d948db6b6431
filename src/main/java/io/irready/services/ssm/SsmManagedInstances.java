package io.irready.services.ssm;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * The instances Systems Manager manages and can reach now (PingStatus Online: a ConnectionLost or Inactive agent runs no
 * command) in one Region, and where Session Manager records sessions (its
 * {@code SSM-SessionManagerRunShell} preferences; null when the account never set them).
 */
public record SsmManagedInstances(Evidence<List<String>> instanceIds, Evidence<SessionLogging> sessionLogging) {

    public static final EvidenceType<SsmManagedInstances> TYPE = EvidenceType.perRegion("ssm.managed-instances", SsmManagedInstances.class,
            "ssm:DescribeInstanceInformation", "ssm:GetDocument");

    public SsmManagedInstances {
        sessionLogging = sessionLogging == null ? new Evidence.Failed<>("ssm:GetDocument", "not recorded by this irready version") : sessionLogging;
    }

    /** The S3 bucket and CloudWatch log group sessions are written to; blank when not set. */
    public record SessionLogging(String s3BucketName, String cloudWatchLogGroupName) {
    }
}
