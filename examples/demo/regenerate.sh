#!/usr/bin/env bash
# Regenerates examples/demo-evidence: seeds moto with the demo account (seed_demo_account.py) and
# collects it with the real collector, using config/irready.yml.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/moto.sh

moto_start
"$MOTO_VENV/bin/python" examples/demo/seed_demo_account.py "$MOTO_ENDPOINT"
mvn -q -B -ntp -DskipTests package
out=$(mktemp -d)
status=0
AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo java -jar target/irready.jar audit \
  --config config/irready.yml --endpoint "$MOTO_ENDPOINT" --out "$out" || status=$?
if [ "$status" -gt 1 ]; then
  echo "the collection run failed (exit $status)" >&2
  exit "$status"
fi
rm -rf examples/demo-evidence
cp -r "$out"/*/evidence examples/demo-evidence
rm -rf "$out"
echo "examples/demo-evidence regenerated"
