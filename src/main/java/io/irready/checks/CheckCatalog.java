package io.irready.checks;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every check and every settings record under {@code io.irready.checks}, found on the classpath, never
 * listed by hand. Checks are in report order: by area, then id.
 */
public final class CheckCatalog {

    private static final String PACKAGE = "io.irready.checks";
    private static final List<Check> CHECKS = discoverChecks();
    private static final Map<String, Class<? extends CheckSettings>> SETTINGS = discoverSettings();

    private CheckCatalog() {
    }

    public static List<Check> all() {
        return CHECKS;
    }

    public static List<CheckMetadata> metadata() {
        return CHECKS.stream().map(Check::metadata).toList();
    }

    /** The settings records by their section under {@code irready.checks}. */
    public static Map<String, Class<? extends CheckSettings>> settingsSections() {
        return SETTINGS;
    }

    private static List<Check> discoverChecks() {
        Map<String, Check> byId = new HashMap<>();
        for (Class<?> type : classes(Check.class)) {
            Check check = instantiate(type);
            Check clash = byId.put(check.metadata().id(), check);
            if (clash != null) {
                throw new IllegalStateException("two checks have id " + check.metadata().id() + ": " + clash.getClass().getName()
                        + " and " + type.getName());
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparing((Check c) -> c.metadata().area()).thenComparing(c -> c.metadata().id()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends CheckSettings>> discoverSettings() {
        Map<String, Class<? extends CheckSettings>> sections = new HashMap<>();
        for (Class<?> type : classes(CheckSettings.class)) {
            CheckSettings.Section section = type.getAnnotation(CheckSettings.Section.class);
            if (section == null) {
                throw new IllegalStateException("settings record " + type.getName() + " names no @CheckSettings.Section");
            }
            if (sections.put(section.value(), (Class<? extends CheckSettings>) type) != null) {
                throw new IllegalStateException("two settings records are bound from irready.checks." + section.value());
            }
        }
        return Map.copyOf(sections);
    }

    private static List<Class<?>> classes(Class<?> kind) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(kind));
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(PACKAGE)) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (!Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    private static Check instantiate(Class<?> type) {
        try {
            return (Check) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("check " + type.getName() + " needs a public no-argument constructor", e);
        }
    }
}
