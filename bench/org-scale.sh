#!/usr/bin/env bash
# Benchmark: a live audit of many accounts through a fixed-latency proxy in front of moto.
#
#   bench/org-scale.sh [ACCOUNTS] [REGIONS]            accounts listed in irready.scope.accounts (default 1000 x 4)
#   ORGANIZATION=1 bench/org-scale.sh 20 4             an AWS Organization made with CreateAccount (1 s per account in moto)
#
# Seeds moto with realistic accounts (bench/seed_accounts.py), puts a WireMock proxy answering after
# LATENCY_MS (default 50) in front of it, runs the packaged jar, and prints wall time, API calls in total
# and per account, calls per second, throttles, peak RSS and heap, the ratio of the collect step's wall time
# to the ideal bound (calls x latency / (accounts-in-parallel x concurrency)), and the emulator's own ceiling
# (bench/ceiling.py) with irready's rate as a fraction of it. Environment: LATENCY_MS, ACCOUNTS_IN_PARALLEL
# (8), CONCURRENCY (8), JAVA_OPTS, KEEP=1 (keep the work folder: bundle, reports, logs).
set -euo pipefail
cd "$(dirname "$0")/.."
accounts=${1:-1000} region_count=${2:-4}
latency=${LATENCY_MS:-50} parallel=${ACCOUNTS_IN_PARALLEL:-8} concurrency=${CONCURRENCY:-8}
all_regions=(us-east-1 eu-west-1 us-west-2 ap-southeast-1 eu-central-1 us-east-2 ap-northeast-1 sa-east-1)
regions=$(IFS=,; echo "${all_regions[*]:0:$region_count}")

[ -f target/irready.jar ] || mvn -q -B -ntp -DskipTests package
h2=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -n 1)
work=$(mktemp -d)
proxy_pid=""
cleanup() {
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null || true
  moto_stop
  if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
source scripts/moto.sh
source bench/latency-proxy.sh
# The bench's investigator policy is customer-managed, so moto need not load AWS's managed policies. Nor does it
# run instances: moto's default AMIs would give every account 1,300 snapshots that DescribeSnapshots (whose
# RestorableByUserIds=all moto ignores) returns in 0.4 s of the emulator's single core, per account and Region.
export MOTO_EC2_LOAD_DEFAULT_AMIS=false
MOTO_MANAGED_POLICIES=false moto_start
trap cleanup EXIT # after moto_start, which sets its own

echo "seeding $accounts accounts x $region_count Regions ($regions) ..." >&2
seed_started=$(date +%s)
seed_args=("$MOTO_ENDPOINT" "$accounts" "$regions")
[ -n "${ORGANIZATION:-}" ] && seed_args+=(--organization)
"$MOTO_VENV/bin/python" bench/seed_accounts.py "${seed_args[@]}" > "$work/accounts.txt"
echo "seeded in $(( $(date +%s) - seed_started )) s" >&2

ceiling=$("$MOTO_VENV/bin/python" bench/ceiling.py "$MOTO_ENDPOINT" "$(sed -n 2p "$work/accounts.txt")" us-east-1 10 16)

latency_proxy_start "$MOTO_ENDPOINT" "$latency" "$work"
proxy_pid=$PROXY_PID

{
  echo "spring:"
  echo "  datasource:"
  echo "    url: jdbc:h2:file:$work/jobs"
  echo "irready:"
  echo "  scope:"
  if [ -n "${ORGANIZATION:-}" ]; then
    echo "    source: organization"
  else
    echo "    source: accounts"
    echo "    audit-role: irready-audit"
    echo "    accounts:"
    sed 's/.*/      - "&"/' "$work/accounts.txt"
  fi
  echo "    regions: [$regions]"
  echo "  collect:"
  echo "    accounts-in-parallel: $parallel"
  echo "    concurrency: $concurrency"
  echo "  checks:"
  echo "    responder-roles:"
  echo "      trusted-principals: [\"111122223333\"]"
  echo "      investigator-policies: [IRReadOnly]"
} > "$work/irready.yml"

cpu_seconds() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; }
moto_cpu_before=$(cpu_seconds "$MOTO_PID")
proxy_cpu_before=$(cpu_seconds "$proxy_pid")
started=$(date +%s.%N)
# shellcheck disable=SC2086
AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing java ${JAVA_OPTS:-} -Xlog:gc:file="$work/gc.log" -Duser.home="$work" \
  -jar target/irready.jar audit --config "$work/irready.yml" --endpoint "$PROXY_URL" --out "$work/out" \
  >"$work/stdout.txt" 2>"$work/stderr.txt" &
pid=$!
peak_kb=0
irready_cpu=0
while kill -0 "$pid" 2>/dev/null; do
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
  irready_cpu=$(cpu_seconds "$pid" 2>/dev/null || echo "$irready_cpu")
  [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ] && peak_kb=$hwm
  sleep 0.5
done
status=0
wait "$pid" || status=$?
wall=$(echo "$(date +%s.%N) - $started" | bc)
moto_cpu=$(echo "$(cpu_seconds "$MOTO_PID") - $moto_cpu_before" | bc)
proxy_cpu=$(echo "$(cpu_seconds "$proxy_pid") - $proxy_cpu_before" | bc)
if [ "$status" -gt 1 ]; then
  echo "the run failed (exit $status):" >&2
  tail -n 30 "$work/stderr.txt" >&2
  exit "$status"
fi

calls=$(sed -n 's/.*AWS API calls *\([0-9]*\) (\([0-9]*\) throttled).*/\1/p' "$work/stdout.txt")
throttles=$(sed -n 's/.*AWS API calls *\([0-9]*\) (\([0-9]*\) throttled).*/\2/p' "$work/stdout.txt")
audited=$(sed -n 's/.*Accounts *\([0-9]*\) audited.*/\1/p' "$work/stdout.txt")
collect_ms=$(java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/jobs" -user sa -password "" \
  -sql "select datediff('MILLISECOND', START_TIME, END_TIME) from BATCH_STEP_EXECUTION where STEP_NAME = 'collect'" \
  | sed -n 2p | tr -d ' ')
heap_mb=$(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$work/gc.log" | sort -n | tail -n 1)
in_flight=$((parallel * concurrency))
python3 - "$wall" "$collect_ms" "$calls" "$throttles" "$audited" "$latency" "$in_flight" "$peak_kb" "${heap_mb:-0}" "$ceiling" <<'PY'
import sys
wall, collect_ms, calls, throttles, audited, latency, in_flight, peak_kb, heap_mb, ceiling = sys.argv[1:]
wall, collect = float(wall), int(collect_ms) / 1000
calls, audited, in_flight = int(calls), int(audited), int(in_flight)
bound = calls * int(latency) / 1000 / in_flight
rate = calls / collect
print(f"accounts audited:      {audited}")
print(f"wall time:             {wall:.1f} s (JVM start to exit); collect step {collect:.1f} s")
print(f"API calls:             {calls} in total, {calls / max(audited, 1):.1f} per account; {throttles} throttled")
print(f"calls per second:      {rate:.0f} during collection")
print(f"ideal bound:           {bound:.1f} s = {calls} calls x {latency} ms / {in_flight} in flight; collect step / bound = {collect / bound:.2f}")
print(f"emulator ceiling:      {int(ceiling)} calls/s (trivial client, 16 threads, straight to moto); irready reached {rate / int(ceiling):.0%} of it")
print(f"peak RSS:              {int(peak_kb) // 1024} MB; peak heap used {heap_mb} MB (before a collection)")
PY
echo "CPU seconds:           irready $irready_cpu, moto $moto_cpu, proxy $proxy_cpu (2 cores: $(echo "$wall * 2" | bc) available)"
run=$(ls -d "$work"/out/*/)
echo "report.pdf:            $(du -h "$run/report.pdf" | cut -f1); report.xlsx $(du -h "$run/report.xlsx" | cut -f1)"
