#!/usr/bin/env bash
# Measures submit-to-result latency of print("hi") against a running service: N times (default
# 20) one POST /jobs, then GET /jobs/{id}?wait=30; prints each time and the median.
# Usage: scripts/hello-latency.sh [URL] [N]   (URL default http://localhost:8000)
set -euo pipefail
url=${1:-http://localhost:8000}
n=${2:-20}
times=()
for _ in $(seq 1 "$n"); do
  start=$(date +%s%N)
  id=$(curl -sf -XPOST "$url/jobs" -H 'content-type: application/json' -d '{"code":"print(\"hi\")"}' \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  job=$(curl -sf "$url/jobs/$id?wait=30")
  end=$(date +%s%N)
  case "$job" in *'"stdout":"hi\n"'*) ;; *) echo "unexpected result: $job" >&2; exit 1 ;; esac
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "submit-to-result of print(\"hi\"), $n runs, ms: ${times[*]}"
echo "median: ${sorted[$(( n / 2 ))]} ms   min: ${sorted[0]} ms   max: ${sorted[$(( n - 1 ))]} ms"
