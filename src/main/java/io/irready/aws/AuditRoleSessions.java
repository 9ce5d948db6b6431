package io.irready.aws;

/**
 * The audit role of another account of the organization, for facts that live there: an organization trail's status
 * is read in the account that owns it when the account irready runs in may not read it. The caller closes what it gets.
 */
@FunctionalInterface
public interface AuditRoleSessions {

    /** The account's clients through its audit role, assumed on first use. */
    AwsClients in(String accountId);
}
