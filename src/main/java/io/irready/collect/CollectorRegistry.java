package io.irready.collect;

import io.irready.evidence.EvidenceType;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every collector under {@code io.irready.services}, found on the classpath, never listed by hand. */
public final class CollectorRegistry {

    private static final String PACKAGE = "io.irready.services";
    private static final List<Collector<?>> COLLECTORS = discover();

    private CollectorRegistry() {
    }

    public static List<Collector<?>> all() {
        return COLLECTORS;
    }

    public static List<EvidenceType<?>> types() {
        return COLLECTORS.stream().<EvidenceType<?>>map(Collector::type).toList();
    }

    private static List<Collector<?>> discover() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Collector.class));
        Map<String, Collector<?>> byType = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents(PACKAGE)) {
            Collector<?> collector = instantiate(candidate.getBeanClassName());
            Collector<?> clash = byType.put(collector.type().name(), collector);
            if (clash != null) {
                throw new IllegalStateException("two collectors write evidence " + collector.type() + ": "
                        + clash.getClass().getName() + " and " + collector.getClass().getName());
            }
        }
        return byType.values().stream().sorted(Comparator.comparing(c -> c.type().name())).toList();
    }

    private static Collector<?> instantiate(String className) {
        try {
            return (Collector<?>) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("collector " + className + " needs a public no-argument constructor", e);
        }
    }
}
