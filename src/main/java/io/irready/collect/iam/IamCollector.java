package io.irready.collect.iam;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.AccountCollector;
import io.irready.collect.CollectionContext;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.iam.Role;
import io.irready.evidence.iam.Role.AttachedPolicy;
import io.irready.evidence.iam.TrustPolicy;
import software.amazon.awssdk.services.iam.IamClient;

import java.util.List;
import java.util.function.Predicate;

/**
 * Every role with its trust policy; for roles that look like responder roles (by the configured
 * names) also their attached and inline policy names. Fetching policies for every role would cost
 * two calls per role against IAM's account-wide rate limit.
 */
public final class IamCollector implements AccountCollector<IamEvidence> {

    private final Predicate<String> isResponderRole;

    public IamCollector(Predicate<String> isResponderRole) {
        this.isResponderRole = isResponderRole;
    }

    @Override
    public EvidenceFile file() {
        return EvidenceFile.IAM;
    }

    @Override
    public IamEvidence collect(AwsClients aws, CollectionContext context) {
        IamClient iam = aws.iam();
        return new IamEvidence(AwsCalls.call("iam:ListRoles", () -> iam.listRolesPaginator().roles().stream().toList())
                .map(roles -> roles.stream().map(role -> {
                    boolean responder = isResponderRole.test(role.roleName());
                    return new Role(role.roleName(), role.arn(), role.assumeRolePolicyDocument(),
                            trust(role.assumeRolePolicyDocument()),
                            responder ? attachedPolicies(iam, role.roleName()) : null,
                            responder ? inlinePolicyNames(iam, role.roleName()) : null);
                }).toList()));
    }

    private static Evidence<TrustPolicy> trust(String document) {
        if (document == null) {
            return new Evidence.Failed<>("iam:ListRoles", "the role has no trust policy document");
        }
        try {
            return Evidence.collected(TrustPolicyParser.parse(document));
        } catch (IllegalArgumentException e) {
            return new Evidence.Failed<>("iam:ListRoles", e.getMessage());
        }
    }

    private static Evidence<List<AttachedPolicy>> attachedPolicies(IamClient iam, String roleName) {
        return AwsCalls.call("iam:ListAttachedRolePolicies", () -> iam.listAttachedRolePoliciesPaginator(r -> r.roleName(roleName))
                .attachedPolicies().stream()
                .map(p -> new AttachedPolicy(p.policyName(), p.policyArn()))
                .toList());
    }

    private static Evidence<List<String>> inlinePolicyNames(IamClient iam, String roleName) {
        return AwsCalls.call("iam:ListRolePolicies", () -> iam.listRolePoliciesPaginator(r -> r.roleName(roleName))
                .policyNames().stream().toList());
    }
}
