package io.irready.checks;

import io.irready.checks.CheckSettings.RoleKind;
import io.irready.checks.CheckSettings.RoleSpec;
import io.irready.evidence.AccountAccess;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.OrganizationFacts;
import io.irready.evidence.RegionEvidence;
import io.irready.evidence.Target;
import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.cloudtrail.LifecycleRule;
import io.irready.evidence.cloudtrail.Trail;
import io.irready.evidence.cloudtrail.TrailSelectors;
import io.irready.evidence.cloudtrail.TrailSelectors.EventSelector;
import io.irready.evidence.cloudtrail.TrailStatus;
import io.irready.evidence.config.ConfigEvidence;
import io.irready.evidence.config.ConfigEvidence.DeliveryChannel;
import io.irready.evidence.config.ConfigEvidence.Recorder;
import io.irready.evidence.config.ConfigEvidence.RecorderStatus;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.iam.Role;
import io.irready.evidence.iam.Role.AttachedPolicy;
import io.irready.evidence.iam.TrustPolicy;
import io.irready.evidence.iam.TrustPolicy.Condition;
import io.irready.evidence.iam.TrustPolicy.Principal;
import io.irready.evidence.iam.TrustPolicy.Statement;
import io.irready.evidence.logs.LogsEvidence;
import io.irready.evidence.logs.LogsEvidence.LogGroup;
import io.irready.evidence.tagging.TaggingEvidence;
import io.irready.evidence.tagging.TaggingEvidence.TaggedResource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evidence fixtures for check tests: {@link #compliant()} is an account that passes every check;
 * the {@code with...} methods change one piece of it.
 */
public final class EvidenceFixtures {

    public static final String ACCOUNT = "123456789012";
    public static final String SECURITY_ACCOUNT = "111122223333";
    public static final String REGION = "us-east-1";
    public static final String TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit";
    public static final String INVESTIGATOR_ARN = "arn:aws:iam::123456789012:role/IR-Investigator";

    public static final CheckSettings SETTINGS = new CheckSettings(
            new CheckSettings.LogRetention(365),
            new CheckSettings.Tagging(List.of("Owner", "Environment")),
            new CheckSettings.ResponderRoles(
                    List.of(new RoleSpec("IR-Investigator", RoleKind.INVESTIGATOR), new RoleSpec("IR-Responder*", RoleKind.RESPONDER)),
                    List.of(SECURITY_ACCOUNT, "arn:aws:iam::123456789012:saml-provider/Okta"),
                    List.of("SecurityAudit", "ViewOnlyAccess")));

    public static final CheckContext CONTEXT = new CheckContext(SETTINGS, Instant.parse("2026-11-27T00:00:00Z"));

    private Evidence<CloudTrailEvidence> cloudTrail;
    private Evidence<IamEvidence> iam;
    private List<RegionEvidence> regions;
    private OrganizationFacts organization = OrganizationFacts.NONE;

    private EvidenceFixtures() {
    }

    public static EvidenceFixtures compliant() {
        EvidenceFixtures f = new EvidenceFixtures();
        f.cloudTrail = Evidence.collected(new CloudTrailEvidence(
                Map.of(REGION, Evidence.collected(List.of(TRAIL_ARN))),
                List.of(trail("org-audit", true, true, true, allManagementEvents())),
                Evidence.collected(List.of("audit-logs")),
                Map.of("audit-logs", Evidence.collected(List.of(new LifecycleRule("archive", true, "", 2555, null))))));
        f.iam = Evidence.collected(new IamEvidence(Evidence.collected(List.of(
                role("IR-Investigator", trust(allow(new Principal("AWS", "arn:aws:iam::111122223333:root"), bool("Bool", "true"))),
                        List.of(new AttachedPolicy("SecurityAudit", "arn:aws:iam::aws:policy/SecurityAudit"))),
                role("IR-Responder", trust(allow(new Principal("Federated", "arn:aws:iam::123456789012:saml-provider/Okta"))),
                        List.of(new AttachedPolicy("IRContainment", "arn:aws:iam::123456789012:policy/IRContainment"))),
                new Role("app-role", "arn:aws:iam::123456789012:role/app-role", "{}",
                        Evidence.collected(trust(allow(new Principal("Service", "ec2.amazonaws.com")))), null, null)))));
        f.regions = List.of(region(REGION, recordingConfig(true),
                Evidence.collected(new LogsEvidence(Evidence.collected(List.of(
                        new LogGroup("/aws/vpc/flow", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vpc/flow", 400, 10),
                        new LogGroup("/aws/archive", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/archive", null, 10))))),
                Evidence.collected(new TaggingEvidence(Evidence.collected(List.of(
                        new TaggedResource("arn:aws:s3:::audit-logs", Map.of("Owner", "security", "Environment", "prod"))))))));
        return f;
    }

    public AccountEvidence build() {
        return new AccountEvidence(new Target(ACCOUNT, "prod", "", regions.stream().map(RegionEvidence::region).toList(), null),
                Evidence.collected(new AccountAccess(null, null)), cloudTrail, iam, regions, organization);
    }

    /** The account as a member of an organization with these facts. */
    public EvidenceFixtures withOrganization(OrganizationFacts organization) {
        this.organization = organization;
        return this;
    }

    public EvidenceFixtures withCloudTrail(Evidence<CloudTrailEvidence> evidence) {
        this.cloudTrail = evidence;
        return this;
    }

    public EvidenceFixtures withTrails(Trail... trails) {
        CloudTrailEvidence current = cloudTrail.data().orElseThrow();
        this.cloudTrail = Evidence.collected(new CloudTrailEvidence(current.trailArnsByRegion(), List.of(trails), current.ownedBuckets(), current.bucketLifecycles()));
        return this;
    }

    public EvidenceFixtures withBucketLifecycle(Evidence<List<LifecycleRule>> lifecycle) {
        CloudTrailEvidence current = cloudTrail.data().orElseThrow();
        this.cloudTrail = Evidence.collected(new CloudTrailEvidence(current.trailArnsByRegion(), current.trails(), current.ownedBuckets(), Map.of("audit-logs", lifecycle)));
        return this;
    }

    public EvidenceFixtures withTrailListing(Map<String, Evidence<List<String>>> listing) {
        CloudTrailEvidence current = cloudTrail.data().orElseThrow();
        this.cloudTrail = Evidence.collected(new CloudTrailEvidence(listing, current.trails(), current.ownedBuckets(), current.bucketLifecycles()));
        return this;
    }

    public EvidenceFixtures withIam(Evidence<IamEvidence> evidence) {
        this.iam = evidence;
        return this;
    }

    public EvidenceFixtures withRoles(Role... roles) {
        this.iam = Evidence.collected(new IamEvidence(Evidence.collected(List.of(roles))));
        return this;
    }

    public EvidenceFixtures withRegions(RegionEvidence... regions) {
        this.regions = List.of(regions);
        return this;
    }

    public EvidenceFixtures withRegion(RegionEvidence region) {
        List<RegionEvidence> changed = new ArrayList<>(regions);
        changed.replaceAll(r -> r.region().equals(region.region()) ? region : r);
        this.regions = changed;
        return this;
    }

    public RegionEvidence region() {
        return regions.get(0);
    }

    public static RegionEvidence region(String name, Evidence<ConfigEvidence> config, Evidence<LogsEvidence> logs, Evidence<TaggingEvidence> tagging) {
        return new RegionEvidence(name, config, logs, tagging);
    }

    public static Evidence<ConfigEvidence> recordingConfig(boolean includeGlobal) {
        return Evidence.collected(new ConfigEvidence(
                Evidence.collected(List.of(new Recorder("default", "arn:aws:iam::123456789012:role/config", true, includeGlobal, "ALL_SUPPORTED_RESOURCE_TYPES", null))),
                Evidence.collected(List.of(new RecorderStatus("default", true, "SUCCESS", null, null, Instant.parse("2026-11-26T00:00:00Z")))),
                Evidence.collected(List.of(new DeliveryChannel("default", "config-bucket", null)))));
    }

    public static Trail trail(String name, boolean multiRegion, boolean validation, boolean logging, TrailSelectors selectors) {
        return new Trail("arn:aws:cloudtrail:us-east-1:123456789012:trail/" + name, name, REGION, multiRegion, false, true, validation,
                "audit-logs", null,
                Evidence.collected(new TrailStatus(logging, Instant.parse("2026-11-26T23:00:00Z"), null)),
                Evidence.collected(selectors));
    }

    public static TrailSelectors allManagementEvents() {
        return new TrailSelectors(List.of(new EventSelector("All", true, List.of())), List.of());
    }

    public static Role role(String name, TrustPolicy trust, List<AttachedPolicy> attached) {
        return new Role(name, "arn:aws:iam::123456789012:role/" + name, "{}", Evidence.collected(trust),
                Evidence.collected(attached), Evidence.collected(List.of()));
    }

    public static TrustPolicy trust(Statement... statements) {
        return new TrustPolicy(List.of(statements));
    }

    public static Statement allow(Principal principal, Condition... conditions) {
        String action = "Federated".equals(principal.type()) ? "sts:AssumeRoleWithSAML" : "sts:AssumeRole";
        return new Statement("Allow", List.of(principal), List.of(), List.of(action), List.of(conditions));
    }

    public static Condition bool(String operator, String value) {
        return new Condition(operator, "aws:MultiFactorAuthPresent", List.of(value));
    }

    public static <T> Evidence<T> denied(String action) {
        return new Evidence.Denied<>(action, "User is not authorized to perform: " + action);
    }

    /** Writes each file of an account's collected evidence into a bundle, as the collectors would. */
    public static void write(EvidenceBundle bundle, AccountEvidence account) {
        String id = account.target().accountId();
        bundle.write(id, null, EvidenceFile.CLOUDTRAIL, account.cloudTrail().data().orElseThrow());
        bundle.write(id, null, EvidenceFile.IAM, account.iam().data().orElseThrow());
        for (RegionEvidence region : account.regions()) {
            bundle.write(id, region.region(), EvidenceFile.CONFIG, region.config().data().orElseThrow());
            bundle.write(id, region.region(), EvidenceFile.LOGS, region.logs().data().orElseThrow());
            bundle.write(id, region.region(), EvidenceFile.TAGGING, region.tagging().data().orElseThrow());
        }
    }
}
