#!/usr/bin/env bash
# README command one: set up, then run the api (BIND_ADDR, default 0.0.0.0:8000) and one worker
# in the foreground. Ctrl-C stops both; running jobs finish first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
./target/release/sandbox-api & api=$!
./target/release/sandbox-worker & worker=$!
stop() { kill -TERM "$api" "$worker" 2>/dev/null || true; }
trap stop INT TERM
# Either process ending (a bad variable, say) stops the other.
wait -n "$api" "$worker" || true
stop
wait "$api" "$worker" 2>/dev/null || true
