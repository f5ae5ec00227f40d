#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL 15 without systemd, with a role and a
# database for the tests. Prints the TEST_DATABASE_URL to use on its last line.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null || [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
  apt-get -o DPkg::Lock::Timeout=900 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq postgresql >&2
fi
[ -d /etc/postgresql/15/main ] || pg_createcluster 15 main >&2
# Every test opens its own pool (and holds one connection more while it migrates, see
# `migrateAlone`); the default of 100 connections is too few for a parallel suite.
pg_conftool 15 main set max_connections 1000 >&2
# The test role may also sign in with its password over the Unix socket (postgres+uds:// URLs),
# ahead of Debian's peer rule, which would ask for an operating-system user of the same name.
hba=/etc/postgresql/15/main/pg_hba.conf
grep -q '^local all veerkracht scram-sha-256' "$hba" || sed -i '0,/^local/s//local all veerkracht scram-sha-256\n&/' "$hba"
pg_ctlcluster 15 main status >/dev/null 2>&1 && pg_ctlcluster 15 main restart >&2 || pg_ctlcluster 15 main start >&2
until pg_isready -q -h 127.0.0.1 -p 5432; do sleep 0.5; done
su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'veerkracht') THEN CREATE ROLE veerkracht LOGIN PASSWORD 'veerkracht' CREATEDB; END IF; END \\\$\\\$\"" >&2
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname = 'veerkracht_test'\"" | grep -q 1 \
  || su postgres -c "psql -q -c 'CREATE DATABASE veerkracht_test OWNER veerkracht'" >&2
echo 'postgres://veerkracht:veerkracht@127.0.0.1:5432/veerkracht_test?sslmode=disable'
