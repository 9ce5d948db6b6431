package io.irready.services.iam;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.time.Instant;
import java.util.List;

/** The IAM users whose names match the configured break-glass patterns, with how they can sign in. */
public record BreakGlassUsers(Evidence<List<User>> users) {

    public static final EvidenceType<BreakGlassUsers> TYPE = EvidenceType.perAccount("iam.break-glass-users", BreakGlassUsers.class,
            "iam:ListUsers", "iam:ListMFADevices", "iam:ListAccessKeys", "iam:GetLoginProfile");

    /** {@code activeAccessKeys} counts keys with status Active; {@code consolePassword} whether a login profile exists. */
    public record User(String name, String arn, Instant passwordLastUsed, Evidence<Integer> mfaDevices, Evidence<Integer> activeAccessKeys,
                       Evidence<Boolean> consolePassword) {
    }
}
