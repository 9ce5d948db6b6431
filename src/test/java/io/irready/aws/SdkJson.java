package io.irready.aws;

import io.irready.evidence.Json;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body an AWS JSON or REST-JSON service sends for an SDK response object, written from the SDK's
 * own model (each member's wire name, timestamps as epoch seconds), so a stub answers in the documented
 * shape without hand-written field names.
 */
public final class SdkJson {

    private SdkJson() {
    }

    public static String of(SdkPojo response) {
        return Json.MAPPER.writeValueAsString(object(response));
    }

    private static Map<String, Object> object(SdkPojo pojo) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.location() != MarshallLocation.PAYLOAD) {
                continue;
            }
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>)
                    && !(value instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap<?, ?>)) {
                TimestampFormatTrait format = field.getTrait(TimestampFormatTrait.class);
                json.put(field.locationName(), value instanceof Instant instant && format != null ? timestamp(instant, format.format()) : value(value));
            }
        }
        return json;
    }

    /** A timestamp in the format the member's model trait names (most JSON services: epoch seconds). */
    private static Object timestamp(Instant instant, TimestampFormatTrait.Format format) {
        return switch (format) {
            case ISO_8601 -> instant.toString();
            case RFC_822 -> java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
            default -> value(instant);
        };
    }

    private static Object value(Object value) {
        if (value instanceof SdkPojo pojo) {
            return object(pojo);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(value(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
            return out;
        }
        if (value instanceof Instant instant) {
            return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
        }
        if (value instanceof SdkBytes bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes.asByteArray());
        }
        return value;
    }
}
