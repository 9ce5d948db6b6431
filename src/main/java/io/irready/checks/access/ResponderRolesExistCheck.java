package io.irready.checks.access;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.CheckSettings.RoleSpec;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.iam.Role;

import java.util.List;
import java.util.Locale;

/** IR-ACC-02: each configured responder role (name or pattern) exists in the account. */
public final class ResponderRolesExistCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-ACC-02",
            "Responder roles are pre-provisioned",
            Severity.HIGH,
            Area.RESPONDER_ROLES,
            "Responders must be able to get into an affected account within minutes. Creating roles during an "
                    + "incident needs administrators who may be unavailable, and the attacker may be watching IAM.",
            "Deploy the investigator (read-only) and responder roles to every account ahead of time, e.g. with a "
                    + "CloudFormation StackSet from the security account:\n"
                    + "aws iam create-role --role-name IR-Investigator --assume-role-policy-document file://trust.json\n"
                    + "aws iam attach-role-policy --role-name IR-Investigator --policy-arn arn:aws:iam::aws:policy/SecurityAudit\n"
                    + "Role names are configured in irready.checks.responder-roles.roles.",
            List.of("AWS SIR Guide: Preparation - Prepare access", "NIST SP 800-61r2: Preparation",
                    "CSF 2.0 PR.AA-05", "Well-Architected SEC10-BP05"));

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = Findings.of(METADATA, account.target());
        String ref = EvidenceFile.IAM.ref(account.target().accountId(), null);
        Evidence<List<Role>> roles = account.iam().flatMap(IamEvidence::roles);
        for (RoleSpec spec : context.settings().responderRoles().roles()) {
            String resource = "role " + spec.name();
            String kind = spec.kind().name().toLowerCase(Locale.ROOT);
            if (roles.data().isEmpty()) {
                findings.unknown(EvidenceFile.GLOBAL, resource, "Roles could not be listed: " + roles.gap(), ref);
                continue;
            }
            List<String> matches = roles.data().get().stream().filter(r -> spec.matches(r.name())).map(Role::arn).toList();
            if (matches.isEmpty()) {
                findings.fail(EvidenceFile.GLOBAL, resource, "No " + kind + " role named '" + spec.name() + "' exists.", ref);
            } else {
                findings.pass(EvidenceFile.GLOBAL, resource, "The " + kind + " role exists: " + String.join(", ", matches) + ".", ref);
            }
        }
        return findings.toList();
    }
}
