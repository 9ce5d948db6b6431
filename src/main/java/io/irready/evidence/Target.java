package io.irready.evidence;

import java.util.List;

/**
 * One account to audit and the Regions to audit in it. {@code ouPath} is its place in the organization
 * ("Root/Workloads/Prod"; empty outside an organization) and {@code ouIds} the ids of the root and every
 * OU above it, outermost first; {@code roleArn} the audit role assumed to read it, or null when it is
 * read with the caller's own credentials.
 */
public record Target(String accountId, String accountName, String ouPath, List<String> ouIds, List<String> regions, String roleArn) {
    public Target {
        regions = List.copyOf(regions);
        ouPath = ouPath == null ? "" : ouPath;
        ouIds = ouIds == null ? List.of() : List.copyOf(ouIds);
    }
}
