#!/usr/bin/env bash
# README command two: set up, then run every test — formatting and lints, unit tests, the
# end-to-end suites against the real Redis and Docker engine, and a smoke test of command one.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log() { printf '[test] %s\n' "$*" >&2; }
# A port nothing listens on now: other services share the machine, so no port is fixed.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

bash scripts/setup.sh
# This checkout's own runtime image, by a tag naming its inputs (see runtime/build-image.sh).
RUNTIME_IMAGE=$(bash runtime/build-image.sh --inputs-tag)
export RUNTIME_IMAGE
bash runtime/build-image.sh

# Job containers of earlier test runs (an interrupted run, say) are not this run's to answer for.
stale=$(docker ps -aq --filter label=sandbox.service=sandbox --format '{{.ID}} {{.Label "sandbox.prefix"}}' \
  | awk '$2 ~ /^(test-|smoke-|image-)/ {print $1}')
if [ -n "$stale" ]; then
  log "removing $(echo "$stale" | wc -l) job container(s) left by earlier test runs"
  docker rm -f $stale >/dev/null
fi

log "formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings

# The service's default is CONTAINER_RUNTIME=auto (gVisor when the engine has it, else runc),
# so every pass below names its runtime: runc for the workspace and the pool-off pass, runsc for
# the gVisor pass. `auto` itself is covered by tests/containment/runtime.rs (in every pass) and by
# the smoke test of command one, which runs with the defaults (as do schemathesis, the web UI's
# and the compose tests, which only run short jobs).
log "unit and end-to-end tests under runc (job containers from the warm pool, WARM_POOL_SIZE=2)"
CONTAINER_RUNTIME=runc cargo test --workspace

log "the containment suite again under runc, every job in a freshly made container (WARM_POOL_SIZE=0)"
CONTAINER_RUNTIME=runc WARM_POOL_SIZE=0 cargo test -p sandbox-e2e --test containment

if docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; then
  log "the containment suite again, every job under gVisor (CONTAINER_RUNTIME=runsc)"
  CONTAINER_RUNTIME=runsc cargo test -p sandbox-e2e --test containment
else
  log "runsc is not registered with the engine: the containment suite ran under runc only"
fi

log "smoke test of README command one (release binaries, the default configuration: CONTAINER_RUNTIME=auto)"
port=$(free_port)
prefix="smoke-$$"
BIND_ADDR="127.0.0.1:$port" REDIS_PREFIX="$prefix" bash scripts/serve.sh >/tmp/sandbox-smoke.log 2>&1 &
serve=$!
for _ in $(seq 1 100); do curl -sf "localhost:$port/healthz" >/dev/null && break; sleep 0.2; done
id=$(curl -sf -XPOST "localhost:$port/jobs" -H 'content-type: application/json' \
  -d '{"code":"print(\"hi\")"}' | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
job=$(curl -sf "localhost:$port/jobs/$id?wait=30")
kill -TERM "$serve"
wait "$serve" || { cat /tmp/sandbox-smoke.log; log "serve.sh did not stop cleanly"; exit 1; }
case "$job" in
  *'"status":"completed"'*'"outcome":"success"'*'"stdout":"hi\n"'*) log "smoke test passed: $job" ;;
  *) cat /tmp/sandbox-smoke.log; log "smoke test failed: $job"; exit 1 ;;
esac
# auto: the worker says what it picked, and it is runsc exactly when the engine has runsc.
expected=runc
docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"' && expected=runsc
grep -q "job containers run under $expected (auto" /tmp/sandbox-smoke.log || {
  cat /tmp/sandbox-smoke.log; log "the worker did not log CONTAINER_RUNTIME=auto choosing $expected"; exit 1
}
log "CONTAINER_RUNTIME=auto chose $expected"

log "schemathesis: every answer of the api against its own /openapi.json (no 5xx, schemas kept)"
# Its own release api and worker on a free port, prefix test-schemathesis-PID, RATE_LIMIT raised;
# schemathesis from PyPI in .venv-schemathesis, installed once.
bash scripts/schemathesis.sh

log "web UI: unit tests, then browser tests (Debian's chromium driven by playwright-core)"
# The browser is Debian's: playwright-core never downloads one. Installed here, not in setup,
# because only the tests need it.
if ! [ -x /usr/bin/chromium ]; then
  log "installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
fi
# The browser tests start their own api and worker (target/release, UI_DIR=web/dist) on a free
# port and a test- prefix, so the container check below covers them too.
(cd web && node --test tests/unit.test.mjs tests/browser.test.mjs) || {
  tail -n 40 target/ui-test-sandbox-api.log target/ui-test-sandbox-worker.log >&2 || true
  log "web UI tests failed"; exit 1
}
log "screenshot of a completed run: $PWD/target/ui-screenshot.png"

log "the api/worker image, built without a registry, serves the web UI"
bash scripts/build-app-image.sh
image_port=$(free_port)
cid=$(docker run -d --rm --network host -e BIND_ADDR="127.0.0.1:$image_port" -e REDIS_PREFIX="image-$$" \
  sandbox-app:latest)
for _ in $(seq 1 50); do curl -sf "localhost:$image_port/readyz" >/dev/null && break; sleep 0.2; done
page=$(curl -sf "localhost:$image_port/" || true)
user=$(docker exec "$cid" id -u)
docker stop "$cid" >/dev/null
case "$page" in
  *'<html'*) log "the image serves the UI (running as uid $user)" ;;
  *) log "the image did not serve the UI"; exit 1 ;;
esac
[ "$user" != 0 ] || { log "the image runs as root"; exit 1; }

log "fault injection: the Docker engine restarted during a run (alone, since it stops every container)"
cargo test -p sandbox-e2e --test faults -- --ignored

log "docker compose: the stack of docker-compose.yml up under its own project, a job, 3 workers, down"
# Once per installed Compose client (v1, and v2 when setup.sh could install it); cleans up after
# itself and checks that nothing of its project is left.
bash scripts/compose-test.sh

log "no job container left behind"
left=$(docker ps -a --filter label=sandbox.service=sandbox --format '{{.ID}} {{.Label "sandbox.prefix"}}' \
  | awk '$2 ~ /^(test-|smoke-)/')
if [ -n "$left" ]; then
  log "containers of the test suite are still on the engine:"; echo "$left" >&2; exit 1
fi
# The tests' Redis keys (each test had a prefix of its own).
redis-cli --scan --pattern 'test-*' | xargs -r -n 500 redis-cli del >/dev/null
redis-cli --scan --pattern "$prefix:*" | xargs -r -n 500 redis-cli del >/dev/null

log "all tests passed in $(( $(date +%s) - started )) s"
