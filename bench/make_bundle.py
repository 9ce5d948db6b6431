"""Writes a large synthetic, sealed evidence bundle in irready's format, for benchmarks.

usage: make_bundle.py DIR ACCOUNTS REGIONS RESOURCES_PER_REGION LOG_GROUPS_PER_REGION ROLES_PER_ACCOUNT
About one resource in five misses a tag and one log group in ten keeps events too briefly, so the
reports carry real gaps."""
import hashlib
import json
import os
import sys

root, accounts, regions_n, resources_n, groups_n, roles_n = sys.argv[1], *map(int, sys.argv[2:])
ALL_REGIONS = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1",
               "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2",
               "ca-central-1", "sa-east-1", "eu-south-1"]
regions = ALL_REGIONS[:regions_n]
TAGS = {"Owner": "team", "Environment": "prod", "Application": "app", "DataClassification": "internal"}


def collected(value):
    return {"outcome": "COLLECTED", "value": value}


def write(path, value):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        json.dump(value, f, indent=1, sort_keys=True)


def trust(principal):
    return collected({"statements": [{"effect": "Allow", "principals": [{"type": "AWS", "id": principal}], "notPrincipals": [],
                                      "actions": ["sts:AssumeRole"],
                                      "conditions": [{"operator": "Bool", "key": "aws:MultiFactorAuthPresent", "values": ["true"]}]}]})


targets = []
for a in range(accounts):
    account = f"{100000000000 + a:012d}"
    targets.append({"accountId": account, "accountName": f"workload-{a:04d}", "regions": regions})
    trail_arn = f"arn:aws:cloudtrail:us-east-1:{account}:trail/org-audit"
    write(f"data/{account}/global/cloudtrail.json", {
        "trailArnsByRegion": {r: collected([trail_arn]) for r in regions},
        "trails": [{"arn": trail_arn, "name": "org-audit", "homeRegion": "us-east-1", "multiRegion": True, "organizationTrail": False,
                    "includeGlobalServiceEvents": True, "logFileValidation": a % 3 != 0, "s3BucketName": "org-audit-logs",
                    "s3KeyPrefix": None, "status": collected({"logging": True, "latestDeliveryTime": "2026-11-27T00:00:00Z",
                                                              "latestDeliveryError": None}),
                    "selectors": collected({"basic": [{"readWriteType": "All", "includeManagementEvents": True,
                                                       "excludeManagementEventSources": []}], "advanced": []})}],
        "bucketLifecycles": {"org-audit-logs": collected([{"id": "keep", "enabled": True, "filter": "", "expirationDays": 2555,
                                                           "expirationDate": None}])}})
    roles = [{"name": "IR-Investigator", "arn": f"arn:aws:iam::{account}:role/IR-Investigator", "trustPolicyDocument": "{}",
              "trustPolicy": trust("arn:aws:iam::111122223333:root"),
              "attachedPolicies": collected([{"name": "SecurityAudit", "arn": "arn:aws:iam::aws:policy/SecurityAudit"}]),
              "inlinePolicyNames": collected([])}]
    roles += [{"name": f"app-role-{i}", "arn": f"arn:aws:iam::{account}:role/app-role-{i}", "trustPolicyDocument": "{}",
               "trustPolicy": trust(f"arn:aws:iam::{account}:root"), "attachedPolicies": None, "inlinePolicyNames": None}
              for i in range(roles_n)]
    write(f"data/{account}/global/iam.json", {"roles": collected(roles)})
    for region in regions:
        write(f"data/{account}/{region}/config.json", {
            "recorders": collected([{"name": "default", "roleArn": "role", "allSupported": True,
                                     "includeGlobalResourceTypes": region == "us-east-1",
                                     "recordingStrategy": "ALL_SUPPORTED_RESOURCE_TYPES", "servicePrincipal": None}]),
            "recorderStatuses": collected([{"name": "default", "recording": True, "lastStatus": "SUCCESS", "lastErrorCode": None,
                                            "lastErrorMessage": None, "lastStatusChangeTime": "2026-11-27T00:00:00Z"}]),
            "deliveryChannels": collected([{"name": "default", "s3BucketName": "config", "snsTopicArn": None}])})
        write(f"data/{account}/{region}/logs.json", {"logGroups": collected([
            {"name": f"/app/group-{i}", "arn": f"arn:aws:logs:{region}:{account}:log-group:/app/group-{i}",
             "retentionInDays": 30 if i % 10 == 0 else 400, "storedBytes": 1024} for i in range(groups_n)])})
        write(f"data/{account}/{region}/tagging.json", {"resources": collected([
            {"arn": f"arn:aws:ec2:{region}:{account}:volume/vol-{i:08x}",
             "tags": {k: v for k, v in TAGS.items() if not (i % 5 == 0 and k == "DataClassification")}} for i in range(resources_n)])})
write("data/scope.json", {"caller": {"accountId": "111122223333", "arn": "arn:aws:sts::111122223333:assumed-role/irready/bench",
                                     "userId": "bench"}, "targets": targets, "collectionStarted": "2026-11-27T00:00:00Z"})


def sha256(path):
    digest = hashlib.sha256()
    with open(os.path.join(root, path), "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


payload = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, files in os.walk(os.path.join(root, "data")) for f in files)
octets = sum(os.path.getsize(os.path.join(root, p)) for p in payload)
with open(os.path.join(root, "bagit.txt"), "w") as f:
    f.write("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
with open(os.path.join(root, "bag-info.txt"), "w") as f:
    f.write("Irready-Run-Id: bench\nIrready-Collection-Started: 2026-11-27T00:00:00Z\n"
            f"Irready-Collection-Completed: 2026-11-27T00:10:00Z\nPayload-Oxum: {octets}.{len(payload)}\n")
with open(os.path.join(root, "manifest-sha256.txt"), "w") as f:
    f.writelines(f"{sha256(p)}  {p}\n" for p in payload)
with open(os.path.join(root, "tagmanifest-sha256.txt"), "w") as f:
    f.writelines(f"{sha256(p)}  {p}\n" for p in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"])
print(f"bundle: {accounts} accounts x {regions_n} Regions, {accounts * regions_n * resources_n} tagged resources, "
      f"{accounts * regions_n * groups_n} log groups, {octets / 1e6:.1f} MB in {len(payload)} files")
