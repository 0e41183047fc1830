#!/usr/bin/env bash
# Builds an execution image from Dockerfile.runtime, for one runtime:
#
#   bash runtime/build-image.sh [--runtime python|python-data] [--inputs-tag]
#
#   python       (the default) CPython 3.11 and its standard library: $RUNTIME_IMAGE, default
#                sandbox-runtime:latest, content tag sandbox-runtime:inputs-HASH
#   python-data  the same plus numpy, pandas, matplotlib, scipy (runtime/python-data.packages):
#                $RUNTIME_IMAGE_PYTHON_DATA, default sandbox-runtime-data:latest, content tag
#                sandbox-runtime-data:inputs-HASH
#
# With a registry: the ordinary base (python:3.11-slim; pip installs python-data's packages).
# Without one: a base made here with debootstrap (Debian bookworm + python3, which is CPython
# 3.11 like the parser's grammar; for python-data also Debian's python3-numpy, -pandas,
# -matplotlib, -scipy) and `docker import`. Idempotent: an image whose inputs have not changed
# is not rebuilt, and a base that exists is not made again.
set -euo pipefail
cd "$(dirname "$0")/.."

runtime=python
print_tag=""
while [ $# -gt 0 ]; do
  case "$1" in
    --inputs-tag) print_tag=1 ;;
    --runtime) runtime="${2:-}"; shift ;;
    --runtime=*) runtime="${1#--runtime=}" ;;
    *) echo "usage: $0 [--runtime python|python-data] [--inputs-tag]" >&2; exit 2 ;;
  esac
  shift
done

REGISTRY_BASE="python:3.11-slim"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
STATE_DIR="${SANDBOX_STATE_DIR:-/var/lib/sandbox}"
case "$runtime" in
  python)
    IMAGE="${RUNTIME_IMAGE:-sandbox-runtime:latest}"
    REPOSITORY="sandbox-runtime"
    LOCAL_BASE="sandbox-base-python:bookworm"
    INCLUDE="python3"
    ROOTFS_DIR="$STATE_DIR/rootfs-bookworm"
    BASE_OVERRIDE="${BASE_IMAGE:-}"
    # The inputs of the image: a change to any of them rebuilds it.
    inputs_hash=$(cat Dockerfile.runtime runtime/make-rootfs.sh runtime/launcher.py | sha256sum | cut -c1-16)
    ;;
  python-data)
    IMAGE="${RUNTIME_IMAGE_PYTHON_DATA:-sandbox-runtime-data:latest}"
    REPOSITORY="sandbox-runtime-data"
    LOCAL_BASE="sandbox-base-python-data:bookworm"
    # Debian's packages bring every library they need (OpenBLAS, LAPACK, gfortran, freetype,
    # libpng...) and matplotlib's fonts (fonts-dejavu-core, by python3-matplotlib-data).
    INCLUDE="python3,python3-numpy,python3-pandas,python3-matplotlib,python3-scipy"
    ROOTFS_DIR="$STATE_DIR/rootfs-bookworm-python-data"
    # A base of one's own must have the packages (Debian's) or pip and a way to PyPI.
    BASE_OVERRIDE="${BASE_IMAGE_PYTHON_DATA:-}"
    # The runtime's name is hashed too: the two images never share a hash.
    inputs_hash=$( { echo "runtime python-data"; cat Dockerfile.runtime runtime/make-rootfs.sh \
      runtime/launcher.py runtime/python-data.packages runtime/python-data.constraints; } \
      | sha256sum | cut -c1-16)
    ;;
  *) echo "unknown runtime \"$runtime\": the runtimes are python, python-data" >&2; exit 2 ;;
esac

log() { printf '[runtime-image] %s\n' "$*" >&2; }

# `--inputs-tag`: print the tag naming exactly these inputs (REPOSITORY:inputs-HASH) and
# stop. The test command builds and tests that tag, so another checkout's setup, which
# rebuilds sandbox-runtime:latest from its own launcher, cannot change the image under it.
if [ -n "$print_tag" ]; then
  echo "$REPOSITORY:inputs-$inputs_hash"
  exit 0
fi

if [ "$(docker image inspect -f '{{ index .Config.Labels "sandbox.inputs" }}' "$IMAGE" 2>/dev/null)" = "$inputs_hash" ]; then
  log "$IMAGE is up to date ($inputs_hash)"
  exit 0
fi

base=""
if [ -n "$BASE_OVERRIDE" ]; then
  base="$BASE_OVERRIDE"
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
    log "debootstrap bookworm with $INCLUDE into $ROOTFS_DIR (minutes; log: $ROOTFS_DIR.log)"
    debootstrap --variant=minbase --include="$INCLUDE" bookworm "$ROOTFS_DIR" "$MIRROR" \
      > "$ROOTFS_DIR.log" 2>&1 &
    debootstrap_pid=$!
    # Progress: what debootstrap is at, every 30 s.
    while kill -0 "$debootstrap_pid" 2>/dev/null; do
      sleep 5
      if [ $((SECONDS % 30)) -lt 5 ]; then log "debootstrap: $(tail -1 "$ROOTFS_DIR.log")"; fi
    done
    wait "$debootstrap_pid" || { tail -20 "$ROOTFS_DIR.log" >&2; exit 1; }
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
    --build-arg RUNTIME="$runtime" \
    --label "sandbox.inputs=$inputs_hash" -t "$IMAGE" runtime >"$build_log" 2>&1; then
  cat "$build_log" >&2; rm -f "$build_log"; exit 1
fi
rm -f "$build_log"
log "built $IMAGE ($inputs_hash)"
