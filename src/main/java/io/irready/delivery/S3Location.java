package io.irready.delivery;

import java.util.regex.Pattern;

/** {@code s3://bucket/prefix}: where runs are delivered. The prefix has no leading or trailing slash. */
public record S3Location(String bucket, String prefix) {

    private static final Pattern BUCKET = Pattern.compile("(?!xn--)(?!.*\\.\\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    /** S3's "safe characters" for object keys, so a key is never read differently by another tool. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9!_.*'()-]+(/[A-Za-z0-9!_.*'()-]+)*");

    /** The location, or null when the text is not one. */
    public static S3Location parse(String uri) {
        if (uri == null || !uri.startsWith("s3://")) {
            return null;
        }
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("/+$", "");
        if (!BUCKET.matcher(bucket).matches() || (!prefix.isEmpty() && (!PREFIX.matcher(prefix).matches() || prefix.contains("..")))) {
            return null;
        }
        return new S3Location(bucket, prefix);
    }

    /** The key of a name under the prefix. */
    public String key(String name) {
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    public String uri(String key) {
        return "s3://" + bucket + "/" + key;
    }
}
