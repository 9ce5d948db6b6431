package io.irready.checks.patterns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CloudWatch Logs JSON filter pattern such as {@code { ($.eventName = "StopLogging") || ($.eventName = DeleteTrail) }},
 * evaluated against sample CloudTrail records. Supported: selectors {@code $.a.b[0]}, the comparisons
 * {@code = != < > <= >=}, string values with {@code *} wildcards, {@code IS NULL}, {@code IS TRUE},
 * {@code IS FALSE}, {@code NOT EXISTS}, {@code &&}, {@code ||} and parentheses. Text and space-delimited
 * patterns, and anything else, are an {@link UnsupportedPatternException}. Where {@code &&} and {@code ||}
 * mix without parentheses the pattern must match under both readings (AND binding tighter, and left to
 * right), so a pattern is never credited for a reading CloudWatch might not use.
 */
public final class MetricFilterPattern {

    private sealed interface Node permits Term, Group {
    }

    private record Term(List<Object> path, String operator, String value, boolean quoted) implements Node {
    }

    private record Group(List<Node> operands, List<String> operators) implements Node {
    }

    private final Node root;

    private MetricFilterPattern(Node root) {
        this.root = root;
    }

    public static MetricFilterPattern parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new UnsupportedPatternException("an empty filter pattern matches every event and names nothing");
        }
        String trimmed = pattern.strip();
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
            throw new UnsupportedPatternException("only JSON filter patterns ({ $.field = value }) are evaluated, not '" + trimmed + "'");
        }
        Parser parser = new Parser(trimmed.substring(1, trimmed.length() - 1));
        Node root = parser.expression();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw new UnsupportedPatternException("unexpected '" + parser.rest() + "' in the filter pattern");
        }
        return new MetricFilterPattern(root);
    }

    public boolean matches(Map<String, Object> record) {
        return evaluate(root, record, true) && evaluate(root, record, false);
    }

    private static boolean evaluate(Node node, Map<String, Object> record, boolean andFirst) {
        if (node instanceof Term term) {
            return holds(term, record);
        }
        Group group = (Group) node;
        if (andFirst) {
            boolean any = false;
            boolean all = evaluate(group.operands().get(0), record, true);
            for (int i = 0; i < group.operators().size(); i++) {
                boolean next = evaluate(group.operands().get(i + 1), record, true);
                if (group.operators().get(i).equals("||")) {
                    any |= all;
                    all = next;
                } else {
                    all &= next;
                }
            }
            return any || all;
        }
        boolean value = evaluate(group.operands().get(0), record, false);
        for (int i = 0; i < group.operators().size(); i++) {
            boolean next = evaluate(group.operands().get(i + 1), record, false);
            value = group.operators().get(i).equals("&&") ? value && next : value || next;
        }
        return value;
    }

    private static boolean holds(Term term, Map<String, Object> record) {
        Object current = record;
        boolean present = true;
        for (Object step : term.path()) {
            if (step instanceof String name && current instanceof Map<?, ?> map && map.containsKey(name)) {
                current = map.get(name);
            } else if (step instanceof Integer index && current instanceof List<?> list && index < list.size()) {
                current = list.get(index);
            } else {
                present = false;
                break;
            }
        }
        return switch (term.operator()) {
            case "NOT EXISTS" -> !present;
            case "IS NULL" -> present && current == null;
            case "IS TRUE" -> present && Boolean.TRUE.equals(current);
            case "IS FALSE" -> present && Boolean.FALSE.equals(current);
            case "=" -> present && equal(term, current);
            case "!=" -> present && !equal(term, current);
            default -> present && compare(term, current);
        };
    }

    private static boolean equal(Term term, Object value) {
        if (!term.quoted() && isNumber(term.value()) && value instanceof Number number) {
            return new BigDecimal(number.toString()).compareTo(new BigDecimal(term.value())) == 0;
        }
        if (value instanceof Map || value instanceof List) {
            return false;
        }
        String actual = String.valueOf(value);
        return term.value().contains("*") ? Wildcards.matches(term.value(), actual) : term.value().equals(actual);
    }

    private static boolean compare(Term term, Object value) {
        if (!(value instanceof Number number)) {
            return false;
        }
        int c = new BigDecimal(number.toString()).compareTo(new BigDecimal(term.value()));
        return switch (term.operator()) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        String rest() {
            return text.substring(at);
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean take(String token) {
            skipSpace();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        Node expression() {
            List<Node> operands = new ArrayList<>();
            List<String> operators = new ArrayList<>();
            operands.add(operand());
            while (true) {
                if (take("&&")) {
                    operators.add("&&");
                } else if (take("||")) {
                    operators.add("||");
                } else {
                    break;
                }
                operands.add(operand());
            }
            return operands.size() == 1 ? operands.get(0) : new Group(operands, operators);
        }

        private Node operand() {
            if (take("(")) {
                Node inner = expression();
                if (!take(")")) {
                    throw new UnsupportedPatternException("a parenthesis is not closed in the filter pattern");
                }
                return inner;
            }
            return term();
        }

        private Term term() {
            skipSpace();
            if (!take("$")) {
                throw new UnsupportedPatternException("expected a selector such as $.eventName at '" + rest() + "'");
            }
            List<Object> path = new ArrayList<>();
            while (!atEnd()) {
                char c = text.charAt(at);
                if (c == '.') {
                    at++;
                    int start = at;
                    while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '-')) {
                        at++;
                    }
                    if (start == at) {
                        throw new UnsupportedPatternException("selector with an empty or unusual field name at '" + rest() + "'");
                    }
                    path.add(text.substring(start, at));
                } else if (c == '[') {
                    int close = text.indexOf(']', at);
                    String index = close < 0 ? "" : text.substring(at + 1, close);
                    if (!index.matches("\\d{1,4}")) {
                        throw new UnsupportedPatternException("selector index '[" + index + "]' is not evaluated by irready");
                    }
                    path.add(Integer.parseInt(index));
                    at = close + 1;
                } else {
                    break;
                }
            }
            if (path.isEmpty()) {
                throw new UnsupportedPatternException("a selector names no field");
            }
            for (String keyword : List.of("IS NULL", "IS TRUE", "IS FALSE", "NOT EXISTS")) {
                skipSpace();
                if (text.regionMatches(true, at, keyword, 0, keyword.length())) {
                    at += keyword.length();
                    return new Term(path, keyword, "", false);
                }
            }
            String operator = null;
            for (String candidate : List.of("!=", "<=", ">=", "=", "<", ">")) {
                if (take(candidate)) {
                    operator = candidate;
                    break;
                }
            }
            if (operator == null) {
                throw new UnsupportedPatternException("expected a comparison after the selector at '" + rest() + "'");
            }
            skipSpace();
            if (take("\"")) {
                var value = new StringBuilder();
                while (!atEnd() && text.charAt(at) != '"') {
                    if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                        at++;
                    }
                    value.append(text.charAt(at++));
                }
                if (!take("\"")) {
                    throw new UnsupportedPatternException("a quoted value is not closed in the filter pattern");
                }
                return new Term(path, operator, value.toString(), true);
            }
            int start = at;
            while (!atEnd() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != ')'
                    && !text.startsWith("&&", at) && !text.startsWith("||", at)) {
                at++;
            }
            String value = text.substring(start, at);
            if (value.isEmpty()) {
                throw new UnsupportedPatternException("a comparison has no value at '" + rest() + "'");
            }
            if (!operator.equals("=") && !operator.equals("!=") && !isNumber(value)) {
                throw new UnsupportedPatternException("'" + operator + "' compares numbers, not '" + value + "'");
            }
            return new Term(path, operator, value, false);
        }
    }
}
