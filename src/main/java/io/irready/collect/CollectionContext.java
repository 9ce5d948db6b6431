package io.irready.collect;

import java.util.List;
import java.util.Set;

/**
 * What an account's collectors need to know besides its clients: the Regions in scope, and the
 * buckets of the organization's trails, whose settings are read in the account that owns them.
 */
public record CollectionContext(List<String> regions, Set<String> organizationTrailBuckets) {
    public CollectionContext {
        regions = List.copyOf(regions);
        organizationTrailBuckets = Set.copyOf(organizationTrailBuckets);
    }
}
