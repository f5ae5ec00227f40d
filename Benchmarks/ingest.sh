#!/usr/bin/env bash
# Measures ingest: starts a release server on a fresh SQLite file (or on PostgreSQL when
# DATABASE_URL and SECRET_KEY are set), runs veerkracht-bench several times, then runs it once
# more and kills the server with `kill -9` halfway, and checks that every acknowledged response
# is still there.
#
#   bash Benchmarks/ingest.sh [responses per run] [runs] [concurrency]
#   BIN=/tmp/before bash Benchmarks/ingest.sh 20000 3 8
set -euo pipefail
cd "$(dirname "$0")/.."
responses=${1:-20000}
runs=${2:-3}
concurrency=${3:-8}
scratch=.build-release
# BIN=<folder with veerkracht and veerkracht-bench> measures that build instead, e.g. the one
# before a change, back to back with the one after it.
if [ -n "${BIN:-}" ]; then
  bin="$BIN"
else
  swift build -c release -Xswiftc -enable-testing --scratch-path "$scratch" --product veerkracht >/dev/null
  swift build -c release -Xswiftc -enable-testing --scratch-path "$scratch" --product veerkracht-bench >/dev/null
  bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
fi
work="$(mktemp -d /tmp/veerkracht-ingest-XXXXXX)"
export DATABASE_URL="${DATABASE_URL:-$work/bench.sqlite}"
export LOG_LEVEL=warning PORT=${PORT:-8089}
url="http://127.0.0.1:$PORT"

start_server() {
  "$bin/veerkracht" serve >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -sf "$url/healthz" >/dev/null && return; sleep 0.1; done
  echo "the server did not start:"; cat "$work/server.log"; exit 1
}

start_server
echo "database: $DATABASE_URL"
for run in $(seq 1 "$runs"); do
  echo "--- run $run: $responses responses, concurrency $concurrency"
  "$bin/veerkracht-bench" ingest --url "$url" --concurrency "$concurrency" --responses "$responses" | tee "$work/run-$run.txt" | tail -1
done

# An independent client beside the project's own: wrk, when installed, with each prepared link
# submitted once (Benchmarks/submit.lua), then a check that what it was told is stored.
if command -v wrk >/dev/null; then
  echo "--- wrk, 8 s, $concurrency connections"
  prepared=$("$bin/veerkracht-bench" prepare --responses $((responses * 3)) --requests "$work/requests.tsv")
  wrk -t2 -c"$concurrency" -d8s --latency -s Benchmarks/submit.lua "$url" -- "$work/requests.tsv" 2 >"$work/wrk.txt"
  grep -E "Latency|Req/Sec|requests in|Non-2xx" "$work/wrk.txt" || true
  tail -1 "$work/wrk.txt"
  "$bin/veerkracht-bench" verify --wave "$(echo "$prepared" | sed -E 's/.*"wave":"([^"]+)".*/\1/')"
fi

# Runs an ingest, and two seconds into it runs "$@" (the kill); then "$after" if set (PostgreSQL
# back up), and checks that every response the client saw acknowledged is stored.
ingest_killed_by() {
  local log="$work/killed-$1.txt" what="$1"; shift
  "$bin/veerkracht-bench" ingest --url "$url" --concurrency "$concurrency" --responses "$responses" >"$log" 2>&1 &
  local bench=$!
  until grep -q submitting "$log"; do sleep 0.1; done
  sleep 2
  "$@"
  wait "$bench" || true
  tail -1 "$log"
  if [ -n "${after:-}" ]; then $after; fi
  local wave acknowledged stored responses_stored
  wave=$(tail -1 "$log" | sed -E 's/.*"wave":"([^"]+)".*/\1/')
  acknowledged=$(tail -1 "$log" | sed -E 's/.*"responses":([0-9]+).*/\1/')
  stored=$("$bin/veerkracht-bench" verify --wave "$wave")
  echo "$stored"
  responses_stored=$(echo "$stored" | sed -E 's/.*"responses":([0-9]+).*/\1/')
  if [ "$responses_stored" -ge "$acknowledged" ]; then
    echo "ingest: all $acknowledged acknowledged responses survived kill -9 of the $what ($responses_stored stored)"
  else
    echo "ingest: LOST responses: $acknowledged acknowledged, $responses_stored stored"; exit 1
  fi
}

echo "--- kill -9 of the server during a run"
ingest_killed_by server kill -9 "$server"

# With KILL_POSTGRES=1 (PostgreSQL only; Debian's cluster 15/main on this machine, run as root):
# the same, but PostgreSQL itself is killed with `kill -9` (the postmaster and every backend,
# as a crash would leave it), started again (crash recovery replays its log), and the server,
# still running, must take submits again.
restart_postgres() {
  pg_ctlcluster 15 main start
  until pg_isready -q -h 127.0.0.1 -p 5432; do sleep 0.2; done
}
if [ "${KILL_POSTGRES:-}" = 1 ] && [[ "$DATABASE_URL" == postgres* ]]; then
  echo "--- kill -9 of PostgreSQL during a run"
  start_server
  after=restart_postgres ingest_killed_by database pkill -9 -x postgres
  echo "--- the same server after PostgreSQL is back"
  "$bin/veerkracht-bench" ingest --url "$url" --concurrency "$concurrency" --responses 2000 | tail -1
  kill "$server"
fi
