package io.irready.cli;

import io.irready.InputException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;

import java.sql.SQLException;
import java.util.stream.Collectors;

/** Turns what goes wrong while starting or running into the user's terms: which input is bad, and how to fix it. */
final class StartupErrors {

    private StartupErrors() {
    }

    /** The error as bad input, or null when it is not the user's input that is at fault. */
    static InputException asInput(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof InputException input) {
                return input;
            }
            if (e instanceof UnboundConfigurationPropertiesException unbound) {
                return new InputException("unknown configuration key(s): " + unbound.getUnboundProperties().stream()
                        .map(StartupErrors::describe).collect(Collectors.joining(", "))
                        + ". Check the spelling against the configuration reference in README.md.", e);
            }
            if (e instanceof BindException bind && !(bind.getCause() instanceof UnboundConfigurationPropertiesException)) {
                return new InputException("configuration key " + bind.getName() + describeValue(bind.getProperty()) + " is not valid: "
                        + rootMessage(bind) + ".", e);
            }
            if (e instanceof SQLException sql) {
                return new InputException("cannot open the job repository database: " + sql.getMessage()
                        + ". Check spring.datasource.url (and its user and password) in the configuration.", e);
            }
            if (e.getClass().getName().startsWith("org.yaml.snakeyaml") || isConfigLoadFailure(e)) {
                return new InputException("the configuration file cannot be read: " + rootMessage(e), e);
            }
        }
        return null;
    }

    /** The error's own message, or its root cause's when it has none. */
    static String message(Throwable error) {
        return error.getMessage() == null ? rootMessage(error) : error.getMessage();
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static boolean isConfigLoadFailure(Throwable e) {
        return e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("Failed to load property source");
    }

    private static String describe(ConfigurationProperty property) {
        return property.getName() + (property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")");
    }

    private static String describeValue(ConfigurationProperty property) {
        if (property == null) {
            return "";
        }
        return " = '" + property.getValue() + "'" + (property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")");
    }
}
