#!/usr/bin/env bash
# Benchmark: evaluation and reporting (audit --evidence) on a large synthetic bundle, in a JVM
# capped at HEAP (default 512m), to show that findings stream and the PDF stays bounded.
# Prints wall time, peak resident memory and output sizes.
# Usage: bench/run.sh [ACCOUNTS REGIONS RESOURCES_PER_REGION LOG_GROUPS_PER_REGION ROLES_PER_ACCOUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
accounts=${1:-20} regions=${2:-4} resources=${3:-2500} groups=${4:-100} roles=${5:-300}
heap=${HEAP:-512m}

[ -f target/irready.jar ] || mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/make_bundle.py "$work/bundle" "$accounts" "$regions" "$resources" "$groups" "$roles"
status=0
/usr/bin/time -f "%e %M" -o "$work/time.txt" \
  java -Xmx"$heap" -Duser.home="$work" -jar target/irready.jar audit --config bench/irready.yml \
  --evidence "$work/bundle" --out "$work/out" >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
if [ "$status" -gt 1 ]; then
  echo "the run failed (exit $status):" >&2
  cat "$work/stderr.txt" >&2
  exit "$status"
fi
read -r seconds kilobytes < <(tail -n 1 "$work/time.txt")
run=$(ls -d "$work"/out/*/)
findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$run/findings.json")
echo "heap limit:       $heap"
echo "findings:         $findings"
echo "wall time:        ${seconds} s (JVM start, verify + copy bundle, evaluate, PDF, XLSX)"
echo "peak RSS:         $((kilobytes / 1024)) MB"
echo "report.pdf:       $(du -h "$run/report.pdf" | cut -f1)"
echo "report.xlsx:      $(du -h "$run/report.xlsx" | cut -f1)"
echo "findings.json:    $(du -h "$run/findings.json" | cut -f1)"
