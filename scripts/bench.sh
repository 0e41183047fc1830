#!/usr/bin/env bash
# The performance benchmark (docs/performance.md): sets up what it needs, builds the release
# binaries, and runs `cargo bench --bench service`, which prints a table. Asserts nothing.
# Knobs: BENCH_RUNS (sequential runs, default 40), BENCH_SECONDS (each throughput run, default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --workspace --bins
cargo bench --bench service
