#!/usr/bin/env bash
# Idempotent setup on a Debian/Ubuntu machine, as root: installs what is missing, starts the
# Docker engine and Redis if they are not running, builds the runtime image and the binaries.
# Every step checks first and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA_DIR="${SANDBOX_DATA_DIR:-$ROOT/.data}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

log() { printf '[setup] %s\n' "$*" >&2; }

# --- packages ------------------------------------------------------------------------------
need=()
command -v dockerd >/dev/null || need+=(docker.io)
command -v redis-server >/dev/null || need+=(redis-server)
command -v redis-cli >/dev/null || need+=(redis-tools)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v curl >/dev/null || need+=(curl)
command -v docker-compose >/dev/null || need+=(docker-compose)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null; then
  log "cargo is missing: install a Rust toolchain (1.88 or newer, e.g. with rustup) and run this again"
  exit 1
fi

# --- Docker engine ---------------------------------------------------------------------------
if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  if [ -d /run/systemd/system ] && systemctl start docker 2>/dev/null; then :; else
    mkdir -p "$DATA_DIR"
    nohup dockerd >"$DATA_DIR/dockerd.log" 2>&1 &
  fi
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { log "dockerd did not come up; see $DATA_DIR/dockerd.log"; exit 1; }
fi

# --- Compose v2 (optional: docker-compose.yml works with v1, installed above, and v2) ----------
# Debian bookworm has only v1. Debian trixie's docker-compose package is v2 (a Go binary that
# needs glibc 2.34, bookworm has 2.36): fetched with apt from a private package list, so
# bookworm's own lists and packages are untouched, and only its binary is installed, as the
# Docker CLI plugin. Without it the compose test runs with v1 alone.
if ! docker compose version >/dev/null 2>&1; then
  log "installing Compose v2 as a Docker CLI plugin (Debian trixie's docker-compose)"
  apt_dir=$(mktemp -d)
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/deb"
  echo "deb ${DEBIAN_MIRROR:-http://deb.debian.org/debian} trixie main" >"$apt_dir/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/nonexistent
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache")
  if apt-get "${apt_opts[@]}" update -qq >/dev/null 2>&1 \
      && (cd "$apt_dir/deb" && apt-get "${apt_opts[@]}" download docker-compose >/dev/null 2>&1) \
      && dpkg-deb -x "$apt_dir"/deb/docker-compose_*.deb "$apt_dir/root" \
      && [ -x "$apt_dir/root/usr/libexec/docker/cli-plugins/docker-compose" ]; then
    install -D -m 0755 "$apt_dir/root/usr/libexec/docker/cli-plugins/docker-compose" \
      /usr/local/lib/docker/cli-plugins/docker-compose
    docker compose version >/dev/null 2>&1 || rm -f /usr/local/lib/docker/cli-plugins/docker-compose
  fi
  docker compose version >/dev/null 2>&1 || log "Compose v2 could not be installed; Compose v1 only"
  rm -rf "$apt_dir"
fi

# --- gVisor (optional: CONTAINER_RUNTIME=runsc) ------------------------------------------------
# Installed and registered with the engine when Debian has it; the service runs without it.
if ! command -v runsc >/dev/null && apt-cache show runsc >/dev/null 2>&1; then
  log "installing runsc (gVisor)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq runsc >/dev/null || log "runsc could not be installed"
fi
if command -v runsc >/dev/null && ! docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; then
  log "registering runsc with the Docker engine"
  # Job containers never have a network, so gVisor's own network stack is off too; the OCI
  # seccomp profile (ours, tightened) is applied inside the sandbox as well.
  python3 - <<'PY'
import json, os
path = "/etc/docker/daemon.json"
config = json.load(open(path)) if os.path.exists(path) and os.path.getsize(path) else {}
config.setdefault("runtimes", {})["runsc"] = {
    "path": "/usr/bin/runsc", "runtimeArgs": ["--network=none", "--oci-seccomp"]}
os.makedirs("/etc/docker", exist_ok=True)
json.dump(config, open(path, "w"), indent=2)
PY
  # SIGHUP makes dockerd reload its runtimes without stopping any container.
  if [ -d /run/systemd/system ]; then systemctl reload docker; else kill -HUP "$(pidof dockerd)"; fi
  for _ in $(seq 1 20); do docker info --format '{{json .Runtimes}}' | grep -q '"runsc"' && break; sleep 0.5; done
fi

# --- Redis (append-only persistence, data in the machine's own directory) ---------------------
# The local Redis is the machine's, shared by every checkout on it (each test run uses prefixes
# of its own), so its data lives outside any checkout: a Redis whose directory was a deleted
# checkout's cannot persist, and then refuses every write (MISCONF).
REDIS_DIR="${SANDBOX_REDIS_DIR:-/var/lib/sandbox/redis}"
hostport=${REDIS_URL#redis://}; hostport=${hostport%%/*}; hostport=${hostport##*@}
redis_host=${hostport%%:*}; redis_port=${hostport##*:}
[ "$redis_port" = "$hostport" ] && redis_port=6379
rcli() { redis-cli -h "$redis_host" -p "$redis_port" "$@"; }
local_redis() {
  case "$redis_host" in 127.0.0.1|localhost) return 0 ;; *) return 1 ;; esac
}
if rcli ping >/dev/null 2>&1 && local_redis; then
  # A local Redis whose data directory is gone cannot write: it is stopped (what it held could
  # not be kept anyway) and started again below with a directory that exists.
  # (Redis answers an empty `dir` when its working directory was deleted.)
  answer=$(rcli config get dir 2>/dev/null || true)
  dir=$(printf '%s\n' "$answer" | sed -n 2p)
  if [ "$(printf '%s\n' "$answer" | sed -n 1p)" = dir ] && { [ -z "$dir" ] || ! [ -d "$dir" ]; }; then
    log "the running Redis on port $redis_port keeps its data in ${dir:-a directory}, which is gone; restarting it"
    rcli shutdown nosave >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do rcli ping >/dev/null 2>&1 || break; sleep 0.1; done
  fi
fi
if ! rcli ping >/dev/null 2>&1; then
  local_redis || { log "Redis at $REDIS_URL does not answer, and it is not local: start it there"; exit 1; }
  log "starting redis-server on port $redis_port (data in $REDIS_DIR)"
  mkdir -p "$REDIS_DIR"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$REDIS_DIR" \
    --appendonly yes --appendfsync everysec --daemonize yes \
    --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"
  for _ in $(seq 1 50); do rcli ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
# A Redis that answers but refuses writes fails here, with its own words, not in the tests.
# One that is still loading its append-only file (LOADING, seconds for a large one) is waited
# for, with progress, up to SANDBOX_REDIS_LOAD_WAIT seconds (default 300).
load_wait="${SANDBOX_REDIS_LOAD_WAIT:-300}"; waited=0
while :; do
  out=$(rcli set sandbox:setup-probe 1 EX 10 2>&1) && [ "$out" = "OK" ] && break
  case "$out" in
    *LOADING*)
      if [ "$waited" -ge "$load_wait" ]; then
        log "Redis at $REDIS_URL is still loading its data after ${waited} s: $out"
        exit 1
      fi
      [ $((waited % 10)) -eq 0 ] && log "Redis at $REDIS_URL is loading its data; waiting (${waited} s so far)"
      sleep 1; waited=$((waited + 1)) ;;
    *)
      log "Redis at $REDIS_URL refuses writes: $out"
      exit 1 ;;
  esac
done
# A Redis that was already running (a system service, say) gets append-only persistence too:
# an accepted job must survive a Redis restart.
if [ "$(redis-cli -h "$redis_host" -p "$redis_port" config get appendonly | tail -1)" != "yes" ]; then
  log "turning on append-only persistence in the running Redis"
  redis-cli -h "$redis_host" -p "$redis_port" config set appendonly yes >/dev/null
fi

# --- runtime image and binaries ---------------------------------------------------------------
# This checkout's runtime image, by a tag naming its inputs (runtime/build-image.sh --inputs-tag)
# unless RUNTIME_IMAGE names another: a checkout sharing the engine never rebuilds or retags
# another's image. scripts/serve.sh and scripts/test.sh export the same tag to what they run.
RUNTIME_IMAGE="${RUNTIME_IMAGE:-$(bash runtime/build-image.sh --inputs-tag)}"
export RUNTIME_IMAGE
bash runtime/build-image.sh
# The python-data runtime's image (numpy, pandas, matplotlib, scipy), the same way. On a fresh
# machine without a registry its base is a debootstrap of Debian's packages: minutes, with progress.
RUNTIME_IMAGE_PYTHON_DATA="${RUNTIME_IMAGE_PYTHON_DATA:-$(bash runtime/build-image.sh --runtime python-data --inputs-tag)}"
export RUNTIME_IMAGE_PYTHON_DATA
if ! docker image inspect "$RUNTIME_IMAGE_PYTHON_DATA" >/dev/null 2>&1; then
  log "building the python-data runtime image $RUNTIME_IMAGE_PYTHON_DATA (minutes on a fresh machine)"
fi
bash runtime/build-image.sh --runtime python-data

# --- web UI: npm install and build into web/dist, which the api serves (UI_DIR) ---------------
# Skipped when web/dist was built from the same inputs: their hash is kept in web/dist/.inputs.
if ! command -v npm >/dev/null; then
  log "installing nodejs and npm (for the web UI's build)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
web_inputs=$(cd web && { find src build.mjs package.json package-lock.json -type f -print0 2>/dev/null || true; } \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
if [ "$(cat web/dist/.inputs 2>/dev/null)" != "$web_inputs" ]; then
  log "building the web UI (npm ci, then esbuild into web/dist)"
  if [ -f web/package-lock.json ]; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd web && npm install --no-audit --no-fund --loglevel=error)
  fi
  (cd web && npm run --silent build)
  echo "$web_inputs" >web/dist/.inputs
fi

log "building the release binaries"
cargo build --release --workspace --bins --quiet
log "ready (runtime images $RUNTIME_IMAGE, $RUNTIME_IMAGE_PYTHON_DATA)"
