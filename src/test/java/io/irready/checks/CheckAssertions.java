package io.irready.checks;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Small assertions shared by the check tests. */
public final class CheckAssertions {

    private CheckAssertions() {
    }

    public static List<Status> statuses(List<Finding> findings) {
        return findings.stream().map(Finding::status).toList();
    }

    public static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    public static Finding onlyFor(List<Finding> findings, String resourceId) {
        List<Finding> matching = findings.stream().filter(f -> f.resourceId().equals(resourceId)).toList();
        assertThat(matching).as("findings for %s in %s", resourceId, findings).hasSize(1);
        return matching.get(0);
    }
}
