package io.irready.history;

import io.irready.checks.Finding;
import io.irready.files.Sha256;

import java.nio.charset.StandardCharsets;

/** A finding's identity across runs: its check, account, Region and resource, as one SHA-256 (resource names can be long). */
public final class FindingKey {

    private FindingKey() {
    }

    public static String of(Finding finding) {
        String identity = String.join("\n", finding.checkId(), finding.accountId(), finding.region() == null ? "" : finding.region(),
                finding.resourceId());
        return Sha256.of(identity.getBytes(StandardCharsets.UTF_8));
    }
}
