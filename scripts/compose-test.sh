#!/usr/bin/env bash
# The docker compose stack end to end, once per installed Compose client (v2 `docker compose`,
# v1 `docker-compose`; COMPOSE_CLIENTS="v1" or "v2" picks one): `config` in an empty
# environment (the stack needs no variable), up from docker-compose.yml under
# a project name of its own and a free published port, a job through the api's published port,
# the job still there after Redis is recreated on its volume, a look at what holds the Docker
# socket, three workers that each run jobs, then `down -v` and nothing of the project left on
# the engine. Cleans up on failure too.
#
# Needs what scripts/setup.sh makes: the release binaries, web/dist and a runtime base (the
# registry's or the local debootstrap one); scripts/compose.sh makes the rest. Needs no variable.
# Compose runs in an environment holding only what the test chooses for its own isolation on a
# shared engine (project, free port, Redis prefix, image tags: the defaults would publish port
# 8000 and retag sandbox-runtime:latest) and the bases scripts/compose.sh picks where no
# registry answers — nothing the caller exported (a DOCKER_GID, say) reaches it.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log() { printf '[compose-test] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

NAME_PREFIX="sandbox-compose-test"

# Projects of earlier runs whose script is gone (killed before its clean-up): down with them.
for stale in $(docker ps -a --filter "label=com.docker.compose.project" \
    --format '{{.Label "com.docker.compose.project"}}' | sort -u | grep "^$NAME_PREFIX-" || true); do
  pid=$(echo "$stale" | cut -d- -f4)
  if ! kill -0 "$pid" 2>/dev/null; then
    log "removing $stale, left by an earlier run"
    for c in $(docker ps -aq --filter "label=com.docker.compose.project=$stale"); do docker rm -f "$c" >/dev/null; done
    for n in $(docker network ls -q --filter "label=com.docker.compose.project=$stale"); do docker network rm "$n" >/dev/null; done
    for v in $(docker volume ls -q --filter "label=com.docker.compose.project=$stale"); do docker volume rm "$v" >/dev/null; done
    for c in $(docker ps -aq --filter "label=sandbox.prefix=${stale#sandbox-}"); do docker rm -f "$c" >/dev/null; done
    docker rmi "sandbox-app:$stale" "sandbox-runtime:$stale" >/dev/null 2>&1 || true
    for i in $(docker images -q --filter "label=com.docker.compose.project=$stale" | sort -u); do
      docker rmi "$i" >/dev/null 2>&1 || true
    done
  fi
done

clients=()
want="${COMPOSE_CLIENTS:-v2 v1}"
case " $want " in *" v2 "*) docker compose version >/dev/null 2>&1 && clients+=("docker compose") ;; esac
case " $want " in *" v1 "*) command -v docker-compose >/dev/null && clients+=(docker-compose) ;; esac
[ ${#clients[@]} -gt 0 ] || fail "no Compose client installed (scripts/setup.sh installs docker-compose)"

# The images, found once (a registry that does not answer is asked once).
eval "$(bash scripts/compose.sh env)"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# One JSON field (a dotted path) of stdin, or nothing.
field() {
  python3 -c 'import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    v = v[int(k)] if isinstance(v, list) else v[k]
print(v if not isinstance(v, (dict, list)) else json.dumps(v))' "$1" 2>/dev/null || true
}

# The rest of this file runs once per client, in a subshell with its own trap.
run() (
  compose=$1
  version=$($compose version --short 2>/dev/null || $compose version)
  tag=v${version%%.*}
  project="$NAME_PREFIX-$$-$tag"
  port=$(free_port)
  url="http://127.0.0.1:$port"
  run_started=$(date +%s)
  export COMPOSE="$compose" REDIS_PREFIX="compose-test-$$-$tag" API_PORT="127.0.0.1:$port" \
    APP_IMAGE="sandbox-app:$project" RUNTIME_IMAGE="sandbox-runtime:$project" MAX_CONCURRENT=1
  out="target/$project.log"
  mkdir -p target
  # Compose in an environment of these variables only.
  dc() {
    env -i PATH="$PATH" HOME="$HOME" ${DOCKER_HOST:+DOCKER_HOST="$DOCKER_HOST"} COMPOSE="$compose" \
      REDIS_PREFIX="$REDIS_PREFIX" API_PORT="$API_PORT" APP_IMAGE="$APP_IMAGE" \
      RUNTIME_IMAGE="$RUNTIME_IMAGE" MAX_CONCURRENT=1 APP_DOCKERFILE="$APP_DOCKERFILE" \
      APP_BASE_IMAGE="$APP_BASE_IMAGE" RUNTIME_BASE_IMAGE="$RUNTIME_BASE_IMAGE" \
      REDIS_IMAGE="$REDIS_IMAGE" bash scripts/compose.sh -p "$project" "$@"
  }

  cleanup() {
    local rc=$?
    if [ "$rc" -ne 0 ]; then
      log "$compose: the stack's last logs (all in $out):"
      dc logs --no-color --tail 30 >>"$out" 2>&1 || true
      tail -n 60 "$out" >&2 || true
    fi
    dc down -v --remove-orphans --timeout 30 >>"$out" 2>&1 || true
    for c in $(docker ps -aq --filter "label=sandbox.prefix=$REDIS_PREFIX"); do docker rm -f "$c" >/dev/null; done
    docker rmi "$APP_IMAGE" "$RUNTIME_IMAGE" >/dev/null 2>&1 || true
    # Compose v2 labels the images it builds with the project.
    for i in $(docker images -q --filter "label=com.docker.compose.project=$project" | sort -u); do
      docker rmi "$i" >/dev/null 2>&1 || true
    done
    [ "$rc" -ne 0 ] || rm -f "$out"
    exit "$rc"
  }
  trap cleanup EXIT
  trap 'exit 130' INT TERM

  # --- no variable: the file resolves in an empty environment, without a warning --------------
  bare=$(env -i PATH="$PATH" HOME="$HOME" $compose -p "$project" config 2>&1 >/dev/null) \
    || fail "$compose config failed with no variable set: $bare"
  [ -z "$(echo "$bare" | grep -i 'variable' || true)" ] || fail "$compose config warned of a variable: $bare"
  env -i PATH="$PATH" HOME="$HOME" $compose -p "$project" config | grep -q 'sandbox-worker-start' \
    || fail "the workers do not start through sandbox-worker-start"
  log "$compose: config resolves with no variable set"

  # --- a port clash: one clear message, nothing started ---------------------------------------
  python3 -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); time.sleep(120)' "$port" &
  holder=$!
  for _ in $(seq 1 50); do ss -ltnH "sport = :$port" 2>/dev/null | grep -q . && break; sleep 0.1; done
  clash=$(dc up -d --build 2>&1) && { kill "$holder"; fail "$compose up started with its port held: $clash"; }
  kill "$holder"; wait "$holder" 2>/dev/null || true
  echo "$clash" | grep -qE "API_PORT: 127.0.0.1:$port is already in use by python3[^ ]* \(pid $holder\)" \
    || fail "the port clash was not told as one clear message: $clash"
  [ -z "$(docker ps -aq --filter "label=com.docker.compose.project=$project")" ] \
    || fail "$compose up with its port held left containers"
  log "$compose: with its port held, up said so and started nothing: $clash"

  log "$compose $version: up, project $project, api on $url"
  dc up -d --build >"$out" 2>&1 || fail "$compose up failed"
  for _ in $(seq 1 300); do curl -sf "$url/readyz" >/dev/null && break; sleep 0.2; done
  curl -sf "$url/readyz" >/dev/null || fail "the api on $url is not ready"

  # A job's id, or the test fails with the api's answer.
  post_job() {
    local answer id
    answer=$(curl -s -XPOST "$url/jobs" -H 'content-type: application/json' -d "$1" || true)
    id=$(echo "$answer" | field id)
    [ -n "$id" ] || fail "POST /jobs was not accepted: $answer"
    echo "$id"
  }
  get_job() { curl -s "$url/jobs/$1?wait=30" || true; }

  # --- one job through the published port ---------------------------------------------------
  id=$(post_job '{"code":"print(\"hi from compose\")"}')
  job=$(get_job "$id")
  [ "$(echo "$job" | field status)" = completed ] \
    && [ "$(echo "$job" | field result.stdout)" = "hi from compose" ] \
    || fail "the job did not print: $job"
  log "$compose: a job ran and printed through $url"

  # --- one build of the app image serves the api and the workers -------------------------------
  ids() { docker ps -q --filter "label=com.docker.compose.project=$project" --filter "label=com.docker.compose.service=$1"; }
  api_image=$(docker inspect -f '{{.Image}}' "$(ids api)")
  worker_image=$(docker inspect -f '{{.Image}}' "$(ids worker)")
  [ "$api_image" = "$worker_image" ] || fail "the api and the worker run different builds: $api_image $worker_image"
  [ "$(docker image inspect -f '{{.Id}}' "$APP_IMAGE")" = "$api_image" ] || fail "$APP_IMAGE is not the image the api runs"
  dangling=$(docker images -q --filter dangling=true --filter "label=com.docker.compose.project=$project")
  [ -z "$dangling" ] || fail "up left untagged copies of its images: $dangling"
  log "$compose: the api and the worker run the one build of $APP_IMAGE"

  # --- Redis's data is on the volume: a new Redis container still has the job ----------------
  dc up -d --no-deps --force-recreate redis >>"$out" 2>&1 || fail "$compose could not recreate redis"
  job=""
  for _ in $(seq 1 300); do
    job=$(curl -s "$url/jobs/$id" || true)
    [ "$(echo "$job" | field status)" = completed ] && break
    sleep 0.2
  done
  [ "$(echo "$job" | field result.stdout)" = "hi from compose" ] \
    || fail "the job is gone after Redis was recreated on its volume: $job"
  log "$compose: Redis recreated on its volume, the job is still there"

  # --- who holds what ------------------------------------------------------------------------
  api=$(ids api)
  for c in $(docker ps -aq --filter "label=com.docker.compose.project=$project"); do
    [ "$(docker inspect -f '{{.HostConfig.Privileged}}' "$c")" = false ] || fail "$c is privileged"
  done
  docker inspect -f '{{range .Mounts}}{{.Source}} {{.Destination}}{{"\n"}}{{end}}' "$api" | grep -q docker.sock \
    && fail "the api holds the Docker socket"
  [ -z "$(docker port "$(ids redis)")" ] || fail "Redis is published on the host"
  # The worker process (the container's pid 1, after sandbox-worker-start): unprivileged, in
  # the socket's group, read from the socket by the worker itself.
  worker=$(ids worker)
  socket_gid=$(stat -c %g /var/run/docker.sock)
  status=$(docker exec "$worker" cat /proc/1/status)
  proc() { echo "$status" | awk -v k="$1:" '$1 == k { $1 = ""; print }' | xargs; }
  [ "$(docker exec "$worker" cat /proc/1/comm)" = sandbox-worker ] || fail "pid 1 of the worker is not sandbox-worker"
  [ "$(proc Uid)" = "10001 10001 10001 10001" ] || fail "the worker does not run as uid 10001: $(proc Uid)"
  [ "$(proc Gid)" = "10001 10001 10001 10001" ] || fail "the worker does not run as gid 10001: $(proc Gid)"
  [ "$(proc Groups)" = "$socket_gid" ] || fail "the worker's groups are '$(proc Groups)', not the socket's $socket_gid"
  for cap in CapInh CapPrm CapEff CapBnd CapAmb; do
    [ "$(proc $cap)" = 0000000000000000 ] || fail "the worker holds capabilities: $cap $(proc $cap)"
  done
  [ "$(proc NoNewPrivs)" = 1 ] || fail "the worker may gain privileges (no_new_privs unset)"
  log "$compose: no service privileged; only the workers hold the socket, as uid 10001 in its group $socket_gid (found at start), no capability, no_new_privs; Redis not published"

  # --- three workers, each running jobs --------------------------------------------------------
  dc up -d --no-build --scale worker=3 >>"$out" 2>&1 || fail "$compose up --scale worker=3 failed"
  workers=0
  for _ in $(seq 1 300); do
    workers=$(curl -sf "$url/workers" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["workers"]))' 2>/dev/null || echo 0)
    [ "$workers" -ge 3 ] && break
    sleep 0.2
  done
  [ "$workers" -ge 3 ] || fail "GET /workers lists $workers workers, not 3"
  # Each worker runs one job at a time (MAX_CONCURRENT=1) and each job sleeps, so six jobs
  # submitted at once cannot all go to one worker unless the others take none.
  job_ids=()
  for i in 1 2 3 4 5 6; do
    code="import time\\ntime.sleep(1.5)\\nprint($i)"
    id=$(post_job "{\"code\":\"$code\"}")
    job_ids+=("$id")
  done
  i=0
  for id in "${job_ids[@]}"; do
    i=$((i + 1))
    job=$(get_job "$id")
    [ "$(echo "$job" | field result.stdout)" = "$i" ] || fail "job $i did not print $i: $job"
  done
  # Which worker ran which job: each logs "job ran" with the job id.
  ran_by=()
  for c in $(ids worker); do
    n=0
    logs=$(docker logs "$c" 2>&1 | grep 'job ran' || true)
    for id in "${job_ids[@]}"; do case "$logs" in *"$id"*) n=$((n + 1)) ;; esac; done
    ran_by+=("$n")
  done
  total=0; busy=0
  for n in "${ran_by[@]}"; do total=$((total + n)); [ "$n" -gt 0 ] && busy=$((busy + 1)); done
  [ "$total" -eq 6 ] || fail "the workers' logs account for $total of the 6 jobs (${ran_by[*]})"
  [ "$busy" -ge 2 ] || fail "one worker ran all 6 jobs (${ran_by[*]})"
  log "$compose: 3 workers; the 6 jobs ran on $busy of them (jobs per worker: ${ran_by[*]})"

  # --- down, and nothing left ------------------------------------------------------------------
  dc down -v --remove-orphans --timeout 30 >>"$out" 2>&1 || fail "$compose down failed"
  left=$(docker ps -aq --filter "label=com.docker.compose.project=$project")
  [ -z "$left" ] || fail "containers of $project are left: $left"
  left=$(docker network ls -q --filter "label=com.docker.compose.project=$project")
  [ -z "$left" ] || fail "networks of $project are left: $left"
  left=$(docker volume ls -q --filter "label=com.docker.compose.project=$project")
  [ -z "$left" ] || fail "volumes of $project are left: $left"
  left=$(docker ps -aq --filter "label=sandbox.prefix=$REDIS_PREFIX")
  [ -z "$left" ] || fail "job containers of $REDIS_PREFIX are left: $left"
  log "$compose: down -v left no container, network, volume or job container ($(( $(date +%s) - run_started )) s)"
)

for compose in "${clients[@]}"; do run "$compose"; done
log "passed with ${#clients[@]} Compose client(s) in $(( $(date +%s) - started )) s"
