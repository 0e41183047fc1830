#!/usr/bin/env bash
# docker compose for this project on a machine that may have no registry: the image variables
# set for it (docker-compose.yml needs none where a registry answers), then `docker compose` (v2) or `docker-compose` (v1) with the arguments.
#
#   bash scripts/compose.sh up -d --build
#   bash scripts/compose.sh up -d --scale worker=3
#   bash scripts/compose.sh down            (add -v to delete Redis's volume too)
#   eval "$(bash scripts/compose.sh env)"   (the variables below, for docker compose itself)
#
# Before `up`, it checks that API_PORT (default 127.0.0.1:8000) is free and says which process
# holds it if not. What it sets, unless already set:
#   APP_DOCKERFILE   Dockerfile.prebuilt: the api/worker image is made from the binaries and
#                    web UI that scripts/setup.sh built on the host (Debian bookworm's glibc)
#   APP_BASE_IMAGE, RUNTIME_BASE_IMAGE, REDIS_IMAGE: the registry's image when it is on the
#                    engine or can be pulled, else one made here: sandbox-base-python:bookworm
#                    (runtime/build-image.sh's debootstrap base) and sandbox-redis:bookworm (that
#                    base with Debian's redis-server)
# COMPOSE picks the client: "docker compose" or "docker-compose" (default: v2 when installed).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[compose] %s\n' "$*" >&2; }

LOCAL_BASE="sandbox-base-python:bookworm"
LOCAL_REDIS="sandbox-redis:bookworm"

# The registry's image if the engine has it or can pull it, else nothing.
registry_image() {
  docker image inspect "$1" >/dev/null 2>&1 && { echo "$1"; return; }
  timeout 60 docker pull -q "$1" >/dev/null 2>&1 && { echo "$1"; return; }
  true
}

local_base() {
  docker image inspect "$LOCAL_BASE" >/dev/null 2>&1 || {
    log "$LOCAL_BASE is missing: run scripts/setup.sh (runtime/build-image.sh makes it)"; exit 1
  }
  echo "$LOCAL_BASE"
}

export APP_DOCKERFILE="${APP_DOCKERFILE:-Dockerfile.prebuilt}"
if [ "$APP_DOCKERFILE" = Dockerfile.prebuilt ]; then
  for f in target/release/sandbox-api target/release/sandbox-worker web/dist/index.html; do
    [ -e "$f" ] || { log "$f is missing: run scripts/setup.sh first"; exit 1; }
  done
fi

if [ -z "${APP_BASE_IMAGE:-}" ]; then
  APP_BASE_IMAGE=$(registry_image debian:bookworm-slim)
  export APP_BASE_IMAGE="${APP_BASE_IMAGE:-$(local_base)}"
fi
if [ -z "${RUNTIME_BASE_IMAGE:-}" ]; then
  RUNTIME_BASE_IMAGE=$(registry_image python:3.11-slim)
  export RUNTIME_BASE_IMAGE="${RUNTIME_BASE_IMAGE:-$(local_base)}"
fi
if [ -z "${REDIS_IMAGE:-}" ]; then
  REDIS_IMAGE=$(registry_image redis:7-bookworm)
  if [ -z "$REDIS_IMAGE" ]; then
    if ! docker image inspect "$LOCAL_REDIS" >/dev/null 2>&1; then
      base=$(local_base)
      log "building $LOCAL_REDIS: $base with Debian's redis-server"
      build_log=$(mktemp)
      # Like the official image: data in /data, owned by the redis user the service runs as.
      if ! DOCKER_BUILDKIT=0 docker build --force-rm -t "$LOCAL_REDIS" - >"$build_log" 2>&1 <<EOF
FROM $base
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && mkdir -p /data && chown redis:redis /data
WORKDIR /data
EXPOSE 6379
CMD ["redis-server"]
EOF
      then
        cat "$build_log" >&2; rm -f "$build_log"; exit 1
      fi
      rm -f "$build_log"
    fi
    REDIS_IMAGE=$LOCAL_REDIS
  fi
  export REDIS_IMAGE
fi

if [ "${1:-}" = env ]; then
  for var in APP_DOCKERFILE APP_BASE_IMAGE RUNTIME_BASE_IMAGE REDIS_IMAGE; do
    printf 'export %s=%q\n' "$var" "${!var}"
  done
  exit 0
fi

if [ -z "${COMPOSE:-}" ]; then
  if docker compose version >/dev/null 2>&1; then COMPOSE="docker compose"; else COMPOSE=docker-compose; fi
fi

# `up`: a port clash is one clear message before anything is built or started (compose itself
# would start Redis, then fail on the api's port). Skipped when this project's api is already
# up: the port is then its own.
global=()
for arg in "$@"; do
  if [ "$arg" = up ]; then
    # shellcheck disable=SC2086 # COMPOSE is a command and its first argument
    if [ -z "$($COMPOSE "${global[@]}" ps -q api 2>/dev/null)" ]; then
      . scripts/port-free.sh
      require_free_port "${API_PORT:-127.0.0.1:8000}" "[compose] API_PORT" "API_PORT=127.0.0.1:8001"
    fi
    break
  fi
  global+=("$arg")
done

# shellcheck disable=SC2086 # COMPOSE is a command and its first argument
exec $COMPOSE "$@"
