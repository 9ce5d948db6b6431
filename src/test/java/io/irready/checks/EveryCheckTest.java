package io.irready.checks;

import io.irready.evidence.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.account;
import static io.irready.checks.EvidenceFixtures.compliant;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties every check of the catalog has, whatever it judges. */
class EveryCheckTest {

    @Test
    void aCompliantAccountPassesEveryCheck() {
        var account = compliant().build();
        for (Check check : CheckCatalog.all()) {
            List<Finding> findings = check.evaluate(account, CONTEXT);
            assertThat(findings).as(check.metadata().id()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.status()).as(check.metadata().id() + " " + f.resourceId() + ": " + f.message())
                            .isIn(Status.PASS, Status.NOT_APPLICABLE));
            assertThat(findings).as(check.metadata().id() + " passes something").anyMatch(f -> f.status() == Status.PASS);
        }
    }

    @Test
    void anAccountWithoutAnyEvidencePassesNothing() {
        var nothing = account().withAttestations(new Evidence.Failed<>("attestations", "no attestations were recorded")).build();
        for (Check check : CheckCatalog.all()) {
            List<Finding> findings = check.evaluate(nothing, CONTEXT);
            assertThat(findings).as(check.metadata().id() + " says something").isNotEmpty();
            assertThat(findings).as(check.metadata().id()).allSatisfy(f -> assertThat(f.status())
                    .as(check.metadata().id() + " " + f.resourceId() + ": " + f.message()).isIn(Status.UNKNOWN, Status.FAIL));
        }
    }

    @Test
    void everyFindingCitesEvidenceInTheBundle() {
        var account = compliant().build();
        for (Check check : CheckCatalog.all()) {
            assertThat(check.evaluate(account, CONTEXT)).allSatisfy(f -> assertThat(f.evidenceRef()).as(check.metadata().id())
                    .matches("data/(organization|attestations|\\d{12}/([a-z0-9-]+/)?[a-z0-9.-]+)\\.json"));
        }
    }

    @Test
    void aCheckIsRegionalExactlyWhenItJudgesEachRegionOnItsOwn() {
        var twoRegions = compliant().regions("us-east-1", "eu-west-1").build();
        var nothing = account().regions("us-east-1", "eu-west-1").build();
        for (Check check : CheckCatalog.all()) {
            for (var account : List.of(twoRegions, nothing)) {
                List<Finding> findings = check.evaluate(account, CONTEXT);
                boolean eachRegion = findings.stream().anyMatch(f -> "us-east-1".equals(f.region()))
                        && findings.stream().anyMatch(f -> "eu-west-1".equals(f.region()));
                assertThat(check.regional()).as(check.metadata().id() + " regional() says whether it has findings in every Region: "
                        + "a Region that is not audited gets its SKIPPED finding only then").isEqualTo(eachRegion);
            }
        }
    }
}
