#!/usr/bin/env bash
# The scale tests (tests/scale): beyond one Redis and one engine. Each starts what it needs on
# this machine and prints submitted / completed / failed / lost:
#   - sentinel: a Redis primary, a replica and three Sentinels (free ports, a temporary
#     directory), the release api and two workers pointed at the Sentinels with
#     REDIS_WAIT_REPLICAS=1; the primary is killed under a load of 400 submissions.
#   - engines: three dockerd instances of its own (sockets, data and exec roots under
#     /tmp/sbxeng-PID, a bridge of its own each, iptables off), the runtime image loaded into
#     each, one release worker per engine; one engine is killed under 300 jobs and started again.
#     Needs root (ip link, dockerd).
# scripts/test.sh runs this after its own setup; run alone, it needs what scripts/setup.sh
# installs and builds (redis-server, the release binaries, the runtime image).
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[test-scale] %s\n' "$*" >&2; }

# Debian's redis-server package runs a Sentinel as `redis-server --sentinel` (the
# redis-sentinel package adds only the command name and a service unit): nothing more to install.
command -v redis-server >/dev/null || { log "redis-server is missing: run scripts/setup.sh"; exit 1; }
RUNTIME_IMAGE="${RUNTIME_IMAGE:-$(bash runtime/build-image.sh --inputs-tag)}"
export RUNTIME_IMAGE
docker image inspect "$RUNTIME_IMAGE" >/dev/null 2>&1 \
  || { log "the runtime image $RUNTIME_IMAGE is missing: run scripts/setup.sh"; exit 1; }
# The tests run the release binaries, as deployed; cargo builds them only if they are stale.
cargo build --release --quiet -p sandbox-api -p sandbox-worker
CONTAINER_RUNTIME="${CONTAINER_RUNTIME:-runc}" \
  cargo test -p sandbox-e2e --test scale -- --ignored --nocapture --test-threads=1
