#!/usr/bin/env bash
# Two `veerkracht serve` on one PostgreSQL behind HAProxy, each started from the systemd unit in
# deploy/ as it is (.ci/run-unit.py stands in for systemd) and HAProxy from deploy/haproxy.cfg.
# Through the load balancer: the smoke test, the browser walk, and an ingest run during which
# one server is killed with `kill -9`; every response that got its 303 must be stored.
#
#   bash .ci/several-servers.sh BINARY BENCH-BINARY SCREENSHOT-FOLDER
set -euo pipefail
cd "$(dirname "$0")/.."
binary="$1"
bench="$2"
screenshots="$3"
if ! command -v haproxy >/dev/null; then
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  apt-get -o DPkg::Lock::Timeout=900 install -y -qq haproxy >/dev/null
fi
bash .ci/postgres.sh >/dev/null

# What the unit expects on a machine: a user, its folder, the binary and the shared settings.
id veerkracht >/dev/null 2>&1 || useradd --system --home-dir /var/lib/veerkracht --shell /usr/sbin/nologin veerkracht
install -d -o veerkracht -g veerkracht /var/lib/veerkracht
install -d /etc/veerkracht
install -m 0755 "$binary" /usr/local/bin/veerkracht
environment=/etc/veerkracht/veerkracht.env
cat >"$environment" <<SETTINGS
DATABASE_URL=postgres://veerkracht:veerkracht@127.0.0.1:5432/veerkracht_cluster?sslmode=disable
SECRET_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')
PUBLIC_URL=http://127.0.0.1:8080
LOG_LEVEL=info
SETTINGS
chgrp veerkracht "$environment"
chmod 0640 "$environment"

logs="$(mktemp -d /tmp/veerkracht-cluster-XXXXXX)"
chmod 0755 "$logs"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
start_server() { # port → PID
  python3 .ci/run-unit.py "deploy/veerkracht@.service" "$1" "$logs/serve-$1.log"
}
ready() { curl -sf "http://127.0.0.1:$1/readyz" >/dev/null; }
one=""
two=""
# Two servers on a new, empty database, started at once: their `migrate` steps meet and must
# take turns. HAProxy keeps running; its health checks notice servers going and coming.
fresh_cluster() {
  if [ -n "$one" ]; then
    kill "$one" "$two" 2>/dev/null || true
    # The new servers take the same ports: wait until the old ones have let go of them.
    for _ in $(seq 1 100); do kill -0 "$one" 2>/dev/null || kill -0 "$two" 2>/dev/null || break; sleep 0.2; done
  fi
  sleep 1
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS veerkracht_cluster WITH (FORCE)'" 2>/dev/null
  su postgres -c "psql -q -c 'CREATE DATABASE veerkracht_cluster OWNER veerkracht'"
  start_server 8081 >"$logs/one.pid" &
  local first=$!
  start_server 8082 >"$logs/two.pid" &
  wait "$first" "$!"
  one=$(cat "$logs/one.pid")
  two=$(cat "$logs/two.pid")
  [ -n "$one" ] && [ -n "$two" ] || { echo "a server did not start"; cat "$logs"/serve-*.log; exit 1; }
  pids+=("$one" "$two")
  for _ in $(seq 1 240); do ready 8081 && ready 8082 && ready 8080 && break; sleep 0.5; done
  # Both back in HAProxy's rotation: two good checks a second apart.
  sleep 3
  ready 8080 || { echo "the cluster did not come up"; tail -20 "$logs"/*.log; exit 1; }
  echo "two servers (PIDs $one, $two) behind HAProxy on :8080; logs in $logs"
}
haproxy -db -f deploy/haproxy.cfg >"$logs/haproxy.log" 2>&1 &
pids+=("$!")
fresh_cluster

export VEERKRACHT_CLUSTER_URL=http://127.0.0.1:8080
export VEERKRACHT_CLUSTER_ENV="$environment"
export VEERKRACHT_CLUSTER_LOGS="$logs/serve-8081.log,$logs/serve-8082.log"
python3 e2e/smoke.py "$binary"
fresh_cluster
e2e/.venv/bin/python e2e/browser_test.py "$binary" "$screenshots"
# Each server logs the requests it answered (LOG_LEVEL=info); the health checks do not count.
for port in 8081 8082; do
  served=$(grep -E '\[App\] (GET|POST) ' "$logs/serve-$port.log" | grep -vc ' /healthz' || true)
  echo "the server on :$port answered $served requests of the walk"
  [ "$served" -gt 20 ] || { echo "round robin did not reach the server on :$port"; exit 1; }
done

echo "--- ingest through HAProxy; server one gets kill -9 halfway"
set -a
# shellcheck disable=SC1090
. "$environment"
set +a
export LOG_LEVEL=warning
"$bench" ingest --url http://127.0.0.1:8080 --concurrency 8 --responses 3000 >"$logs/ingest.txt" 2>&1 &
load=$!
until grep -q submitting "$logs/ingest.txt"; do
  kill -0 "$load" 2>/dev/null || { cat "$logs/ingest.txt"; exit 1; }
  sleep 0.2
done
sleep 3
kill -9 "$one"
echo "killed server one (PID $one) during the run"
wait "$load" || true
cat "$logs/ingest.txt" | tail -4
summary=$(tail -1 "$logs/ingest.txt")
wave=$(echo "$summary" | sed -E 's/.*"wave":"([^"]+)".*/\1/')
acknowledged=$(echo "$summary" | sed -E 's/.*"responses":([0-9]+).*/\1/')
failed=$(echo "$summary" | sed -E 's/.*"failed":([0-9]+).*/\1/')
stored=$("$bench" verify --wave "$wave" | sed -E 's/.*"responses":([0-9]+).*/\1/')
retried=$(grep 'submit HTTP' "$logs/haproxy.log" | awk '{ split($11, c, "/"); if (c[5] ~ /^\+/) n++ } END { print n + 0 }')
echo "acknowledged $acknowledged, failed $failed, stored $stored; HAProxy sent $retried submits again to the other server"
[ "$stored" -ge "$acknowledged" ] || { echo "LOST responses: $acknowledged acknowledged, $stored stored"; exit 1; }
[ "$acknowledged" -gt 0 ] || { echo "nothing was acknowledged"; exit 1; }

echo "--- server one comes back and HAProxy sends it requests again"
one=$(start_server 8081)
pids+=("$one")
for _ in $(seq 1 120); do ready 8081 && break; sleep 0.5; done
sleep 3
before=$(grep -c '\[App\] GET /version' "$logs/serve-8081.log" || true)
for _ in $(seq 1 20); do curl -sf http://127.0.0.1:8080/version >/dev/null; done
after=$(grep -c '\[App\] GET /version' "$logs/serve-8081.log" || true)
echo "server one answered $((after - before)) of 20 requests after its restart"
[ "$((after - before))" -ge 5 ] || { echo "server one was not taken back"; exit 1; }
echo "several servers: all checks passed"
