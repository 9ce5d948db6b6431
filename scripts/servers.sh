# Sourced by scripts/moto.sh, scripts/localstack.sh and scripts/postgres.sh: starting a server on a free loopback port.

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# server_wait NAME URL PID LOG: waits up to 60 s until URL answers; fails, showing LOG, if PID exits first.
server_wait() {
  local name=$1 url=$2 pid=$3 log=$4
  for _ in $(seq 1 120); do
    if python3 -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=2)" "$url" 2>/dev/null; then
      echo "$name is up ($url; log: $log)" >&2
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited during start-up:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "$name did not answer at $url within 60 s; see $log" >&2
  return 1
}
