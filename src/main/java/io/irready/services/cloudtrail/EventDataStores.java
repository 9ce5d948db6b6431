package io.irready.services.cloudtrail;

import io.irready.aws.AwsCalls;
import io.irready.aws.TokenPages;
import io.irready.evidence.Evidence;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventDataStoreResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CloudTrail Lake event data stores of one Region, each described by GetEventDataStore: ListEventDataStores no longer
 * returns a store's status or organization flag
 * (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventDataStore.html).
 */
public final class EventDataStores {

    /** The eventCategory values of stores that hold CloudTrail events (not configuration items, evidence or outside events). */
    private static final Set<String> CLOUDTRAIL_EVENTS = Set.of("Management", "Data");

    /** {@code cloudTrailEvents}: the store selects management or data events, the record an investigation queries. */
    public record Store(String arn, String status, boolean organizationEnabled, boolean cloudTrailEvents) {
        public boolean queryable() {
            return "ENABLED".equals(status) && cloudTrailEvents;
        }
    }

    private EventDataStores() {
    }

    /** The ARNs of the stores {@code wanted} accepts; with none, a store that could not be described makes the answer a gap. */
    public static Evidence<List<String>> matching(CloudTrailClient cloudTrail, Predicate<Store> wanted) {
        return AwsCalls.call("cloudtrail:ListEventDataStores", () -> TokenPages.all(
                        token -> cloudTrail.listEventDataStores(r -> r.nextToken(token)), page -> page.eventDataStores(), page -> page.nextToken()))
                .flatMap(listed -> {
                    List<String> arns = new ArrayList<>();
                    Evidence<List<String>> unread = null;
                    for (var entry : listed) {
                        var store = AwsCalls.call("cloudtrail:GetEventDataStore",
                                () -> describe(cloudTrail.getEventDataStore(r -> r.eventDataStore(entry.eventDataStoreArn()))));
                        if (store.data().isPresent()) {
                            if (wanted.test(store.data().get())) {
                                arns.add(store.data().get().arn());
                            }
                        } else if (unread == null) {
                            unread = store.map(s -> List.<String>of());
                        }
                    }
                    return arns.isEmpty() && unread != null ? unread : Evidence.collected(arns);
                });
    }

    private static Store describe(GetEventDataStoreResponse store) {
        List<AdvancedEventSelector> selectors = store.advancedEventSelectors();
        // Without selectors a store keeps CloudTrail's default: management events.
        boolean cloudTrailEvents = selectors.isEmpty() || selectors.stream().flatMap(s -> s.fieldSelectors().stream())
                .filter(f -> "eventCategory".equals(f.field())).flatMap(f -> f.equalsValue().stream()).anyMatch(CLOUDTRAIL_EVENTS::contains);
        return new Store(store.eventDataStoreArn(), store.statusAsString(), Boolean.TRUE.equals(store.organizationEnabled()), cloudTrailEvents);
    }
}
