package io.irready.evidence.iam;

import io.irready.evidence.Evidence;

import java.util.List;

/**
 * An IAM role. {@code trustPolicyDocument} is the document as IAM returned it; {@code trustPolicy}
 * its parsed form. The permission lists are collected only for roles that matched a configured
 * responder-role pattern at collection time, and are null for the others.
 */
public record Role(String name,
                   String arn,
                   String trustPolicyDocument,
                   Evidence<TrustPolicy> trustPolicy,
                   Evidence<List<AttachedPolicy>> attachedPolicies,
                   Evidence<List<String>> inlinePolicyNames) {

    public record AttachedPolicy(String name, String arn) {
    }
}
