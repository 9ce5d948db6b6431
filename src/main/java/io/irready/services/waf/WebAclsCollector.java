package io.irready.services.waf;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.waf.WebAcls.WebAcl;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.Scope;
import software.amazon.awssdk.services.wafv2.model.WafNonexistentItemException;

import java.util.ArrayList;
import java.util.List;

/** Web ACLs of one Region (REGIONAL scope; CLOUDFRONT scope too in us-east-1) and their logging. WAF has no SDK paginators. */
public final class WebAclsCollector implements Collector<WebAcls> {

    @Override
    public EvidenceType<WebAcls> type() {
        return WebAcls.TYPE;
    }

    @Override
    public WebAcls collect(AwsClients aws, CollectionContext context, String region) {
        Wafv2Client waf = aws.client(Wafv2Client::builder, region);
        List<Scope> scopes = region.equals("us-east-1") ? List.of(Scope.REGIONAL, Scope.CLOUDFRONT) : List.of(Scope.REGIONAL);
        return new WebAcls(AwsCalls.call("wafv2:ListWebACLs", () -> {
            List<WebAcl> acls = new ArrayList<>();
            for (Scope scope : scopes) {
                String marker = null;
                do {
                    String next = marker;
                    var page = waf.listWebACLs(r -> r.scope(scope).nextMarker(next).limit(100));
                    page.webACLs().forEach(acl -> acls.add(new WebAcl(acl.arn(), acl.name(), scope.toString(),
                            AwsCalls.call("wafv2:GetLoggingConfiguration", () -> {
                                try {
                                    return waf.getLoggingConfiguration(r -> r.resourceArn(acl.arn())).loggingConfiguration() != null;
                                } catch (WafNonexistentItemException noLogging) {
                                    return false;
                                }
                            }))));
                    marker = page.webACLs().isEmpty() ? null : page.nextMarker();
                } while (marker != null);
            }
            return acls;
        }));
    }
}
