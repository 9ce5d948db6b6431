package io.irready.evidence;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS partition a run works in (aws, aws-us-gov, aws-cn), taken from the caller's ARN: every ARN irready builds
 * carries it, and global services (IAM, Organizations, Account, S3's bucket listing) are called in its global Region.
 * {@code defaultRegions} are the Regions every account of the partition has enabled: in aws, those launched before
 * 20 March 2019 (later ones are opt-in, AWS General Reference, "Enable or disable AWS Regions in your account").
 */
public record Partition(String id, String globalRegion, Set<String> defaultRegions) {

    public static final Partition AWS = new Partition("aws", "us-east-1", Set.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-south-1"));
    public static final Partition AWS_US_GOV = new Partition("aws-us-gov", "us-gov-west-1", Set.of("us-gov-west-1", "us-gov-east-1"));
    public static final Partition AWS_CN = new Partition("aws-cn", "cn-north-1", Set.of("cn-north-1", "cn-northwest-1"));

    private static final List<Partition> KNOWN = List.of(AWS, AWS_US_GOV, AWS_CN);
    private static final Pattern ARN = Pattern.compile("arn:(aws(?:-[a-z]+)*):.*");

    /** The partition of an ARN; one this build does not know (an isolated partition) is refused, naming it. */
    public static Partition ofArn(String arn) {
        Matcher matcher = arn == null ? null : ARN.matcher(arn);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not an ARN: " + arn);
        }
        String id = matcher.group(1);
        return KNOWN.stream().filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the caller's ARN " + arn + " is in partition " + id
                        + ", which this irready build does not know (it knows aws, aws-us-gov and aws-cn)"));
    }

    /** The partition of a Region name: us-gov-* and cn-* have their own; every other Region is in aws. */
    public static Partition ofRegion(String region) {
        if (region.startsWith("us-gov-")) {
            return AWS_US_GOV;
        }
        return region.startsWith("cn-") ? AWS_CN : AWS;
    }

    /** Whether every account of the partition has {@code region} enabled; false for an opt-in Region. */
    public boolean enabledByDefault(String region) {
        return defaultRegions.contains(region);
    }

    /** An IAM role's ARN in this partition. */
    public String roleArn(String accountId, String roleName) {
        return "arn:" + id + ":iam::" + accountId + ":role/" + roleName;
    }

    /** The ARN of an AWS managed IAM policy, e.g. {@code SecurityAudit}. */
    public String managedPolicyArn(String policyName) {
        return "arn:" + id + ":iam::aws:policy/" + policyName;
    }
}
