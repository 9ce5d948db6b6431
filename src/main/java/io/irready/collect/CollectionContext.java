package io.irready.collect;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an account's collectors need to know besides its clients: the account, the Regions audited, the buckets of
 * the organization's trails (whose settings are read in the account that owns them), and which IAM
 * roles and users are responders' or break-glass, whose details are worth extra calls.
 */
public record CollectionContext(String accountId,
                                List<String> regions,
                                Set<String> organizationTrailBuckets,
                                Predicate<String> isResponderRole,
                                Predicate<String> isBreakGlassUser) {
    public CollectionContext {
        regions = List.copyOf(regions);
        organizationTrailBuckets = Set.copyOf(organizationTrailBuckets);
    }
}
