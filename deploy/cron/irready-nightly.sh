#!/usr/bin/env bash
# Nightly irready run for cron: never two at once (flock), a log file per run, irready's exit code passed
# through (0 clean, 1 gaps found, 2 bad input, 3 run failed, 130/143 stopped). A run that finds the lock held
# says so and exits 0: the night's run is already under way, which is not a failure to alert on.
#
# Environment: IRREADY_HOME (default /opt/irready: irready.jar and irready.yml), IRREADY_LOG_DIR (default
# /var/log/irready), IRREADY_LOCK (default /run/lock/irready-nightly.lock), IRREADY_COMMAND (default
# "java -jar $IRREADY_HOME/irready.jar"). Arguments are passed to "audit".
set -uo pipefail

home=${IRREADY_HOME:-/opt/irready}
log_dir=${IRREADY_LOG_DIR:-/var/log/irready}
lock=${IRREADY_LOCK:-/run/lock/irready-nightly.lock}
read -r -a command <<< "${IRREADY_COMMAND:-java -jar $home/irready.jar}"

umask 077
mkdir -p "$log_dir" "$(dirname "$lock")" || exit 3
exec 9>>"$lock" || exit 3
if ! flock -n 9; then
  echo "irready-nightly: another run holds $lock; not starting a second one" >&2
  exit 0
fi

log="$log_dir/irready-$(date -u +%Y%m%dT%H%M%SZ)-$$.log"
config=()
[ -f "$home/irready.yml" ] && config=(--config "$home/irready.yml")
"${command[@]}" audit "${config[@]}" "$@" >"$log" 2>&1
code=$?
echo "irready-nightly: exit $code; log $log" >&2
exit "$code"
