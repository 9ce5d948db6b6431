package io.irready.settings;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.Environment;

/**
 * A configuration binder with Spring Boot's conversions, except one: a number is not taken as the
 * position of a named value ({@code fail-at-severity: 3} would be the fourth severity, a meaning no user
 * intends), so such a value fails to bind and the error lists the names.
 */
public final class StrictBinder {

    private StrictBinder() {
    }

    public static Binder of(Environment environment) {
        ApplicationConversionService conversions = new ApplicationConversionService();
        conversions.removeConvertible(Integer.class, Enum.class);
        return new Binder(ConfigurationPropertySources.get(environment), new PropertySourcesPlaceholdersResolver(environment), conversions);
    }

    /** Binds {@code irready.*} strictly once, so that a value Spring's own binding accepted by position is refused. */
    public static void verify(Environment environment) {
        of(environment).bind("irready", IrreadyProperties.class);
    }
}
