package io.irready.settings;

import io.irready.InputException;
import io.irready.checks.CheckCatalog;
import io.irready.checks.CheckSettings;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.core.env.Environment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeSet;

/**
 * Binds each check settings record from its section under {@code irready.checks}. A section no record
 * claims, a key a record does not have, or a value of the wrong type is bad input, named by its key.
 */
public final class CheckSettingsBinder {

    private CheckSettingsBinder() {
    }

    public static Map<Class<? extends CheckSettings>, CheckSettings> bind(Environment environment) {
        Binder binder = StrictBinder.of(environment);
        Map<String, Class<? extends CheckSettings>> sections = CheckCatalog.settingsSections();
        var unknown = new TreeSet<>(binder.bind("irready.checks", Bindable.mapOf(String.class, Object.class)).orElse(Map.of()).keySet());
        // Environment variables cannot spell the dash: IRREADY_CHECKS_RESPONDERROLES_... names responder-roles.
        Set<String> known = sections.keySet().stream().map(section -> section.replace("-", "")).collect(Collectors.toSet());
        unknown.removeIf(section -> known.contains(section.replace("-", "")));
        if (!unknown.isEmpty()) {
            throw new InputException("unknown configuration key(s): " + String.join(", ", unknown.stream().map(s -> "irready.checks." + s).toList())
                    + ". The check settings sections are " + String.join(", ", new TreeSet<>(sections.keySet()))
                    + "; see docs/configuration.md.");
        }
        Map<Class<? extends CheckSettings>, CheckSettings> bound = new HashMap<>();
        sections.forEach((section, type) -> bound.put(type, binder.bindOrCreate("irready.checks." + section, Bindable.of(type),
                new NoUnboundElementsBindHandler(BindHandler.DEFAULT))));
        return bound;
    }
}
