package io.irready.services.config;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The AWS Config rules of one Region, and for each managed rule the compliance AWS Config reports. */
public record ConfigRules(Evidence<List<Rule>> rules) {

    public static final EvidenceType<ConfigRules> TYPE = EvidenceType.perRegion("config.rules", ConfigRules.class,
            "config:DescribeConfigRules", "config:DescribeComplianceByConfigRule");

    /**
     * One rule: {@code sourceIdentifier} names an AWS managed rule (e.g. REQUIRED_TAGS); {@code inputParameters}
     * its JSON parameters; {@code compliance} COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA.
     */
    public record Rule(String name, String owner, String sourceIdentifier, String inputParameters, String state, Evidence<String> compliance) {
    }
}
