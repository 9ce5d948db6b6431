"""Seeds moto with a realistic account for the demo evidence bundle, part-way to readiness, with the gaps
teams typically have (a legacy trail without validation, a bucket rule that deletes logs after 90
days, Config stopped in one Region, short Lambda log retention, untagged resources, a responder
role whose trust admits callers without MFA, detectors and flow logs in one Region only, a personal
security contact, a break-glass user with an access key, an unlocked backup vault, a key that does not
rotate). Writes to <answers.json> what the stub in front of moto answers for the operations moto lacks.

Usage: seed_demo_account.py <moto-endpoint> <answers.json>"""
import datetime
import json
import sys

import boto3

ENDPOINT = sys.argv[1]
ANSWERS = sys.argv[2]
ACCOUNT = "123456789012"
SECURITY_ACCOUNT = "111122223333"
TAGS = {"Owner": "platform-team", "Environment": "prod", "Application": "orders", "DataClassification": "confidential"}


def client(service, region="us-east-1"):
    return boto3.client(service, region_name=region, endpoint_url=ENDPOINT,
                        aws_access_key_id="demo", aws_secret_access_key="demo")


def tag_list(tags):
    return [{"Key": k, "Value": v} for k, v in tags.items()]


iam = client("iam")
iam.create_account_alias(AccountAlias="acme-orders-prod")

s3 = client("s3")
for bucket, tags in [("acme-org-audit-logs", TAGS), ("acme-orders-data", {**TAGS, "DataClassification": ""}),
                     ("acme-tmp-exports", {"Owner": "data-team"})]:
    s3.create_bucket(Bucket=bucket)
    s3.put_bucket_tagging(Bucket=bucket, Tagging={"TagSet": tag_list(tags)})
s3.put_bucket_lifecycle_configuration(Bucket="acme-org-audit-logs", LifecycleConfiguration={"Rules": [
    {"ID": "archive", "Status": "Enabled", "Filter": {"Prefix": "AWSLogs/"},
     "Transitions": [{"Days": 30, "StorageClass": "GLACIER"}], "Expiration": {"Days": 90}}]})
s3.create_bucket(Bucket="acme-legacy-trail", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})

cloudtrail = client("cloudtrail")
cloudtrail.create_trail(Name="org-audit", S3BucketName="acme-org-audit-logs", IsMultiRegionTrail=True,
                        IncludeGlobalServiceEvents=True, EnableLogFileValidation=True, TagsList=tag_list(TAGS))
cloudtrail.put_event_selectors(TrailName="org-audit", EventSelectors=[{"ReadWriteType": "All", "IncludeManagementEvents": True}])
cloudtrail.start_logging(Name="org-audit")
legacy = client("cloudtrail", "eu-west-1")
legacy.create_trail(Name="legacy-orders-trail", S3BucketName="acme-legacy-trail", EnableLogFileValidation=False)
legacy.put_event_selectors(TrailName="legacy-orders-trail", EventSelectors=[{"ReadWriteType": "WriteOnly", "IncludeManagementEvents": True}])
legacy.start_logging(Name="legacy-orders-trail")

for region, recording in [("us-east-1", True), ("eu-west-1", False)]:
    config = client("config", region)
    config.put_configuration_recorder(ConfigurationRecorder={
        "name": "default", "roleARN": f"arn:aws:iam::{ACCOUNT}:role/aws-config",
        "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": region == "us-east-1"}})
    config.put_delivery_channel(DeliveryChannel={"name": "default", "s3BucketName": "acme-org-audit-logs"})
    if recording:
        config.start_configuration_recorder(ConfigurationRecorderName="default")

for region, groups in {
    "us-east-1": [("/aws/vpc/flow-logs", 400, TAGS), ("/aws/cloudtrail/org-audit", None, TAGS),
                  ("/aws/lambda/orders-api", 14, {"Owner": "orders-team", "Application": "orders"})],
    "eu-west-1": [("/aws/route53/resolver-queries", 365, TAGS), ("/aws/lambda/orders-eu", 30, TAGS)],
}.items():
    logs = client("logs", region)
    for name, retention, tags in groups:
        logs.create_log_group(logGroupName=name, tags=tags)
        if retention:
            logs.put_retention_policy(logGroupName=name, retentionInDays=retention)

iam.create_saml_provider(Name="Okta", SAMLMetadataDocument="x" * 1000)
iam.create_role(RoleName="IR-Investigator", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{SECURITY_ACCOUNT}:root"}, "Action": "sts:AssumeRole",
        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}))
iam.attach_role_policy(RoleName="IR-Investigator", PolicyArn="arn:aws:iam::aws:policy/SecurityAudit")
iam.attach_role_policy(RoleName="IR-Investigator", PolicyArn="arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
iam.create_role(RoleName="IR-Responder", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{SECURITY_ACCOUNT}:root"}, "Action": "sts:AssumeRole",
        "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}}]}))
iam.put_role_policy(RoleName="IR-Responder", PolicyName="containment", PolicyDocument=json.dumps({
    "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*",
                                            "Action": ["ec2:CreateSnapshot", "ec2:ModifyInstanceAttribute", "iam:UpdateAccessKey"]}]}))
iam.create_role(RoleName="orders-deployer", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"},
                                            "Action": "sts:AssumeRole"}]}))

# --- Detection: GuardDuty, Security Hub (FSBP only) and a findings rule in us-east-1; eu-west-1 has none.
east = "us-east-1"
topic = client("sns").create_topic(Name="security-alerts", Tags=tag_list(TAGS))["TopicArn"]
client("sns").subscribe(TopicArn=topic, Protocol="email", Endpoint="soc@acme.example")
client("guardduty").create_detector(Enable=True, Features=[{"Name": n, "Status": "ENABLED"} for n in
                                                            ["S3_DATA_EVENTS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS"]])
client("securityhub").enable_security_hub(EnableDefaultStandards=False)
events = client("events")
events.put_rule(Name="guardduty-high", State="ENABLED", EventPattern=json.dumps(
    {"source": ["aws.guardduty"], "detail-type": ["GuardDuty Finding"], "detail": {"severity": [{"numeric": [">=", 7]}]}}))
events.put_targets(Rule="guardduty-high", Targets=[{"Id": "page", "Arn": topic}])

# --- Network: flow logs and DNS query logging on the us-east-1 VPCs only.
ec2 = client("ec2")
vpcs = [v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"]]
ec2.create_flow_logs(ResourceIds=vpcs, ResourceType="VPC", TrafficType="ALL", LogGroupName="/aws/vpc/flow-logs",
                     DeliverLogsPermissionArn=f"arn:aws:iam::{ACCOUNT}:role/flow-logs")
resolver = client("route53resolver")
qlc = resolver.create_resolver_query_log_config(Name="dns", CreatorRequestId="dns",
                                                DestinationArn=f"arn:aws:logs:{east}:{ACCOUNT}:log-group:/aws/vpc/flow-logs")
for vpc in vpcs:
    resolver.associate_resolver_query_log_config(ResolverQueryLogConfigId=qlc["ResolverQueryLogConfig"]["Id"], ResourceId=vpc)
instance = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, TagSpecifications=[
    {"ResourceType": "instance", "Tags": tag_list(TAGS)}])["Instances"][0]["InstanceId"]
ec2.enable_ebs_encryption_by_default()

# --- Recovery: an orders table marked critical but never backed up, an unlocked vault, a key that does not rotate.
dynamo = client("dynamodb")
table = dynamo.create_table(TableName="orders", BillingMode="PAY_PER_REQUEST", AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
                            Tags=tag_list({**TAGS, "Criticality": "high"}))["TableDescription"]["TableArn"]
dynamo.update_continuous_backups(TableName="orders", PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True})
backup = client("backup")
backup.create_backup_vault(BackupVaultName="default-vault", BackupVaultTags=TAGS)
backup.create_backup_plan(BackupPlan={"BackupPlanName": "daily", "Rules": [
    {"RuleName": "daily", "TargetBackupVaultName": "default-vault", "ScheduleExpression": "cron(0 5 * * ? *)"}]}, BackupPlanTags=TAGS)
kms = client("kms")
ebs_key = kms.create_key(Description="EBS default key", Tags=[{"TagKey": k, "TagValue": v} for k, v in TAGS.items()])["KeyMetadata"]["Arn"]

# --- Access and contacts: a personal security contact, a break-glass user with an access key, an IR permission set.
account = client("account")
account.put_alternate_contact(AlternateContactType="SECURITY", Name="Bob Smith", EmailAddress="bob.smith@gmail.com",
                              PhoneNumber="+1-555-0100", Title="CTO")
account.put_alternate_contact(AlternateContactType="OPERATIONS", Name="Cloud Operations", EmailAddress="cloud-ops@acme.example",
                              PhoneNumber="+1-555-0101", Title="Ops")
iam.create_user(UserName="break-glass-1", Tags=tag_list(TAGS))
iam.create_login_profile(UserName="break-glass-1", Password="Sealed-Envelope-1", PasswordResetRequired=False)
iam.create_access_key(UserName="break-glass-1")
sso = client("sso-admin")
sso_instance = sso.list_instances()["Instances"][0]["InstanceArn"]
permission_set = sso.create_permission_set(InstanceArn=sso_instance, Name="IR-Investigator")["PermissionSet"]["PermissionSetArn"]
sso.create_account_assignment(InstanceArn=sso_instance, TargetId=ACCOUNT, TargetType="AWS_ACCOUNT", PermissionSetArn=permission_set,
                              PrincipalType="GROUP", PrincipalId="incident-responders")
ssm = client("ssm")
ssm.create_document(Name="IR-credential-compromise", DocumentType="Automation", Content=json.dumps(
    {"schemaVersion": "0.3", "mainSteps": [{"name": "wait", "action": "aws:sleep", "inputs": {"Duration": "PT1S"}}]}),
                    Tags=tag_list({**TAGS, "ir-playbook": "credential-compromise"}))

# --- What moto lacks, answered by aws_stub.py: the same state as it would be in AWS.
now = datetime.datetime.now(datetime.timezone.utc)
iso = lambda days: (now - datetime.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
epoch = lambda days: (now - datetime.timedelta(days=days)).timestamp()
ec2_xml = lambda op, body: f'<{op}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>{body}</{op}Response>'
answers = [
    {"service": "support", "target": "DescribeSeverityLevels", "json": {"severityLevels": [
        {"code": "low", "name": "Low"}, {"code": "normal", "name": "Normal"}]}},
    {"service": "account", "path": "/getContactInformation", "json": {"ContactInformation": {
        "FullName": "Acme Corp", "PhoneNumber": "+1-555-0199", "AddressLine1": "1 Main St", "City": "Springfield", "CountryCode": "US",
        "PostalCode": "12345"}}},
    {"service": "ec2", "region": east, "action": "GetEbsDefaultKmsKeyId", "xml": ec2_xml("GetEbsDefaultKmsKeyId", "<kmsKeyId>alias/aws/ebs</kmsKeyId>")},
    {"service": "ec2", "region": "eu-west-1", "action": "GetEbsDefaultKmsKeyId", "xml": ec2_xml("GetEbsDefaultKmsKeyId", "<kmsKeyId>alias/aws/ebs</kmsKeyId>")},
    {"service": "ec2", "action": "GetSnapshotBlockPublicAccessState", "xml": ec2_xml("GetSnapshotBlockPublicAccessState", "<state>unblocked</state>")},
    {"service": "access-analyzer", "region": east, "method": "GET", "path": "/analyzer", "json": {"analyzers": [
        {"arn": f"arn:aws:access-analyzer:{east}:{ACCOUNT}:analyzer/account", "name": "account", "type": "ACCOUNT", "status": "ACTIVE",
         "createdAt": iso(200)}]}},
    {"service": "access-analyzer", "method": "GET", "path": "/analyzer", "json": {"analyzers": []}},
    {"service": "security-ir", "path": "/v1/memberships", "json": {"items": []}},
    {"service": "detective", "path": "/graphs/list", "json": {"GraphList": []}},
    {"service": "detective", "path": "/invitations/list", "json": {"Invitations": []}},
    {"service": "rbin", "path": "/list-rules", "json": {"Rules": []}},
    {"service": "cloudtrail", "target": "ListEventDataStores", "json": {"EventDataStores": []}},
    {"service": "securitylake", "path": "/v1/datalakes", "json": {"dataLakes": []}},
    {"service": "ssm", "target": "GetServiceSetting", "json": {"ServiceSetting": {
        "SettingId": "/ssm/documents/console/public-sharing-permission", "SettingValue": "Enable"}}},
    {"service": "ssm", "region": east, "target": "DescribeInstanceInformation", "json": {"InstanceInformationList": [
        {"InstanceId": instance, "PingStatus": "Online"}]}},
    {"service": "ssm", "target": "DescribeInstanceInformation", "json": {"InstanceInformationList": []}},
    {"service": "macie2", "method": "GET", "path": "/macie", "json": {"status": "ENABLED", "createdAt": iso(300)}},
    {"service": "macie2", "method": "GET", "path": "/automated-discovery/configuration", "json": {"status": "DISABLED"}},
    {"service": "backup", "method": "GET", "path": "/resources/?", "json": {"Results": []}},
    {"service": "backup", "method": "GET", "path": "/backup-jobs/?", "json": {"BackupJobs": [
        {"BackupJobId": "job-1", "ResourceArn": table, "State": "FAILED", "CreationDate": epoch(2)}]}},
    {"service": "backup", "method": "GET", "path": "/restore-jobs/?", "json": {"RestoreJobs": []}},
    {"service": "backup", "method": "GET", "path": "/restore-testing/plans/?", "json": {"RestoreTestingPlans": []}},
    {"service": "backup", "method": "GET", "path": "/backup/plans/[^/]+/selections/?", "json": {"BackupSelectionsList": [
        {"SelectionId": "critical", "SelectionName": "critical"}]}},
    {"service": "backup", "method": "GET", "path": "/backup/plans/[^/]+/selections/critical/?", "json": {"BackupSelection": {
        "SelectionName": "critical", "IamRoleArn": f"arn:aws:iam::{ACCOUNT}:role/backup",
        "ListOfTags": [{"ConditionType": "STRINGEQUALS", "ConditionKey": "Criticality", "ConditionValue": "critical"}]}}},
    {"service": "ssm-contacts", "target": "ListContacts", "json": {"Contacts": []}},
    {"service": "ssm-incidents", "path": "/listResponsePlans", "json": {"responsePlanSummaries": []}},
    {"service": "securityhub", "path": "/standards/get", "json": {"StandardsSubscriptions": [
        {"StandardsSubscriptionArn": "arn:sub-fsbp", "StandardsArn":
            f"arn:aws:securityhub:{east}::standards/aws-foundational-security-best-practices/v/1.0.0", "StandardsStatus": "READY"}]}},
    {"service": "securityhub", "method": "GET", "path": "/findingAggregator/list", "json": {"FindingAggregators": []}},
    {"service": "config", "target": "DescribeComplianceByConfigRule", "json": {"ComplianceByConfigRules": []}},
    {"service": "config", "target": "DescribeDeliveryChannelStatus", "json": {"DeliveryChannelsStatus": [{"name": "default",
        "configHistoryDeliveryInfo": {"lastStatus": "SUCCESS", "lastAttemptTime": epoch(0), "lastSuccessfulTime": epoch(0)},
        "configSnapshotDeliveryInfo": {"lastStatus": "SUCCESS", "lastAttemptTime": epoch(0), "lastSuccessfulTime": epoch(0)}}]}},
    # moto's summary lacks the root's password; AWS's says it: the demo's root signs in with a password and no MFA.
    {"service": "iam", "action": "GetAccountSummary", "xml": '<GetAccountSummaryResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">'
        '<GetAccountSummaryResult><SummaryMap>' + "".join(f"<entry><key>{k}</key><value>{v}</value></entry>" for k, v in {
            "AccountMFAEnabled": 0, "AccountAccessKeysPresent": 0, "AccountPasswordPresent": 1, "AccountSigningCertificatesPresent": 0,
            "Users": 1, "Roles": 4}.items()) + '</SummaryMap></GetAccountSummaryResult><ResponseMetadata><RequestId>r</RequestId>'
        '</ResponseMetadata></GetAccountSummaryResponse>'},
    {"service": "macie2", "method": "GET", "path": "/automated-discovery/accounts", "json": {"items": [
        {"accountId": ACCOUNT, "status": "DISABLED"}]}},
    {"service": "guardduty", "method": "GET", "path": "/detector/[^/]+/admin", "status": 400, "error": "BadRequestException",
     "json": {"__type": "BadRequestException", "message": "The request is rejected because the account is not the administrator"}},
]
with open(ANSWERS, "w") as out:
    json.dump(answers, out, indent=1)
print("seeded demo account", ACCOUNT)
