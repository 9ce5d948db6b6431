package io.irready.checks.detection;

import io.irready.checks.CheckContext;
import io.irready.checks.Listing;
import io.irready.checks.Verdict;
import io.irready.checks.logging.CoveringTrails;
import io.irready.checks.patterns.MetricFilterPattern;
import io.irready.checks.patterns.RuleMatches;
import io.irready.checks.patterns.SampleEvent;
import io.irready.checks.patterns.UnsupportedPatternException;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.cloudwatch.CloudWatchAlarms;
import io.irready.services.events.EventRules;
import io.irready.services.logs.LogsEvidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an account would alert a person on some CloudTrail activity, judged by sample records: either a
 * metric filter on the log group a logging multi-Region trail streams to, with an alarm whose enabled action
 * reaches a person; or enabled EventBridge rules with such a target in every Region where the activity is
 * recorded (the partition's global Region alone for global services, us-east-1 in aws). Each sample must be covered; filters and rules are
 * evaluated, never credited for the words they contain.
 */
final class AlertCoverage {

    /** A log group a trail covering the account streams to, and who owns it. */
    private record StreamedGroup(String trail, String owner, String region, String name) {
    }

    private final AccountEvidence account;
    /** Where global services (IAM, STS, the console) record their events: the partition's global Region. */
    private final String globalRegion;
    private final List<StreamedGroup> groups = new ArrayList<>();
    private final List<String> trailGaps = new ArrayList<>();
    private final List<String> trailProblems = new ArrayList<>();

    AlertCoverage(AccountEvidence account, CheckContext context) {
        this.account = account;
        this.globalRegion = context.partition().globalRegion();
        CoveringTrails covering = CoveringTrails.of(account);
        trailGaps.addAll(covering.gaps());
        for (CoveringTrails.CoveringTrail covered : covering.trails()) {
            var trail = covered.trail();
            String arn = trail.cloudWatchLogsLogGroupArn();
            if (arn == null || arn.isBlank() || !trail.multiRegion()) {
                continue;
            }
            if (trail.status().data().isEmpty()) {
                trailGaps.add(covered.describe() + ": " + trail.status().gap());
                continue;
            }
            if (!trail.status().data().get().logging()) {
                trailProblems.add("the " + covered.describe() + " streams to CloudWatch Logs but is not logging");
                continue;
            }
            String[] parts = arn.split(":", 7);
            if (parts.length < 7 || !parts[2].equals("logs") || !parts[5].equals("log-group")) {
                trailGaps.add("the log group ARN " + arn + " of the " + covered.describe() + " has an unexpected shape");
                continue;
            }
            String name = parts[6].endsWith(":*") ? parts[6].substring(0, parts[6].length() - 2) : parts[6];
            groups.add(new StreamedGroup(covered.describe(), parts[4], parts[3], name));
        }
    }

    /**
     * PASS when every sample is covered; otherwise UNKNOWN if anything could not be judged, else FAIL. Messages name
     * distinct routes, reasons and gaps, a few of each, so a verdict over many samples stays readable.
     */
    Verdict judge(String subject, List<SampleEvent> samples, boolean global) {
        Set<String> routes = new LinkedHashSet<>();
        List<String> uncovered = new ArrayList<>();
        Set<String> gaps = new LinkedHashSet<>(trailGaps);
        Set<String> reasons = new LinkedHashSet<>();
        for (SampleEvent sample : samples) {
            List<String> sampleGaps = new ArrayList<>();
            List<String> sampleProblems = new ArrayList<>();
            Optional<String> route = byMetricFilter(sample, sampleGaps, sampleProblems)
                    .or(() -> byRules(sample, global, sampleGaps, sampleProblems));
            if (route.isPresent()) {
                routes.add(route.get());
            } else {
                uncovered.add(sample.description());
                gaps.addAll(sampleGaps);
                reasons.addAll(sampleProblems);
            }
        }
        if (uncovered.isEmpty()) {
            return Verdict.pass("Alerts reach a person on " + subject + " via " + Listing.few(routes) + ".");
        }
        reasons.addAll(trailProblems);
        if (groups.isEmpty() && gaps.isEmpty()) {
            reasons.add("no logging multi-Region trail streams to CloudWatch Logs");
        }
        String missing = "nothing alerts a person on " + uncovered.size() + " of " + samples.size() + " activities ("
                + Listing.few(uncovered) + ")" + (reasons.isEmpty() ? "" : ": " + Listing.few(reasons));
        if (!gaps.isEmpty()) {
            return Verdict.unknown("No complete alerting on " + subject + " is confirmed: " + missing + "; could not judge " + Listing.few(gaps) + ".");
        }
        return Verdict.fail("No complete alerting on " + subject + ": " + missing + ".");
    }



    private Optional<String> byMetricFilter(SampleEvent sample, List<String> gaps, List<String> problems) {
        for (StreamedGroup group : groups) {
            Optional<Evidence<LogsEvidence>> logs = evidence(LogsEvidence.TYPE, group.owner(), group.region(), gaps, group.name());
            if (logs.isEmpty()) {
                continue;
            }
            var filters = logs.get().flatMap(LogsEvidence::metricFilters);
            if (filters.data().isEmpty()) {
                gaps.add("the metric filters of " + group.name() + ": " + filters.gap());
                continue;
            }
            var record = sample.in(account.accountId(), group.region()).record();
            for (var filter : filters.data().get()) {
                if (!group.name().equals(filter.logGroupName())) {
                    continue;
                }
                boolean fires;
                try {
                    fires = MetricFilterPattern.parse(filter.pattern()).matches(record);
                } catch (UnsupportedPatternException e) {
                    gaps.add("metric filter '" + filter.name() + "' (" + e.getMessage() + ")");
                    continue;
                }
                if (fires) {
                    Optional<String> alarmed = alarm(group, filter, gaps, problems);
                    if (alarmed.isPresent()) {
                        return alarmed;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> alarm(StreamedGroup group, LogsEvidence.MetricFilter filter, List<String> gaps, List<String> problems) {
        Optional<Evidence<CloudWatchAlarms>> alarms = evidence(CloudWatchAlarms.TYPE, group.owner(), group.region(), gaps, "alarms");
        if (alarms.isEmpty()) {
            return Optional.empty();
        }
        var listed = alarms.get().flatMap(CloudWatchAlarms::alarms);
        if (listed.data().isEmpty()) {
            gaps.add("the alarms in " + group.region() + ": " + listed.gap());
            return Optional.empty();
        }
        boolean anyAlarm = false;
        for (var alarm : listed.data().get()) {
            if (!filter.metrics().contains(alarm.metric())) {
                continue;
            }
            anyAlarm = true;
            if (!alarm.actionsEnabled()) {
                problems.add("alarm '" + alarm.name() + "' has its actions disabled");
                continue;
            }
            Delivery delivery = Delivery.best(alarm.actions().stream().map(a -> Delivery.of(a, account)).toList());
            switch (delivery.reach()) {
                case PERSON -> {
                    return Optional.of("metric filter '" + filter.name() + "' and alarm '" + alarm.name() + "' to " + delivery.description());
                }
                case UNKNOWN -> gaps.add("alarm '" + alarm.name() + "': " + delivery.description());
                case NOBODY -> problems.add("alarm '" + alarm.name() + "' notifies nobody (" + delivery.description() + ")");
            }
        }
        if (!anyAlarm) {
            problems.add("metric filter '" + filter.name() + "' has no alarm");
        }
        return Optional.empty();
    }

    private Optional<String> byRules(SampleEvent sample, boolean global, List<String> gaps, List<String> problems) {
        List<String> regions = global ? List.of(globalRegion) : account.regions();
        if (global && !account.regions().contains(globalRegion)) {
            gaps.add("EventBridge rules in " + globalRegion + ", which is not audited, where global services record " + sample.description());
            return Optional.empty();
        }
        List<String> routes = new ArrayList<>();
        for (String region : regions) {
            var rules = account.get(EventRules.TYPE, region).flatMap(EventRules::rules);
            if (rules.data().isEmpty()) {
                gaps.add("the EventBridge rules in " + region + ": " + rules.gap());
                return Optional.empty();
            }
            RuleMatches matches = RuleMatches.of(rules.data().get(), List.of(sample.in(account.accountId(), region).event()));
            Delivery delivery = Delivery.best(matches.matching().stream().map(r -> Delivery.ofTargets(r.targetArns(), account)).toList());
            if (delivery.reach() != Delivery.Reach.PERSON) {
                gaps.addAll(matches.unjudged().stream().map(u -> region + " " + u).toList());
                if (matches.matching().isEmpty()) {
                    problems.add("no EventBridge rule in " + region);
                } else if (delivery.reach() == Delivery.Reach.UNKNOWN) {
                    gaps.add("EventBridge in " + region + ": " + delivery.description());
                } else {
                    problems.add("the EventBridge rule in " + region + " notifies nobody (" + delivery.description() + ")");
                }
                return Optional.empty();
            }
            routes.add(region);
        }
        return Optional.of("EventBridge rules in " + String.join(", ", routes));
    }

    private <T> Optional<Evidence<T>> evidence(EvidenceType<T> type, String owner, String region, List<String> gaps, String what) {
        if (!account.regions().contains(region)) {
            gaps.add(what + " in " + region + ", a Region outside the audit");
            return Optional.empty();
        }
        Optional<Evidence<T>> found = owner.equals(account.accountId()) ? Optional.of(account.get(type, region))
                : account.organization().of(type, owner, region);
        if (found.isEmpty()) {
            gaps.add(what + " in account " + owner + ", which this run does not audit");
        }
        return found;
    }
}
