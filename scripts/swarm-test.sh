#!/usr/bin/env bash
# deploy/swarm/stack.yml live, on a swarm of one node that is an engine of this test's own: a
# second dockerd (its own --data-root, --exec-root, pidfile and socket under a temp folder, a
# default bridge of its own (never --bridge=none, which deletes the host's docker0), no
# iptables rules, its own swarm ports and gateway bridge), never the engine
# at /var/run/docker.sock, which only lends its images (`docker save | docker load`). Deploy, a
# job, the workers scaled to 3 (jobs spread over them), a worker task killed mid-job (its job
# completes on another worker), the stack removed and nothing of it left; then the engine is
# stopped and its folder removed. Prints submitted / completed / lost.
#
# Needs what scripts/setup.sh makes (the release binaries, web/dist, the runtime image of
# RUNTIME_IMAGE or this checkout's tag) and dockerd; no variable.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log() { printf '[swarm-test] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

TMP_PREFIX=/tmp/sbx-swarm.
STACK=sbx
# Engines of earlier runs whose script is gone (killed before its clean-up): stopped, removed.
stop_engine() {  # stop_engine DIR
  local dir=$1 pid bridge
  if [ -S "$dir/d.sock" ]; then
    docker --host "unix://$dir/d.sock" swarm leave --force >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/pid" ]; then
    pid=$(cat "$dir/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  for bridge in $(cat "$dir/bridge" 2>/dev/null || true); do
    ip link delete "$bridge" 2>/dev/null || true
  done
  # Mounts the engine left behind (it unmounts them itself when it stops cleanly).
  for m in $(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  rm -rf "$dir"
}
for stale in "$TMP_PREFIX"*; do
  [ -d "$stale" ] || continue
  owner=$(cat "$stale/owner" 2>/dev/null || echo 0)
  if ! kill -0 "$owner" 2>/dev/null; then
    log "removing the engine of an earlier run in $stale"
    stop_engine "$stale"
  fi
done

command -v dockerd >/dev/null || fail "dockerd is not installed"
runtime_image="${RUNTIME_IMAGE:-$(bash runtime/build-image.sh --inputs-tag)}"
docker image inspect "$runtime_image" >/dev/null 2>&1 || fail "$runtime_image is missing: run scripts/setup.sh"
app_image=$(bash scripts/build-app-image.sh --inputs-tag)
APP_IMAGE="$app_image" bash scripts/build-app-image.sh
# The registry's Redis when the engine has it or can pull it, else the one made locally.
eval "$(bash scripts/compose.sh env)"
redis_image=$REDIS_IMAGE

# A free port; udp: one below 49152 (swarm refuses a data-path port above), tried at random.
free_port() {
  python3 -c 'import random, socket, sys
if sys.argv[1] != "udp":
    s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); sys.exit()
for _ in range(200):
    port = random.randint(20000, 32000)
    try:
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).bind(("0.0.0.0", port))
    except OSError:
        continue
    print(port); sys.exit()
sys.exit("no free udp port")' "${1:-tcp}"
}
field() {
  python3 -c 'import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    v = v[int(k)] if isinstance(v, list) else v[k]
print(v if not isinstance(v, (dict, list)) else json.dumps(v))' "$1" 2>/dev/null || true
}

dir=$(mktemp -d "${TMP_PREFIX}XXXX")
echo $$ >"$dir/owner"
bridge="sbxgw$$"
# SECURITY (of the machine's other engines): a dockerd started with --bridge=none deletes the
# host's docker0 at start (it takes it for a stale default bridge of its own), which breaks
# every build on the machine's main engine; this engine's default bridge is one of its own.
default_bridge="sbxbr$$"
printf '%s\n%s\n' "$bridge" "$default_bridge" >"$dir/bridge"
socket="$dir/d.sock"
D() { docker --host "unix://$socket" "$@"; }
engine_log="$dir/dockerd.log"
out=target/swarm-test.log
mkdir -p target
: >"$out"
# One line per job submitted, one per job completed (files: the counting happens in subshells).
: >"$dir/submitted"
: >"$dir/completed"
counts() {
  local s c
  s=$(wc -l <"$dir/submitted"); c=$(wc -l <"$dir/completed")
  echo "submitted $s, completed $c, lost $((s - c))"
}

cleanup() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    {
      echo "--- services"; D service ls 2>&1 || true
      for s in redis api worker; do echo "--- $s"; D service ps --no-trunc "${STACK}_$s" 2>&1 || true; D service logs --tail 40 "${STACK}_$s" 2>&1 || true; done
      echo "--- dockerd"; tail -n 40 "$engine_log" 2>/dev/null || true
    } >>"$out" 2>&1
    tail -n 80 "$out" >&2 || true
  fi
  [ "$rc" -eq 0 ] || log "$(counts) (log: $out)"
  D stack rm "$STACK" >/dev/null 2>&1 || true
  stop_engine "$dir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- an engine of its own -----------------------------------------------------------------------
log "starting a dockerd of its own in $dir"
mkdir -p "$dir/data" "$dir/exec"
ip link add "$default_bridge" type bridge
ip addr add "10.213.$(($$ % 250)).1/24" dev "$default_bridge"
ip link set "$default_bridge" up
dockerd --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/pid" -H "unix://$socket" \
  --bridge="$default_bridge" --iptables=false --ip6tables=false >"$engine_log" 2>&1 &
for _ in $(seq 1 150); do D info >/dev/null 2>&1 && break; sleep 0.2; done
D info >/dev/null 2>&1 || fail "the test's dockerd did not start: $(tail -n 5 "$engine_log")"
# The swarm's gateway bridge is a host interface: named for this run, not docker_gwbridge.
D network create --driver bridge --opt "com.docker.network.bridge.name=$bridge" \
  --opt com.docker.network.bridge.enable_icc=false docker_gwbridge >/dev/null
swarm_port=$(free_port)
data_port=$(free_port udp)
D swarm init --advertise-addr 127.0.0.1 --listen-addr "127.0.0.1:$swarm_port" \
  --data-path-port "$data_port" >>"$out" 2>&1 || fail "swarm init failed: $(tail -n 3 "$out")"
node=$(D node ls -q)
D node update --label-add secure-sandbox.redis=true --label-add secure-sandbox.engine=docker "$node" >/dev/null
log "a swarm of one node ($node) on the test's engine; loading $app_image, $runtime_image, $redis_image"
docker save "$app_image" "$runtime_image" "$redis_image" | D load -q >>"$out"

# --- deploy -----------------------------------------------------------------------------------------
port=$(free_port)
key="swarm-test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
url="http://127.0.0.1:$port"
# The api's port is published on every interface (swarm binds no single address): API_KEYS keeps
# it closed. Published on the node (host mode): the routing mesh needs IPVS, which this kernel
# may lack. One job at a time per worker, no warm pool: a job's container names its job.
APP_IMAGE="$app_image" RUNTIME_IMAGE="$runtime_image" REDIS_IMAGE="$redis_image" \
  API_PORT="$port" API_PUBLISH_MODE=host API_REPLICAS=1 WORKERS=1 API_KEYS="$key" \
  DOCKER_SOCKET="$socket" REDIS_PREFIX="swarm-test-$$" EXECUTION_TIMEOUT=20 MAX_CONCURRENT=1 \
  WARM_POOL_SIZE=0 CONTAINER_RUNTIME=runc \
  D stack deploy -c deploy/swarm/stack.yml "$STACK" >>"$out" 2>&1 || fail "stack deploy failed: $(tail -n 3 "$out")"
for _ in $(seq 1 600); do curl -sf "$url/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf "$url/readyz" >/dev/null || fail "the api on $url is not ready"
log "deployed: $(D service ls --format '{{.Name}} {{.Mode}} {{.Replicas}}' | tr '\n' ';')"

auth=(-H "authorization: Bearer $key")
post_job() {
  local answer id
  answer=$(curl -s -XPOST "$url/jobs" "${auth[@]}" -H 'content-type: application/json' -d "$1" || true)
  id=$(echo "$answer" | field id)
  [ -n "$id" ] || fail "POST /jobs was not accepted: $answer"
  echo "$id" >>"$dir/submitted"
  echo "$id"
}
# A job once terminal (polls up to about 3 minutes), counted when completed.
wait_job() {
  local job="" status=""
  for _ in $(seq 1 6); do
    job=$(curl -s "$url/jobs/$1?wait=30" "${auth[@]}" || true)
    status=$(echo "$job" | field status)
    case "$status" in completed|failed) break ;; esac
  done
  [ "$status" != completed ] || echo "$1" >>"$dir/completed"
  echo "$job"
}
workers_listed() { curl -sf "$url/workers" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["workers"]))' 2>/dev/null || echo 0; }

[ "$(curl -s -o /dev/null -w '%{http_code}' -XPOST "$url/jobs" -H 'content-type: application/json' -d '{"code":"print(1)"}')" = 401 ] \
  || fail "the published api took a job without its key"

# --- a job ----------------------------------------------------------------------------------------
id=$(post_job '{"code":"print(\"hi from swarm\")"}')
job=$(wait_job "$id")
[ "$(echo "$job" | field result.stdout)" = "hi from swarm" ] || fail "the job did not print: $job"
log "a job ran and printed through the published api"

# --- scale ----------------------------------------------------------------------------------------
D service scale "${STACK}_worker=3" >>"$out" 2>&1 || fail "service scale failed"
for _ in $(seq 1 300); do [ "$(workers_listed)" -ge 3 ] && break; sleep 0.2; done
[ "$(workers_listed)" -ge 3 ] || fail "GET /workers lists $(workers_listed) workers after scaling to 3"
worker_tasks() { D ps -q --filter "label=com.docker.swarm.service.name=${STACK}_worker"; }
ids=()
for i in 1 2 3 4 5 6; do ids+=("$(post_job "{\"code\":\"import time\\ntime.sleep(1.5)\\nprint($i)\"}")"); done
i=0
for id in "${ids[@]}"; do
  i=$((i + 1))
  job=$(wait_job "$id")
  [ "$(echo "$job" | field result.stdout)" = "$i" ] || fail "job $i did not print $i: $job"
done
busy=0
for c in $(worker_tasks); do
  logs=$(D logs "$c" 2>&1 | grep 'job ran' || true)
  for id in "${ids[@]}"; do case "$logs" in *"$id"*) busy=$((busy + 1)); break ;; esac; done
done
[ "$busy" -ge 2 ] || fail "one worker ran all 6 jobs"
log "scaled to 3 workers; 6 jobs ran on $busy of them"

# --- a worker task killed mid-job: the job completes on another ------------------------------------
id=$(post_job '{"code":"import time\ntime.sleep(8)\nprint(\"survived\")"}')
owner=""
for _ in $(seq 1 300); do
  owner=$(D ps --filter "label=sandbox.job=$id" --format '{{.Label "sandbox.worker"}}' | head -n 1)
  [ -n "$owner" ] && break
  sleep 0.1
done
[ -n "$owner" ] || fail "no job container of $id appeared"
victim=""
for c in $(worker_tasks); do
  case "$owner" in "$(D inspect -f '{{.Config.Hostname}}' "$c")-"*) victim=$c ;; esac
done
[ -n "$victim" ] || fail "no worker task runs the job (its container's worker: $owner)"
D kill "$victim" >/dev/null
log "killed the worker task $victim (worker $owner) while it ran job $id"
job=$(wait_job "$id")
[ "$(echo "$job" | field status)" = completed ] && [ "$(echo "$job" | field result.stdout)" = survived ] \
  || fail "the killed worker's job did not complete elsewhere: $job"
# Which worker ran it: a live task other than the killed one logged it.
rescuer=""
for c in $(worker_tasks); do
  [ "$c" != "$victim" ] || continue
  if D logs "$c" 2>&1 | grep 'job ran' | grep -q "$id"; then rescuer=$c; fi
done
[ -n "$rescuer" ] || fail "no other worker task logged running job $id"
log "the job completed on worker task $rescuer after its worker was killed"
# The replacement task (restart_policy) and three live workers again; the killed worker's job
# container is removed by the others once its heartbeat has lapsed.
for _ in $(seq 1 300); do [ "$(workers_listed)" -ge 3 ] && break; sleep 0.2; done
[ "$(workers_listed)" -ge 3 ] || fail "the killed task was not replaced: $(workers_listed) workers listed"
for _ in $(seq 1 600); do
  [ -z "$(D ps -aq --filter "label=sandbox.worker=$owner")" ] && break
  sleep 0.2
done
[ -z "$(D ps -aq --filter "label=sandbox.worker=$owner")" ] || fail "the killed worker's job container was not removed"
log "the killed task was replaced (3 workers listed); its job container was removed by the others"

# --- remove: nothing left -------------------------------------------------------------------------
D stack rm "$STACK" >>"$out" 2>&1 || fail "stack rm failed"
for _ in $(seq 1 450); do
  [ -z "$(D ps -aq)" ] && [ -z "$(D network ls -q --filter "label=com.docker.stack.namespace=$STACK")" ] && break
  sleep 0.2
done
left=$(D ps -a --format '{{.Names}} {{.Image}} {{.Status}}')
[ -z "$left" ] || fail "containers are left on the engine after stack rm: $left"
[ -z "$(D service ls -q)" ] || fail "services are left: $(D service ls)"
[ -z "$(D network ls -q --filter "label=com.docker.stack.namespace=$STACK")" ] || fail "the stack's network is left"
# A stack's named volumes outlive it, as Docker keeps volumes: removed here, and then none.
D volume rm "${STACK}_redis-data" >/dev/null
[ -z "$(D volume ls -q)" ] || fail "volumes are left: $(D volume ls -q)"
log "stack rm left no service, task, job container, network; its Redis volume removed"

log "$(counts)"
[ "$(sort -u "$dir/submitted")" = "$(sort -u "$dir/completed")" ] || fail "jobs lost: $(counts)"
[ "$(wc -l <"$dir/submitted")" -gt 0 ] || fail "no job was counted"
log "passed in $(( $(date +%s) - started )) s"
