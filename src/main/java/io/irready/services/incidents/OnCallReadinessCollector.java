package io.irready.services.incidents;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.incidents.OnCallReadiness.Contact;
import io.irready.services.incidents.OnCallReadiness.ResponsePlan;
import software.amazon.awssdk.services.ssmcontacts.SsmContactsClient;
import software.amazon.awssdk.services.ssmincidents.SsmIncidentsClient;

/** Incident Manager contacts and response plans of one Region. */
public final class OnCallReadinessCollector implements Collector<OnCallReadiness> {

    @Override
    public EvidenceType<OnCallReadiness> type() {
        return OnCallReadiness.TYPE;
    }

    @Override
    public OnCallReadiness collect(AwsClients aws, CollectionContext context, String region) {
        SsmContactsClient contacts = aws.client(SsmContactsClient::builder, region);
        SsmIncidentsClient incidents = aws.client(SsmIncidentsClient::builder, region);
        return new OnCallReadiness(
                AwsCalls.call("ssm-contacts:ListContacts", () -> contacts.listContactsPaginator(r -> { }).contacts().stream()
                        .map(c -> new Contact(c.contactArn(), c.typeAsString(), "PERSONAL".equals(c.typeAsString())
                                ? AwsCalls.call("ssm-contacts:ListContactChannels", () -> (int) contacts.listContactChannelsPaginator(r -> r
                                .contactId(c.contactArn())).contactChannels().stream().filter(ch -> "ACTIVATED".equals(ch.activationStatusAsString())).count())
                                : null))
                        .toList()),
                AwsCalls.call("ssm-incidents:ListResponsePlans", () -> incidents.listResponsePlansPaginator(r -> { }).responsePlanSummaries()
                        .stream().map(p -> new ResponsePlan(p.arn(), AwsCalls.call("ssm-incidents:GetResponsePlan",
                                () -> incidents.getResponsePlan(r -> r.arn(p.arn())).engagements().size()))).toList()));
    }
}
