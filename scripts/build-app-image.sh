#!/usr/bin/env bash
# Builds the api/worker image without a registry: Dockerfile.prebuilt, from the binaries and web
# UI that scripts/setup.sh built, on the locally made Debian bookworm base. (With a registry,
# `docker build .` builds it all in stages.)
#
# The tag is APP_IMAGE, or by default sandbox-app:inputs-HASH, HASH naming the image's inputs
# (the Dockerfile, the worker's start script, both binaries, web/dist, the base image): two checkouts sharing an engine
# never rebuild or retag each other's image, and an image of the same inputs is not built again.
#   bash scripts/build-app-image.sh               builds it (if missing), prints nothing
#   bash scripts/build-app-image.sh --inputs-tag  prints the default tag and stops
set -euo pipefail
cd "$(dirname "$0")/.."
base="${BASE_IMAGE:-sandbox-base-python:bookworm}"
for f in target/release/sandbox-api target/release/sandbox-worker web/dist/index.html; do
  [ -e "$f" ] || { echo "[app-image] $f is missing: run scripts/setup.sh first" >&2; exit 1; }
done
base_id=$(docker image inspect -f '{{.Id}}' "$base" 2>/dev/null) \
  || { echo "[app-image] the base image $base is missing: run scripts/setup.sh first" >&2; exit 1; }
inputs_hash=$({
  sha256sum Dockerfile.prebuilt deploy/sandbox-worker-start target/release/sandbox-api target/release/sandbox-worker
  (cd web/dist && find . -type f -print0 | sort -z | xargs -0 sha256sum)
  echo "$base_id"
} | sha256sum | cut -c1-16)
if [ "${1:-}" = "--inputs-tag" ]; then
  echo "sandbox-app:inputs-$inputs_hash"
  exit 0
fi
image="${APP_IMAGE:-sandbox-app:inputs-$inputs_hash}"
if [ "$(docker image inspect -f '{{ index .Config.Labels "sandbox.inputs" }}' "$image" 2>/dev/null)" = "$inputs_hash" ]; then
  echo "[app-image] $image is up to date ($inputs_hash)" >&2
  exit 0
fi
build_log=$(mktemp)
if ! DOCKER_BUILDKIT=0 docker build --force-rm -f Dockerfile.prebuilt --build-arg BASE_IMAGE="$base" \
    --label "sandbox.inputs=$inputs_hash" -t "$image" . >"$build_log" 2>&1; then
  cat "$build_log" >&2; rm -f "$build_log"; exit 1
fi
rm -f "$build_log"
echo "[app-image] built $image from $base ($inputs_hash)" >&2
