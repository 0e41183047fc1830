#!/usr/bin/env bash
# README command one: set up, then run the api (BIND_ADDR, default 0.0.0.0:8000) and one worker
# in the foreground. Ctrl-C stops both; running jobs finish first.
set -euo pipefail
cd "$(dirname "$0")/.."
# Jobs run in this checkout's runtime image, by its content-addressed tag (setup builds it),
# unless RUNTIME_IMAGE names another.
RUNTIME_IMAGE="${RUNTIME_IMAGE:-$(bash runtime/build-image.sh --inputs-tag)}"
export RUNTIME_IMAGE
bash scripts/setup.sh
./target/release/sandbox-api & api=$!
./target/release/sandbox-worker & worker=$!
stop() { kill -TERM "$api" "$worker" 2>/dev/null || true; }
trap stop INT TERM
# Either process ending (a bad variable, say) stops the other.
wait -n "$api" "$worker" || true
stop
wait "$api" "$worker" 2>/dev/null || true
