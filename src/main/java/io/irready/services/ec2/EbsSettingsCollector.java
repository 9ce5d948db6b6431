package io.irready.services.ec2;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamPrincipalType;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyManagerType;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EBS encryption defaults, snapshot sharing settings and public snapshots of one Region. Of the default
 * key's policy only the grantees are kept: the accounts an Allow statement lets decrypt or create grants
 * ("*" for anyone), which is all the checks judge; the document itself is not stored.
 */
public final class EbsSettingsCollector implements Collector<EbsSettings> {

    private static final Pattern ACCOUNT = Pattern.compile("^(?:arn:[^:]+:iam::)?(\\d{12})(?::.*)?$");

    @Override
    public EvidenceType<EbsSettings> type() {
        return EbsSettings.TYPE;
    }

    @Override
    public EbsSettings collect(AwsClients aws, CollectionContext context, String region) {
        Ec2Client ec2 = aws.client(Ec2Client::builder, region);
        Evidence<String> keyId = AwsCalls.call("ec2:GetEbsDefaultKmsKeyId", () -> ec2.getEbsDefaultKmsKeyId(r -> { }).kmsKeyId());
        return new EbsSettings(
                AwsCalls.call("ec2:GetEbsEncryptionByDefault", () -> ec2.getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault()),
                keyId,
                keyId.flatMap(id -> grantees(aws.client(KmsClient::builder, region), id)),
                AwsCalls.call("ec2:GetSnapshotBlockPublicAccessState", () -> ec2.getSnapshotBlockPublicAccessState(r -> { }).stateAsString()),
                AwsCalls.call("ec2:DescribeSnapshots", () -> ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").restorableByUserIds("all"))
                        .snapshots().stream().map(Snapshot::snapshotId).toList()));
    }

    /** The accounts a customer-managed key's policy lets decrypt; an AWS managed key (aws/ebs) cannot be shared: none. */
    private static Evidence<List<String>> grantees(KmsClient kms, String keyId) {
        return AwsCalls.call("kms:DescribeKey", () -> kms.describeKey(r -> r.keyId(keyId)).keyMetadata())
                .flatMap(key -> key.keyManager() == KeyManagerType.AWS
                        ? Evidence.collected(List.of())
                        : AwsCalls.call("kms:GetKeyPolicy", () -> kms.getKeyPolicy(r -> r.keyId(key.keyId()).policyName("default")).policy())
                        .flatMap(EbsSettingsCollector::grantees));
    }

    /**
     * The accounts (or "*") an Allow statement lets decrypt with the key or create grants on it. A statement
     * irready cannot judge from principals and actions alone (NotAction, NotPrincipal, or a Deny of
     * decryption) makes the whole answer a gap rather than a guess.
     */
    static Evidence<List<String>> grantees(String policy) {
        try {
            TreeSet<String> accounts = new TreeSet<>();
            for (IamStatement statement : IamPolicy.fromJson(policy).statements()) {
                if (!statement.notActions().isEmpty() || !statement.notPrincipals().isEmpty()) {
                    return new Evidence.Failed<>("kms:GetKeyPolicy", "the key policy uses NotAction or NotPrincipal, which irready does not evaluate");
                }
                if (statement.actions().stream().noneMatch(a -> coversDecryption(a.value()))) {
                    continue;
                }
                if (IamEffect.DENY.equals(statement.effect())) {
                    return new Evidence.Failed<>("kms:GetKeyPolicy", "the key policy denies decryption to some principals, which irready does not evaluate");
                }
                if (!IamEffect.ALLOW.equals(statement.effect())) {
                    continue;
                }
                for (IamPrincipal principal : statement.principals()) {
                    if ("*".equals(principal.type().value()) || "*".equals(principal.id())) {
                        accounts.add("*");
                    } else if (IamPrincipalType.AWS.equals(principal.type())) {
                        Matcher m = ACCOUNT.matcher(principal.id());
                        accounts.add(m.matches() ? m.group(1) : principal.id());
                    }
                }
            }
            return Evidence.collected(List.copyOf(accounts));
        } catch (RuntimeException e) {
            return new Evidence.Failed<>("kms:GetKeyPolicy", "the key policy could not be parsed: " + e.getMessage());
        }
    }

    /** Whether an action, wildcards included, covers kms:Decrypt or kms:CreateGrant. */
    private static boolean coversDecryption(String action) {
        StringBuilder regex = new StringBuilder();
        for (char c : action.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return "kms:decrypt".matches(regex.toString()) || "kms:creategrant".matches(regex.toString());
    }

}
