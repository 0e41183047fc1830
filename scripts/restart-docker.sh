#!/usr/bin/env bash
# Restarts the Docker engine (for the engine-restart fault test), however it was started.
set -euo pipefail
if [ -d /run/systemd/system ] && systemctl is-active --quiet docker; then
  systemctl restart docker
else
  pid=$(pidof dockerd || true)
  if [ -n "$pid" ]; then
    kill -TERM $pid
    for _ in $(seq 1 150); do kill -0 $pid 2>/dev/null || break; sleep 0.2; done
  fi
  mkdir -p "$(dirname "$0")/../.data"
  nohup dockerd >>"$(dirname "$0")/../.data/dockerd.log" 2>&1 &
fi
for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && exit 0; sleep 0.5; done
echo "dockerd did not come back" >&2
exit 1
