package io.irready.evidence;

/** Who collected the evidence (sts:GetCallerIdentity). */
public record CallerIdentity(String accountId, String arn, String userId) {
}
