package io.irready.evidence.iam;

import io.irready.evidence.Evidence;

import java.util.List;

/** IAM evidence for one account. */
public record IamEvidence(Evidence<List<Role>> roles) {
}
