#!/usr/bin/env bash
# Runs every test: unit tests, then integration tests against a moto server that this script
# installs (into .venv-moto) and starts on a free loopback port, and stops afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/moto.sh

moto_start
IRREADY_TEST_MOTO_ENDPOINT="$MOTO_ENDPOINT" mvn -B -ntp verify "$@"
