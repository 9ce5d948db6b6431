package io.irready.checks;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * What a check is, beside its code, as its YAML file declares it: title, severity, readiness area,
 * why it matters, how to fix it (console steps, an AWS CLI command, a CloudFormation or Terraform
 * snippet), the framework requirements it implements and the AWS documentation it was checked against, and the
 * answers of the real-AWS sweep.
 */
public record CheckMetadata(String id,
                            String title,
                            Severity severity,
                            Area area,
                            String rationale,
                            Remediation remediation,
                            References references,
                            Sweep sweep) {

    /**
     * What could make the check's verdict wrong on real AWS, answered for this check: is an organization-level setting taken
     * as a member's state; is a setting that exists taken as one that works; can a Region, an account-level control or
     * another account change the answer; does any list stop at its first page.
     */
    public record Sweep(String organization, String works, String scope, String pages) {
    }

    /** How to fix a gap: console steps, AWS CLI commands, and infrastructure as code (either or both). */
    public record Remediation(String console, String cli, String cloudformation, String terraform) {
    }

    /**
     * The framework requirements a check implements: the AWS Security Incident Response Guide section,
     * NIST SP 800-61r2 phases, CSF 2.0 subcategories (as NIST SP 800-61r3 uses them), CIS AWS Foundations
     * v5.0 recommendations, Security Hub (AWS Foundational Security Best Practices) controls,
     * Well-Architected best practices, and the AWS documentation pages the check's reading of the APIs follows.
     */
    public record References(@JsonProperty("sir-guide") String sirGuide,
                             @JsonProperty("nist-800-61") List<String> nist80061,
                             @JsonProperty("csf-2.0") List<String> csf20,
                             @JsonProperty("cis-5.0") List<String> cis50,
                             @JsonProperty("fsbp") List<String> fsbp,
                             @JsonProperty("well-architected") List<String> wellArchitected,
                             @JsonProperty("aws-docs") List<String> awsDocs) {
        public References {
            awsDocs = awsDocs == null ? List.of() : List.copyOf(awsDocs);
            nist80061 = nist80061 == null ? List.of() : List.copyOf(nist80061);
            csf20 = csf20 == null ? List.of() : List.copyOf(csf20);
            cis50 = cis50 == null ? List.of() : List.copyOf(cis50);
            fsbp = fsbp == null ? List.of() : List.copyOf(fsbp);
            wellArchitected = wellArchitected == null ? List.of() : List.copyOf(wellArchitected);
        }

        /** The requirements of one framework view ({@link Framework}). */
        public List<String> of(Framework framework) {
            return switch (framework) {
                case NIST_800_61 -> nist80061;
                case CSF_2_0 -> csf20;
                case CIS_5_0 -> cis50;
                case FSBP -> fsbp;
                case WA_SEC10 -> wellArchitected;
            };
        }

        /** Every reference as "Framework id", for one-line display. */
        @JsonIgnore
        public List<String> labelled() {
            List<String> all = new java.util.ArrayList<>();
            if (sirGuide != null) {
                all.add("AWS SIR Guide: " + sirGuide);
            }
            for (Framework framework : Framework.values()) {
                of(framework).forEach(id -> all.add(framework.label() + " " + id));
            }
            return all;
        }
    }
}
