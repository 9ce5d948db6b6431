#!/usr/bin/env bash
# Regenerates the audit policy from the collectors' declared actions (after `mvn -q -DskipTests package`):
# deploy/iam/irready-audit-policy.json, and the same list in the CloudFormation templates that carry it inline.
# AuditPolicyTest fails while any of them is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
./irready policy > deploy/iam/irready-audit-policy.json
python3 - <<'PY'
import json, re
actions = json.load(open("deploy/iam/irready-audit-policy.json"))["Statement"][0]["Action"]
for path in ["deploy/cloudformation/irready-audit-role-stackset.yml", "deploy/cloudformation/irready-audit-role.yml",
             "deploy/cloudformation/irready-scheduled-task.yml"]:
    text = open(path).read()
    block = re.search(r"Sid: IrreadyReadOnlyAudit\n\s+Effect: Allow\n\s+Action:\n((?:\s+- [a-z0-9-]+:[A-Za-z]+\n)+)", text)
    indent = re.match(r"(\s+)-", block.group(1)).group(1)
    text = text[:block.start(1)] + "".join(f"{indent}- {action}\n" for action in actions) + text[block.end(1):]
    open(path, "w").write(text)
PY
