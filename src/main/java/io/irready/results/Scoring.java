package io.irready.results;

import io.irready.checks.Finding;
import io.irready.checks.Status;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The readiness score: for every account and check, the share of its assessed findings that pass
 * (UNKNOWN counts as not passing, NOT_APPLICABLE is left out), weighted by the check's severity,
 * in percent. A check with many resources weighs as much as a check with one.
 */
public final class Scoring {

    private Scoring() {
    }

    public static OptionalDouble score(Collection<Finding> findings) {
        Map<String, List<Finding>> byAccountAndCheck = findings.stream()
                .filter(f -> f.status() != Status.NOT_APPLICABLE)
                .collect(Collectors.groupingBy(f -> f.accountId() + "/" + f.checkId(), LinkedHashMap::new, Collectors.toList()));
        double weighted = 0;
        double weights = 0;
        for (List<Finding> group : byAccountAndCheck.values()) {
            int weight = group.get(0).severity().weight();
            long passed = group.stream().filter(f -> f.status() == Status.PASS).count();
            weighted += weight * (double) passed / group.size();
            weights += weight;
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * weighted / weights);
    }

    public static Map<Status, Long> counts(Collection<Finding> findings) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        findings.forEach(f -> counts.merge(f.status(), 1L, Long::sum));
        return counts;
    }
}
