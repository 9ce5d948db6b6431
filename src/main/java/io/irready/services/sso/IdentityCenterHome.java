package io.irready.services.sso;

/**
 * The organization's IAM Identity Center as found in its home Region, which need not be among the Regions audited:
 * sso:ListInstances answers only in the Region an instance lives in, so every enabled Region is asked until one
 * answers with an instance. Null (collected) when no Region has one.
 */
public record IdentityCenterHome(String region, String readInAccount, IdentityCenter identityCenter) {
}
