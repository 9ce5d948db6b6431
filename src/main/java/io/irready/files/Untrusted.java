package io.irready.files;

/** Values read from outside (a bundle, an export) on their way into a message or a path. */
public final class Untrusted {

    private Untrusted() {
    }

    /** A bounded excerpt with control characters shown as {@code ?}, safe to put in a one-line message. */
    public static String printable(String value, int max) {
        if (value == null) {
            return "null";
        }
        String text = value.replaceAll("\\p{Cntrl}", "?");
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }

    /** Relative, slash-separated, without empty, "." or ".." parts, colons or control characters: it cannot point out of its folder. */
    public static boolean isPlainPath(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || name.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
