package io.irready.checks.logging;

import io.irready.checks.Status;
import io.irready.services.s3.AccountPublicAccessBlock;
import io.irready.services.s3.PublicAccessBlock;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.LogBucket;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailStatus;
import io.irready.services.kms.KmsKeys;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.TRAIL_ARN;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.logBucket;
import static io.irready.checks.EvidenceFixtures.organizationTrail;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-LOG-02, -04, -05, -07, -10 and -11: the health of the trail that covers the account and of its bucket. */
class TrailHealthChecksTest {

    private static final String TRAILS = "data/123456789012/cloudtrail.trails.json";
    private static final String BUCKET = "arn:aws:s3:::audit-logs";

    /** The compliant organization trail with one part replaced. */
    private static Trail trail(String kmsKeyId, String logGroup, Evidence<TrailStatus> status, Evidence<TrailSelectors> selectors) {
        Trail t = organizationTrail();
        return new Trail(t.arn(), t.name(), t.homeRegion(), true, true, true, true, t.s3BucketName(), null, kmsKeyId, logGroup, status, selectors);
    }

    private static Trail withStatus(TrailStatus status) {
        Trail t = organizationTrail();
        return trail(t.kmsKeyId(), t.cloudWatchLogsLogGroupArn(), Evidence.collected(status), t.selectors());
    }

    @Test
    void aDeliveringTrailPassesAStaleOrFailingOneFails() {
        var check = new TrailDeliveryCheck();
        onlyFor(check.evaluate(compliant().build(), CONTEXT), TRAIL_ARN, Status.PASS, TRAILS);
        Instant old = Instant.parse("2026-11-20T00:00:00Z");
        var stale = compliant().withTrails(withStatus(new TrailStatus(true, old, null, old, null, old, null)));
        assertThat(onlyFor(check.evaluate(stale.build(), CONTEXT), TRAIL_ARN, Status.FAIL, TRAILS).message()).contains("last 24 hours");
        Instant recent = Instant.parse("2026-11-26T23:00:00Z");
        var denied = compliant().withTrails(withStatus(new TrailStatus(true, recent, "AccessDenied", recent, null, recent, null)));
        assertThat(onlyFor(check.evaluate(denied.build(), CONTEXT), TRAIL_ARN, Status.FAIL, TRAILS).message()).contains("AccessDenied");
        var unread = compliant().withTrails(trail(organizationTrail().kmsKeyId(), null, denied("cloudtrail:GetTrailStatus"),
                organizationTrail().selectors()));
        onlyFor(check.evaluate(unread.build(), CONTEXT), TRAIL_ARN, Status.UNKNOWN, TRAILS);
        only(check.evaluate(compliant().withTrails().build(), CONTEXT), Status.NOT_APPLICABLE, TRAILS);
    }

    @Test
    void trailsEncryptWithAnEnabledCustomerKey() {
        var check = new TrailEncryptionCheck();
        onlyFor(check.evaluate(compliant().build(), CONTEXT), TRAIL_ARN, Status.PASS, TRAILS);
        var plain = compliant().withTrails(trail(null, null, organizationTrail().status(), organizationTrail().selectors()));
        onlyFor(check.evaluate(plain.build(), CONTEXT), TRAIL_ARN, Status.FAIL, TRAILS);
        var disabled = compliant().with(KmsKeys.TYPE, "us-east-1", new KmsKeys(Evidence.collected(List.of(new KmsKeys.Key("trail-key",
                "arn:aws:kms:us-east-1:123456789012:key/trail-key", "Disabled", "SYMMETRIC_DEFAULT", "AWS_KMS", Evidence.collected(true))))));
        assertThat(onlyFor(check.evaluate(disabled.build(), CONTEXT), TRAIL_ARN, Status.FAIL, TRAILS).message()).contains("Disabled");
        var alias = compliant().withTrails(trail("alias/trail", null, organizationTrail().status(), organizationTrail().selectors()));
        onlyFor(check.evaluate(alias.build(), CONTEXT), TRAIL_ARN, Status.UNKNOWN, TRAILS);
        var elsewhere = compliant().withTrails(trail("arn:aws:kms:us-east-1:999999999999:key/k", null, organizationTrail().status(),
                organizationTrail().selectors()));
        assertThat(onlyFor(check.evaluate(elsewhere.build(), CONTEXT), TRAIL_ARN, Status.UNKNOWN, TRAILS).message()).contains("not audited");
        var undescribed = compliant().with(KmsKeys.TYPE, "us-east-1", new KmsKeys(Evidence.collected(List.of(new KmsKeys.Key("trail-key",
                "arn:aws:kms:us-east-1:123456789012:key/trail-key", null, null, null, null, "access denied to kms:DescribeKey")))));
        assertThat(onlyFor(check.evaluate(undescribed.build(), CONTEXT), TRAIL_ARN, Status.UNKNOWN, TRAILS).message())
                .contains("kms:DescribeKey");
    }

    @Test
    void trailBucketsArePrivateAndLogged() {
        var check = new TrailBucketHardenedCheck();
        onlyFor(check.evaluate(compliant().build(), CONTEXT), BUCKET, Status.PASS, TRAILS);
        var open = compliant().withLogBucket(new LogBucket("audit-logs", "us-east-1", Evidence.collected(List.of()),
                Evidence.collected(new PublicAccessBlock(true, true, false, false)), Evidence.collected(true), Evidence.collected(null),
                Evidence.collected(new LogBucket.Versioning("Enabled", true)), Evidence.collected(new LogBucket.ObjectLock(false, null, null, null))));
        assertThat(onlyFor(check.evaluate(open.build(), CONTEXT), BUCKET, Status.FAIL, TRAILS).message())
                .contains("neither its own nor its account's Block Public Access blocks all four", "policy makes it public", "not logged");
        // RestrictPublicBuckets keeps a public policy from granting public access.
        var restricted = compliant().withLogBucket(new LogBucket("audit-logs", "us-east-1", Evidence.collected(List.of()),
                Evidence.collected(new PublicAccessBlock(true, true, false, true)), Evidence.collected(true), Evidence.collected("logs"),
                Evidence.collected(new LogBucket.Versioning("Enabled", true)), Evidence.collected(new LogBucket.ObjectLock(false, null, null, null))));
        assertThat(onlyFor(check.evaluate(restricted.build(), CONTEXT), BUCKET, Status.FAIL, TRAILS).message()).doesNotContain("policy makes it public");
        var unread = compliant().withLogBucket(new LogBucket("audit-logs", "us-east-1", Evidence.collected(List.of()),
                denied("s3:GetBucketPublicAccessBlock"), Evidence.collected(false), Evidence.collected("logs"),
                Evidence.collected(new LogBucket.Versioning("Enabled", true)), Evidence.collected(new LogBucket.ObjectLock(false, null, null, null))));
        onlyFor(check.evaluate(unread.build(), CONTEXT), BUCKET, Status.UNKNOWN, TRAILS);
    }

    @Test
    void theAccountsBlockPublicAccessCountsForEveryBucketAndAnUnreadOneIsUnknown() {
        var check = new TrailBucketHardenedCheck();
        var unblocked = new LogBucket("audit-logs", "us-east-1", Evidence.collected(List.of()), Evidence.collected(PublicAccessBlock.NONE),
                Evidence.collected(true), Evidence.collected("logs"), Evidence.collected(new LogBucket.Versioning("Enabled", true)),
                Evidence.collected(new LogBucket.ObjectLock(false, null, null, null)));
        var accountBlocks = compliant().withLogBucket(unblocked).with(AccountPublicAccessBlock.TYPE,
                new AccountPublicAccessBlock(Evidence.collected(new PublicAccessBlock(true, true, true, true))));
        onlyFor(check.evaluate(accountBlocks.build(), CONTEXT), BUCKET, Status.PASS, TRAILS);
        var accountUnread = compliant().withLogBucket(unblocked).withEvidence(AccountPublicAccessBlock.TYPE, null,
                denied("s3:GetAccountPublicAccessBlock"));
        assertThat(onlyFor(check.evaluate(accountUnread.build(), CONTEXT), BUCKET, Status.UNKNOWN, TRAILS).message())
                .contains("account-level Block Public Access: access denied to s3:GetAccountPublicAccessBlock");
        var neither = compliant().withLogBucket(unblocked);
        onlyFor(check.evaluate(neither.build(), CONTEXT), BUCKET, Status.FAIL, TRAILS);
    }

    @Test
    void logArchivesAreImmutableByObjectLockOrMfaDelete() {
        var check = new LogArchiveImmutabilityCheck();
        onlyFor(check.evaluate(compliant().build(), CONTEXT), BUCKET, Status.PASS, TRAILS);
        var mfaDelete = bucket(Evidence.collected(new LogBucket.Versioning("Enabled", true)), Evidence.collected(new LogBucket.ObjectLock(false, null, null, null)));
        onlyFor(check.evaluate(mfaDelete.build(), CONTEXT), BUCKET, Status.PASS, TRAILS);
        var lockWithoutRetention = bucket(Evidence.collected(new LogBucket.Versioning("Enabled", false)),
                Evidence.collected(new LogBucket.ObjectLock(true, null, null, null)));
        assertThat(onlyFor(check.evaluate(lockWithoutRetention.build(), CONTEXT), BUCKET, Status.FAIL, TRAILS).message())
                .contains("Object Lock without a default retention", "versioning without MFA delete");
        var unread = bucket(denied("s3:GetBucketVersioning"), Evidence.collected(new LogBucket.ObjectLock(false, null, null, null)));
        onlyFor(check.evaluate(unread.build(), CONTEXT), BUCKET, Status.UNKNOWN, TRAILS);
    }

    private static io.irready.checks.EvidenceFixtures bucket(Evidence<LogBucket.Versioning> versioning, Evidence<LogBucket.ObjectLock> lock) {
        LogBucket b = logBucket("audit-logs", Evidence.collected(List.of()));
        return compliant().withLogBucket(new LogBucket(b.name(), b.region(), b.lifecycle(), b.publicAccessBlock(), b.policyIsPublic(),
                b.accessLogTarget(), versioning, lock));
    }

    @Test
    void trailsStreamRecentlyToCloudWatchLogs() {
        var check = new TrailToCloudWatchCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, TRAILS);
        var none = compliant().withTrails(trail(organizationTrail().kmsKeyId(), null, organizationTrail().status(), organizationTrail().selectors()));
        assertThat(only(check.evaluate(none.build(), CONTEXT), Status.FAIL, TRAILS).message()).contains("does not stream");
        Instant old = Instant.parse("2026-11-01T00:00:00Z");
        var stale = compliant().withTrails(withStatus(new TrailStatus(true, old, null, old, null, old, "LogGroupNotFound")));
        assertThat(only(check.evaluate(stale.build(), CONTEXT), Status.FAIL, TRAILS).message()).contains("LogGroupNotFound");
        only(check.evaluate(compliant().withCloudTrail(denied("cloudtrail:DescribeTrails")).build(), CONTEXT), Status.UNKNOWN, TRAILS);
    }

    @Test
    void s3DataEventsOfEveryBucketMustBeRecorded() {
        var check = new S3DataEventsCheck();
        only(check.evaluate(compliant().build(), CONTEXT), Status.PASS, TRAILS);
        var oneBucket = selectors(new TrailSelectors(List.of(new TrailSelectors.EventSelector("All", true, List.of(),
                List.of(new TrailSelectors.DataResource("AWS::S3::Object", List.of("arn:aws:s3:::one-bucket/"))))), List.of()));
        only(check.evaluate(oneBucket.build(), CONTEXT), Status.FAIL, TRAILS);
        var readOnly = selectors(new TrailSelectors(List.of(new TrailSelectors.EventSelector("ReadOnly", true, List.of(),
                List.of(new TrailSelectors.DataResource("AWS::S3::Object", List.of("arn:aws:s3"))))), List.of()));
        only(check.evaluate(readOnly.build(), CONTEXT), Status.FAIL, TRAILS);
        var advanced = selectors(new TrailSelectors(List.of(), List.of(new TrailSelectors.AdvancedEventSelector("s3", List.of(
                field("eventCategory", "Data"), field("resources.type", "AWS::S3::Object"))))));
        only(check.evaluate(advanced.build(), CONTEXT), Status.PASS, TRAILS);
        var excluding = selectors(new TrailSelectors(List.of(), List.of(new TrailSelectors.AdvancedEventSelector("s3", List.of(
                field("eventCategory", "Data"), field("resources.type", "AWS::S3::Object"),
                new TrailSelectors.FieldSelector("resources.ARN", List.of(), List.of(), List.of(), List.of("arn:aws:s3:::secret"), List.of(), List.of()))))));
        only(check.evaluate(excluding.build(), CONTEXT), Status.FAIL, TRAILS);
        var unread = selectors(null);
        only(check.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, TRAILS);
    }

    private static io.irready.checks.EvidenceFixtures selectors(TrailSelectors selectors) {
        Trail t = organizationTrail();
        return compliant().withTrails(trail(t.kmsKeyId(), t.cloudWatchLogsLogGroupArn(), t.status(),
                selectors == null ? denied("cloudtrail:GetEventSelectors") : Evidence.collected(selectors)));
    }

    private static TrailSelectors.FieldSelector field(String name, String value) {
        return new TrailSelectors.FieldSelector(name, List.of(value), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
