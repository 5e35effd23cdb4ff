#!/usr/bin/env bash
# Start the Debian PostgreSQL cluster for the repository tests and give the user running the
# tests a role of the same name, so libpq's peer authentication over the Unix socket lets them
# in without any password. Idempotent. Prints the `export` line the tests read; .ci/run evals it.
# Runs as root (apt-get, pg_ctlcluster); the server itself runs as the postgres user, since
# PostgreSQL refuses to run as root.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_lsclusters >/dev/null || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
fi
read -r version cluster _port status _rest < <(pg_lsclusters -h | head -n 1)
if [ "$status" != online ]; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q && break
  sleep 1
done
runuser -u postgres -- pg_isready -q

tester=${SUDO_USER:-$(id -un)}
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d postgres -v tester="$tester" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB CREATEROLE', :'tester')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'tester') \gexec
-- Dropping a test's database WITH (FORCE) may have to stop an autovacuum worker in it.
SELECT format('GRANT pg_signal_backend TO %I', :'tester') \gexec
SELECT 'CREATE DATABASE roadmap_test OWNER ' || quote_ident(:'tester')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'roadmap_test') \gexec
SQL

socket=$(runuser -u postgres -- psql -Atq -d postgres -c 'SHOW unix_socket_directories' | cut -d, -f1)
# The tests make one fresh database per test from this connection (see tests/repository).
echo "export ROADMAP_TEST_DATABASE_URL='postgresql://$tester@/roadmap_test?host=$socket'"
