package io.irready.services.rds;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The RDS database instances of one Region: log exports, automated backup retention and encryption. */
public record RdsInstances(Evidence<List<Instance>> instances) {

    public static final EvidenceType<RdsInstances> TYPE = EvidenceType.perRegion("rds.instances", RdsInstances.class,
            "rds:DescribeDBInstances");

    /** {@code logExports} the log types exported to CloudWatch Logs; {@code backupRetentionDays} 0 when automated backups are off. */
    public record Instance(String id, String arn, String engine, List<String> logExports, int backupRetentionDays, boolean encrypted,
                           String kmsKeyId) {
        public Instance {
            logExports = logExports == null ? List.of() : List.copyOf(logExports);
        }
    }
}
