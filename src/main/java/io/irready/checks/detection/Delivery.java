package io.irready.checks.detection;

import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.sns.SnsTopics;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a notification sent to a target (of an EventBridge rule or a CloudWatch alarm) reaches a
 * person: an SNS topic with a confirmed subscription, or an EventBridge API destination (a paging or
 * ticketing endpoint). A topic in another audited account is looked up there. Anything irready cannot
 * follow (a Lambda function, a queue, another event bus) is UNKNOWN, never assumed to reach someone.
 */
public record Delivery(Reach reach, String description) {

    public enum Reach { PERSON, UNKNOWN, NOBODY }

    public static Delivery of(String targetArn, AccountEvidence account) {
        String[] arn = targetArn == null ? new String[0] : targetArn.split(":", 6);
        if (arn.length == 6 && arn[2].equals("events") && arn[5].startsWith("api-destination/")) {
            return new Delivery(Reach.PERSON, "API destination " + arn[5].substring("api-destination/".length()));
        }
        if (arn.length != 6 || !arn[2].equals("sns")) {
            return new Delivery(Reach.UNKNOWN, "target " + targetArn + " is not a notification irready can follow to a person");
        }
        String region = arn[3];
        String owner = arn[4];
        if (!account.regions().contains(region)) {
            return new Delivery(Reach.UNKNOWN, "SNS topic " + targetArn + " is in a Region outside the audit");
        }
        Optional<Evidence<SnsTopics>> topics = owner.equals(account.accountId())
                ? Optional.of(account.get(SnsTopics.TYPE, region))
                : account.organization().of(SnsTopics.TYPE, owner, region);
        if (topics.isEmpty()) {
            return new Delivery(Reach.UNKNOWN, "SNS topic " + targetArn + " is in account " + owner + ", which this run does not audit");
        }
        var listed = topics.get().flatMap(SnsTopics::topics);
        if (listed.data().isEmpty()) {
            return new Delivery(Reach.UNKNOWN, "the SNS topics could not be read: " + listed.gap());
        }
        var topic = listed.data().get().stream().filter(t -> targetArn.equals(t.arn())).findFirst();
        if (topic.isEmpty()) {
            return new Delivery(Reach.NOBODY, "SNS topic " + targetArn + " does not exist");
        }
        var subscriptions = topic.get().subscriptions();
        if (subscriptions.data().isEmpty()) {
            return new Delivery(Reach.UNKNOWN, "the subscriptions of " + targetArn + " could not be read: " + subscriptions.gap());
        }
        long confirmed = subscriptions.data().get().stream().filter(SnsTopics.Subscription::confirmed).count();
        return confirmed > 0
                ? new Delivery(Reach.PERSON, "SNS topic " + targetArn + " with " + confirmed + " confirmed subscription" + (confirmed == 1 ? "" : "s"))
                : new Delivery(Reach.NOBODY, "SNS topic " + targetArn + " has no confirmed subscription");
    }

    /** The best of several targets' deliveries; none at all reaches nobody. */
    public static Delivery best(List<Delivery> deliveries) {
        return deliveries.stream().min(Comparator.comparing(Delivery::reach))
                .orElse(new Delivery(Reach.NOBODY, "no target"));
    }

    /** The best delivery of a list of target ARNs whose own reading may have failed. */
    public static Delivery ofTargets(Evidence<List<String>> targets, AccountEvidence account) {
        if (targets.data().isEmpty()) {
            return new Delivery(Reach.UNKNOWN, "the targets could not be read: " + targets.gap());
        }
        return best(targets.data().get().stream().map(arn -> of(arn, account)).toList());
    }
}
