#!/usr/bin/env bash
# README command two: set up, then run every test — formatting and lints, unit tests, the
# end-to-end suites against the real Redis and Docker engine, and a smoke test of command one.
#
# Each step's output goes to the terminal and to a log of its own in target/test-logs/; a step
# that fails stops the run with its name, the line, and where its log is (never a silent exit).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log() { printf '[test] %s\n' "$*" >&2; }
# A port nothing listens on now: other services share the machine, so no port is fixed.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

LOG_DIR=target/test-logs
mkdir -p "$LOG_DIR"
rm -f "$LOG_DIR"/*.log
step_name="start"
step_log=""
step_number=0
failed_line=""
failed_command=""
reported=""
# Starts a step: its name, and its log (target/test-logs/NN-SLUG.log), announced.
step() {
  step_number=$((step_number + 1))
  step_name=$1
  step_log=$(printf '%s/%02d-%s.log' "$LOG_DIR" "$step_number" "$2")
  : >"$step_log"
  log "$step_name (log: $step_log)"
}
# Runs a command of the current step: its output to the terminal and to the step's log.
run() {
  "$@" 2>&1 | tee -a "$step_log" || { local rc=$?; failed_command="$*"; return "$rc"; }
}
report_failure() {
  reported=1
  log "FAILED in step \"$step_name\": $1"
  if [ -n "$step_log" ] && [ -s "$step_log" ]; then
    log "the end of the step's log, $PWD/$step_log:"
    tail -n 40 "$step_log" >&2
  fi
  log "the logs of every step of this run are in $PWD/$LOG_DIR/"
}
fail() { report_failure "$*"; exit 1; }

# Whatever a failed step left running is stopped on the way out.
serve=""
app_container=""
on_exit() {
  local rc=$?
  [ -z "$serve" ] || { kill -TERM "$serve" 2>/dev/null || true; wait "$serve" 2>/dev/null || true; }
  [ -z "$app_container" ] || docker rm -f "$app_container" >/dev/null 2>&1 || true
  if [ "$rc" -ne 0 ] && [ -z "$reported" ]; then
    report_failure "exit $rc at scripts/test.sh line ${failed_line:-?}: ${failed_command:-?}"
  fi
  exit "$rc"
}
# Under `set -e` a failing command ends the run: ERR notes where, EXIT says which step failed.
trap 'failed_line=$LINENO; failed_command=${failed_command:-$BASH_COMMAND}' ERR
trap on_exit EXIT
trap 'exit 130' INT TERM

# This checkout's own runtime image, by a tag naming its inputs (see runtime/build-image.sh):
# setup builds it, and every step below (the workers of the tests, serve.sh, schemathesis, the
# browser tests) runs jobs in it, so another checkout sharing the engine cannot change it.
RUNTIME_IMAGE=$(bash runtime/build-image.sh --inputs-tag)
export RUNTIME_IMAGE
# The python-data runtime's image likewise (setup builds it too).
RUNTIME_IMAGE_PYTHON_DATA=$(bash runtime/build-image.sh --runtime python-data --inputs-tag)
export RUNTIME_IMAGE_PYTHON_DATA
# This run's name, in every Redis prefix its tests use (test-run<pid>-..., and smoke-<pid>):
# the clean-up and the final check below take in this run's containers and keys, never those of
# another run (another checkout's, say) sharing the engine and Redis.
SANDBOX_TEST_RUN="run$$"
export SANDBOX_TEST_RUN

step "setup (runtime images $RUNTIME_IMAGE, $RUNTIME_IMAGE_PYTHON_DATA)" setup
run bash scripts/setup.sh

step "removing job containers left by earlier test runs" stale-containers
# Job containers of an earlier run whose script is gone (an interrupted run, say) are not this
# run's to answer for; a run still going (its pid alive) is left alone.
stale=""
while read -r id prefix; do
  pid=""
  case "$prefix" in
    test-run*-*) pid=${prefix#test-run}; pid=${pid%%-*} ;;
    smoke-*|image-*) pid=${prefix#*-} ;;
  esac
  case "$pid" in ''|*[!0-9]*) continue ;; esac
  kill -0 "$pid" 2>/dev/null || stale="$stale $id"
done < <(docker ps -a --filter label=sandbox.service=sandbox --format '{{.ID}} {{.Label "sandbox.prefix"}}')
if [ -n "$stale" ]; then
  log "removing $(echo "$stale" | wc -w) job container(s) left by earlier test runs"
  # shellcheck disable=SC2086 # one id a word
  run docker rm -f $stale >/dev/null
fi

step "formatting and lints" lints
run cargo fmt --all --check
run cargo clippy --workspace --all-targets --quiet -- -D warnings
run python3 scripts/module-cycles.py crates/*/src

step "Kubernetes manifests, validated offline against the Kubernetes and KEDA schemas" kubernetes
# kubernetes-validate and KEDA's types from PyPI in ~/.cache/secure-sandbox/venv-kubernetes,
# installed once; then broken copies of the manifests must each be refused (docs/deploying.md).
run bash scripts/kubernetes-validate.sh

# The service's default is CONTAINER_RUNTIME=auto (gVisor when the engine has it, else runc),
# so every pass below names its runtime: runc for the workspace and the pool-off pass, runsc for
# the gVisor pass. `auto` itself is covered by tests/containment/runtime.rs (in every pass) and by
# the smoke test of command one, which runs with the defaults (as do schemathesis, the web UI's
# and the compose tests, which only run short jobs).
step "unit and end-to-end tests under runc (job containers from the warm pool, WARM_POOL_SIZE=2)" tests-runc
CONTAINER_RUNTIME=runc run cargo test --workspace

step "the containment suite again under runc, every job in a freshly made container (WARM_POOL_SIZE=0)" containment-no-pool
CONTAINER_RUNTIME=runc WARM_POOL_SIZE=0 run cargo test -p sandbox-e2e --test containment

if docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; then
  step "the containment suite again, every job under gVisor (CONTAINER_RUNTIME=runsc)" containment-runsc
  CONTAINER_RUNTIME=runsc run cargo test -p sandbox-e2e --test containment
else
  log "runsc is not registered with the engine: the containment suite ran under runc only"
fi

step "the containment suite again in the python-data runtime's image (SANDBOX_TEST_RUNTIME=python-data, runc)" containment-data
CONTAINER_RUNTIME=runc SANDBOX_TEST_RUNTIME=python-data run cargo test -p sandbox-e2e --test containment

step "smoke test of README command one (release binaries, the default configuration: CONTAINER_RUNTIME=auto)" smoke
port=$(free_port)
prefix="smoke-$$"
smoke_log="$step_log"
BIND_ADDR="127.0.0.1:$port" REDIS_PREFIX="$prefix" bash scripts/serve.sh >>"$smoke_log" 2>&1 &
serve=$!
for _ in $(seq 1 100); do curl -sf "localhost:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "localhost:$port/healthz" >/dev/null || fail "serve.sh's api did not answer on 127.0.0.1:$port"
id=$(curl -sf -XPOST "localhost:$port/jobs" -H 'content-type: application/json' \
  -d '{"code":"print(\"hi\")"}' | sed -n 's/.*"id":"\([^"]*\)".*/\1/p') || true
[ -n "$id" ] || fail "POST /jobs to serve.sh's api was not accepted"
job=$(curl -sf "localhost:$port/jobs/$id?wait=30") || true
# The python-data runtime, as setup built it, served by the same worker.
data_id=$(curl -sf -XPOST "localhost:$port/jobs" -H 'content-type: application/json' \
  -d '{"runtime":"python-data","code":"import pandas as pd\nprint(pd.DataFrame({\"a\": [1, 2]})[\"a\"].sum())"}' \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p') || true
[ -n "$data_id" ] || fail "a python-data job to serve.sh's api was not accepted"
# A python-data container loads its packages before it is ready (seconds under gVisor on a
# loaded machine): up to three long polls.
for _ in 1 2 3; do
  data_job=$(curl -sf "localhost:$port/jobs/$data_id?wait=30") || true
  case "$data_job" in *'"status":"completed"'*|*'"status":"failed"'*) break ;; esac
done
case "$data_job" in
  *'"status":"completed"'*'"outcome":"success"'*'"stdout":"3\n"'*) log "python-data smoke test passed: $data_job" ;;
  *) fail "python-data smoke test failed: $data_job" ;;
esac
kill -TERM "$serve"
wait "$serve" || { serve=""; fail "serve.sh did not stop cleanly"; }
serve=""
case "$job" in
  *'"status":"completed"'*'"outcome":"success"'*'"stdout":"hi\n"'*) log "smoke test passed: $job" ;;
  *) fail "smoke test failed: $job" ;;
esac
# auto: the worker says what it picked, and it is runsc exactly when the engine has runsc.
expected=runc
if docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; then expected=runsc; fi
grep -q "job containers run under $expected (auto" "$smoke_log" \
  || fail "the worker did not log CONTAINER_RUNTIME=auto choosing $expected"
log "CONTAINER_RUNTIME=auto chose $expected"
# A port clash: one clear message naming the holder, and nothing started (not even setup).
port=$(free_port)
python3 -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); time.sleep(60)' "$port" &
holder=$!
for _ in $(seq 1 50); do ss -ltnH "sport = :$port" 2>/dev/null | grep -q . && break; sleep 0.1; done
if clash=$(BIND_ADDR="127.0.0.1:$port" REDIS_PREFIX="$prefix-clash" bash scripts/serve.sh 2>&1); then
  kill "$holder"; fail "serve.sh started with its port held: $clash"
fi
kill "$holder"; wait "$holder" 2>/dev/null || true
case "$clash" in
  "[serve] BIND_ADDR: 127.0.0.1:$port is already in use by python3"*"(pid $holder); stop it"*) ;;
  *) fail "serve.sh did not say which process holds its port: $clash" ;;
esac
[ "$(printf '%s\n' "$clash" | wc -l)" -eq 1 ] || fail "serve.sh said more than one line on a port clash: $clash"
log "serve.sh with its port held: $clash"

step "schemathesis: every answer of the api against its own /openapi.json (no 5xx, schemas kept)" schemathesis
# Its own release api and worker on a free port, prefix test-RUN-schemathesis-PID, RATE_LIMIT raised;
# schemathesis from PyPI in ~/.cache/secure-sandbox/venv-schemathesis, installed once. Its report and the api's and
# worker's logs are in target/schemathesis/.
run bash scripts/schemathesis.sh

step "web UI: unit tests, then browser tests (Debian's chromium driven by playwright-core)" web-ui
# The browser is Debian's: playwright-core never downloads one. Installed here, not in setup,
# because only the tests need it.
if ! [ -x /usr/bin/chromium ]; then
  log "installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
fi
# The browser tests start their own api and worker (target/release, UI_DIR=web/dist) on a free
# port and a test-RUN- prefix, so the container check below covers them too.
if ! (cd web && node --test tests/unit.test.mjs tests/browser.test.mjs) 2>&1 | tee -a "$step_log"; then
  tail -n 40 target/ui-test-sandbox-api.log target/ui-test-sandbox-worker.log >&2 || true
  fail "web UI tests failed (the api's and worker's logs: target/ui-test-sandbox-*.log)"
fi
log "screenshot of a completed run: $PWD/target/ui-screenshot.png"

step "the api/worker image, built without a registry, serves the web UI" app-image
# Tagged by its inputs (the binaries, web/dist, the Dockerfile, the base): another checkout's
# build cannot retag it, and an unchanged build is not built again.
app_image=$(bash scripts/build-app-image.sh --inputs-tag)
APP_IMAGE="$app_image" run bash scripts/build-app-image.sh
image_port=$(free_port)
app_container=$(docker run -d --rm --network host -e BIND_ADDR="127.0.0.1:$image_port" \
  -e REDIS_PREFIX="image-$$" "$app_image")
for _ in $(seq 1 50); do curl -sf "localhost:$image_port/readyz" >/dev/null && break; sleep 0.2; done
page=$(curl -sf "localhost:$image_port/" || true)
user=$(docker exec "$app_container" id -u)
docker logs "$app_container" >>"$step_log" 2>&1 || true
docker stop "$app_container" >/dev/null
app_container=""
case "$page" in
  *'<html'*) log "$app_image serves the UI (running as uid $user)" ;;
  *) fail "$app_image did not serve the UI on 127.0.0.1:$image_port" ;;
esac
[ "$user" != 0 ] || fail "the image runs as root"

skipped=""
if [ "${TEST_SKIP_ENGINE_RESTART:-}" = 1 ]; then
  # For a machine whose engine others use too: the restart stops every container on it.
  log "SKIPPED (TEST_SKIP_ENGINE_RESTART=1): fault injection, the Docker engine restarted during a run"
  skipped=" (except the engine-restart fault test, skipped by TEST_SKIP_ENGINE_RESTART=1)"
else
  step "fault injection: the Docker engine restarted during a run (alone, since it stops every container)" faults
  run cargo test -p sandbox-e2e --test faults -- --ignored
fi

step "scale: Redis failing over behind Sentinel, and one of three engines killed, under load (scripts/test-scale.sh)" scale
# Starts its own Redis nodes and Sentinels on free ports, its own three dockerd instances, and
# the release binaries; prints submitted / completed / failed / lost.
run bash scripts/test-scale.sh

step "docker compose: the stack of docker-compose.yml up under its own project, a job, 3 workers, down" compose
# Once per installed Compose client (v1, and v2 when setup.sh could install it); cleans up after
# itself and checks that nothing of its project is left.
run bash scripts/compose-test.sh

step "docker swarm: deploy/swarm/stack.yml on a one-node swarm of an engine of its own; scale, a worker killed mid-job, rm" swarm
# A second dockerd under a temp folder (never the shared engine), stopped and removed after;
# prints submitted / completed / lost (docs/deploying.md#docker-swarm).
run bash scripts/swarm-test.sh

step "no job container left behind" leftovers
left=$(docker ps -a --filter label=sandbox.service=sandbox --format '{{.ID}} {{.Label "sandbox.prefix"}}' \
  | awk -v run="test-$SANDBOX_TEST_RUN-" -v smoke="smoke-$$" \
      'index($2, run) == 1 || $2 == smoke')
if [ -n "$left" ]; then
  echo "$left" >>"$step_log"
  fail "containers of the test suite are still on the engine: $(echo "$left" | tr '\n' ' ')"
fi
# This run's Redis keys that are left (a test dropped its app as it should; one that made its own
# queue from a bare configuration leaves its keys).
redis-cli --scan --pattern "test-$SANDBOX_TEST_RUN-*" | xargs -r -n 500 redis-cli del >/dev/null
redis-cli --scan --pattern "$prefix:*" | xargs -r -n 500 redis-cli del >/dev/null

log "all tests passed$skipped in $(( $(date +%s) - started )) s (logs in $PWD/$LOG_DIR/)"
