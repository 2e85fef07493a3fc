#!/usr/bin/env bash
# Starts what the test suites need on this machine: a PostgreSQL server (Debian's package) for
# the PostgreSQL store's contract tests. Installs it when missing. Idempotent.
set -uo pipefail
DB_NAME=${AE_PG_DATABASE:-react_auth_events_test}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -u postgres sh -c "$1"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "::: installing PostgreSQL (Debian)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || { echo "PostgreSQL install failed"; exit 1; }
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  as_root pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
  as_root pg_ctlcluster "$version" main start || { echo "PostgreSQL did not start"; exit 1; }
fi
for _ in $(seq 1 30); do
  as_postgres "pg_isready -q -h 127.0.0.1" && break
  sleep 0.5
done
as_postgres "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
if ! as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"" | grep -q 1; then
  as_postgres "createdb $DB_NAME"
fi
echo "PostgreSQL $version ready: postgres://postgres:postgres@127.0.0.1:5432/$DB_NAME"
