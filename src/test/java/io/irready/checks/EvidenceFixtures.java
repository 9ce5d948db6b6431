package io.irready.checks;

import io.irready.attestations.Attestations;
import io.irready.attestations.AttestedItem;
import io.irready.evidence.AccountAccess;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceType;
import io.irready.evidence.OrganizationFacts;
import io.irready.evidence.Target;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.LifecycleRule;
import io.irready.services.cloudtrail.LogBucket;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailSelectors.EventSelector;
import io.irready.services.cloudtrail.TrailStatus;
import io.irready.services.config.ConfigEvidence;
import io.irready.services.config.ConfigEvidence.DeliveryChannel;
import io.irready.services.config.ConfigEvidence.Recorder;
import io.irready.services.config.ConfigEvidence.RecorderStatus;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;
import io.irready.services.iam.Role.AttachedPolicy;
import io.irready.services.iam.TrustPolicy;
import io.irready.services.iam.TrustPolicy.Condition;
import io.irready.services.iam.TrustPolicy.Principal;
import io.irready.services.iam.TrustPolicy.Statement;
import io.irready.services.logs.LogsEvidence;
import io.irready.services.logs.LogsEvidence.LogGroup;
import io.irready.services.tagging.TaggingEvidence;
import io.irready.services.tagging.TaggingEvidence.TaggedResource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence fixtures for check tests: {@link #compliant()} is an account in us-east-1 whose CloudTrail,
 * IAM roles, Config, log groups and tags pass their checks; {@link #with} adds or replaces one type's
 * evidence. A type a fixture lacks reads as a FAILED outcome naming it.
 */
public final class EvidenceFixtures {

    public static final String ACCOUNT = "123456789012";
    public static final String SECURITY_ACCOUNT = "111122223333";
    public static final String REGION = "us-east-1";
    public static final String TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:123456789012:trail/org-audit";
    public static final String INVESTIGATOR_ARN = "arn:aws:iam::123456789012:role/IR-Investigator";
    public static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    /** The settings the fixtures are judged against: the packaged defaults, with these over them. */
    public static final String SETTINGS = """
            irready:
              checks:
                tagging:
                  required-keys: [Owner, Environment]
                responder-roles:
                  roles:
                    - name: IR-Investigator
                      kind: investigator
                    - name: IR-Responder*
                      kind: responder
                  trusted-principals: ["111122223333", "arn:aws:iam::123456789012:saml-provider/Okta"]
            """;

    public static final CheckContext CONTEXT = TestSettings.bound(SETTINGS).context(NOW);

    /** Every item attested two months before {@link #NOW}. */
    public static final Attestations ATTESTED = new Attestations("config/attestations.yml", java.util.Arrays.stream(AttestedItem.values())
            .map(item -> new Attestations.Attestation(item.key(), java.time.LocalDate.parse("2026-09-27"), "Security operations",
                    "https://wiki.example.com/" + item.key())).toList());

    private final Map<String, Evidence<?>> evidence = new LinkedHashMap<>();
    private List<String> regions = List.of(REGION);
    private OrganizationFacts organization = OrganizationFacts.NONE;
    private Evidence<Attestations> attestations = Evidence.collected(ATTESTED);
    private Evidence<AccountAccess> access = Evidence.collected(new AccountAccess(null, null));

    private EvidenceFixtures() {
    }

    public static EvidenceFixtures account() {
        return new EvidenceFixtures();
    }

    public static EvidenceFixtures compliant() {
        EvidenceFixtures f = new EvidenceFixtures();
        f.with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(
                Map.of(REGION, Evidence.collected(List.of(TRAIL_ARN))),
                List.of(trail("org-audit", true, true, true, allManagementEvents())),
                Evidence.collected(List.of("audit-logs")),
                Map.of("audit-logs", logBucket("audit-logs", Evidence.collected(List.of(new LifecycleRule("archive", true, "", 2555, null)))))));
        f.with(IamRoles.TYPE, new IamRoles(Evidence.collected(List.of(
                role("IR-Investigator", trust(allow(new Principal("AWS", "arn:aws:iam::111122223333:root"), bool("Bool", "true"))),
                        List.of(new AttachedPolicy("SecurityAudit", "arn:aws:iam::aws:policy/SecurityAudit"))),
                role("IR-Responder", trust(allow(new Principal("Federated", "arn:aws:iam::123456789012:saml-provider/Okta"))),
                        List.of(new AttachedPolicy("IRContainment", "arn:aws:iam::123456789012:policy/IRContainment"))),
                new Role("app-role", "arn:aws:iam::123456789012:role/app-role", "{}",
                        Evidence.collected(trust(allow(new Principal("Service", "ec2.amazonaws.com")))), null, null, null)))));
        f.with(ConfigEvidence.TYPE, REGION, recordingConfig(true).data().orElseThrow());
        f.with(LogsEvidence.TYPE, REGION, new LogsEvidence(Evidence.collected(List.of(
                new LogGroup("/aws/vpc/flow", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vpc/flow", 400, 10),
                new LogGroup("/aws/archive", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/archive", null, 10))),
                Evidence.collected(List.of())));
        f.with(TaggingEvidence.TYPE, REGION, new TaggingEvidence(Evidence.collected(List.of(
                new TaggedResource("arn:aws:s3:::audit-logs", Map.of("Owner", "security", "Environment", "prod"))))));
        return f;
    }

    public AccountEvidence build() {
        Map<String, Evidence<?>> held = new LinkedHashMap<>(evidence);
        return new AccountEvidence(new Target(ACCOUNT, "prod", "", List.of(), regions, null), access, new AccountEvidence.Source() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Evidence<T> read(EvidenceType<T> type, String region) {
                Evidence<?> found = held.get(key(type, region));
                return found != null ? (Evidence<T>) found : new Evidence.Failed<>("collection", "the fixture has no " + key(type, region));
            }
        }, organization, attestations);
    }

    public <T> EvidenceFixtures with(EvidenceType<T> type, T value) {
        return withEvidence(type, null, Evidence.collected(value));
    }

    public <T> EvidenceFixtures with(EvidenceType<T> type, String region, T value) {
        return withEvidence(type, region, Evidence.collected(value));
    }

    /** Any outcome of a type's evidence; {@code region} null for a per-account type. */
    public <T> EvidenceFixtures withEvidence(EvidenceType<T> type, String region, Evidence<T> outcome) {
        evidence.put(key(type, region), outcome);
        return this;
    }

    /** The fixture's current evidence of a type. */
    @SuppressWarnings("unchecked")
    public <T> T get(EvidenceType<T> type, String region) {
        return ((Evidence<T>) evidence.get(key(type, region))).data().orElseThrow();
    }

    /** The Regions in scope; each needs its per-Region evidence. */
    public EvidenceFixtures regions(String... regions) {
        this.regions = List.of(regions);
        return this;
    }

    public EvidenceFixtures withCloudTrail(Evidence<CloudTrailEvidence> outcome) {
        return withEvidence(CloudTrailEvidence.TYPE, null, outcome);
    }

    public EvidenceFixtures withTrails(Trail... trails) {
        CloudTrailEvidence current = get(CloudTrailEvidence.TYPE, null);
        return with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(current.trailArnsByRegion(), List.of(trails), current.ownedBuckets(),
                current.logBuckets()));
    }

    public EvidenceFixtures withLogBucket(LogBucket bucket) {
        CloudTrailEvidence current = get(CloudTrailEvidence.TYPE, null);
        return with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(current.trailArnsByRegion(), current.trails(), current.ownedBuckets(),
                Map.of(bucket.name(), bucket)));
    }

    public EvidenceFixtures withBucketLifecycle(Evidence<List<LifecycleRule>> lifecycle) {
        return withLogBucket(logBucket("audit-logs", lifecycle));
    }

    public EvidenceFixtures withTrailListing(Map<String, Evidence<List<String>>> listing) {
        CloudTrailEvidence current = get(CloudTrailEvidence.TYPE, null);
        return with(CloudTrailEvidence.TYPE, new CloudTrailEvidence(listing, current.trails(), current.ownedBuckets(), current.logBuckets()));
    }

    public EvidenceFixtures withIam(Evidence<IamRoles> outcome) {
        return withEvidence(IamRoles.TYPE, null, outcome);
    }

    public EvidenceFixtures withRoles(Role... roles) {
        return with(IamRoles.TYPE, new IamRoles(Evidence.collected(List.of(roles))));
    }

    /** The account as a member of an organization with these facts. */
    public EvidenceFixtures withOrganization(OrganizationFacts organization) {
        this.organization = organization;
        return this;
    }

    public EvidenceFixtures withAttestations(Evidence<Attestations> attestations) {
        this.attestations = attestations;
        return this;
    }

    public EvidenceFixtures withAccess(Evidence<AccountAccess> access) {
        this.access = access;
        return this;
    }

    private static String key(EvidenceType<?> type, String region) {
        return type.name() + (region == null ? "" : "/" + region);
    }

    public static Evidence<ConfigEvidence> recordingConfig(boolean includeGlobal) {
        return Evidence.collected(new ConfigEvidence(
                Evidence.collected(List.of(new Recorder("default", "arn:aws:iam::123456789012:role/config", true, includeGlobal, "ALL_SUPPORTED_RESOURCE_TYPES", null))),
                Evidence.collected(List.of(new RecorderStatus("default", true, "SUCCESS", null, null, Instant.parse("2026-11-26T00:00:00Z")))),
                Evidence.collected(List.of(new DeliveryChannel("default", "config-bucket", null)))));
    }

    /** A log bucket that is private, logged, versioned with MFA delete and locked, with the given lifecycle. */
    public static LogBucket logBucket(String name, Evidence<List<LifecycleRule>> lifecycle) {
        return new LogBucket(name, REGION, lifecycle, Evidence.collected(new LogBucket.PublicAccessBlock(true, true, true, true)),
                Evidence.collected(false), Evidence.collected("access-logs"), Evidence.collected(new LogBucket.Versioning("Enabled", true)),
                Evidence.collected(new LogBucket.ObjectLock(true, "COMPLIANCE", 365, null)));
    }

    public static Trail trail(String name, boolean multiRegion, boolean validation, boolean logging, TrailSelectors selectors) {
        return new Trail("arn:aws:cloudtrail:us-east-1:123456789012:trail/" + name, name, REGION, multiRegion, false, true, validation,
                "audit-logs", null, null, null,
                Evidence.collected(new TrailStatus(logging, Instant.parse("2026-11-26T23:00:00Z"), null, Instant.parse("2026-11-26T23:00:00Z"),
                        null, null, null)),
                Evidence.collected(selectors));
    }

    public static TrailSelectors allManagementEvents() {
        return new TrailSelectors(List.of(new EventSelector("All", true, List.of(), List.of())), List.of());
    }

    public static Role role(String name, TrustPolicy trust, List<AttachedPolicy> attached) {
        return new Role(name, "arn:aws:iam::123456789012:role/" + name, "{}", Evidence.collected(trust),
                Evidence.collected(attached), Evidence.collected(List.of()), Evidence.collected(Instant.parse("2026-10-01T00:00:00Z")));
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

    /** Writes each piece of the fixture's collected evidence into a bundle, as the collectors would. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void write(EvidenceBundle bundle, List<EvidenceType<?>> types) {
        for (EvidenceType<?> type : types) {
            for (String region : type.perRegion() ? regions : java.util.Collections.<String>singletonList(null)) {
                Evidence<?> outcome = evidence.get(key(type, region));
                if (outcome != null && outcome.data().isPresent()) {
                    bundle.write(ACCOUNT, region, (EvidenceType) type, outcome.data().get());
                }
            }
        }
    }

    /** The types this fixture holds evidence of. */
    public static List<EvidenceType<?>> baseTypes() {
        return new ArrayList<>(List.of(CloudTrailEvidence.TYPE, IamRoles.TYPE, ConfigEvidence.TYPE, LogsEvidence.TYPE, TaggingEvidence.TYPE));
    }
}
