#!/usr/bin/env bash
# Benchmark of the reports (issue 9), run as: bench/reports.sh
#  1. 100,000 findings -> report.xlsx in a JVM capped at 512 MB heap (target: <= 15 s)
#  2. 1,000 accounts (100,000 findings) -> report.pdf, 512 MB heap (target: <= 60 s); 3,000 accounts, same heap,
#     to show that the PDF's memory does not grow with the organization
#  3. The demo command (audit --evidence examples/demo-evidence): median of 5 runs, wall and CPU, through
#     ./irready (class data sharing, the context worked out ahead of time, one quick compiler thread) and through java -jar target/irready.jar (target: <= 3 s wall)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/irready-cds/irready.jar ] || mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app=target/irready-cds/irready.jar

echo "== report writers (synthetic organization; model = building the report model from findings.json)"
java -Xmx512m -cp "$app" bench/ReportBench.java xlsx 1000 100000 "$work/xlsx" 2>/dev/null | grep report.xlsx
java -Xmx512m -cp "$app" bench/ReportBench.java pdf 1000 100000 "$work/pdf1000" 2>/dev/null | grep report.pdf
java -Xmx512m -cp "$app" bench/ReportBench.java pdf 3000 300000 "$work/pdf3000" 2>/dev/null | grep report.pdf

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
demo() {
  local label=$1; shift
  : >"$work/times"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %U %S" -a -o "$work/times" "$@" audit --evidence examples/demo-evidence --out "$work/demo" \
      >/dev/null 2>&1 || [ $? -eq 1 ]
  done
  printf "%-34s median wall %s s, median CPU %s s (5 runs)\n" "$label" \
    "$(awk '/^[0-9]/ { print $1 }' "$work/times" | median)" "$(awk '/^[0-9]/ { print $2 + $3 }' "$work/times" | median)"
}
echo "== the demo command (one account, 134 findings), $(nproc) cores"
export SPRING_DATASOURCE_URL="jdbc:h2:file:$work/jobs"
demo "./irready" ./irready
demo "java -jar target/irready.jar" java -jar target/irready.jar
