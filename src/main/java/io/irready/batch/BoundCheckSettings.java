package io.irready.batch;

import io.irready.checks.CheckSettings;
import io.irready.checks.access.BreakGlassSettings;
import io.irready.checks.access.ResponderRoleSettings;
import io.irready.collect.CollectionContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks' settings as this run bound them, and what follows from them for collection and reports. */
public record BoundCheckSettings(Map<Class<? extends CheckSettings>, CheckSettings> values) {

    public BoundCheckSettings {
        values = Map.copyOf(values);
    }

    public io.irready.checks.CheckContext context(Instant evaluatedAt) {
        return new io.irready.checks.CheckContext(values, evaluatedAt);
    }

    /** The context of a run in {@code partition} (the caller's). */
    public io.irready.checks.CheckContext context(Instant evaluatedAt, io.irready.evidence.Partition partition) {
        return new io.irready.checks.CheckContext(values, evaluatedAt, partition);
    }

    /** Which roles and users are worth the extra calls for their details. */
    public CollectionContext collection(String accountId, List<String> regions, Set<String> organizationTrailBuckets) {
        var roles = (ResponderRoleSettings) values.get(ResponderRoleSettings.class);
        var breakGlass = (BreakGlassSettings) values.get(BreakGlassSettings.class);
        return new CollectionContext(accountId, regions, organizationTrailBuckets, roles::isResponderRole, breakGlass::isBreakGlassUser);
    }

    /** Every setting the report lists, in a stable order. */
    public List<CheckSettings.Setting> reported() {
        return values.values().stream().sorted(java.util.Comparator.comparing(s -> s.getClass().getSimpleName()))
                .flatMap(s -> s.reported().stream()).toList();
    }
}
