package io.irready.checks.patterns;

import io.irready.evidence.Json;
import tools.jackson.core.JacksonException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An Amazon EventBridge event pattern, evaluated against sample events so a rule is credited for what it
 * really matches rather than for the words it contains. Supports exact values, {@code prefix},
 * {@code suffix}, {@code equals-ignore-case}, {@code wildcard}, {@code anything-but}, {@code exists},
 * {@code numeric} and {@code $or}; anything else is an {@link UnsupportedPatternException}, so an
 * unfamiliar pattern is never assumed to match.
 */
public final class EventPattern {

    private static final Set<String> NUMERIC_OPERATORS = Set.of("=", "<", "<=", ">", ">=");

    private final Map<String, Object> pattern;

    private EventPattern(Map<String, Object> pattern) {
        this.pattern = pattern;
    }

    @SuppressWarnings("unchecked")
    public static EventPattern parse(String json) {
        if (json == null || json.isBlank()) {
            throw new UnsupportedPatternException("the rule has no event pattern (a schedule)");
        }
        Object parsed;
        try {
            parsed = Json.MAPPER.readValue(json, Object.class);
        } catch (JacksonException e) {
            throw new UnsupportedPatternException("the event pattern is not JSON: " + e.getOriginalMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new UnsupportedPatternException("the event pattern is not a JSON object");
        }
        validateObject((Map<String, Object>) map);
        return new EventPattern((Map<String, Object>) map);
    }

    public boolean matches(Map<String, Object> event) {
        return matchesObject(pattern, event);
    }

    @SuppressWarnings("unchecked")
    private static void validateObject(Map<String, Object> pattern) {
        for (var entry : pattern.entrySet()) {
            Object value = entry.getValue();
            if (entry.getKey().equals("$or")) {
                if (!(value instanceof List<?> alternatives) || alternatives.isEmpty()
                        || !alternatives.stream().allMatch(a -> a instanceof Map)) {
                    throw new UnsupportedPatternException("$or needs a list of patterns");
                }
                alternatives.forEach(a -> validateObject((Map<String, Object>) a));
            } else if (value instanceof Map<?, ?> nested) {
                validateObject((Map<String, Object>) nested);
            } else if (value instanceof List<?> matchers) {
                if (matchers.isEmpty()) {
                    throw new UnsupportedPatternException("field '" + entry.getKey() + "' has an empty list, which matches nothing");
                }
                matchers.forEach(m -> validateMatcher(entry.getKey(), m));
            } else {
                throw new UnsupportedPatternException("field '" + entry.getKey() + "' must hold a list or an object, not " + value);
            }
        }
    }

    private static void validateMatcher(String field, Object matcher) {
        if (!(matcher instanceof Map<?, ?> operator)) {
            return;
        }
        if (operator.size() != 1) {
            throw new UnsupportedPatternException("field '" + field + "' has a matcher with " + operator.size() + " operators");
        }
        var entry = operator.entrySet().iterator().next();
        String name = String.valueOf(entry.getKey());
        Object argument = entry.getValue();
        switch (name) {
            case "prefix", "suffix" -> {
                if (!(argument instanceof String) && !(argument instanceof Map<?, ?> m && m.size() == 1
                        && m.get("equals-ignore-case") instanceof String)) {
                    throw new UnsupportedPatternException(name + " on '" + field + "' needs a string");
                }
            }
            case "equals-ignore-case", "wildcard" -> {
                if (!(argument instanceof String)) {
                    throw new UnsupportedPatternException(name + " on '" + field + "' needs a string");
                }
            }
            case "exists" -> {
                if (!(argument instanceof Boolean)) {
                    throw new UnsupportedPatternException("exists on '" + field + "' needs true or false");
                }
            }
            case "anything-but" -> {
                if (argument instanceof Map<?, ?>) {
                    validateMatcher(field, argument);
                } else if (argument instanceof List<?> list && list.stream().anyMatch(v -> v instanceof Map)) {
                    throw new UnsupportedPatternException("anything-but on '" + field + "' lists an operator");
                }
            }
            case "numeric" -> {
                if (!(argument instanceof List<?> list) || list.isEmpty() || list.size() % 2 != 0) {
                    throw new UnsupportedPatternException("numeric on '" + field + "' needs operator and number pairs");
                }
                for (int i = 0; i < list.size(); i += 2) {
                    if (!NUMERIC_OPERATORS.contains(String.valueOf(list.get(i))) || !(list.get(i + 1) instanceof Number)) {
                        throw new UnsupportedPatternException("numeric on '" + field + "' has an unknown comparison " + list.get(i));
                    }
                }
            }
            default -> throw new UnsupportedPatternException("operator '" + name + "' on '" + field + "' is not evaluated by irready");
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean matchesObject(Map<String, Object> pattern, Map<String, Object> event) {
        for (var entry : pattern.entrySet()) {
            String key = entry.getKey();
            if (key.equals("$or")) {
                if (((List<Object>) entry.getValue()).stream().noneMatch(a -> matchesObject((Map<String, Object>) a, event))) {
                    return false;
                }
                continue;
            }
            boolean present = event != null && event.containsKey(key);
            Object value = present ? event.get(key) : null;
            if (entry.getValue() instanceof Map<?, ?> nested) {
                if (!(value instanceof Map<?, ?> nestedEvent) || !matchesObject((Map<String, Object>) nested, (Map<String, Object>) nestedEvent)) {
                    return false;
                }
            } else if (!matchesField((List<Object>) entry.getValue(), present, value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesField(List<Object> matchers, boolean present, Object value) {
        List<?> values = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
        for (Object matcher : matchers) {
            if (matcher instanceof Map<?, ?> operator && operator.containsKey("exists")) {
                boolean leafPresent = present && !(value instanceof Map);
                if (leafPresent == (Boolean) operator.get("exists")) {
                    return true;
                }
                continue;
            }
            if (!present) {
                continue;
            }
            for (Object v : values) {
                if (matchesOne(matcher, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesOne(Object matcher, Object value) {
        if (!(matcher instanceof Map<?, ?> operator)) {
            return same(matcher, value);
        }
        var entry = operator.entrySet().iterator().next();
        Object argument = entry.getValue();
        return switch (String.valueOf(entry.getKey())) {
            case "prefix" -> value instanceof String s && (argument instanceof String p ? s.startsWith(p)
                    : s.toLowerCase(Locale.ROOT).startsWith(ignoringCase(argument)));
            case "suffix" -> value instanceof String s && (argument instanceof String p ? s.endsWith(p)
                    : s.toLowerCase(Locale.ROOT).endsWith(ignoringCase(argument)));
            case "equals-ignore-case" -> value instanceof String s && s.equalsIgnoreCase((String) argument);
            case "wildcard" -> value instanceof String s && Wildcards.matches((String) argument, s);
            case "anything-but" -> argument instanceof List<?> list ? list.stream().noneMatch(a -> same(a, value))
                    : argument instanceof Map<?, ?> ? !matchesOne(argument, value) : !same(argument, value);
            case "numeric" -> numeric((List<?>) argument, value);
            default -> throw new UnsupportedPatternException("operator " + entry.getKey());
        };
    }

    private static String ignoringCase(Object argument) {
        return String.valueOf(((Map<?, ?>) argument).get("equals-ignore-case")).toLowerCase(Locale.ROOT);
    }

    private static boolean same(Object expected, Object value) {
        if (expected instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return expected == null ? value == null : expected.equals(value);
    }

    private static boolean numeric(List<?> comparisons, Object value) {
        if (!(value instanceof Number number)) {
            return false;
        }
        BigDecimal actual = new BigDecimal(number.toString());
        for (int i = 0; i < comparisons.size(); i += 2) {
            int c = actual.compareTo(new BigDecimal(comparisons.get(i + 1).toString()));
            boolean holds = switch (String.valueOf(comparisons.get(i))) {
                case "=" -> c == 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
