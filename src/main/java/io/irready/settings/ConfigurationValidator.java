package io.irready.settings;

import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckSettings;
import io.irready.settings.IrreadyProperties.Source;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import io.irready.delivery.S3Location;
import io.irready.evidence.Partition;
import io.irready.files.Untrusted;
import io.irready.report.ReportLogo;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;

/** Checks the values binding cannot: ranges, formats and combinations. Runs before any AWS call. */
public final class ConfigurationValidator {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    /** The Regions of the AWS SDK's Region metadata, global pseudo-Regions (aws-global, ...) aside. */
    private static final Set<String> KNOWN_REGIONS = Region.regions().stream().map(Region::id)
            .filter(id -> REGION.matcher(id).matches()).collect(Collectors.toUnmodifiableSet());
    private static final Pattern KMS_KEY = Pattern.compile("[0-9a-f-]{36}|mrk-[0-9a-f]{32}|alias/[\\w/+=,.@-]{1,250}"
            + "|arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key/[0-9a-f-]{36}|key/mrk-[0-9a-f]{32}|alias/[\\w/+=,.@-]{1,250})");
    private static final Pattern SNS_TOPIC = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[\\w-]{1,256}(\\.fifo)?");
    /** https://sqs.REGION.amazonaws.com/ACCOUNT/NAME, or an emulator's http://HOST:PORT/ACCOUNT/NAME. */
    private static final Pattern SQS_QUEUE_URL = Pattern.compile("https?://[A-Za-z0-9.:\\[\\]-]+/\\d{12}/[A-Za-z0-9_-]{1,80}(\\.fifo)?");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern OU_ID = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32}");
    private static final Pattern OU_PATH = Pattern.compile("Root(/[^/\\p{Cntrl}]{1,128})*");
    private static final Pattern ROLE_PATH_NAME = Pattern.compile("([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

    private ConfigurationValidator() {
    }

    public static List<ConfigurationProblem> validate(IrreadyProperties properties, Map<Class<? extends CheckSettings>, CheckSettings> checks) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        List<String> regions = properties.scope().regions();
        String all = IrreadyProperties.ScopeSettings.ALL_ENABLED;
        if (regions == null || regions.isEmpty()) {
            problems.add(new ConfigurationProblem("irready.scope.regions", null, "at least one Region, e.g. [us-east-1, eu-west-1], or " + all));
        } else if (regions.contains(all) && regions.size() > 1) {
            problems.add(new ConfigurationProblem("irready.scope.regions", String.join(",", regions), all
                    + " alone (every Region each account has enabled), or a list of Regions without it"));
        } else if (properties.scope().allEnabledRegions()) {
            String home = properties.scope().homeRegion();
            if (!REGION.matcher(home).matches()) {
                problems.add(new ConfigurationProblem("AWS_REGION", home, "a Region name such as us-east-1: with irready.scope.regions: " + all
                        + " irready starts in it"));
            }
        } else {
            var seen = new HashSet<String>();
            for (int i = 0; i < regions.size(); i++) {
                String region = regions.get(i);
                if (region == null || !REGION.matcher(region).matches()) {
                    problems.add(new ConfigurationProblem("irready.scope.regions[" + i + "]", region, "a Region name such as us-east-1, or "
                            + all + " alone"));
                } else if (!KNOWN_REGIONS.contains(region) && !properties.scope().newRegions().contains(region)) {
                    problems.add(new ConfigurationProblem("irready.scope.regions[" + i + "]", region, "a Region AWS has (this build knows "
                            + KNOWN_REGIONS.size() + ", e.g. us-east-1, eu-central-2); for a Region newer than this build, list it in "
                            + "irready.scope.new-regions as well"));
                } else if (!seen.add(region)) {
                    problems.add(new ConfigurationProblem("irready.scope.regions[" + i + "]", region, "each Region once"));
                } else if (!Partition.ofRegion(region).equals(Partition.ofRegion(regions.get(0)))) {
                    problems.add(new ConfigurationProblem("irready.scope.regions[" + i + "]", region, "a Region of the same partition as "
                            + regions.get(0) + " (" + Partition.ofRegion(regions.get(0)).id() + "): one run audits one partition"));
                }
            }
        }
        List<String> newRegions = properties.scope().newRegions();
        for (int i = 0; i < newRegions.size(); i++) {
            if (newRegions.get(i) == null || !REGION.matcher(newRegions.get(i)).matches()) {
                problems.add(new ConfigurationProblem("irready.scope.new-regions[" + i + "]", newRegions.get(i), "a Region name such as us-east-1"));
            }
        }
        validateScope(properties.scope(), problems);
        ConfigurationProblem.range(problems, "irready.collect.concurrency", properties.collect().concurrency(), 1, 64);
        ConfigurationProblem.range(problems, "irready.collect.accounts-in-parallel", properties.collect().accountsInParallel(), 1, 256);
        ConfigurationProblem.range(problems, "irready.collect.partition-tries", properties.collect().partitionTries(), 1, 10);
        ConfigurationProblem.range(problems, "irready.aws.max-attempts", properties.aws().maxAttempts(), 1, 20);
        validateRemote(properties.remote(), problems);
        Duration timeout = properties.aws().callTimeout();
        if (timeout == null || timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            problems.add(new ConfigurationProblem("irready.aws.call-timeout", timeout == null ? null : timeout.toString(),
                    "a duration from 1s to 10m, e.g. 30s"));
        }
        String endpoint = properties.aws().endpoint();
        if (endpoint != null && !endpoint.isBlank() && !isHttpUrl(endpoint)) {
            problems.add(new ConfigurationProblem("irready.aws.endpoint", endpoint, "an http(s) URL such as http://127.0.0.1:5000, or empty for AWS"));
        }
        if (properties.output().directory() == null || properties.output().directory().isBlank()) {
            problems.add(new ConfigurationProblem("irready.output.directory", properties.output().directory(), "a folder for run output"));
        }
        String s3Uri = properties.output().s3Uri();
        if (!s3Uri.isEmpty() && S3Location.parse(s3Uri) == null) {
            problems.add(new ConfigurationProblem("irready.output.s3-uri", s3Uri, "s3://bucket or s3://bucket/prefix, with a valid bucket name "
                    + "and a prefix of letters, digits and ! - _ . * ' ( ) /"));
        }
        String kmsKey = properties.output().s3KmsKeyId();
        if (!kmsKey.isEmpty() && !KMS_KEY.matcher(kmsKey).matches()) {
            problems.add(new ConfigurationProblem("irready.output.s3-kms-key-id", kmsKey, "a KMS key id, key ARN, alias/NAME or alias ARN"));
        }
        String topic = properties.output().snsTopicArn();
        if (!topic.isEmpty() && !SNS_TOPIC.matcher(topic).matches()) {
            problems.add(new ConfigurationProblem("irready.output.sns-topic-arn", topic, "an SNS topic ARN, arn:aws:sns:REGION:ACCOUNT:NAME"));
        }
        if ((!kmsKey.isEmpty() || !topic.isEmpty()) && s3Uri.isEmpty()) {
            problems.add(new ConfigurationProblem("irready.output.s3-uri", s3Uri, "an s3:// location when s3-kms-key-id or sns-topic-arn is set"));
        }
        if (properties.exit().failAtSeverity() == null) {
            problems.add(new ConfigurationProblem("irready.exit.fail-at-severity", null, "one of critical, high, medium, low"));
        }
        String templateDir = properties.report().templateDir();
        if (templateDir != null && !templateDir.isBlank() && !Files.isDirectory(Path.of(templateDir))) {
            problems.add(new ConfigurationProblem("irready.report.template-dir", templateDir, "an existing folder of templates, or empty for the packaged ones"));
        }
        String logo = properties.report().logo();
        if (logo != null && !logo.isBlank()) {
            String problem = ReportLogo.problem(Path.of(logo));
            if (problem != null) {
                problems.add(new ConfigurationProblem("irready.report.logo", logo, problem));
            }
        }
        String organizationName = properties.report().organizationName();
        if (organizationName != null && (organizationName.length() > 120 || organizationName.chars().anyMatch(Character::isISOControl))) {
            problems.add(new ConfigurationProblem("irready.report.organization-name", Untrusted.printable(organizationName, 120),
                    "a printable name of at most 120 characters"));
        }
        ConfigurationProblem.range(problems, "irready.history.trend-runs", properties.history().trendRuns(), 2, 100);
        ConfigurationProblem.range(problems, "irready.history.keep-runs", properties.history().keepRuns(), 0, 100_000);
        ConfigurationProblem.range(problems, "irready.history.keep-days", properties.history().keepDays(), 0, 36_500);
        ConfigurationProblem.range(problems, "irready.report.pdf-resources-per-check", properties.report().pdfResourcesPerCheck(), 1, 1000);
        CheckCatalog.settingsSections().forEach((section, type) -> checks.get(type).problems()
                .forEach(problem -> problems.add(problem.under("irready.checks." + section))));
        return problems;
    }

    /** SQS holds a message invisible for at most 12 hours; a worker's hold must outlast its extension every third of it. */
    private static void validateRemote(IrreadyProperties.Remote remote, List<ConfigurationProblem> problems) {
        if (remote.transport() == null) {
            problems.add(new ConfigurationProblem("irready.remote.transport", null, "sqs, or none for one process"));
            return;
        }
        if (remote.transport() == IrreadyProperties.Transport.SQS && !SQS_QUEUE_URL.matcher(remote.queueUrl()).matches()) {
            problems.add(new ConfigurationProblem("irready.remote.queue-url", remote.queueUrl(),
                    "the URL of an SQS queue, e.g. https://sqs.us-east-1.amazonaws.com/111122223333/irready-partitions"));
        }
        duration(problems, "irready.remote.poll-interval", remote.pollInterval(), Duration.ofMillis(100), Duration.ofMinutes(5), "5s");
        duration(problems, "irready.remote.visibility-timeout", remote.visibilityTimeout(), Duration.ofSeconds(3), Duration.ofHours(12), "5m");
        duration(problems, "irready.remote.worker-idle-timeout", remote.workerIdleTimeout(), Duration.ofSeconds(1), Duration.ofDays(1), "15m");
    }

    private static void duration(List<ConfigurationProblem> problems, String key, Duration value, Duration min, Duration max, String example) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            problems.add(new ConfigurationProblem(key, value == null ? null : value.toString(), "a duration from " + min.toString().substring(2).toLowerCase()
                    + " to " + max.toString().substring(2).toLowerCase() + ", e.g. " + example));
        }
    }

    private static void validateScope(IrreadyProperties.ScopeSettings scope, List<ConfigurationProblem> problems) {
        Source source = scope.source();
        if (source == null) {
            problems.add(new ConfigurationProblem("irready.scope.source", null, "caller, organization or accounts"));
            return;
        }
        accountIds(problems, "irready.scope.accounts", scope.accounts());
        accountIds(problems, "irready.scope.exclude-accounts", scope.excludeAccounts());
        if (source == Source.ACCOUNTS && scope.accounts().isEmpty()) {
            problems.add(new ConfigurationProblem("irready.scope.accounts", null, "the 12-digit ids of the accounts to audit, since source is accounts"));
        }
        if (source != Source.ACCOUNTS && !scope.accounts().isEmpty()) {
            problems.add(new ConfigurationProblem("irready.scope.accounts", String.join(",", scope.accounts()),
                    "no accounts unless irready.scope.source is accounts"));
        }
        if (source == Source.CALLER && !scope.excludeAccounts().isEmpty()) {
            problems.add(new ConfigurationProblem("irready.scope.exclude-accounts", String.join(",", scope.excludeAccounts()),
                    "no exclusions when irready.scope.source is caller"));
        }
        for (String key : List.of("include-ous", "exclude-ous")) {
            List<String> ous = key.equals("include-ous") ? scope.includeOus() : scope.excludeOus();
            if (source != Source.ORGANIZATION && !ous.isEmpty()) {
                problems.add(new ConfigurationProblem("irready.scope." + key, String.join(",", ous), "no OUs unless irready.scope.source is organization"));
            }
            for (int i = 0; i < ous.size(); i++) {
                String ou = ous.get(i);
                if (ou == null || !(OU_ID.matcher(ou).matches() || OU_PATH.matcher(ou).matches())) {
                    problems.add(new ConfigurationProblem("irready.scope." + key + "[" + i + "]", ou,
                            "an OU id (ou-ab12-cdefgh34), the root id (r-ab12), or an OU path of names from the root (Root/Workloads/Prod)"));
                }
            }
        }
        if (scope.auditRole() == null || !ROLE_PATH_NAME.matcher(scope.auditRole()).matches()) {
            problems.add(new ConfigurationProblem("irready.scope.audit-role", scope.auditRole(),
                    "the name of the role to assume in each account, e.g. irready-audit or OrganizationAccountAccessRole"));
        }
        String externalId = scope.auditRoleExternalId();
        if (externalId != null && !externalId.isEmpty() && !EXTERNAL_ID.matcher(externalId).matches()) {
            problems.add(new ConfigurationProblem("irready.scope.audit-role-external-id", "(hidden)",
                    "2 to 1224 characters of letters, digits and +=,.@:/-, or empty"));
        }
        if (scope.auditSessionName() == null || !SESSION_NAME.matcher(scope.auditSessionName()).matches()) {
            problems.add(new ConfigurationProblem("irready.scope.audit-session-name", scope.auditSessionName(),
                    "2 to 64 characters of letters, digits and +=,.@-"));
        }
    }

    private static void accountIds(List<ConfigurationProblem> problems, String key, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !ACCOUNT_ID.matcher(ids.get(i)).matches()) {
                problems.add(new ConfigurationProblem(key + "[" + i + "]", ids.get(i), "a 12-digit account id, quoted in YAML (\"012345678901\")"));
            }
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
