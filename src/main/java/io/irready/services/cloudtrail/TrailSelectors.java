package io.irready.services.cloudtrail;

import java.util.List;

/** GetEventSelectors: a trail uses either basic or advanced event selectors. */
public record TrailSelectors(List<EventSelector> basic, List<AdvancedEventSelector> advanced) {
    public TrailSelectors {
        basic = List.copyOf(basic);
        advanced = List.copyOf(advanced);
    }

    /** A basic event selector; {@code dataResources} select data events (e.g. type AWS::S3::Object). */
    public record EventSelector(String readWriteType,
                                boolean includeManagementEvents,
                                List<String> excludeManagementEventSources,
                                List<DataResource> dataResources) {
        public EventSelector {
            excludeManagementEventSources = List.copyOf(excludeManagementEventSources);
            dataResources = dataResources == null ? List.of() : List.copyOf(dataResources);
        }
    }

    /** A basic selector's data events: a resource type and the ARNs (or prefixes) it covers. */
    public record DataResource(String type, List<String> values) {
        public DataResource {
            values = values == null ? List.of() : List.copyOf(values);
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
