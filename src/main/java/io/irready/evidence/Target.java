package io.irready.evidence;

import java.util.List;

/** One account to audit and the Regions to audit in it. */
public record Target(String accountId, String accountName, List<String> regions) {
    public Target {
        regions = List.copyOf(regions);
    }
}
