package io.irready.services.organizations;

/**
 * The administrator account a member reports to in a detection service (GuardDuty, Security Hub), and the membership's
 * status there (Enabled when findings flow to it). Evidence of none is null.
 */
public record Administrator(String accountId, String status) {

    public boolean enabled(String administratorId) {
        return administratorId.equals(accountId) && "enabled".equalsIgnoreCase(status);
    }
}
