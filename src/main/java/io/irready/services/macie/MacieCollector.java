package io.irready.services.macie;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.AccessDeniedException;

/**
 * Macie of one Region. Macie answers AccessDeniedException "Macie is not enabled" to an account without a
 * session: that message is the fact "not enabled"; any other denial stays a denial. In an organization, the account's
 * own automated discovery status is read beside the administrator's configuration.
 */
public final class MacieCollector implements Collector<MacieEvidence> {

    @Override
    public EvidenceType<MacieEvidence> type() {
        return MacieEvidence.TYPE;
    }

    @Override
    public MacieEvidence collect(AwsClients aws, CollectionContext context, String region) {
        Macie2Client macie = aws.client(Macie2Client::builder, region);
        Evidence<String> status = AwsCalls.call("macie2:GetMacieSession", () -> {
            try {
                return macie.getMacieSession(r -> { }).statusAsString();
            } catch (AccessDeniedException e) {
                if (e.getMessage() != null && e.getMessage().contains("not enabled")) {
                    return null;
                }
                throw e;
            }
        });
        if (status.data().isEmpty() || status.data().get() == null) {
            return new MacieEvidence(status, Evidence.collected(null), Evidence.collected(null));
        }
        String self = context.accountId();
        return new MacieEvidence(status, AwsCalls.call("macie2:GetAutomatedDiscoveryConfiguration",
                () -> macie.getAutomatedDiscoveryConfiguration(r -> { }).statusAsString()),
                // A member reads its own status here; the organization's configuration is its administrator's, not the member's.
                AwsCalls.call("macie2:ListAutomatedDiscoveryAccounts", () -> macie.listAutomatedDiscoveryAccountsPaginator(r -> r.accountIds(self))
                        .items().stream().filter(a -> self.equals(a.accountId())).map(a -> a.statusAsString()).findFirst().orElse(null)));
    }
}
