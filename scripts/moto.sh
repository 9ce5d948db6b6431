# Sourced by scripts that need the moto AWS emulator: moto_start [COUNT] installs it into .venv-moto when
# missing, starts COUNT servers (default 1) on free loopback ports, exports MOTO_ENDPOINT (the first) and
# MOTO_ENDPOINTS (all, comma-separated; one per test fork) and stops them when the script exits.

source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"

MOTO_VERSION="5.2.5"
MOTO_VENV=".venv-moto"
MOTO_LAUNCHER="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/moto_server.py"

moto_install() {
  if [ ! -x "$MOTO_VENV/bin/moto_server" ]; then
    echo "Installing moto $MOTO_VERSION into $MOTO_VENV" >&2
    python3 -m venv "$MOTO_VENV"
    "$MOTO_VENV/bin/pip" install --quiet "moto[server]==$MOTO_VERSION"
  fi
}

moto_stop() {
  local pid
  for pid in ${MOTO_PIDS:-}; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  MOTO_PIDS=""
  MOTO_PID=""
}

moto_start() {
  moto_install
  local count=${1:-1} i
  MOTO_ENDPOINTS=""
  trap moto_stop EXIT
  for i in $(seq 1 "$count"); do
    moto_start_one || return 1
    MOTO_ENDPOINTS="${MOTO_ENDPOINTS:+$MOTO_ENDPOINTS,}$MOTO_ENDPOINT"
  done
  MOTO_PID=${MOTO_PIDS%% *}
  MOTO_ENDPOINT=${MOTO_ENDPOINTS%%,*}
  export MOTO_ENDPOINT MOTO_ENDPOINTS
}

moto_start_one() {
  local port log pid
  port=$(free_port)
  log="$MOTO_VENV/moto-$port.log"
  # MOTO_ACCOUNT_ID stays unset: it would override moto's account switching. AWS managed policies are loaded (the
  # tests attach SecurityAudit), only those the tests attach (scripts/moto_server.py); MOTO_MANAGED_POLICIES=false skips them.
  MOTO_IAM_LOAD_MANAGED_POLICIES=${MOTO_MANAGED_POLICIES:-true} "$MOTO_VENV/bin/python" "$MOTO_LAUNCHER" -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
  pid=$!
  MOTO_PIDS="${MOTO_PIDS:+$MOTO_PIDS }$pid"
  MOTO_ENDPOINT="http://127.0.0.1:$port"
  server_wait moto "$MOTO_ENDPOINT/moto-api/" "$pid" "$log"
}
