#!/usr/bin/env bash
# Builds the container image daemonless and starts it: no registry is reachable here, so the runtime base is
# assembled from Debian's packages (debootstrap, imported into podman) and the Dockerfile's runtime stage takes
# it and the jar built on the host. Inside the container, as its non-root user with a read-only root file
# system, it runs "irready checks" and the demo audit into a mounted folder, and checks the reports are there.
# podman's storage stays under target/image. "image-test.sh base" only assembles the base (test-all.sh does that while
# the Maven build runs).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in podman buildah debootstrap runc; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q "${missing[@]}" >&2; else sudo apt-get install -y -q "${missing[@]}" >&2; fi
fi

work=$PWD/target/image
mkdir -p "$work"
pm() {
  podman --root "$work/storage" --runroot "$work/run" --runtime runc --cgroup-manager cgroupfs --events-backend file "$@"
}
started=$(date +%s)

if ! pm image exists localhost/irready-base:17; then
  mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
  mirror=${mirror:-http://deb.debian.org/debian}
  echo "Assembling the runtime base from $mirror (debootstrap)" >&2
  rm -rf "$work/rootfs"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
  tar -C "$work/rootfs" -c . | pm import - localhost/irready-base:17 >/dev/null
  rm -rf "$work/rootfs"
fi
[ "${1:-}" = base ] && exit 0

[ -f target/irready.jar ] || mvn -q -B -ntp -DskipTests package
pm build --quiet --build-arg RUNTIME_BASE=localhost/irready-base:17 --build-arg JAR_FROM=prebuilt --target runtime \
  -t localhost/irready:test . >/dev/null

out="$work/out"
rm -rf "$out" && mkdir -p "$out" && chown 10001:10001 "$out" 2>/dev/null || chmod 777 "$out"
run() {
  pm run --rm --read-only --ulimit nofile=20000:20000 --ulimit nproc=4096:4096 --memory 1g -v "$out:/work" \
    -e IRREADY_CHECKS_RESPONDERROLES_TRUSTEDPRINCIPALS=111122223333 localhost/irready:test "$@"
}

run checks >"$work/checks.txt"
grep -q "IR-LOG-01" "$work/checks.txt" || { echo "image test: irready checks printed no catalog" >&2; exit 1; }

set +e
run audit --evidence /app/examples/demo-evidence >"$work/audit.txt" 2>"$work/audit.err"
code=$?
set -e
if [ "$code" -ne 1 ]; then
  echo "image test: the demo audit exited $code, expected 1 (gaps found):" >&2
  cat "$work/audit.txt" "$work/audit.err" >&2
  exit 1
fi
for report in report.pdf report.xlsx findings.json evidence/manifest-sha256.txt; do
  found=$(find "$out/irready-out" -path "*/$report" -size +0 | head -n 1)
  [ -n "$found" ] || { echo "image test: $report was not written to the mounted folder" >&2; exit 1; }
done
owner=$(stat -c %u "$(find "$out/irready-out" -name report.pdf | head -n 1)")
[ "$owner" = "10001" ] || { echo "image test: report.pdf is owned by $owner, not the image's user 10001" >&2; exit 1; }
echo "image test passed in $(( $(date +%s) - started )) s: irready checks and the demo audit ran in the container as user 10001" >&2
