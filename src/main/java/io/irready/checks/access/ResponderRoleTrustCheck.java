package io.irready.checks.access;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.iam.Role;

import java.util.List;

/** IR-ACC-03: responder roles trust only the configured principals, never *, and require MFA unless federated. */
public final class ResponderRoleTrustCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-ACC-03",
            "Responder role trust is tight",
            Severity.HIGH,
            Area.RESPONDER_ROLES,
            "A responder role is a privileged path into every account. If its trust policy admits principals "
                    + "beyond the security account or the identity provider, or admits them without MFA, the path "
                    + "prepared for responders is also a path for an attacker.",
            "Restrict the trust policy to the security account or your SAML/OIDC provider and require MFA:\n"
                    + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::<security-account>:root\"},"
                    + "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}\n"
                    + "aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json\n"
                    + "Trusted principals are configured in irready.checks.responder-roles.trusted-principals.",
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
        var settings = context.settings().responderRoles();
        Evidence<List<Role>> allRoles = account.iam().flatMap(IamEvidence::roles);
        if (allRoles.data().isEmpty()) {
            return findings.unknown(EvidenceFile.GLOBAL, "responder roles", "Roles could not be listed: " + allRoles.gap(), ref).toList();
        }
        List<Role> roles = ResponderRoles.matching(allRoles.data().get(), settings.roles());
        if (roles.isEmpty()) {
            return findings.notApplicable(EvidenceFile.GLOBAL, "responder roles", "No responder role exists (see IR-ACC-02).", ref).toList();
        }
        TrustAnalysis analysis = new TrustAnalysis(settings.trustedPrincipals());
        for (Role role : roles) {
            if (role.trustPolicy().data().isEmpty()) {
                findings.unknown(EvidenceFile.GLOBAL, role.arn(), "The trust policy could not be read: " + role.trustPolicy().gap(), ref);
                continue;
            }
            List<String> problems = analysis.problems(role.trustPolicy().data().get());
            if (problems.isEmpty()) {
                findings.pass(EvidenceFile.GLOBAL, role.arn(), "Only configured principals may assume the role, with MFA unless federated.", ref);
            } else {
                findings.fail(EvidenceFile.GLOBAL, role.arn(), "Role '" + role.name() + "' " + String.join("; ", problems) + ".", ref);
            }
        }
        return findings.toList();
    }
}
