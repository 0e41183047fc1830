//! The `sandbox` library: everything the api and the worker share, with no HTTP and no Docker.
//!
//! # Layout
//!
//! - [`config`]: every environment variable, parsed once into typed values ([`Config`]); a bad
//!   value is an error naming the variable.
//! - [`job`]: the job model — [`JobId`], the submission, status, outcome, result and the record
//!   stored in Redis.
//! - [`validate`]: static analysis of the submitted Python (docs/policy.md); its only way out
//!   is a [`ValidatedCode`], so nothing unvalidated can reach the executor.
//! - [`sanitize`]: turns a program's raw output into capped, printable text while it is read.
//! - [`keys`]: every Redis key, group and field name, in one place.
//! - [`queue`]: the Redis side, a module per part — admission (rate limit, idempotency, storage
//!   quota, the atomic enqueue), the consumer group, job records (results written once, the
//!   finished-jobs channel), the worker registry — with its Lua scripts in `queue/scripts/`.
//! - [`logging`]: the log format (LOG_FORMAT) and the span that puts a job's id on its lines.
//! - [`webhook`]: callbacks (`callback_url`): the URL's form, the addresses a callback may never
//!   reach, the signature.
//! - [`metrics`]: every metric's name and the calls that record it; each process renders its own.

pub mod config;
pub mod ids;
pub mod job;
pub mod keys;
pub mod logging;
pub mod metrics;
pub mod queue;
pub mod runtimes;
pub mod sanitize;
pub mod validate;
pub mod webhook;

pub use config::Config;
pub use job::JobId;
pub use validate::ValidatedCode;
