package io.irready.services.securitylake;

import io.irready.evidence.Evidence;

import java.util.List;

/**
 * Amazon Security Lake as its delegated administrator runs it for the organization: the Regions where its data lake is
 * in place, and the member accounts and Regions it collects logs from ({@code "<account>/<region>"}), which are
 * credited with queryable logs as organization trails credit members with logging.
 */
public record OrganizationSecurityLake(String administratorAccountId, Evidence<List<String>> lakeRegions, Evidence<List<String>> sources) {
}
