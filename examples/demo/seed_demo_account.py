"""Seeds moto with a realistic account for the demo evidence bundle: mostly prepared, with the gaps
teams typically have (a legacy trail without validation, a bucket rule that deletes logs after 90
days, Config stopped in one Region, short Lambda log retention, untagged resources, a responder
role whose trust admits callers without MFA)."""
import json
import sys

import boto3

ENDPOINT = sys.argv[1]
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
print("seeded demo account", ACCOUNT)
