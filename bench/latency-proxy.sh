# Sourced by the benchmarks: latency_proxy_start TARGET LATENCY_MS WORK puts a WireMock proxy in front of TARGET that
# answers every request LATENCY_MS late (AWS's own round trip), exports PROXY_URL and PROXY_PID; the caller stops it.

latency_proxy_start() {
  local target=$1 latency=$2 work=$3 wiremock=target/bench/wiremock-standalone.jar port
  if [ ! -f "$wiremock" ]; then
    mvn -q -B -ntp dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory=target/bench -Dmdep.stripVersion=true
  fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$work/wiremock/mappings"
  cat > "$work/wiremock/mappings/proxy.json" <<JSON
{"request": {"method": "ANY", "urlPattern": ".*"},
 "response": {"proxyBaseUrl": "$target", "fixedDelayMilliseconds": $latency}}
JSON
  java -jar "$wiremock" --port "$port" --bind-address 127.0.0.1 --root-dir "$work/wiremock" --container-threads 400 \
    --async-response-enabled true --async-response-threads 200 --no-request-journal --disable-banner >"$work/wiremock.log" 2>&1 &
  PROXY_PID=$!
  PROXY_URL="http://127.0.0.1:$port"
  export PROXY_PID PROXY_URL
  for _ in $(seq 1 100); do
    curl -sf "$PROXY_URL/__admin/health" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "the latency proxy did not start; see $work/wiremock.log" >&2
  return 1
}
