package io.irready.services.iam;

import io.irready.evidence.Evidence;

import java.time.Instant;
import java.util.List;

/**
 * An IAM role. {@code trustPolicyDocument} is the trust policy as IAM returned it, URL-decoded; checks read
 * it themselves, so that a bundle cannot hand them a parsed form that differs from it. The trust policy, the
 * permission lists and {@code lastUsed} are collected only for roles that matched a configured
 * responder-role pattern at collection time, and are null for the others; {@code lastUsed} holds null when
 * the role was never used.
 */
public record Role(String name,
                   String arn,
                   String trustPolicyDocument,
                   Evidence<List<AttachedPolicy>> attachedPolicies,
                   Evidence<List<String>> inlinePolicyNames,
                   Evidence<Instant> lastUsed) {

    public record AttachedPolicy(String name, String arn) {
    }
}
