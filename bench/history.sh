#!/usr/bin/env bash
# Benchmark of the run history (issue 10): what recording a night's findings and comparing the next night with them
# adds to a run of that many findings, on the embedded H2 database (bench/HistoryBench.java says what is measured).
# Usage: bench/history.sh [FINDINGS]   (default 200,000)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/irready-cds/irready.jar ] || mvn -q -B -ntp -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Xmx2g -cp target/irready-cds/irready.jar bench/HistoryBench.java "${1:-200000}" "$work" 2>/dev/null | grep findings
