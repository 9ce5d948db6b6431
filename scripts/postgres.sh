# Sourced by scripts that need a PostgreSQL server: postgres_start installs Debian's PostgreSQL when initdb
# is missing, creates a throwaway cluster, starts it on a free loopback port (trust authentication, loopback
# only), exports POSTGRES_JDBC_URL and POSTGRES_USER, and postgres_stop removes it. PostgreSQL refuses to
# run as root, so as root the server runs as the postgres user.

source "$(dirname "${BASH_SOURCE[0]}")/servers.sh"

postgres_bin() {
  local dir
  for dir in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")" /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

postgres_install() {
  if ! postgres_bin >/dev/null; then
    echo "Installing PostgreSQL from Debian's packages" >&2
    sudo_if_needed apt-get install -y -q postgresql >&2
  fi
}

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_stop() {
  if [ -n "${POSTGRES_DATA:-}" ]; then
    as_postgres "$(postgres_bin)/pg_ctl" -D "$POSTGRES_DATA" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$(dirname "$POSTGRES_DATA")"
    POSTGRES_DATA=""
  fi
}

postgres_start() {
  postgres_install
  local bin port root
  bin=$(postgres_bin)
  port=$(free_port)
  root=$(mktemp -d /tmp/irready-pg.XXXXXX)
  chmod 755 "$root"
  [ "$(id -u)" -eq 0 ] && chown postgres "$root"
  POSTGRES_DATA="$root/data"
  as_postgres "$bin/initdb" -D "$POSTGRES_DATA" -U irready --auth=trust -E UTF8 >"$root/initdb.log" 2>&1 \
    || { cat "$root/initdb.log" >&2; return 1; }
  as_postgres "$bin/pg_ctl" -D "$POSTGRES_DATA" -l "$root/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $root" start >/dev/null \
    || { cat "$root/server.log" >&2; return 1; }
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U irready irready 2>/dev/null \
    || psql -h 127.0.0.1 -p "$port" -U irready -d postgres -c "create database irready" >/dev/null
  export POSTGRES_JDBC_URL="jdbc:postgresql://127.0.0.1:$port/irready"
  export POSTGRES_USER=irready
  echo "PostgreSQL is up at $POSTGRES_JDBC_URL" >&2
}
