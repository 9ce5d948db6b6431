package io.irready.checks;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name or a pattern with {@code *} (any run of characters) and {@code ?} (one character), matched
 * ignoring case, as configured for role, user, account and document names. Every other character is
 * literal, so a configured name can never act as a regular expression.
 */
public final class NamePattern {

    private final String glob;
    private final Pattern regex;
    private final boolean ignoreCase;

    private NamePattern(String glob, boolean ignoreCase) {
        this.glob = glob;
        this.ignoreCase = ignoreCase;
        var builder = new StringBuilder();
        for (char c : (ignoreCase ? glob.toLowerCase(Locale.ROOT) : glob).toCharArray()) {
            switch (c) {
                case '*' -> builder.append(".*");
                case '?' -> builder.append('.');
                default -> builder.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.regex = Pattern.compile(builder.toString(), Pattern.DOTALL);
    }

    public static NamePattern of(String glob) {
        return new NamePattern(glob, true);
    }

    /** Matching case as written: for values whose case is significant, where a wider match would hide a result. */
    public static NamePattern caseSensitive(String glob) {
        return new NamePattern(glob, false);
    }

    public boolean matches(String name) {
        return name != null && regex.matcher(ignoreCase ? name.toLowerCase(Locale.ROOT) : name).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
