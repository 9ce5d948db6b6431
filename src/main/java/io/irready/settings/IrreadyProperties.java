package io.irready.settings;

import io.irready.checks.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything under {@code irready.} in configuration. Defaults live in the packaged
 * application.yml; config/irready.yml and environment variables override them. Unknown keys are
 * an error, so a typo cannot silently leave a default in force. {@code checks} holds the checks'
 * own settings sections, each bound to its record by {@link CheckSettingsBinder}.
 */
@ConfigurationProperties(prefix = "irready", ignoreUnknownFields = false)
public record IrreadyProperties(ScopeSettings scope,
                                Collect collect,
                                Aws aws,
                                Output output,
                                Exit exit,
                                Map<String, Object> checks,
                                Attestations attestations,
                                Report report,
                                WaiverSettings waivers,
                                History history,
                                Remote remote) {

    /**
     * Which accounts and Regions a run audits. {@code source} decides where the accounts come from;
     * the filters narrow them; {@code auditRole} is assumed in every account except the caller's own.
     * {@code regions} lists the Regions to audit, or is {@value #ALL_ENABLED} alone for every Region each account has
     * enabled; {@code newRegions} names Regions newer than this build's AWS SDK knows, which {@code regions} may then hold.
     */
    public record ScopeSettings(Source source,
                        List<String> regions,
                        List<String> accounts,
                        List<String> includeOus,
                        List<String> excludeAccounts,
                        List<String> excludeOus,
                        String auditRole,
                        String auditRoleExternalId,
                        String auditSessionName,
                        List<String> newRegions) {
        public ScopeSettings {
            newRegions = newRegions == null ? List.of() : List.copyOf(newRegions);
            regions = regions == null ? List.of() : List.copyOf(regions);
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
            includeOus = includeOus == null ? List.of() : List.copyOf(includeOus);
            excludeAccounts = excludeAccounts == null ? List.of() : List.copyOf(excludeAccounts);
            excludeOus = excludeOus == null ? List.of() : List.copyOf(excludeOus);
        }

        public static final String ALL_ENABLED = "all-enabled";

        /** Whether every Region each account has enabled is audited. */
        public boolean allEnabledRegions() {
            return regions.size() == 1 && ALL_ENABLED.equals(regions.get(0));
        }

        /** The Regions to audit in every account; empty for every Region each account has enabled. */
        public List<String> requestedRegions() {
            return allEnabledRegions() ? List.of() : regions;
        }

        /**
         * The Region irready itself works in before it knows the accounts (STS, the delivery bucket's client, the partition
         * queue): the first configured Region, or with {@value #ALL_ENABLED} the SDK's AWS_REGION (aws.region), else us-east-1.
         */
        public String homeRegion() {
            if (!allEnabledRegions()) {
                return regions.get(0);
            }
            String configured = System.getProperty("aws.region", System.getenv("AWS_REGION"));
            return configured == null || configured.isBlank() ? "us-east-1" : configured.trim();
        }
    }

    public enum Source {
        /** The account of the current credentials. */
        CALLER,
        /** Every ACTIVE account of the AWS Organization, from organizations:ListAccounts. */
        ORGANIZATION,
        /** The accounts listed in irready.scope.accounts. */
        ACCOUNTS
    }

    /**
     * {@code concurrency}: collectors at once per account; {@code accountsInParallel}: accounts collected at once (by each
     * worker, with remote partitioning); {@code partitionTries}: tries of one account's collection (a failure, or a worker
     * that stopped during it) before the account is reported UNKNOWN with the last reason and the run goes on.
     */
    public record Collect(int concurrency, int accountsInParallel, int partitionTries) {
    }

    /**
     * {@code endpoint}: send every AWS call there (an emulator); empty for AWS itself.
     * {@code callTimeout}: the longest one attempt of a call may take.
     */
    public record Aws(String endpoint, int maxAttempts, Duration callTimeout) {
    }

    /**
     * Where run folders are created, and where each run is delivered: {@code s3Uri} ({@code s3://bucket/prefix},
     * empty for none) with {@code s3KmsKeyId} for SSE-KMS (empty: SSE-S3), and {@code snsTopicArn} for a summary.
     */
    public record Output(String directory, String s3Uri, String s3KmsKeyId, String snsTopicArn) {
        public Output {
            s3Uri = s3Uri == null ? "" : s3Uri.trim();
            s3KmsKeyId = s3KmsKeyId == null ? "" : s3KmsKeyId.trim();
            snsTopicArn = snsTopicArn == null ? "" : snsTopicArn.trim();
        }
    }

    /** FAIL or UNKNOWN findings at or above this severity make the run exit 1. */
    public record Exit(Severity failAtSeverity) {
    }

    /**
     * The run history: {@code trendRuns} runs in the trend charts; retention keeps the last {@code keepRuns} runs of each
     * scope and those of the last {@code keepDays} days (0: no limit), deleting the run folders of forgotten runs.
     */
    public record History(int trendRuns, int keepRuns, int keepDays) {
    }

    /** {@code file}: the waivers (accepted risks) that turn matching FAIL findings into WAIVED until they expire. */
    public record WaiverSettings(String file) {
    }

    /** {@code file}: the attestations of what no AWS API shows (IR plan, training, exercises, ...). */
    public record Attestations(String file) {
    }

    /**
     * {@code templateDir}: a folder of templates that override the packaged ones (optional); {@code organizationName} and
     * {@code logo} (a PNG or JPEG file) brand the PDF's cover and header (optional).
     */
    public record Report(String templateDir, int pdfResourcesPerCheck, String organizationName, String logo) {
    }

    /**
     * Remote partitioning ({@code audit --manager} and {@code worker}): the manager sends each account's collection to
     * {@code queueUrl} over the {@code transport}, and polls the shared job repository every {@code pollInterval} until
     * every partition has ended. A worker holds a request for {@code visibilityTimeout}, extended while it collects, so
     * a worker that dies hands its account to another one that long after; it exits when no audit runs, or when it has
     * had nothing to do for {@code workerIdleTimeout}. {@code manager} is set by {@code audit --manager}.
     */
    public record Remote(Transport transport, String queueUrl, Duration pollInterval, Duration visibilityTimeout,
                         Duration workerIdleTimeout, boolean manager) {
        public Remote {
            queueUrl = queueUrl == null ? "" : queueUrl.trim();
        }
    }

    public enum Transport {
        /** One process collects every account (the default). */
        NONE,
        /** Partition requests travel over an Amazon SQS queue. */
        SQS
    }
}
