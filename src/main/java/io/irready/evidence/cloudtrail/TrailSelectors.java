package io.irready.evidence.cloudtrail;

import java.util.List;

/** GetEventSelectors: a trail uses either basic or advanced event selectors. */
public record TrailSelectors(List<EventSelector> basic, List<AdvancedEventSelector> advanced) {
    public TrailSelectors {
        basic = List.copyOf(basic);
        advanced = List.copyOf(advanced);
    }

    /** A basic event selector. */
    public record EventSelector(String readWriteType,
                                boolean includeManagementEvents,
                                List<String> excludeManagementEventSources) {
        public EventSelector {
            excludeManagementEventSources = List.copyOf(excludeManagementEventSources);
        }
    }

    /** An advanced event selector: events match when every field selector matches. */
    public record AdvancedEventSelector(String name, List<FieldSelector> fieldSelectors) {
        public AdvancedEventSelector {
            fieldSelectors = List.copyOf(fieldSelectors);
        }
    }

    /** One condition of an advanced event selector. */
    public record FieldSelector(String field,
                                List<String> equalTo,
                                List<String> notEquals,
                                List<String> startsWith,
                                List<String> notStartsWith,
                                List<String> endsWith,
                                List<String> notEndsWith) {
        public FieldSelector {
            equalTo = List.copyOf(equalTo);
            notEquals = List.copyOf(notEquals);
            startsWith = List.copyOf(startsWith);
            notStartsWith = List.copyOf(notStartsWith);
            endsWith = List.copyOf(endsWith);
            notEndsWith = List.copyOf(notEndsWith);
        }
    }
}
