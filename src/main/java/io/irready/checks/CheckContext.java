package io.irready.checks;

import java.time.Instant;
import java.util.Map;

/** What a check may know besides the evidence: the checks' settings and the evaluation time. */
public record CheckContext(Map<Class<? extends CheckSettings>, CheckSettings> settings, Instant evaluatedAt) {

    public CheckContext {
        settings = Map.copyOf(settings);
    }

    public <S extends CheckSettings> S settings(Class<S> type) {
        CheckSettings found = settings.get(type);
        if (found == null) {
            throw new IllegalStateException("no settings " + type.getSimpleName() + " were bound");
        }
        return type.cast(found);
    }
}
