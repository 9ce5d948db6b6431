package io.irready.checks.logging;

import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailSelectors.AdvancedEventSelector;
import io.irready.services.cloudtrail.TrailSelectors.EventSelector;
import io.irready.services.cloudtrail.TrailSelectors.FieldSelector;

import java.util.ArrayList;
import java.util.List;

/**
 * Which management events a trail's selectors record. Basic selectors: IncludeManagementEvents with
 * ReadWriteType; advanced selectors: eventCategory = Management, optionally narrowed by readOnly or
 * by other fields such as eventSource (which we count as an exclusion).
 */
record ManagementEventCoverage(boolean read, boolean write, List<String> exclusions) {

    static ManagementEventCoverage of(TrailSelectors selectors) {
        boolean read = false;
        boolean write = false;
        List<String> exclusions = new ArrayList<>();
        for (EventSelector selector : selectors.basic()) {
            if (!selector.includeManagementEvents()) {
                continue;
            }
            String type = selector.readWriteType() == null ? "All" : selector.readWriteType();
            read |= type.equals("All") || type.equals("ReadOnly");
            write |= type.equals("All") || type.equals("WriteOnly");
            selector.excludeManagementEventSources().forEach(source -> exclusions.add("excludes " + source));
        }
        for (AdvancedEventSelector selector : selectors.advanced()) {
            if (!isManagement(selector)) {
                continue;
            }
            FieldSelector readOnly = field(selector, "readOnly");
            boolean selectsRead = readOnly == null || readOnly.equalTo().contains("true") || readOnly.notEquals().contains("false");
            boolean selectsWrite = readOnly == null || readOnly.equalTo().contains("false") || readOnly.notEquals().contains("true");
            read |= selectsRead;
            write |= selectsWrite;
            for (FieldSelector other : selector.fieldSelectors()) {
                if (!other.field().equals("eventCategory") && !other.field().equals("readOnly")) {
                    exclusions.add("advanced selector '" + selector.name() + "' filters on " + other.field());
                }
            }
        }
        return new ManagementEventCoverage(read, write, List.copyOf(exclusions));
    }

    boolean all() {
        return read && write && exclusions.isEmpty();
    }

    String describe() {
        if (!read && !write) {
            return "records no management events";
        }
        List<String> gaps = new ArrayList<>();
        if (!read) {
            gaps.add("does not record read management events");
        }
        if (!write) {
            gaps.add("does not record write management events");
        }
        gaps.addAll(exclusions);
        return gaps.isEmpty() ? "records all read and write management events" : String.join(", ", gaps);
    }

    private static boolean isManagement(AdvancedEventSelector selector) {
        FieldSelector category = field(selector, "eventCategory");
        return category != null && category.equalTo().contains("Management");
    }

    private static FieldSelector field(AdvancedEventSelector selector, String name) {
        return selector.fieldSelectors().stream().filter(f -> f.field().equals(name)).findFirst().orElse(null);
    }
}
