package io.irready.collect.logs;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.RegionalCollector;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.logs.LogsEvidence;
import io.irready.evidence.logs.LogsEvidence.LogGroup;

/** CloudWatch log groups and their retention in one Region. */
public final class LogsCollector implements RegionalCollector<LogsEvidence> {

    @Override
    public EvidenceFile file() {
        return EvidenceFile.LOGS;
    }

    @Override
    public LogsEvidence collect(AwsClients aws, String region) {
        return new LogsEvidence(AwsCalls.call("logs:DescribeLogGroups", () -> aws.logs(region).describeLogGroupsPaginator(r -> { })
                .logGroups().stream()
                .map(g -> new LogGroup(g.logGroupName(), g.logGroupArn() != null ? g.logGroupArn() : g.arn(), g.retentionInDays(),
                        g.storedBytes() == null ? 0 : g.storedBytes()))
                .toList()));
    }
}
