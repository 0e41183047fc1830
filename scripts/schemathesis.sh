#!/usr/bin/env bash
# Property-based test of the HTTP api against its own OpenAPI document (GET /openapi.json):
# schemathesis generates requests from the document and checks that no answer is a 5xx and
# that every answer fits the schema documented for its status. Starts the release api and a
# worker on a free port with a prefix of their own (test-[RUN-]schemathesis-PID), stops them after.
# Needs Redis, the Docker engine and the runtime image (scripts/setup.sh); run on its own:
#   bash scripts/schemathesis.sh [extra schemathesis options]
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[schemathesis] %s\n' "$*" >&2; }

# From PyPI, into a venv in the user's cache (outside the checkout, so a search of the sources
# never walks a third party's files), once per machine.
venv="${XDG_CACHE_HOME:-$HOME/.cache}/secure-sandbox/venv-schemathesis"
mkdir -p "$(dirname "$venv")"
if ! [ -x "$venv/bin/schemathesis" ]; then
  log "installing schemathesis into $venv"
  rm -rf "$venv"
  # Debian's python3 needs its venv package for this.
  python3 -m venv "$venv" 2>/dev/null || {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$venv"
    python3 -m venv "$venv"
  }
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'schemathesis>=4.32,<5'
fi

cargo build --release --quiet -p sandbox-api -p sandbox-worker

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# test-RUN-schemathesis-PID when scripts/test.sh names the run (its final check covers it).
prefix="test-${SANDBOX_TEST_RUN:+$SANDBOX_TEST_RUN-}schemathesis-$$"
logs=target/schemathesis
mkdir -p "$logs"
# RATE_LIMIT and STORAGE_QUOTA raised, not off: generated requests are many (and bodies up to
# the limits), and the limiter and the quota still run (so their Redis scripts are exercised);
# 429 is documented should either answer one.
export BIND_ADDR="127.0.0.1:$port" REDIS_PREFIX="$prefix" RATE_LIMIT=100000 STORAGE_QUOTA=100000000000
./target/release/sandbox-api >"$logs/api.log" 2>&1 & api=$!
./target/release/sandbox-worker >"$logs/worker.log" 2>&1 & worker=$!
stop() {
  kill -TERM "$api" "$worker" 2>/dev/null || true
  wait "$api" "$worker" 2>/dev/null || true
  # Inside Redis: generated Idempotency-Keys put quotes and spaces in key names, which a
  # shell pipe of names would mangle.
  redis-cli EVAL "local c = '0' repeat local r = redis.call('SCAN', c, 'MATCH', ARGV[1], 'COUNT', 1000)
    c = r[1] for _, k in ipairs(r[2]) do redis.call('DEL', k) end until c == '0' return 0" \
    0 "$prefix:*" >/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 100); do curl -sf "localhost:$port/readyz" >/dev/null && break; sleep 0.2; done

log "api on :$port (prefix $prefix); logs in $logs/"
status=0
"$venv/bin/schemathesis" run "http://127.0.0.1:$port/openapi.json" \
  --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance,response_headers_conformance \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-100}" \
  --request-timeout 40 \
  --seed "${SCHEMATHESIS_SEED:-7}" \
  --generation-database none \
  --no-color \
  "$@" | tee "$logs/report.txt" || status=$?
if grep -q 'panicked' "$logs/api.log" "$logs/worker.log"; then
  log "a panic in the api or worker log"; status=1
fi
if [ "$status" = 0 ]; then
  log "passed"
else
  tail -n 40 "$logs/api.log" "$logs/worker.log" >&2 || true
  log "FAILED (exit $status); the report and logs are in $logs/"
fi
exit "$status"
