package io.irready.evidence;

import io.irready.files.Untrusted;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The values from a bundle that become parts of paths: account ids and Region names. A bundle is
 * untrusted input, so each is checked against its AWS form before it names a file.
 */
public final class BundlePaths {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private BundlePaths() {
    }

    public static boolean isAccountId(String value) {
        return value != null && ACCOUNT_ID.matcher(value).matches();
    }

    public static boolean isRegion(String value) {
        return value != null && REGION.matcher(value).matches();
    }

    /** What in a scope could not name a path; empty when every account id and Region has its AWS form. */
    static List<String> problems(Scope scope) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < scope.targets().size(); i++) {
            Target target = scope.targets().get(i);
            if (target == null) {
                problems.add("targets[" + i + "] is null");
                continue;
            }
            if (!isAccountId(target.accountId())) {
                problems.add("targets[" + i + "].accountId " + quoted(target.accountId()) + " is not a 12-digit account id");
            }
            for (String region : target.regions()) {
                if (!isRegion(region)) {
                    problems.add("targets[" + i + "].regions holds " + quoted(region) + ", which is not a Region name");
                }
            }
        }
        for (int i = 0; i < scope.skipped().size(); i++) {
            SkippedAccount skipped = scope.skipped().get(i);
            if (skipped == null || !isAccountId(skipped.accountId())) {
                problems.add("skipped[" + i + "] has no 12-digit account id");
            }
        }
        return problems;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + Untrusted.printable(value, 80) + "'";
    }
}
