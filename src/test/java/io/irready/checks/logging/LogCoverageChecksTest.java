package io.irready.checks.logging;

import io.irready.attestations.Attestations;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.checks.TestSettings;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailStatus;
import io.irready.services.config.ConfigAggregators;
import io.irready.services.ec2.Ec2Network;
import io.irready.services.eks.EksClusters;
import io.irready.services.elb.LoadBalancers;
import io.irready.services.rds.RdsInstances;
import io.irready.services.route53.HostedZones;
import io.irready.services.route53resolver.ResolverQueryLogging;
import io.irready.services.s3.S3Buckets;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.securitylake.LogQueryStores;
import io.irready.services.securitylake.OrganizationSecurityLake;
import io.irready.services.waf.WebAcls;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.LOG_ARCHIVE_ACCOUNT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.logBucket;
import static io.irready.checks.EvidenceFixtures.organizationEvidence;
import static io.irready.checks.EvidenceFixtures.trail;
import static io.irready.checks.EvidenceFixtures.allManagementEvents;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-LOG-06, -13 to -18: where logs go, and which sources log at all. */
class LogCoverageChecksTest {

    private static final String TRAILS = "data/123456789012/cloudtrail.trails.json";
    private static final String NETWORK = "data/123456789012/us-east-1/ec2.network.json";

    @Test
    void logsLeaveTheAccountThroughAnOrganizationTrailOrAnotherAccountsBucket() {
        var check = new CentralizedLoggingCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, TRAILS);
        Trail local = trail("local", true, true, true, allManagementEvents());
        var own = compliant().withTrails(local).withOwnedBuckets(List.of("audit-logs"));
        assertThat(only(check.evaluate(own.build(), CONTEXT), Status.FAIL, TRAILS).message()).contains("audit-logs in this account");
        var archived = compliant().withTrails(new Trail(local.arn(), local.name(), "us-east-1", true, false, true, true, "archive-bucket", null,
                        null, null, local.status(), local.selectors()))
                .withOther(LOG_ARCHIVE_ACCOUNT, CloudTrailEvidence.TYPE, null, Evidence.collected(new CloudTrailEvidence(Map.of(), List.of(),
                        Evidence.collected(List.of("archive-bucket")), Map.of("archive-bucket", logBucket("archive-bucket", Evidence.collected(List.of()))))));
        assertThat(only(check.evaluate(archived.build(), CONTEXT), Status.PASS, TRAILS).message()).contains("account " + LOG_ARCHIVE_ACCOUNT + " does");
        var elsewhere = compliant().withTrails(new Trail(local.arn(), local.name(), "us-east-1", true, false, true, true, "nobody-knows", null,
                null, null, local.status(), local.selectors()));
        assertThat(only(check.evaluate(elsewhere.build(), CONTEXT), Status.PASS, TRAILS).message()).contains("which this account does not own");
        var inTheArchive = TestSettings.bound(io.irready.checks.EvidenceFixtures.SETTINGS
                + "    organization-accounts:\n      log-archive: {id: \"" + LOG_ARCHIVE_ACCOUNT + "\"}\n").context(CONTEXT.evaluatedAt());
        only(check.evaluate(elsewhere.build(), inTheArchive), Status.UNKNOWN, TRAILS);
    }

    @Test
    void anOrganizationTrailCountsOnlyWhileItLogsAndDeliversOutsideTheAccount() {
        var check = new CentralizedLoggingCheck();
        Trail organization = io.irready.checks.EvidenceFixtures.organizationTrail();
        var stopped = compliant().withTrails(organization.withDetails(Evidence.collected(new TrailStatus(false, null, null, null, null, null, null)),
                organization.selectors()));
        assertThat(only(check.evaluate(stopped.build(), CONTEXT), Status.FAIL, TRAILS).message()).contains("is not logging");
        var silent = compliant().withTrails(organization.withDetails(Evidence.collected(new TrailStatus(true, Instant.parse("2026-11-20T00:00:00Z"),
                null, null, null, null, null)), organization.selectors()));
        assertThat(only(check.evaluate(silent.build(), CONTEXT), Status.FAIL, TRAILS).message()).contains("delivered nothing to S3 in 24 hours");
        // The management account, whose organization trail delivers into its own bucket: its logs stay inside it.
        var ownBucket = compliant().withOwnedBuckets(List.of("audit-logs"));
        assertThat(only(check.evaluate(ownBucket.build(), CONTEXT), Status.FAIL, TRAILS).message()).contains("delivers to bucket audit-logs in this account");
        var unread = compliant().withOwnedBuckets(null);
        only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, TRAILS);
    }

    @Test
    void anOrganizationAggregatorOfAllRegionsCoversTheAccount() {
        var check = new ConfigAggregationCheck();
        assertThat(only(check.evaluate(compliant().build(), CONTEXT)).status()).isEqualTo(Status.PASS);
        var partial = compliant().with(ConfigAggregators.TYPE, "us-east-1", new ConfigAggregators(Evidence.collected(List.of(
                new ConfigAggregators.Aggregator("org", true, List.of(), false, List.of("us-east-1"), sources("SUCCEEDED"))))));
        assertThat(only(check.evaluate(partial.build(), CONTEXT), Status.FAIL, "data/123456789012/us-east-1/config.aggregators.json").message())
                .contains("covers only us-east-1");
        var denied = compliant().withEvidence(ConfigAggregators.TYPE, "us-east-1", denied("config:DescribeConfigurationAggregators"));
        only(check.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, "data/123456789012/us-east-1/config.aggregators.json");
    }

    @Test
    void anAggregatorThatExistsButFailsToAggregateTheAccountDoesNotPass() {
        var check = new ConfigAggregationCheck();
        var failing = compliant().with(ConfigAggregators.TYPE, "us-east-1", new ConfigAggregators(Evidence.collected(List.of(
                new ConfigAggregators.Aggregator("org", true, List.of(), true, List.of(), Evidence.collected(List.of(
                        new ConfigAggregators.SourceStatus("o-example", "ORGANIZATION", "us-east-1", "SUCCEEDED", null),
                        new ConfigAggregators.SourceStatus("o-example", "ORGANIZATION", "eu-west-1", "FAILED", "AccessDeniedException"))))))));
        assertThat(only(check.evaluate(failing.build(), CONTEXT), Status.FAIL, AGGREGATORS).message())
                .contains("last failed to aggregate in eu-west-1 (AccessDeniedException)");
        var silent = compliant().with(ConfigAggregators.TYPE, "us-east-1", new ConfigAggregators(Evidence.collected(List.of(
                new ConfigAggregators.Aggregator("org", true, List.of(), true, List.of(), Evidence.collected(List.of()))))));
        assertThat(only(check.evaluate(silent.build(), CONTEXT), Status.UNKNOWN, AGGREGATORS).message()).contains("reports no aggregation");
        var unread = compliant().with(ConfigAggregators.TYPE, "us-east-1", new ConfigAggregators(Evidence.collected(List.of(
                new ConfigAggregators.Aggregator("org", true, List.of(), true, List.of(),
                        denied("config:DescribeConfigurationAggregatorSourcesStatus"))))));
        assertThat(only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, AGGREGATORS).message()).contains("DescribeConfigurationAggregatorSourcesStatus");
        // Another account's failing source is that account's problem, not this one's.
        var otherAccount = compliant().with(ConfigAggregators.TYPE, "us-east-1", new ConfigAggregators(Evidence.collected(List.of(
                new ConfigAggregators.Aggregator("list", false, List.of("123456789012", "555555555555"), true, List.of(), Evidence.collected(List.of(
                        new ConfigAggregators.SourceStatus("123456789012", "ACCOUNT", "us-east-1", "SUCCEEDED", null),
                        new ConfigAggregators.SourceStatus("555555555555", "ACCOUNT", "us-east-1", "FAILED", "AccessDenied"))))))));
        only(check.evaluate(otherAccount.build(), CONTEXT), Status.PASS, AGGREGATORS);
    }

    private static final String AGGREGATORS = "data/123456789012/us-east-1/config.aggregators.json";

    private static Evidence<List<ConfigAggregators.SourceStatus>> sources(String status) {
        return Evidence.collected(List.of(new ConfigAggregators.SourceStatus("o-example", "ORGANIZATION", "us-east-1", status, null)));
    }

    @Test
    void aSharedVpcIsJudgedInItsOwnerNeverFailedInTheParticipant() {
        var shared = compliant().with(Ec2Network.TYPE, "us-east-1", new Ec2Network(Evidence.collected(List.of(
                new Ec2Network.Vpc("vpc-1", false, "123456789012"), new Ec2Network.Vpc("vpc-shared", false, LOG_ARCHIVE_ACCOUNT))),
                Evidence.collected(List.of(new Ec2Network.FlowLog("fl-1", "vpc-1", "ACTIVE", "ALL", "s3")))));
        for (var check : List.of(new VpcFlowLogsCheck(), new DnsQueryLoggingCheck())) {
            assertThat(onlyFor(check.evaluate(shared.build(), CONTEXT), "vpc-shared").status()).as(check.metadata().id() + ": the owner is not audited")
                    .isEqualTo(Status.UNKNOWN);
            var ownerAudited = compliant().with(Ec2Network.TYPE, "us-east-1", shared.build().get(Ec2Network.TYPE, "us-east-1").data().get())
                    .withOther(LOG_ARCHIVE_ACCOUNT, Ec2Network.TYPE, "us-east-1", Evidence.collected(new Ec2Network(Evidence.collected(List.of()),
                            Evidence.collected(List.of()))));
            Finding inParticipant = onlyFor(check.evaluate(ownerAudited.build(), CONTEXT), "vpc-shared");
            assertThat(inParticipant.status()).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(inParticipant.message()).contains("shared with this account by account " + LOG_ARCHIVE_ACCOUNT).contains("judged there");
        }
    }

    @Test
    void everyVpcLogsAllTrafficRejectOnlyIsNotEnough() {
        var check = new VpcFlowLogsCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, NETWORK);
        var network = new Ec2Network(Evidence.collected(List.of(new Ec2Network.Vpc("vpc-1", false), new Ec2Network.Vpc("vpc-2", true),
                new Ec2Network.Vpc("vpc-3", false))), Evidence.collected(List.of(new Ec2Network.FlowLog("fl-1", "vpc-1", "ACTIVE", "REJECT", "s3"),
                new Ec2Network.FlowLog("fl-3", "vpc-3", "FAILED", "ALL", "s3"))));
        List<Finding> findings = check.evaluate(compliant().with(Ec2Network.TYPE, "us-east-1", network).build(), CONTEXT);
        assertThat(onlyFor(findings, "vpc-1", Status.FAIL, NETWORK).message()).contains("only REJECT");
        assertThat(onlyFor(findings, "vpc-2", Status.FAIL, NETWORK).message()).contains("(default) has no flow log");
        assertThat(onlyFor(findings, "vpc-3", Status.FAIL, NETWORK).message()).contains("no active flow log");
        var none = compliant().with(Ec2Network.TYPE, "us-east-1", new Ec2Network(Evidence.collected(List.of()), Evidence.collected(List.of())));
        only(check.evaluate(none.build(), CONTEXT), Status.NOT_APPLICABLE, NETWORK);
        var unread = compliant().with(Ec2Network.TYPE, "us-east-1", new Ec2Network(Evidence.collected(List.of(new Ec2Network.Vpc("vpc-1", false))),
                denied("ec2:DescribeFlowLogs")));
        onlyFor(check.evaluate(unread.build(), CONTEXT), "vpc-1", Status.UNKNOWN, NETWORK);
    }

    @Test
    void everyVpcAndPublicZoneLogsDnsQueries() {
        var check = new DnsQueryLoggingCheck();
        List<Finding> ok = check.evaluate(compliant().build(), CONTEXT);
        onlyFor(ok, "vpc-1", Status.PASS, "data/123456789012/us-east-1/route53resolver.query-logging.json");
        onlyFor(ok, "Z1", Status.PASS, "data/123456789012/route53.zones.json");
        var gaps = compliant()
                .with(ResolverQueryLogging.TYPE, "us-east-1", new ResolverQueryLogging(Evidence.collected(List.of(
                        new ResolverQueryLogging.Association("c", "vpc-1", "FAILED")))))
                .with(HostedZones.TYPE, new HostedZones(Evidence.collected(List.of(new HostedZones.Zone("Z1", "example.com.", false),
                        new HostedZones.Zone("Z2", "example.org.", false), new HostedZones.Zone("Z3", "internal.", true))), Evidence.collected(List.of("Z1"))));
        List<Finding> findings = check.evaluate(gaps.build(), CONTEXT);
        onlyFor(findings, "vpc-1", Status.FAIL, "data/123456789012/us-east-1/route53resolver.query-logging.json");
        onlyFor(findings, "Z1", Status.PASS, "data/123456789012/route53.zones.json");
        onlyFor(findings, "Z2", Status.FAIL, "data/123456789012/route53.zones.json");
        assertThat(findings).noneMatch(f -> f.resourceId().equals("Z3"));
        var unread = compliant().withEvidence(ResolverQueryLogging.TYPE, "us-east-1", denied("route53resolver:ListResolverQueryLogConfigAssociations"));
        onlyFor(check.evaluate(unread.build(), CONTEXT), "vpc-1", Status.UNKNOWN, "data/123456789012/us-east-1/route53resolver.query-logging.json");
    }

    @Test
    void bucketsLogTheirServerAccess() {
        var check = new BucketAccessLoggingCheck();
        String ref = "data/123456789012/s3.buckets.json";
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, ref);
        var quiet = compliant().with(S3Buckets.TYPE, new S3Buckets(Evidence.collected(List.of(new S3Buckets.Bucket("data", Evidence.collected(null)),
                new S3Buckets.Bucket("other", denied("s3:GetBucketLogging"))))));
        List<Finding> findings = check.evaluate(quiet.build(), CONTEXT);
        onlyFor(findings, "arn:aws:s3:::data", Status.FAIL, ref);
        onlyFor(findings, "arn:aws:s3:::other", Status.UNKNOWN, ref);
        only(check.evaluate(compliant().with(S3Buckets.TYPE, new S3Buckets(Evidence.collected(List.of()))).build(), CONTEXT),
                Status.NOT_APPLICABLE, ref);
    }

    @Test
    void applicationTiersLog() {
        var check = new ApplicationLogsCheck();
        assertThat(check.evaluate(compliant().build(), CONTEXT)).hasSize(4).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.PASS));
        var quiet = compliant()
                .with(LoadBalancers.TYPE, "us-east-1", new LoadBalancers(Evidence.collected(List.of(
                        new LoadBalancers.LoadBalancer("arn:alb", "web", "application", Evidence.collected(false)),
                        new LoadBalancers.LoadBalancer("arn:nlb", "tcp", "network", Evidence.collected(false)))),
                        Evidence.collected(List.of(new LoadBalancers.LoadBalancer("arn:classic", "legacy", "classic", Evidence.collected(false))))))
                .with(WebAcls.TYPE, "us-east-1", new WebAcls(Evidence.collected(List.of(new WebAcls.WebAcl("arn:acl", "acl", "REGIONAL",
                        denied("wafv2:GetLoggingConfiguration"))))))
                .with(EksClusters.TYPE, "us-east-1", new EksClusters(Evidence.collected(List.of())))
                .with(RdsInstances.TYPE, "us-east-1", new RdsInstances(Evidence.collected(List.of(new RdsInstances.Instance("db", "arn:db", "mysql",
                        List.of(), 7, true, null)))));
        List<Finding> findings = check.evaluate(quiet.build(), CONTEXT);
        onlyFor(findings, "arn:alb", Status.FAIL, "data/123456789012/us-east-1/elb.load-balancers.json");
        assertThat(findings).noneMatch(f -> f.resourceId().equals("arn:nlb"));
        assertThat(onlyFor(findings, "arn:classic", Status.FAIL, "data/123456789012/us-east-1/elb.load-balancers.json").message())
                .contains("Classic Load Balancer legacy does not log access");
        var classicUnlisted = compliant().with(LoadBalancers.TYPE, "us-east-1", new LoadBalancers(Evidence.collected(List.of()),
                denied("elasticloadbalancing:DescribeLoadBalancers")));
        onlyFor(check.evaluate(classicUnlisted.build(), CONTEXT), "Classic Load Balancers in us-east-1", Status.UNKNOWN,
                "data/123456789012/us-east-1/elb.load-balancers.json");
        onlyFor(findings, "arn:acl", Status.UNKNOWN, "data/123456789012/us-east-1/waf.web-acls.json");
        onlyFor(findings, "arn:db", Status.FAIL, "data/123456789012/us-east-1/rds.instances.json");
        var unread = compliant().withEvidence(EksClusters.TYPE, "us-east-1", denied("eks:ListClusters"));
        onlyFor(check.evaluate(unread.build(), CONTEXT), "EKS clusters in us-east-1", Status.UNKNOWN, "data/123456789012/us-east-1/eks.clusters.json");
    }

    @Test
    void logsAreQueryableThroughALakeOrAnAttestedSiem() {
        var check = new LogsQueryableCheck();
        String ref = "data/123456789012/us-east-1/logs.query-stores.json";
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, ref);
        var lake = compliant().with(LogQueryStores.TYPE, "us-east-1", new LogQueryStores(Evidence.collected(List.of()), Evidence.collected(true)));
        only(check.evaluate(lake.build(), CONTEXT), Status.PASS, ref);
        var none = compliant().with(LogQueryStores.TYPE, "us-east-1", new LogQueryStores(Evidence.collected(List.of()), Evidence.collected(false)));
        only(check.evaluate(none.build(), CONTEXT), Status.PASS, "data/attestations.json");
        var unattested = none.withAttestations(Evidence.collected(new Attestations("config/attestations.yml", List.of())));
        only(check.evaluate(unattested.build(), CONTEXT), Status.FAIL, ref);
        var unsupported = unattested.with(LogQueryStores.TYPE, "us-east-1", new LogQueryStores(Evidence.collected(List.of()),
                new Evidence.Unsupported<>("securitylake:ListDataLakes", "HTTP 500")));
        only(check.evaluate(unsupported.build(), CONTEXT), Status.UNKNOWN, ref);
    }

    @Test
    void theOrganizationsStoresCreditTheMemberAsOrganizationTrailsDo() {
        var check = new LogsQueryableCheck();
        var noStoreHere = compliant().with(LogQueryStores.TYPE, "us-east-1", new LogQueryStores(Evidence.collected(List.of()), Evidence.collected(false)))
                .withAttestations(Evidence.collected(new Attestations("config/attestations.yml", List.of())));
        only(check.evaluate(noStoreHere.build(), CONTEXT), Status.FAIL, "data/123456789012/us-east-1/logs.query-stores.json");

        var eventStore = noStoreHere.inOrganization(stores(Evidence.collected(List.of("arn:aws:cloudtrail:us-east-1:999988887777:eventdatastore/org")),
                Evidence.collected(null)));
        assertThat(only(check.evaluate(eventStore.build(), CONTEXT), Status.PASS, "data/organization.json").message())
                .contains("organization event data store");

        var collecting = new OrganizationSecurityLake(LOG_ARCHIVE_ACCOUNT, Evidence.collected(List.of("us-east-1")),
                Evidence.collected(List.of("123456789012/us-east-1")));
        var securityLake = noStoreHere.inOrganization(stores(Evidence.collected(List.of()), Evidence.collected(collecting)));
        assertThat(only(check.evaluate(securityLake.build(), CONTEXT), Status.PASS, "data/organization.json").message())
                .contains("delegated administrator " + LOG_ARCHIVE_ACCOUNT);

        var elsewhere = new OrganizationSecurityLake(LOG_ARCHIVE_ACCOUNT, Evidence.collected(List.of("us-east-1")),
                Evidence.collected(List.of("444455556666/us-east-1")));
        only(check.evaluate(noStoreHere.inOrganization(stores(Evidence.collected(List.of()), Evidence.collected(elsewhere))).build(), CONTEXT),
                Status.FAIL, "data/123456789012/us-east-1/logs.query-stores.json");

        var unread = new OrganizationSecurityLake(LOG_ARCHIVE_ACCOUNT, Evidence.collected(List.of("us-east-1")), denied("securitylake:ListLogSources"));
        only(check.evaluate(noStoreHere.inOrganization(stores(Evidence.collected(List.of()), Evidence.collected(unread))).build(), CONTEXT),
                Status.UNKNOWN, "data/123456789012/us-east-1/logs.query-stores.json");
    }

    private static OrganizationEvidence stores(Evidence<List<String>> eventDataStores, Evidence<OrganizationSecurityLake> securityLake) {
        var o = organizationEvidence();
        return new OrganizationEvidence(o.organizationId(), o.managementAccountId(), o.collectedInAccount(), o.organizationTrails(), o.accounts(),
                o.delegatedAdministrators(), o.tagPolicies(), o.iamOrganizationsFeatures(), o.identityCenter(), eventDataStores, securityLake);
    }
}
