package io.irready.checks.logging;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailSelectors.AdvancedEventSelector;
import io.irready.services.cloudtrail.TrailSelectors.EventSelector;
import io.irready.services.cloudtrail.TrailSelectors.FieldSelector;
import io.irready.services.cloudtrail.TrailStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.allManagementEvents;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.trail;
import static org.assertj.core.api.Assertions.assertThat;

class MultiRegionTrailCheckTest {

    private final MultiRegionTrailCheck check = new MultiRegionTrailCheck();

    @Test
    void passesWhenAMultiRegionTrailLogsAllManagementEvents() {
        Finding finding = only(check.evaluate(compliant().build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.resourceId()).endsWith("trail/org-audit");
        assertThat(finding.evidenceRef()).isEqualTo("data/123456789012/cloudtrail.trails.json");
    }

    @Test
    void failsWhenTheOnlyTrailIsSingleRegion() {
        var account = compliant().withTrails(trail("local", false, true, true, allManagementEvents())).build();
        Finding finding = only(check.evaluate(account, CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("trail 'local' is not multi-Region");
    }

    @Test
    void failsWhenLoggingIsStopped() {
        var account = compliant().withTrails(trail("org-audit", true, true, false, allManagementEvents())).build();
        Finding finding = only(check.evaluate(account, CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("is not logging");
    }

    @Test
    void failsWhenOnlyWriteEventsAreRecorded() {
        var writeOnly = new TrailSelectors(List.of(new EventSelector("WriteOnly", true, List.of(), List.of())), List.of());
        var account = compliant().withTrails(trail("org-audit", true, true, true, writeOnly)).build();
        assertThat(only(check.evaluate(account, CONTEXT)).message()).contains("does not record read management events");
    }

    @Test
    void failsWhenTheTrailHasNoEventSelectors() {
        var none = new TrailSelectors(List.of(), List.of());
        var account = compliant().withTrails(trail("org-audit", true, true, true, none)).build();
        Finding finding = only(check.evaluate(account, CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("records no management events");
    }

    @Test
    void failsWhenManagementEventSourcesAreExcluded() {
        var excluding = new TrailSelectors(List.of(new EventSelector("All", true, List.of("kms.amazonaws.com"), List.of())), List.of());
        var account = compliant().withTrails(trail("org-audit", true, true, true, excluding)).build();
        assertThat(only(check.evaluate(account, CONTEXT)).message()).contains("excludes kms.amazonaws.com");
    }

    @Test
    void acceptsAdvancedSelectorsForAllManagementEvents() {
        var advanced = new TrailSelectors(List.of(), List.of(new AdvancedEventSelector("Management events",
                List.of(field("eventCategory", List.of("Management"), List.of())))));
        var account = compliant().withTrails(trail("org-audit", true, true, true, advanced)).build();
        assertThat(only(check.evaluate(account, CONTEXT)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void acceptsReadAndWriteCoveredBySeparateAdvancedSelectors() {
        var split = new TrailSelectors(List.of(), List.of(
                new AdvancedEventSelector("reads", List.of(field("eventCategory", List.of("Management"), List.of()), field("readOnly", List.of("true"), List.of()))),
                new AdvancedEventSelector("writes", List.of(field("eventCategory", List.of("Management"), List.of()), field("readOnly", List.of("false"), List.of())))));
        var account = compliant().withTrails(trail("org-audit", true, true, true, split)).build();
        assertThat(only(check.evaluate(account, CONTEXT)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void failsWhenAnAdvancedSelectorFiltersOutEventSources() {
        var filtered = new TrailSelectors(List.of(), List.of(new AdvancedEventSelector("no kms", List.of(
                field("eventCategory", List.of("Management"), List.of()), field("eventSource", List.of(), List.of("kms.amazonaws.com"))))));
        var account = compliant().withTrails(trail("org-audit", true, true, true, filtered)).build();
        Finding finding = only(check.evaluate(account, CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("filters on eventSource");
    }

    @Test
    void failsWhenTheAccountHasNoTrail() {
        Finding finding = only(check.evaluate(compliant().withTrails().build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("the account has no trail");
    }

    @Test
    void unknownWhenTrailsCannotBeRead() {
        var account = compliant().withCloudTrail(denied("cloudtrail:DescribeTrails")).build();
        Finding finding = only(check.evaluate(account, CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("cloudtrail:DescribeTrails");
    }

    @Test
    void unknownWhenNoRegionCouldListTrails() {
        var account = compliant().withTrails().withTrailListing(Map.of("us-east-1", denied("cloudtrail:DescribeTrails"))).build();
        Finding finding = only(check.evaluate(account, CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("us-east-1").contains("cloudtrail:DescribeTrails");
    }

    @Test
    void unknownWhenTheStatusOfAnOtherwiseGoodTrailCannotBeRead() {
        Trail good = trail("org-audit", true, true, true, allManagementEvents());
        Trail statusDenied = new Trail(good.arn(), good.name(), good.homeRegion(), true, false, true, true, good.s3BucketName(), null, null, null,
                denied("cloudtrail:GetTrailStatus"), good.selectors());
        Finding finding = only(check.evaluate(compliant().withTrails(statusDenied).build(), CONTEXT));
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("cloudtrail:GetTrailStatus");
    }

    @Test
    void oneGoodTrailIsEnoughEvenWhenAnotherIsBroken() {
        Trail broken = new Trail("arn:aws:cloudtrail:eu-west-1:123456789012:trail/old", "old", "eu-west-1", false, false, false, false,
                "old-bucket", null, null, null, Evidence.collected(new TrailStatus(false, null, null, null, null, null, null)), Evidence.collected(allManagementEvents()));
        var account = compliant().withTrails(broken, trail("org-audit", true, true, true, allManagementEvents())).build();
        assertThat(only(check.evaluate(account, CONTEXT)).status()).isEqualTo(Status.PASS);
    }

    private static FieldSelector field(String name, List<String> equalTo, List<String> notEquals) {
        return new FieldSelector(name, equalTo, notEquals, List.of(), List.of(), List.of(), List.of());
    }
}
