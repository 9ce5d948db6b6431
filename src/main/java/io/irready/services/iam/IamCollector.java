package io.irready.services.iam;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.iam.Role.AttachedPolicy;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Every role; for roles that look like responder roles (by the configured names) also their trust policy,
 * attached and inline policy names and when they were last used. Fetching these for every role would cost
 * three calls per role against IAM's account-wide rate limit, and no check reads another role's trust
 * policy, so the bundle does not keep it.
 */
public final class IamCollector implements Collector<IamRoles> {

    @Override
    public EvidenceType<IamRoles> type() {
        return IamRoles.TYPE;
    }

    @Override
    public IamRoles collect(AwsClients aws, CollectionContext context, String region) {
        IamClient iam = aws.global(IamClient::builder);
        return new IamRoles(AwsCalls.call("iam:ListRoles", () -> iam.listRolesPaginator().roles().stream().toList())
                .map(roles -> roles.stream().map(role -> {
                    boolean responder = context.isResponderRole().test(role.roleName());
                    return new Role(role.roleName(), role.arn(), responder ? decode(role.assumeRolePolicyDocument()) : null,
                            responder ? attachedPolicies(iam, role.roleName()) : null,
                            responder ? inlinePolicyNames(iam, role.roleName()) : null,
                            responder ? lastUsed(iam, role.roleName()) : null);
                }).toList()));
    }

    /** IAM returns policy documents URL-encoded; an emulator may not. */
    private static String decode(String document) {
        if (document == null || document.trim().startsWith("{")) {
            return document;
        }
        try {
            return URLDecoder.decode(document, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return document; // kept as returned; the check reports it cannot be read
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

    private static Evidence<Instant> lastUsed(IamClient iam, String roleName) {
        return AwsCalls.call("iam:GetRole", () -> {
            var used = iam.getRole(r -> r.roleName(roleName)).role().roleLastUsed();
            return used == null ? null : used.lastUsedDate();
        });
    }
}
