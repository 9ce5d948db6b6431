package io.irready.scope;

import io.irready.InputException;
import io.irready.aws.AuditRoleSessions;
import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.evidence.Partition;
import io.irready.settings.IrreadyProperties;
import io.irready.settings.IrreadyProperties.Source;
import io.irready.evidence.CallerIdentity;
import io.irready.evidence.Evidence;
import io.irready.evidence.Scope;
import io.irready.evidence.SkippedAccount;
import io.irready.evidence.Target;
import io.irready.services.organizations.OrganizationCollector;
import io.irready.services.organizations.OrganizationEvidence;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scope of a live run. {@code caller}: the account of the current credentials. {@code accounts}:
 * the configured account ids. {@code organization}: every ACTIVE account of the AWS Organization,
 * with its name and OU path, filtered by the configured OUs and accounts; the others are listed as
 * skipped with their reason, and the organization's facts are read once. The caller's own account is
 * read with its credentials, every other account through the audit role.
 */
public final class ScopeResolver {

    /** The calls scope resolution makes in an audited account besides the collectors': who the caller is, and the account's alias. */
    public static final List<String> ACCOUNT_ACTIONS = List.of("sts:GetCallerIdentity", "iam:ListAccountAliases");

    private static final Set<String> REJECTED_CREDENTIALS = Set.of(
            "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "ExpiredTokenException",
            "UnrecognizedClientException", "InvalidAccessKeyId", "AccessDenied");

    /** The scope, and the organization's facts when the run audits an organization (else null). */
    public record Resolution(Scope scope, Evidence<OrganizationEvidence> organization) {
    }

    private final Clock clock;

    public ScopeResolver(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param aws the caller's clients
     * @param auditRoles other accounts' audit roles, for organization facts the caller's account cannot read
     */
    public Resolution resolve(AwsClients aws, IrreadyProperties.ScopeSettings settings, AuditRoleSessions auditRoles) {
        var started = clock.instant();
        List<String> regions = settings.requestedRegions();
        GetCallerIdentityResponse identity = callerIdentity(aws, settings.homeRegion());
        CallerIdentity caller = new CallerIdentity(identity.account(), identity.arn(), identity.userId());
        Partition partition = Partition.ofArn(caller.arn());
        if (!partition.equals(aws.partition())) {
            throw new InputException("The credentials are of partition " + partition.id() + " (" + caller.arn() + "), but irready.scope.regions "
                    + "names Regions of " + aws.partition().id() + ". Audit the Regions of the credentials' partition, or use credentials of "
                    + aws.partition().id() + ".");
        }
        String source = settings.source().name().toLowerCase(Locale.ROOT);
        return switch (settings.source()) {
            case CALLER -> new Resolution(new Scope(caller, source, List.of(callerTarget(aws, caller, regions)), List.of(), started), null);
            case ACCOUNTS -> new Resolution(new Scope(caller, source, listedAccounts(aws, caller, settings), List.of(), started), null);
            case ORGANIZATION -> organization(aws, caller, settings, started, auditRoles);
        };
    }

    private Target callerTarget(AwsClients aws, CallerIdentity caller, List<String> regions) {
        String name = AwsCalls.call("iam:ListAccountAliases", () -> aws.global(IamClient::builder).listAccountAliases().accountAliases())
                .data()
                .filter(aliases -> !aliases.isEmpty())
                .map(aliases -> aliases.get(0))
                .orElse(caller.accountId());
        return new Target(caller.accountId(), name, "", List.of(), regions, null);
    }

    private List<Target> listedAccounts(AwsClients aws, CallerIdentity caller, IrreadyProperties.ScopeSettings settings) {
        List<Target> targets = new ArrayList<>();
        for (String account : settings.accounts()) {
            if (settings.excludeAccounts().contains(account)) {
                continue;
            }
            targets.add(account.equals(caller.accountId())
                    ? callerTarget(aws, caller, settings.requestedRegions())
                    : new Target(account, account, "", List.of(), settings.requestedRegions(), roleArn(caller, account, settings.auditRole())));
        }
        return targets;
    }

    private static Resolution organization(AwsClients aws, CallerIdentity caller, IrreadyProperties.ScopeSettings settings, java.time.Instant started,
                                           AuditRoleSessions auditRoles) {
        Organization organization;
        List<OrganizationAccounts.Member> members;
        try {
            organization = aws.global(OrganizationsClient::builder).describeOrganization().organization();
            members = OrganizationAccounts.list(aws);
        } catch (SdkException e) {
            Evidence<Object> gap = AwsCalls.classify("organizations:ListAccounts", e);
            throw new InputException("irready.scope.source is organization, but the organization's accounts cannot be read with the "
                    + "current credentials (" + gap.gap() + "). Run irready in the management account or the Organizations "
                    + "delegated administrator, or list the accounts with irready.scope.source: accounts.", e);
        }
        ScopeFilter filter = new ScopeFilter(settings);
        List<Target> targets = new ArrayList<>();
        List<SkippedAccount> skipped = new ArrayList<>();
        for (OrganizationAccounts.Member member : members) {
            String reason = !member.active()
                    ? "the account is " + member.state() + ", not ACTIVE; it is not audited"
                    : filter.exclusion(member.id(), member.ouPath(), member.ouIds());
            if (reason != null) {
                skipped.add(new SkippedAccount(member.id(), member.name(), member.ouPath(), member.state(), reason));
            } else {
                targets.add(new Target(member.id(), member.name(), member.ouPath(), member.ouIds(), settings.requestedRegions(),
                        member.id().equals(caller.accountId()) ? null : roleArn(caller, member.id(), settings.auditRole())));
            }
        }
        OrganizationEvidence facts = OrganizationCollector.collect(aws, auditRoles, organization.id(), organization.masterAccountId(),
                caller.accountId(), members.stream().map(m -> new OrganizationEvidence.Account(m.id(), m.name(), m.state(), m.ouPath())).toList(),
                settings.requestedRegions());
        return new Resolution(new Scope(caller, "organization", targets, skipped, started), Evidence.collected(facts));
    }

    /** The audit role in {@code account}, in the caller's partition (aws, aws-cn, aws-us-gov). */
    static String roleArn(CallerIdentity caller, String account, String roleName) {
        return Partition.ofArn(caller.arn()).roleArn(account, roleName);
    }

    private static GetCallerIdentityResponse callerIdentity(AwsClients aws, String region) {
        try {
            return aws.sts(region).getCallerIdentity();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (code != null && REJECTED_CREDENTIALS.contains(code)) {
                throw new InputException("AWS rejected the credentials (" + code + "): " + e.awsErrorDetails().errorMessage()
                        + ". Refresh them (aws sso login, new session token) or choose another profile with AWS_PROFILE.", e);
            }
            throw e;
        } catch (SdkClientException e) {
            if (e.getMessage() != null && e.getMessage().contains("Unable to load credentials")) {
                throw new InputException("No AWS credentials found. Configure the default credential chain (environment variables, "
                        + "AWS_PROFILE, SSO, instance or task role), or evaluate an existing bundle with --evidence DIR.", e);
            }
            throw new IllegalStateException("could not call sts:GetCallerIdentity: " + e.getMessage(), e);
        }
    }
}
