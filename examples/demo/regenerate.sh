#!/usr/bin/env bash
# Regenerates examples/demo-evidence: seeds moto with the demo account (seed_demo_account.py), puts
# aws_stub.py in front of moto for the operations moto lacks, and collects the account with the real
# collector through it, using config/irready.yml and the demo's attestations.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/moto.sh

moto_start
work=$(mktemp -d)
stub_pid=""
cleanup() {
  [ -n "$stub_pid" ] && kill "$stub_pid" 2>/dev/null || true
  rm -rf "$work"
  moto_stop
}
trap cleanup EXIT

"$MOTO_VENV/bin/python" examples/demo/seed_demo_account.py "$MOTO_ENDPOINT" "$work/answers.json"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$MOTO_VENV/bin/python" examples/demo/aws_stub.py "$port" "$MOTO_ENDPOINT" "$work/answers.json" &
stub_pid=$!
for _ in $(seq 1 50); do
  python3 -c "import socket, sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 1)" "$port" 2>/dev/null && break
  sleep 0.1
done

mvn -q -B -ntp -DskipTests package
status=0
AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo IRREADY_ATTESTATIONS_FILE=examples/demo/attestations.yml \
  java -jar target/irready.jar audit --config config/irready.yml --endpoint "http://127.0.0.1:$port" --out "$work/out" || status=$?
if [ "$status" -gt 1 ]; then
  echo "the collection run failed (exit $status)" >&2
  exit "$status"
fi
rm -rf examples/demo-evidence
cp -r "$work"/out/*/evidence examples/demo-evidence
echo "examples/demo-evidence regenerated"
