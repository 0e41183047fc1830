//! The HTTP contract (docs/api.md): every status code, in the contract's order of checks.
use sandbox_testkit as support;

mod autoscaling;
mod callbacks;
mod connections;
mod idempotency;
mod keys;
mod limits;
mod metrics;
mod openapi;
mod quota;
mod rate_limit;
mod raw;
mod rejections;
mod replication;
mod service;
mod waits;
