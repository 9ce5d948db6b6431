"""Seeds a moto server with realistic accounts for the organization-scale benchmark.

usage: seed_accounts.py ENDPOINT COUNT REGIONS [--organization]

Without --organization the accounts are ids 200000000000 + i, addressed through moto's
x-moto-account-id header (sts:AssumeRole into any 12-digit id works without creating it). With
--organization, an AWS Organization is created in 123456789012 and COUNT member accounts with
organizations:CreateAccount (about one second each in moto), with an organization trail.
Prints the account ids, one per line.

Each account gets what a real workload account has: the responder roles (one in twenty without the
investigator), a customer-managed read policy, Config recording in every Region, three tagged log
groups per Region (one in ten keeps events 30 days), and one account in four its own trail."""
import json
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config

endpoint, count, regions = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
organization = "--organization" in sys.argv
local = threading.local()
CONFIG = Config(retries={"max_attempts": 10, "mode": "standard"})
TAGS = {"Owner": "platform", "Environment": "prod", "Application": "payments", "DataClassification": "internal"}
MFA_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole",
    "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]})
READ_POLICY = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["cloudtrail:LookupEvents",
    "config:Get*", "logs:FilterLogEvents"], "Resource": "*"}]})


def client(service, region="us-east-1"):
    """A client of this thread that sends every request as local.account."""
    clients = local.__dict__.setdefault("clients", {})
    key = (service, region)
    if key not in clients:
        made = boto3.session.Session().client(service, endpoint_url=endpoint, region_name=region, aws_access_key_id="testing",
                                              aws_secret_access_key="testing", config=CONFIG)
        made.meta.events.register("before-send", lambda request, **_: request.headers.__setitem__("x-moto-account-id", local.account))
        clients[key] = made
    return clients[key]


def seed(index_and_account):
    index, account = index_and_account
    local.account = account
    iam = client("iam")
    iam.create_policy(PolicyName="IRReadOnly", PolicyDocument=READ_POLICY)
    if index % 20 != 7:
        iam.create_role(RoleName="IR-Investigator", AssumeRolePolicyDocument=MFA_TRUST)
        iam.attach_role_policy(RoleName="IR-Investigator", PolicyArn=f"arn:aws:iam::{account}:policy/IRReadOnly")
    iam.create_role(RoleName="IR-Responder", AssumeRolePolicyDocument=MFA_TRUST)
    iam.create_role(RoleName="app-runtime", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
    bucket = f"logs-{account}"
    s3 = client("s3")
    s3.create_bucket(Bucket=bucket)
    s3.put_bucket_tagging(Bucket=bucket, Tagging={"TagSet": [{"Key": k, "Value": v} for k, v in TAGS.items()]})
    if index % 4 == 0:
        s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": [{"ID": "archive", "Status": "Enabled",
            "Filter": {"Prefix": "AWSLogs/"}, "Expiration": {"Days": 2555}}]})
        trail = client("cloudtrail", regions[0])
        trail.create_trail(Name="audit", S3BucketName=bucket, IsMultiRegionTrail=True, IncludeGlobalServiceEvents=True,
                           EnableLogFileValidation=True)
        trail.start_logging(Name="audit")
    for region in regions:
        config = client("config", region)
        config.put_configuration_recorder(ConfigurationRecorder={"name": "default", "roleARN": f"arn:aws:iam::{account}:role/config",
            "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": region == regions[0]}})
        config.put_delivery_channel(DeliveryChannel={"name": "default", "s3BucketName": bucket})
        config.start_configuration_recorder(ConfigurationRecorderName="default")
        logs = client("logs", region)
        for group in ("/aws/vpc/flow-logs", "/aws/lambda/payments", "/app/payments"):
            logs.create_log_group(logGroupName=group, tags=TAGS)
            logs.put_retention_policy(logGroupName=group, retentionInDays=30 if index % 10 == 3 and group == "/app/payments" else 400)
    return account


def organization_accounts():
    local.account = "123456789012"
    orgs = client("organizations")
    orgs.create_organization(FeatureSet="ALL")
    ids = ["123456789012"]
    for i in range(count):
        status = orgs.create_account(AccountName=f"workload-{i:04d}", Email=f"workload-{i}@example.com")["CreateAccountStatus"]
        ids.append(status["AccountId"])
    return ids


accounts = organization_accounts() if organization else [str(200000000000 + i) for i in range(count)]
with ThreadPoolExecutor(4) as pool:
    for account in pool.map(seed, enumerate(accounts)):
        print(account, flush=True)
if organization:
    local.account = "123456789012"
    trail = client("cloudtrail", regions[0])
    trail.create_trail(Name="org-trail", S3BucketName="logs-123456789012", IsMultiRegionTrail=True, IsOrganizationTrail=True,
                       IncludeGlobalServiceEvents=True, EnableLogFileValidation=True)
    trail.start_logging(Name="org-trail")
