package io.irready.services.account;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.evidence.Evidence;
import io.irready.evidence.Partition;
import io.irready.services.account.AccountRegions.RegionState;
import io.irready.services.account.AccountRegions.Status;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads which Regions of an account can be audited, before anything else is called there. The account's Regions
 * and their opt-in status come from account:ListRegions, else from ec2:DescribeRegions (without AllRegions it lists
 * the enabled ones only); a requested Region the account has not enabled is never called. In each Region that remains,
 * the first call is ec2:DescribeVpcs: when an explicit deny in a service control policy refuses it, and guardduty:ListDetectors
 * as well, the Region is denied to the audit role as a whole (an organization's region-deny policy). When the list could not
 * be read, an opt-in Region whose first call is refused as in a Region not enabled is taken as not enabled.
 */
public final class AccountRegionsReader {

    /** The opt-in statuses under which an account's Region can be called. */
    private static final Set<String> ENABLED = Set.of("ENABLED", "ENABLED_BY_DEFAULT");

    private AccountRegionsReader() {
    }

    /**
     * @param requested the Regions to audit; empty for every Region the account has enabled
     * @param probes runs the first calls of the Regions at once; each task binds the account itself
     */
    public static AccountRegions read(AwsClients aws, List<String> requested, Executor probes) {
        Partition partition = aws.partition();
        Evidence<Map<String, String>> listed = aws.run(() -> listRegions(aws));
        String listedBy = "account:ListRegions";
        if (!listed.isCollected()) {
            Evidence<Map<String, String>> described = aws.run(() -> describeRegions(aws));
            listedBy = described.isCollected() ? "ec2:DescribeRegions" : null;
            listed = described.isCollected() ? described : gaps(listed, described);
        }
        Map<String, String> status = listed.data().orElse(null);
        List<String> candidates = new ArrayList<>();
        Map<String, RegionState> states = new LinkedHashMap<>();
        String listGap = null;
        if (status == null) {
            listGap = "the account's Regions could not be read (" + listed.gap() + "); "
                    + (requested.isEmpty() ? "the Regions every account has enabled are audited" : "the configured Regions are audited as they are");
            candidates.addAll(requested.isEmpty() ? new TreeSet<>(partition.defaultRegions()) : requested);
        } else if (requested.isEmpty()) {
            status.forEach((region, opt) -> {
                if (ENABLED.contains(opt)) {
                    candidates.add(region);
                }
            });
        } else {
            for (String region : requested) {
                String opt = status.get(region);
                if (opt != null && ENABLED.contains(opt)) {
                    candidates.add(region);
                } else {
                    states.put(region, new RegionState(region, Status.NOT_ENABLED, notEnabled(region, opt, listedBy)));
                }
            }
        }
        boolean unlisted = status == null;
        List<CompletableFuture<RegionState>> probed = candidates.stream()
                .map(region -> CompletableFuture.supplyAsync(() -> aws.run(() -> probe(aws, region, unlisted && !partition.enabledByDefault(region))),
                        probes))
                .toList();
        probed.forEach(future -> {
            RegionState state = future.join();
            states.put(state.region(), state);
        });
        List<RegionState> ordered = new ArrayList<>();
        (requested.isEmpty() ? candidates : requested).forEach(region -> ordered.add(states.get(region)));
        return new AccountRegions(listedBy, listGap, ordered);
    }

    /** The Regions the account has enabled, from account:ListRegions, else ec2:DescribeRegions; a gap when neither answers. */
    public static Evidence<List<String>> enabledRegions(AwsClients aws) {
        Evidence<Map<String, String>> listed = listRegions(aws);
        if (!listed.isCollected()) {
            Evidence<Map<String, String>> described = describeRegions(aws);
            listed = described.isCollected() ? described : gaps(listed, described);
        }
        return listed.map(regions -> regions.entrySet().stream().filter(e -> ENABLED.contains(e.getValue())).map(Map.Entry::getKey).toList());
    }

    private static String notEnabled(String region, String opt, String listedBy) {
        String detail = opt == null ? "; " + listedBy + " does not list it" : "DISABLED".equals(opt) ? "" : "; its status is " + opt;
        return "Region " + region + " is not enabled in this account (opt-in Region" + detail + ")";
    }

    /** The account's Regions and their opt-in status (ENABLED, ENABLED_BY_DEFAULT, ENABLING, DISABLING, DISABLED). */
    private static Evidence<Map<String, String>> listRegions(AwsClients aws) {
        return AwsCalls.call("account:ListRegions", () -> {
            Map<String, String> regions = new TreeMap<>();
            aws.global(AccountClient::builder).listRegionsPaginator(r -> r.maxResults(50)).regions()
                    .forEach(region -> regions.put(region.regionName(), region.regionOptStatusAsString()));
            return regions;
        });
    }

    /** Without AllRegions, DescribeRegions lists only the Regions enabled for the account. */
    private static Evidence<Map<String, String>> describeRegions(AwsClients aws) {
        return AwsCalls.call("ec2:DescribeRegions", () -> {
            Map<String, String> regions = new TreeMap<>();
            aws.client(Ec2Client::builder, aws.partition().globalRegion()).describeRegions(r -> { }).regions()
                    .forEach(region -> regions.put(region.regionName(), "ENABLED"));
            return regions;
        });
    }

    private static <T> Evidence<T> gaps(Evidence<T> listed, Evidence<T> described) {
        return new Evidence.Failed<>("account:ListRegions and ec2:DescribeRegions", listed.gap() + "; " + described.gap());
    }

    /**
     * The Region's first calls. {@code optInUnlisted}: an opt-in Region while the account's list was unreadable, where a
     * refusal of the credentials means the Region is not enabled. A refusal elsewhere is left to the collectors' evidence,
     * which then says what it is.
     */
    private static RegionState probe(AwsClients aws, String region, boolean optInUnlisted) {
        Evidence<Integer> first = AwsCalls.call("ec2:DescribeVpcs",
                () -> aws.client(Ec2Client::builder, region).describeVpcs(r -> r.maxResults(5)).vpcs().size());
        if (first instanceof Evidence.RegionRefused<Integer> refused && optInUnlisted) {
            return new RegionState(region, Status.NOT_ENABLED, "Region " + region + " is not enabled in this account (opt-in Region; its calls "
                    + "are refused with " + refused.code() + ")");
        }
        if (first instanceof Evidence.DeniedByPolicy<Integer> denied && denied.policyType().equals("service control policy")) {
            Evidence<Integer> second = AwsCalls.call("guardduty:ListDetectors",
                    () -> aws.client(GuardDutyClient::builder, region).listDetectors(r -> r.maxResults(1)).detectorIds().size());
            if (second instanceof Evidence.DeniedByPolicy<Integer> also && also.policyType().equals("service control policy")) {
                String policy = denied.policyArn() != null ? denied.policyArn() : also.policyArn();
                return new RegionState(region, Status.DENIED_BY_SCP, "Region " + region + " is denied to the audit role by a service control policy"
                        + (policy == null ? "" : " " + policy) + " (region deny)");
            }
        }
        return new RegionState(region, Status.AUDITED, null);
    }
}
