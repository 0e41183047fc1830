#!/usr/bin/env bash
# The performance benchmark (docs/performance.md): sets up what it needs, builds the release
# binaries, and runs the load generator (crates/loadgen), which prints a table. Asserts nothing.
# Knobs: BENCH_RUNS (sequential runs, default 40), BENCH_SECONDS (each throughput run, default 15),
# BENCH_RUNTIMES_ONLY=1 (the latency rows and the runc/runsc section only), BENCH_WAIT_ONLY=1
# (only what REDIS_WAIT_REPLICAS=1 costs an accepted submission), BENCH_BATCH_ONLY=1 (the
# baseline rows and a 20-case batch against 20 separate jobs; BENCH_BATCH_ROUNDS rounds),
# BENCH_POLICY_ONLY=1 (the baseline rows and CODE_POLICY=strict against off, interleaved),
# BENCH_DATA_ONLY=1 (the baseline rows and print("hi") in python-data beside python, interleaved).
set -euo pipefail
cd "$(dirname "$0")/.."
# This checkout's runtime image (content-addressed; setup builds it), for the service it runs.
RUNTIME_IMAGE="${RUNTIME_IMAGE:-$(bash runtime/build-image.sh --inputs-tag)}"
RUNTIME_IMAGE_PYTHON_DATA="${RUNTIME_IMAGE_PYTHON_DATA:-$(bash runtime/build-image.sh --runtime python-data --inputs-tag)}"
export RUNTIME_IMAGE RUNTIME_IMAGE_PYTHON_DATA
bash scripts/setup.sh
cargo build --release --workspace --bins
cargo run --release --quiet -p sandbox-loadgen
