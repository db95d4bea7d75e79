#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL, then creates the role and database the registry's
# Postgres tests use (MYNALAB_PG_URL=jdbc:postgresql://127.0.0.1:5432/mynalab, user/password mynalab).
# Idempotent: safe to run again. Needs root (apt-get, pg_ctlcluster).
#   .ci/postgres.sh [start]   install if needed, start, create role + database
#   .ci/postgres.sh stop      stop the cluster
set -euo pipefail
ACTION="${1:-start}"

DB="${MYNALAB_PG_DB:-mynalab}"
ROLE="${MYNALAB_PG_USER:-mynalab}"
PASSWORD="${MYNALAB_PG_PASSWORD:-mynalab}"

if [ "${ACTION}" = "start" ] && { ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends postgresql
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if [ "${ACTION}" = "stop" ]; then
  pg_ctlcluster "${VERSION}" main stop 2>/dev/null || true
  exit 0
fi
if [ "${ACTION}" != "start" ]; then
  echo "usage: $0 [start|stop]" >&2
  exit 2
fi
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${VERSION} main$"; then
  pg_createcluster "${VERSION}" main
fi
if ! pg_lsclusters -h | awk '$1=="'"${VERSION}"'" && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "${VERSION}" main start
fi

for _ in $(seq 1 30); do
  if su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

su postgres -c "psql -v ON_ERROR_STOP=1 -qAt" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
    CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}';
  ELSE
    ALTER ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}';
  END IF;
END
\$\$;
SQL
if ! su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname = '${DB}'\"" | grep -q 1; then
  su postgres -c "createdb -O ${ROLE} ${DB}"
fi
echo "PostgreSQL ${VERSION} is up: jdbc:postgresql://127.0.0.1:5432/${DB} (user ${ROLE})"
