#!/usr/bin/env bash
# Starts a streaming read replica of the local PostgreSQL server (127.0.0.1:5432) on port 5433, for
# CI's reporting tests (DATABASE_READ_URL) — see ../shared/STACK-NOTES.md. Idempotent: a replica that
# already answers on the port and is in recovery is left as it is. Usage: scripts/start-replica.sh [DIR]
set -euo pipefail
DIR="${1:-/tmp/keukentafel-replica}"
PORT=5433
VERSION="$(ls /etc/postgresql | sort -n | tail -1)"
CONF="/etc/postgresql/$VERSION/main"
BIN="/usr/lib/postgresql/$VERSION/bin"
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

if pg_isready -h 127.0.0.1 -p "$PORT" -q 2>/dev/null; then
  if [ "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atc 'select pg_is_in_recovery()')" = t ]; then
    echo "replica already running on $PORT"
    exit 0
  fi
  echo "port $PORT answers but is not a replica" >&2
  exit 1
fi

# The primary must accept replication connections from loopback.
if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32' "$CONF/pg_hba.conf"; then
  echo 'host replication all 127.0.0.1/32 trust' >>"$CONF/pg_hba.conf"
  psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select pg_reload_conf()' >/dev/null
fi

rm -rf "$DIR"
mkdir -p "$DIR"
chown postgres:postgres "$DIR" 2>/dev/null || true
chmod 700 "$DIR"
as_postgres pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D "$DIR" -R -X stream
for f in postgresql.conf pg_hba.conf pg_ident.conf; do cp "$CONF/$f" "$DIR/$f"; done
sed -i -E '/^[[:space:]]*(data_directory|hba_file|ident_file|external_pid_file|include_dir)[[:space:]]*=/d' "$DIR/postgresql.conf"
sed -i -E 's/^[[:space:]]*port[[:space:]]*=.*/port = '"$PORT"'/' "$DIR/postgresql.conf"
grep -q "^port = $PORT" "$DIR/postgresql.conf" || echo "port = $PORT" >>"$DIR/postgresql.conf"
# Reports must not be cancelled by vacuum on the primary replaying underneath them.
echo 'hot_standby_feedback = on' >>"$DIR/postgresql.conf"
chown -R postgres:postgres "$DIR" 2>/dev/null || true
as_postgres "$BIN/pg_ctl" -D "$DIR" -l "$DIR/log" -w start >/dev/null
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$PORT" -q && break; sleep 1; done
test "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atc 'select pg_is_in_recovery()')" = t
echo "replica streaming on $PORT ($DIR)"
