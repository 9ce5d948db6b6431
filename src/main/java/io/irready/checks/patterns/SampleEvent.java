package io.irready.checks.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A made-up CloudTrail record of an activity responders must hear about, and the EventBridge event that
 * carries it, so metric filters and rules are judged by whether they would fire on it. Immutable: each
 * {@code with} returns a copy.
 */
public final class SampleEvent {

    private final String description;
    private final Map<String, Object> record;

    private SampleEvent(String description, Map<String, Object> record) {
        this.description = description;
        this.record = record;
    }

    /** A successful management API call by an IAM user, e.g. {@code ("ec2.amazonaws.com", "CreateSecurityGroup")}. */
    public static SampleEvent apiCall(String eventSource, String eventName) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IAMUser");
        identity.put("principalId", "AIDAEXAMPLE");
        identity.put("arn", "arn:aws:iam::111122223333:user/alice");
        identity.put("accountId", "111122223333");
        identity.put("userName", "alice");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "1.09");
        record.put("userIdentity", identity);
        record.put("eventTime", "2026-01-01T00:00:00Z");
        record.put("eventSource", eventSource);
        record.put("eventName", eventName);
        record.put("awsRegion", "us-east-1");
        record.put("sourceIPAddress", "203.0.113.10");
        record.put("userAgent", "aws-cli/2.15.0");
        record.put("requestParameters", new LinkedHashMap<>());
        record.put("responseElements", null);
        record.put("eventType", "AwsApiCall");
        record.put("readOnly", false);
        record.put("managementEvent", true);
        record.put("eventCategory", "Management");
        record.put("recipientAccountId", "111122223333");
        String service = eventSource.substring(0, eventSource.indexOf('.'));
        return new SampleEvent(service + ":" + eventName, record);
    }

    /** A console sign-in. */
    public static SampleEvent consoleLogin(boolean success) {
        return apiCall("signin.amazonaws.com", "ConsoleLogin")
                .with("eventType", "AwsConsoleSignIn")
                .with("responseElements", Map.of("ConsoleLogin", success ? "Success" : "Failure"))
                .with("additionalEventData", Map.of("MFAUsed", "Yes", "LoginTo", "https://console.aws.amazon.com/"))
                .described(success ? "console sign-in" : "failed console sign-in");
    }

    /** This event with the value at a dotted path ({@code userIdentity.type}) set, creating objects on the way. */
    @SuppressWarnings("unchecked")
    public SampleEvent with(String path, Object value) {
        Map<String, Object> copy = deepCopy(record);
        String[] keys = path.split("\\.");
        Map<String, Object> at = copy;
        for (int i = 0; i < keys.length - 1; i++) {
            Object next = at.get(keys[i]);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                at.put(keys[i], next);
            }
            at = (Map<String, Object>) next;
        }
        at.put(keys[keys.length - 1], value instanceof Map<?, ?> map ? deepCopy((Map<String, Object>) map) : value);
        return new SampleEvent(description, copy);
    }

    /** This event without the field at a dotted path. */
    @SuppressWarnings("unchecked")
    public SampleEvent without(String path) {
        Map<String, Object> copy = deepCopy(record);
        String[] keys = path.split("\\.");
        Map<String, Object> at = copy;
        for (int i = 0; i < keys.length - 1 && at != null; i++) {
            at = at.get(keys[i]) instanceof Map<?, ?> next ? (Map<String, Object>) next : null;
        }
        if (at != null) {
            at.remove(keys[keys.length - 1]);
        }
        return new SampleEvent(description, copy);
    }

    public SampleEvent described(String description) {
        return new SampleEvent(description, record);
    }

    /** The same event recorded in another account and Region. */
    @SuppressWarnings("unchecked")
    public SampleEvent in(String accountId, String region) {
        SampleEvent moved = with("recipientAccountId", accountId).with("awsRegion", region).with("userIdentity.accountId", accountId);
        Object arn = ((Map<String, Object>) moved.record.get("userIdentity")).get("arn");
        return arn instanceof String s ? moved.with("userIdentity.arn", s.replace("111122223333", accountId)) : moved;
    }

    public String description() {
        return description;
    }

    /** The CloudTrail record, as CloudWatch Logs receives it from a trail. */
    public Map<String, Object> record() {
        return deepCopy(record);
    }

    /** The EventBridge event that carries the record. */
    public Map<String, Object> event() {
        String eventSource = String.valueOf(record.get("eventSource"));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", "00000000-0000-0000-0000-000000000000");
        event.put("detail-type", "AwsConsoleSignIn".equals(record.get("eventType"))
                ? "AWS Console Sign In via CloudTrail" : "AWS API Call via CloudTrail");
        event.put("source", "aws." + eventSource.substring(0, eventSource.indexOf('.')));
        event.put("account", record.get("recipientAccountId"));
        event.put("time", record.get("eventTime"));
        event.put("region", record.get("awsRegion"));
        event.put("resources", new ArrayList<>());
        event.put("detail", deepCopy(record));
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return copy;
    }

    @Override
    public String toString() {
        return description;
    }
}
