package io.irready.services.waf;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The regional AWS WAF web ACLs of one Region (and CloudFront's in us-east-1) and whether they log requests. */
public record WebAcls(Evidence<List<WebAcl>> webAcls) {

    public static final EvidenceType<WebAcls> TYPE = EvidenceType.perRegion("waf.web-acls", WebAcls.class,
            "wafv2:ListWebACLs", "wafv2:GetLoggingConfiguration");

    public record WebAcl(String arn, String name, String scope, Evidence<Boolean> logging) {
    }
}
