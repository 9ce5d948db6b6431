package io.irready.checks.access;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.CheckSettings.RoleKind;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.iam.Role;
import io.irready.evidence.iam.Role.AttachedPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-ACC-04: the investigator role has read access for investigation (one of the configured
 * policies, by default SecurityAudit or ViewOnlyAccess) and is not an administrator.
 */
public final class InvestigatorReadAccessCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-ACC-04",
            "Investigator role can read what investigations need",
            Severity.MEDIUM,
            Area.RESPONDER_ROLES,
            "An investigator role that cannot read CloudTrail, configurations and resource metadata stalls the "
                    + "investigation while permissions are negotiated; one with administrator rights turns a read-only "
                    + "investigation path into a way to change the evidence.",
            "Attach a read-only investigation policy and no administrative policy:\n"
                    + "aws iam attach-role-policy --role-name IR-Investigator --policy-arn arn:aws:iam::aws:policy/SecurityAudit\n"
                    + "aws iam attach-role-policy --role-name IR-Investigator --policy-arn arn:aws:iam::aws:policy/job-function/ViewOnlyAccess\n"
                    + "aws iam detach-role-policy --role-name IR-Investigator --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\n"
                    + "Accepted policies are configured in irready.checks.responder-roles.investigator-policies.",
            List.of("AWS SIR Guide: Preparation - Prepare access", "NIST SP 800-61r2: Preparation",
                    "CSF 2.0 PR.AA-05", "Well-Architected SEC10-BP05"));

    private static final String ADMINISTRATOR_ACCESS = "AdministratorAccess";

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
            return findings.unknown(EvidenceFile.GLOBAL, "investigator roles", "Roles could not be listed: " + allRoles.gap(), ref).toList();
        }
        List<Role> investigators = ResponderRoles.ofKind(allRoles.data().get(), settings.roles(), RoleKind.INVESTIGATOR);
        if (investigators.isEmpty()) {
            return findings.notApplicable(EvidenceFile.GLOBAL, "investigator roles", "No investigator role exists (see IR-ACC-02).", ref).toList();
        }
        List<String> accepted = settings.investigatorPolicies();
        for (Role role : investigators) {
            if (role.attachedPolicies() == null || role.inlinePolicyNames() == null) {
                findings.unknown(EvidenceFile.GLOBAL, role.arn(), "The role's policies were not collected: it did not match "
                        + "the responder-role patterns configured when the evidence was collected.", ref);
                continue;
            }
            if (role.attachedPolicies().data().isEmpty() || role.inlinePolicyNames().data().isEmpty()) {
                String gap = role.attachedPolicies().data().isEmpty() ? role.attachedPolicies().gap() : role.inlinePolicyNames().gap();
                findings.unknown(EvidenceFile.GLOBAL, role.arn(), "The role's policies could not be read: " + gap, ref);
                continue;
            }
            List<AttachedPolicy> attached = role.attachedPolicies().data().get();
            List<String> readPolicies = new ArrayList<>();
            attached.stream().filter(p -> accepted.contains(p.name()) || accepted.contains(p.arn())).forEach(p -> readPolicies.add(p.name()));
            role.inlinePolicyNames().data().get().stream().filter(accepted::contains).forEach(readPolicies::add);
            boolean admin = attached.stream().anyMatch(p -> ADMINISTRATOR_ACCESS.equals(p.name()));
            if (admin) {
                findings.fail(EvidenceFile.GLOBAL, role.arn(), "Investigator role '" + role.name()
                        + "' has AdministratorAccess; an investigator role should be read-only.", ref);
            } else if (readPolicies.isEmpty()) {
                findings.fail(EvidenceFile.GLOBAL, role.arn(), "Investigator role '" + role.name() + "' has none of the read-access policies "
                        + String.join(", ", accepted) + ".", ref);
            } else {
                findings.pass(EvidenceFile.GLOBAL, role.arn(), "Read access through " + String.join(", ", readPolicies) + ".", ref);
            }
        }
        return findings.toList();
    }
}
