package io.irready.checks;

import io.irready.settings.ConfigurationProblem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The settings of one or more checks: a record bound from {@code irready.checks.<section>}, validated
 * before any AWS call, that carries the labels the report shows its values under, so a threshold is
 * named once from configuration to report. Records implementing this under {@code io.irready.checks}
 * are discovered; each names its section with {@link Section}.
 */
public interface CheckSettings {

    /** Problems with the values, keyed relative to the section (e.g. {@code minimum-days}). */
    List<ConfigurationProblem> problems();

    /** The values the report lists, each under its label. */
    List<Setting> reported();

    /** A value as the report shows it. */
    record Setting(String label, String value) {
    }

    /** The configuration section under {@code irready.checks} that a settings record is bound from. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Section {
        String value();
    }
}
