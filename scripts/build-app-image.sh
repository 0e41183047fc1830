#!/usr/bin/env bash
# Builds the api/worker image (APP_IMAGE, default sandbox-app:latest) without a registry:
# Dockerfile.prebuilt, from the binaries and web UI that scripts/setup.sh built, on the locally
# made Debian bookworm base. (With a registry, `docker build .` builds it all in stages.)
set -euo pipefail
cd "$(dirname "$0")/.."
image="${APP_IMAGE:-sandbox-app:latest}"
base="${BASE_IMAGE:-sandbox-base-python:bookworm}"
for f in target/release/sandbox-api target/release/sandbox-worker web/dist/index.html; do
  [ -e "$f" ] || { echo "[app-image] $f is missing: run scripts/setup.sh first" >&2; exit 1; }
done
build_log=$(mktemp)
if ! DOCKER_BUILDKIT=0 docker build --force-rm -f Dockerfile.prebuilt --build-arg BASE_IMAGE="$base" \
    -t "$image" . >"$build_log" 2>&1; then
  cat "$build_log" >&2; rm -f "$build_log"; exit 1
fi
rm -f "$build_log"
echo "[app-image] built $image from $base" >&2
