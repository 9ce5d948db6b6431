#!/usr/bin/env bash
# Runs every test: cfn-lint on the CloudFormation templates and terraform fmt's check on the Terraform files;
# unit tests; integration tests against moto (one server per test fork), LocalStack community (the second
# emulator) and a PostgreSQL server, which this script installs when missing (moto into .venv-moto, LocalStack
# into .venv-localstack, PostgreSQL from Debian's packages), starts on free loopback ports and stops afterwards;
# then the container image (scripts/image-test.sh: podman, base assembled from Debian's packages).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase's wall time, printed when the script ends (also when a phase fails).
phases=""
phase_started=$SECONDS
phase() {
  phases="$phases$(printf '  %-58s %4d s' "$1" $((SECONDS - phase_started)))\n"
  phase_started=$SECONDS
}
print_phases() {
  printf 'Test phases (wall time):\n%b  %-58s %4d s\n' "$phases" "total" "$SECONDS" >&2
}
trap print_phases EXIT
source scripts/moto.sh
source scripts/postgres.sh
source scripts/localstack.sh

# LocalStack installs (pip, mostly download) while the templates are checked.
mkdir -p target
localstack_install >target/localstack-install.log 2>&1 &
localstack_installing=$!

# cfn-lint checks the CloudFormation templates before anything starts.
if [ ! -x .venv-tools/bin/cfn-lint ]; then
  python3 -m venv .venv-tools
  .venv-tools/bin/pip install --quiet "cfn-lint==1.58.0"
fi
.venv-tools/bin/cfn-lint deploy/cloudformation/*.yml
# The Terraform files are in terraform fmt's layout (its formatter, hclwrite; no Terraform binary is needed).
(cd tools/hclfmt && go build -o ../../target/hclfmt .)
target/hclfmt deploy/terraform/*/*.tf
phase "template checks (cfn-lint and terraform fmt, installing cfn-lint)"

moto_start 2 # one per integration-test fork (pom.xml: it.forks)
image_base=""
trap 'moto_stop; postgres_stop; localstack_stop; [ -z "$image_base" ] || kill "$image_base" 2>/dev/null || true; print_phases' EXIT # replaces moto_start's
postgres_start
waited=$SECONDS
wait "$localstack_installing" || { echo "installing LocalStack failed:" >&2; cat target/localstack-install.log >&2; exit 1; }
localstack_start
echo "LocalStack: waited $((SECONDS - waited)) s for its installation and start-up (${SECONDS} s into this script)" >&2
phase "emulators and PostgreSQL (installing moto, PostgreSQL, LocalStack)"
# The container image's base is assembled from Debian's packages while the build and the tests run (mostly download);
# after PostgreSQL's installation, so that two apt-get never run at once.
scripts/image-test.sh base >target/image-base.log 2>&1 &
image_base=$!
IRREADY_TEST_MOTO_ENDPOINT="$MOTO_ENDPOINTS" IRREADY_TEST_LOCALSTACK_ENDPOINT="$LOCALSTACK_ENDPOINT" IRREADY_TEST_POSTGRES_URL="$POSTGRES_JDBC_URL" IRREADY_TEST_POSTGRES_USER="$POSTGRES_USER" \
  mvn -B -ntp verify "$@"
phase "mvn verify (build, unit tests, jar, integration tests)"
# Where mvn's time went: the test classes' own times, summed (the integration tests run in parallel forks).
python3 - >&2 <<'PY'
import glob, re
for kind, pattern in (("unit test classes", "target/surefire-reports/TEST-*.xml"), ("integration test classes", "target/failsafe-reports/TEST-*.xml")):
    times = [float(m.group(1)) for f in glob.glob(pattern) for m in [re.search(r'<testsuite [^>]*time="([0-9.]+)"', open(f).read())] if m]
    print(f"  {kind}: {len(times)}, {sum(times):.0f} s summed")
PY

# The container image, built daemonless from the jar just built and started with podman.
wait "$image_base" || { echo "assembling the image's base failed:" >&2; cat target/image-base.log >&2; exit 1; }
phase "container image base (the rest of its download)"
scripts/image-test.sh
phase "container image test"
