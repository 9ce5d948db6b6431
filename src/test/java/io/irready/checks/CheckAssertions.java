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

    /** The one finding, asserting its status and the evidence it cites. */
    public static Finding only(List<Finding> findings, Status status, String evidenceRef) {
        Finding finding = only(findings);
        assertThat(finding.status()).as(finding.message()).isEqualTo(status);
        assertThat(finding.evidenceRef()).isEqualTo(evidenceRef);
        return finding;
    }

    /** The one finding about a resource, asserting its status and the evidence it cites. */
    public static Finding onlyFor(List<Finding> findings, String resourceId, Status status, String evidenceRef) {
        Finding finding = onlyFor(findings, resourceId);
        assertThat(finding.status()).as(finding.message()).isEqualTo(status);
        assertThat(finding.evidenceRef()).isEqualTo(evidenceRef);
        return finding;
    }

    public static Finding onlyFor(List<Finding> findings, String resourceId) {
        List<Finding> matching = findings.stream().filter(f -> f.resourceId().equals(resourceId)).toList();
        assertThat(matching).as("findings for %s in %s", resourceId, findings).hasSize(1);
        return matching.get(0);
    }
}
