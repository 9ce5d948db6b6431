package io.irready.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One framework's requirements, each with the checks that map to it, in the framework's own order (NIST
 * phases as the lifecycle runs, CSF functions GV..RC, numbered ids by their numbers).
 */
public record FrameworkView(Framework framework, List<Requirement> requirements) {

    public record Requirement(String id, List<String> checkIds) {
    }

    private static final List<String> NIST_PHASES = List.of("Preparation", "Detection & Analysis", "Containment, Eradication & Recovery",
            "Post-Incident Activity");
    private static final List<String> CSF_FUNCTIONS = List.of("GV", "ID", "PR", "DE", "RS", "RC");
    private static final Pattern PARTS = Pattern.compile("\\d+|\\D+");

    public static FrameworkView of(Framework framework, List<CheckMetadata> checks) {
        Map<String, List<String>> byRequirement = new TreeMap<>(order(framework));
        for (CheckMetadata check : checks) {
            for (String requirement : check.references().of(framework)) {
                byRequirement.computeIfAbsent(requirement, r -> new ArrayList<>()).add(check.id());
            }
        }
        Map<String, List<String>> sorted = new LinkedHashMap<>(byRequirement);
        return new FrameworkView(framework, sorted.entrySet().stream()
                .map(e -> new Requirement(e.getKey(), e.getValue().stream().sorted().toList())).toList());
    }

    private static Comparator<String> order(Framework framework) {
        return switch (framework) {
            case NIST_800_61 -> Comparator.comparingInt((String phase) -> NIST_PHASES.indexOf(phase) < 0 ? NIST_PHASES.size() : NIST_PHASES.indexOf(phase))
                    .thenComparing(Comparator.naturalOrder());
            case CSF_2_0 -> Comparator.comparingInt((String id) -> CSF_FUNCTIONS.indexOf(id.length() >= 2 ? id.substring(0, 2) : id))
                    .thenComparing(FrameworkView::natural);
            default -> FrameworkView::natural;
        };
    }

    /** Compares "1.16" after "1.5" and "GuardDuty.10" after "GuardDuty.9": digit runs as numbers. */
    static int natural(String a, String b) {
        Matcher x = PARTS.matcher(a);
        Matcher y = PARTS.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
                    ? Long.compare(Long.parseLong(p), Long.parseLong(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
