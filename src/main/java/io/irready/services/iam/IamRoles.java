package io.irready.services.iam;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The account's IAM roles (iam:ListRoles), with details for the responder roles. */
public record IamRoles(Evidence<List<Role>> roles) {

    public static final EvidenceType<IamRoles> TYPE = EvidenceType.perAccount("iam.roles", IamRoles.class,
            "iam:ListRoles", "iam:GetRole", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies");
}
