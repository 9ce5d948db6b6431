package io.irready.history;

import io.irready.checks.Finding;
import io.irready.files.Sha256;

import java.nio.charset.StandardCharsets;

/** A finding's identity across runs: its check, account, Region and resource, as one SHA-256 (resource names can be long). */
public final class FindingKey {

    private FindingKey() {
    }

    public static String of(Finding finding) {
        return hash(finding.checkId(), finding.accountId(), finding.region() == null ? "" : finding.region(), finding.resourceId());
    }

    /** The check, account and Region without the resource: where a one-finding check reports, whatever it names. */
    public static String group(Finding finding) {
        return hash(finding.checkId(), finding.accountId(), finding.region() == null ? "" : finding.region());
    }

    private static String hash(String... parts) {
        return Sha256.of(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }
}
