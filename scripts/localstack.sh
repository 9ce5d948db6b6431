# Sourced by scripts that need LocalStack community, the second AWS emulator, as a host process (no Docker):
# localstack_install puts it into .venv-localstack (Python 3.13, which LocalStack needs; from pyenv when it is not on
# PATH) from the tested freeze in scripts/localstack-requirements.txt; localstack_start starts it on a free loopback
# port with its state in a scratch folder, exports LOCALSTACK_ENDPOINT; localstack_stop stops it and removes the folder.

source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"

LOCALSTACK_VENV=".venv-localstack"

localstack_python() {
  local candidate
  # A pyenv shim on PATH may exist without running (no 3.13 selected): each candidate must start.
  for candidate in python3.13 "$(pyenv root 2>/dev/null)"/versions/3.13*/bin/python3.13 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13*/bin/python3.13; do
    if "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  echo "LocalStack needs Python 3.13: found neither python3.13 on PATH nor in pyenv; install it (pyenv install 3.13)" >&2
  return 1
}

localstack_install() {
  if [ -x "$LOCALSTACK_VENV/bin/python" ] && cmp -s scripts/localstack-requirements.txt "$LOCALSTACK_VENV/requirements.txt"; then
    return 0
  fi
  echo "Installing LocalStack community into $LOCALSTACK_VENV" >&2
  local python
  python=$(localstack_python) || return 1
  rm -rf "$LOCALSTACK_VENV"
  "$python" -m venv "$LOCALSTACK_VENV" || return 1
  # --no-deps: the freeze is the whole, tested set; letting pip resolve would pick versions that break it.
  "$LOCALSTACK_VENV/bin/pip" install --quiet --no-deps -r scripts/localstack-requirements.txt || return 1
  # Written last: it marks a complete installation.
  cp scripts/localstack-requirements.txt "$LOCALSTACK_VENV/requirements.txt"
}

localstack_stop() {
  if [ -n "${LOCALSTACK_PID:-}" ]; then
    kill "$LOCALSTACK_PID" 2>/dev/null || true
    wait "$LOCALSTACK_PID" 2>/dev/null || true
    LOCALSTACK_PID=""
  fi
  if [ -n "${LOCALSTACK_ROOT:-}" ]; then
    rm -rf "$LOCALSTACK_ROOT"
    LOCALSTACK_ROOT=""
  fi
}

localstack_start() {
  localstack_install || return 1
  local port log
  port=$(free_port)
  LOCALSTACK_ROOT=$(mktemp -d /tmp/irready-localstack.XXXXXX)
  log="$LOCALSTACK_VENV/localstack-$port.log"
  # No auth token: the community services only. Path-style SQS queue URLs (http://host:port/account/queue), no
  # persistence, no DNS server, no telemetry, no certificate download (there is no network to fetch it from).
  OVERRIDE_IN_DOCKER=0 GATEWAY_LISTEN="127.0.0.1:$port" LOCALSTACK_HOST="127.0.0.1:$port" SQS_ENDPOINT_STRATEGY=path \
    PERSISTENCE=0 SKIP_SSL_CERT_DOWNLOAD=1 DISABLE_EVENTS=1 LOCALSTACK_TELEMETRY=0 DNS_ADDRESS=0 \
    FILESYSTEM_ROOT="$LOCALSTACK_ROOT" "$LOCALSTACK_VENV/bin/python" -m localstack.runtime.main >"$log" 2>&1 &
  LOCALSTACK_PID=$!
  export LOCALSTACK_ENDPOINT="http://127.0.0.1:$port"
  server_wait LocalStack "$LOCALSTACK_ENDPOINT/_localstack/health" "$LOCALSTACK_PID" "$log"
}
