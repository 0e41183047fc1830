#!/usr/bin/env bash
# README command one: set up, then run the api (BIND_ADDR, default 127.0.0.1:8000) and one worker
# in the foreground. Ctrl-C stops both; running jobs finish first.
set -euo pipefail
cd "$(dirname "$0")/.."
# Jobs run in this checkout's runtime image, by its content-addressed tag (setup builds it),
# unless RUNTIME_IMAGE names another.
RUNTIME_IMAGE="${RUNTIME_IMAGE:-$(bash runtime/build-image.sh --inputs-tag)}"
RUNTIME_IMAGE_PYTHON_DATA="${RUNTIME_IMAGE_PYTHON_DATA:-$(bash runtime/build-image.sh --runtime python-data --inputs-tag)}"
export RUNTIME_IMAGE RUNTIME_IMAGE_PYTHON_DATA
# SECURITY: an anonymous code-execution service on the network — the quick start listens on
# loopback only; BIND_ADDR=0.0.0.0:8000 (with API_KEYS) opens it to other machines.
export BIND_ADDR="${BIND_ADDR:-127.0.0.1:8000}"
# A port clash is one clear message before anything is set up or started.
. scripts/port-free.sh
require_free_port "$BIND_ADDR" "[serve] BIND_ADDR" "BIND_ADDR=127.0.0.1:8001"
bash scripts/setup.sh
./target/release/sandbox-api & api=$!
./target/release/sandbox-worker & worker=$!
stop() { kill -TERM "$api" "$worker" 2>/dev/null || true; }
trap stop INT TERM
# Either process ending (a bad variable, say) stops the other.
wait -n "$api" "$worker" || true
stop
wait "$api" "$worker" 2>/dev/null || true
