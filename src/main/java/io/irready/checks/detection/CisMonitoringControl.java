package io.irready.checks.detection;

import io.irready.checks.patterns.SampleEvent;

import java.util.Arrays;
import java.util.List;

/**
 * The fifteen activities CIS AWS Foundations v5.0 section 4 (4.1 to 4.15) asks to alert on, each with
 * sample CloudTrail records that a metric filter or rule must fire on, and whether the activity is
 * recorded in us-east-1 alone (global services).
 */
enum CisMonitoringControl {
    UNAUTHORIZED_API_CALLS("4.1", "unauthorized API calls", false,
            List.of(call("ec2", "DescribeInstances").with("errorCode", "Client.UnauthorizedOperation").described("an unauthorized EC2 call"),
                    call("s3", "GetObject").with("errorCode", "AccessDenied").described("an AccessDenied S3 call"))),
    CONSOLE_SIGN_IN_WITHOUT_MFA("4.2", "console sign-in without MFA", false,
            List.of(SampleEvent.consoleLogin(true).with("additionalEventData.MFAUsed", "No").described("a console sign-in without MFA"))),
    ROOT_USAGE("4.3", "use of the root user", false,
            List.of(SampleEvent.consoleLogin(true).with("userIdentity.type", "Root").with("userIdentity.arn", "arn:aws:iam::111122223333:root")
                            .without("userIdentity.userName").described("a root console sign-in"),
                    call("iam", "CreateAccessKey").with("userIdentity.type", "Root").with("userIdentity.arn", "arn:aws:iam::111122223333:root")
                            .without("userIdentity.userName").described("a root API call"))),
    IAM_POLICY_CHANGES("4.4", "IAM policy changes", true, calls("iam", "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy",
            "PutRolePolicy", "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion", "AttachRolePolicy",
            "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy", "DetachGroupPolicy")),
    CLOUDTRAIL_CHANGES("4.5", "CloudTrail configuration changes", false,
            calls("cloudtrail", "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging")),
    CONSOLE_AUTHENTICATION_FAILURES("4.6", "console authentication failures", false,
            List.of(SampleEvent.consoleLogin(false).with("errorMessage", "Failed authentication").described("a failed console sign-in"))),
    KEY_DISABLED_OR_DELETED("4.7", "disabling or scheduled deletion of customer-managed keys", false,
            calls("kms", "DisableKey", "ScheduleKeyDeletion")),
    BUCKET_POLICY_CHANGES("4.8", "S3 bucket policy changes", false, calls("s3", "PutBucketAcl", "PutBucketPolicy", "PutBucketCors",
            "PutBucketLifecycle", "PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication")),
    CONFIG_CHANGES("4.9", "AWS Config configuration changes", false,
            calls("config", "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder")),
    SECURITY_GROUP_CHANGES("4.10", "security group changes", false, calls("ec2", "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
            "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup")),
    NACL_CHANGES("4.11", "network ACL changes", false, calls("ec2", "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl",
            "DeleteNetworkAclEntry", "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation")),
    NETWORK_GATEWAY_CHANGES("4.12", "network gateway changes", false, calls("ec2", "CreateCustomerGateway", "DeleteCustomerGateway",
            "AttachInternetGateway", "CreateInternetGateway", "DeleteInternetGateway", "DetachInternetGateway")),
    ROUTE_TABLE_CHANGES("4.13", "route table changes", false, calls("ec2", "CreateRoute", "CreateRouteTable", "ReplaceRoute",
            "ReplaceRouteTableAssociation", "DeleteRouteTable", "DeleteRoute", "DisassociateRouteTable")),
    VPC_CHANGES("4.14", "VPC changes", false, calls("ec2", "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection",
            "CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection", "AttachClassicLinkVpc", "DetachClassicLinkVpc",
            "DisableVpcClassicLink", "EnableVpcClassicLink")),
    ORGANIZATIONS_CHANGES("4.15", "AWS Organizations changes", true, calls("organizations", "AcceptHandshake", "AttachPolicy", "CreateAccount",
            "CreateOrganizationalUnit", "CreatePolicy", "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy",
            "DetachPolicy", "DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount",
            "RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit"));

    private final String cisId;
    private final String activity;
    private final boolean global;
    private final List<SampleEvent> samples;

    CisMonitoringControl(String cisId, String activity, boolean global, List<SampleEvent> samples) {
        this.cisId = cisId;
        this.activity = activity;
        this.global = global;
        this.samples = samples;
    }

    String cisId() {
        return cisId;
    }

    String activity() {
        return activity;
    }

    boolean global() {
        return global;
    }

    List<SampleEvent> samples() {
        return samples;
    }

    private static SampleEvent call(String service, String eventName) {
        return SampleEvent.apiCall(service + ".amazonaws.com", eventName);
    }

    private static List<SampleEvent> calls(String service, String... eventNames) {
        return Arrays.stream(eventNames).map(name -> call(service, name)).toList();
    }
}
