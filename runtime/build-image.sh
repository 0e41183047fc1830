#!/usr/bin/env bash
# Builds the execution image ($RUNTIME_IMAGE, default sandbox-runtime:latest) from Dockerfile.runtime.
#
# With a registry: the ordinary base (python:3.11-slim). Without one: a base made here with
# debootstrap (Debian bookworm + python3, which is CPython 3.11 like the parser's grammar) and
# `docker import`. Idempotent: an image whose inputs have not changed is not rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE="${RUNTIME_IMAGE:-sandbox-runtime:latest}"
REGISTRY_BASE="python:3.11-slim"
LOCAL_BASE="sandbox-base-python:bookworm"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
ROOTFS_DIR="${SANDBOX_STATE_DIR:-/var/lib/sandbox}/rootfs-bookworm"

log() { printf '[runtime-image] %s\n' "$*" >&2; }

# The inputs of the image: a change to any of them rebuilds it.
inputs_hash=$(cat Dockerfile.runtime runtime/make-rootfs.sh runtime/launcher.py | sha256sum | cut -c1-16)
# `--inputs-tag`: print the tag naming exactly these inputs (sandbox-runtime:inputs-HASH) and
# stop. The test command builds and tests that tag, so another checkout's setup, which
# rebuilds sandbox-runtime:latest from its own launcher, cannot change the image under it.
if [ "${1:-}" = "--inputs-tag" ]; then
  echo "sandbox-runtime:inputs-$inputs_hash"
  exit 0
fi

if [ "$(docker image inspect -f '{{ index .Config.Labels "sandbox.inputs" }}' "$IMAGE" 2>/dev/null)" = "$inputs_hash" ]; then
  log "$IMAGE is up to date ($inputs_hash)"
  exit 0
fi

base=""
if [ -n "${BASE_IMAGE:-}" ]; then
  base="$BASE_IMAGE"
elif docker image inspect "$REGISTRY_BASE" >/dev/null 2>&1; then
  base="$REGISTRY_BASE"
elif timeout 60 docker pull -q "$REGISTRY_BASE" >/dev/null 2>&1; then
  base="$REGISTRY_BASE"
else
  log "no registry reachable for $REGISTRY_BASE; using a local debootstrap base"
  if ! docker image inspect "$LOCAL_BASE" >/dev/null 2>&1; then
    command -v debootstrap >/dev/null || { log "debootstrap is missing (apt-get install debootstrap)"; exit 1; }
    rm -rf "$ROOTFS_DIR"
    mkdir -p "$ROOTFS_DIR"
    log "debootstrap bookworm into $ROOTFS_DIR (a few minutes)"
    debootstrap --variant=minbase --include=python3 bookworm "$ROOTFS_DIR" "$MIRROR" \
      > "$ROOTFS_DIR.log" 2>&1 || { tail -20 "$ROOTFS_DIR.log" >&2; exit 1; }
    # Package caches and lists are dead weight in an image nobody runs apt in.
    rm -rf "$ROOTFS_DIR"/var/cache/apt/archives/*.deb "$ROOTFS_DIR"/var/lib/apt/lists/*
    log "importing $LOCAL_BASE"
    tar -C "$ROOTFS_DIR" -c . | docker import \
      -c 'ENV PATH=/usr/local/bin:/usr/bin:/bin' -c 'CMD ["python3"]' - "$LOCAL_BASE" >/dev/null
    rm -rf "$ROOTFS_DIR"
  fi
  base="$LOCAL_BASE"
fi

log "building $IMAGE from $base"
build_log=$(mktemp)
if ! DOCKER_BUILDKIT=0 docker build --force-rm -f Dockerfile.runtime --build-arg BASE_IMAGE="$base" \
    --label "sandbox.inputs=$inputs_hash" -t "$IMAGE" runtime >"$build_log" 2>&1; then
  cat "$build_log" >&2; rm -f "$build_log"; exit 1
fi
rm -f "$build_log"
log "built $IMAGE ($inputs_hash)"
