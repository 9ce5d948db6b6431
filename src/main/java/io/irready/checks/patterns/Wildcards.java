package io.irready.checks.patterns;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Values with {@code *} standing for any run of characters, as EventBridge and CloudWatch Logs patterns use them. */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String wildcard, String value) {
        String regex = Arrays.stream(wildcard.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL).matcher(value).matches();
    }
}
