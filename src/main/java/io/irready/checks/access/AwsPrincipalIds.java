package io.irready.checks.access;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How an AWS principal is written in a trust policy or in trusted-principals: an account, or one principal's ARN. */
final class AwsPrincipalIds {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ROOT_ARN = Pattern.compile("^arn:[^:]*:iam::(\\d{12}):root$");
    private static final Pattern ACCOUNT_IN_ARN = Pattern.compile("^arn:[^:]*:(?:iam|sts)::(\\d{12}):.*$");

    private AwsPrincipalIds() {
    }

    static boolean isAccountId(String value) {
        return value != null && ACCOUNT.matcher(value).matches();
    }

    /** The account when the id names a whole account (12 digits, or its root ARN); null for anything else. */
    static String wholeAccount(String id) {
        if (isAccountId(id)) {
            return id;
        }
        Matcher root = ROOT_ARN.matcher(id);
        return root.matches() ? root.group(1) : null;
    }

    /** Whether the id is an IAM or STS ARN with an account. */
    static boolean isArn(String id) {
        return ACCOUNT_IN_ARN.matcher(id).matches();
    }

    /** The account of an account id or IAM/STS ARN; null when it names none. */
    static String accountOf(String id) {
        if (id == null) {
            return null;
        }
        if (isAccountId(id)) {
            return id;
        }
        Matcher arn = ACCOUNT_IN_ARN.matcher(id);
        return arn.matches() ? arn.group(1) : null;
    }
}
