package io.irready.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links from a finding's resource to the AWS console, through the console's ARN resolver
 * ({@code /go/view?arn=}) of the ARN's partition. Only a well-formed ARN of a known partition gets a link;
 * it is URL-encoded, so no character of a resource name survives into the link unescaped.
 */
public final class ConsoleLinks {

    /** Browsers and spreadsheets cut longer links; such a resource gets none. */
    static final int MAX_URL = 2000;
    private static final Pattern ARN = Pattern.compile("arn:(aws|aws-cn|aws-us-gov):[a-z0-9-]+:[a-z0-9-]*:(\\d{12}|aws)?:\\S+");

    private ConsoleLinks() {
    }

    public static Optional<String> of(String resource) {
        if (resource == null || !ARN.matcher(resource).matches()) {
            return Optional.empty();
        }
        String host = switch (resource.split(":", 3)[1]) {
            case "aws-cn" -> "https://console.amazonaws.cn";
            case "aws-us-gov" -> "https://console.amazonaws-us-gov.com";
            default -> "https://console.aws.amazon.com";
        };
        String url = host + "/go/view?arn=" + URLEncoder.encode(resource, StandardCharsets.UTF_8);
        return url.length() <= MAX_URL ? Optional.of(url) : Optional.empty();
    }
}
