package io.irready.cli;

import io.irready.InputException;
import org.slf4j.Logger;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns what goes wrong while starting or running into the user's terms: which input is bad, and how to fix it. */
final class StartupErrors {

    private StartupErrors() {
    }

    /** The error as bad input, or null when it is not the user's input that is at fault. */
    /**
     * Says on stderr why a command stopped and gives its exit code: bad input in one line (exit 2), anything else
     * with its root cause (exit 3) and the stack trace in the log.
     * @param what what failed, e.g. "the run"
     */
    static int exitCode(RuntimeException error, String configFile, PrintWriter stderr, Logger log, String what) {
        InputException input = asInput(error, configFile);
        if (input != null) {
            stderr.println("irready: " + input.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        log.error(what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " failed", error);
        stderr.println("irready: " + what + " failed: " + rootMessage(error));
        return ExitCodes.RUN_FAILED;
    }

    static InputException asInput(Throwable error, String configFile) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof InputException input) {
                return input;
            }
            if (e instanceof UnboundConfigurationPropertiesException unbound) {
                return new InputException("unknown configuration key(s): " + unbound.getUnboundProperties().stream()
                        .map(StartupErrors::describe).collect(Collectors.joining(", "))
                        + ". Check the spelling against docs/configuration.md.", e);
            }
            if (e instanceof BindException bind && !(bind.getCause() instanceof UnboundConfigurationPropertiesException)) {
                return new InputException("configuration key " + bind.getName() + describeValue(bind.getProperty()) + " is not valid: "
                        + expected(bind) + ".", e);
            }
            if (e instanceof MarkedYAMLException yaml) {
                return new InputException(yamlProblem(yaml, configFile), e);
            }
            if (e instanceof SQLException sql) {
                return new InputException("cannot open the job repository database: " + sql.getMessage()
                        + ". Check spring.datasource.url (and its user and password) in the configuration.", e);
            }
            if (e.getClass().getName().startsWith("org.yaml.snakeyaml") || isConfigLoadFailure(e)) {
                if (hasYamlMark(e)) {
                    continue;
                }
                return new InputException("the configuration file " + configFile + " cannot be read: "
                        + rootMessage(e).replaceAll("\\s+", " ").trim(), e);
            }
        }
        return null;
    }

    /** What the key's type expects, in the user's terms; the converter's own message for other types. */
    private static String expected(BindException bind) {
        Class<?> type = bind.getTarget().getType().resolve(Object.class);
        if (type.isEnum()) {
            return "expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", ")) + " (a name, not a number)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number is expected";
        }
        if (type == Duration.class) {
            return "a duration is expected, such as 30s, 5m or PT30S";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false is expected";
        }
        return rootMessage(bind);
    }

    /** One line: where in the file the YAML breaks, and what the parser expected there. */
    private static String yamlProblem(MarkedYAMLException yaml, String configFile) {
        Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
        String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        String problem = yaml.getProblem() == null ? "" : yaml.getProblem().replaceAll("\\s+", " ").trim();
        String context = yaml.getContext() == null ? "" : " (" + yaml.getContext().replaceAll("\\s+", " ").trim()
                + (yaml.getContextMark() == null ? "" : " started at line " + (yaml.getContextMark().getLine() + 1)
                + ", column " + (yaml.getContextMark().getColumn() + 1)) + ")";
        return "the configuration file " + configFile + " is not valid YAML" + where + ": " + problem + context
                + ". Fix the file's syntax there.";
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

    private static boolean hasYamlMark(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof MarkedYAMLException) {
                return true;
            }
        }
        return false;
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
