package io.irready.checks.logging;

import io.irready.checks.Check;
import io.irready.checks.CheckCatalog;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.TRAIL_ARN;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A single-Region trail appears only in its home Region's DescribeTrails: when that call failed in one audited Region,
 * every check of every trail reports that Region as UNKNOWN with the reason, and none passes the account on the trails
 * it did see, however well they are configured. A check that needs only one good multi-Region trail still passes.
 */
class UnlistedTrailRegionTest {

    private static final List<String> EVERY_TRAIL = List.of("IR-LOG-02", "IR-LOG-03", "IR-LOG-04", "IR-LOG-05", "IR-LOG-07", "IR-LOG-08",
            "IR-LOG-10", "IR-LOG-11");

    @Test
    void aRegionWhoseTrailsCouldNotBeListedKeepsEveryTrailCheckFromPassing() {
        var seen = compliant().regions("us-east-1", "eu-west-1");
        for (String id : EVERY_TRAIL) {
            assertThat(statuses(check(id).evaluate(seen.build(), CONTEXT))).as(id + " passes when every Region was listed")
                    .containsOnly(Status.PASS);
        }
        var unlisted = compliant().regions("us-east-1", "eu-west-1").withTrailListing(Map.of("us-east-1", Evidence.collected(List.of(TRAIL_ARN)),
                "eu-west-1", denied("cloudtrail:DescribeTrails")));
        for (String id : EVERY_TRAIL) {
            List<Finding> findings = check(id).evaluate(unlisted.build(), CONTEXT);
            assertThat(findings).as(id).anySatisfy(f -> {
                assertThat(f.status()).isEqualTo(Status.UNKNOWN);
                assertThat(f.message()).contains("eu-west-1").contains("access denied to cloudtrail:DescribeTrails");
            });
            assertThat(findings).as(id + " judges a trail it sees, but the account is not a PASS").anyMatch(f -> f.status() != Status.PASS);
        }
        assertThat(statuses(check("IR-LOG-01").evaluate(unlisted.build(), CONTEXT))).as("a multi-Region trail seen anywhere covers the account")
                .containsOnly(Status.PASS);
    }

    private static List<Status> statuses(List<Finding> findings) {
        return findings.stream().map(Finding::status).toList();
    }

    private static Check check(String id) {
        return CheckCatalog.all().stream().filter(c -> c.metadata().id().equals(id)).findFirst().orElseThrow();
    }
}
