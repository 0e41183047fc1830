//! `sandbox-worker`: takes jobs from the Redis stream through the consumer group and runs each
//! in a fresh container, at most `MAX_CONCURRENT` at once.
//!
//! The layers, each using only those below it (`tests/layers.rs` checks that no module uses
//! one that uses it back):
//!
//! - [`consume`]: the consume loop (slots, take-over of dead workers' jobs, shutdown), and
//!   [`run`], a whole worker.
//! - [`lifecycle`]: one job's way from delivery to stored result: admit, validate, run with
//!   retry, store.
//! - [`liveness`]: the worker's name, its heartbeat, and the clean-up after dead workers.
//! - [`executor`]: one job, one container: deliver the code, time it, read the output, tell
//!   the outcome.
//! - [`pool`]: containers kept ready ahead of their job (the warm pool): warm, aged, replaced.
//! - [`launcher`]: preparing containers (create, attach, start) and removing them.
//! - [`error`]: what can fail while running a job, by step, and whether a retry may help.
//! - [`exits`]: containers' exits and memory kills from the engine's event stream.
//! - [`reaper`]: removal of containers whose worker is gone.
//! - [`container`]: the container settings, a pure function of the limits.
//! - [`seccomp`]: the system-call filter of every job container.
//! - [`uids`]: a uid of its own for every job container (JOB_UIDS).
//! - [`engine`]: the Docker engine: connecting, and choosing the runtime.
//! - [`metrics`]: the worker's own metrics endpoint (METRICS_ADDR).
//! - [`webhook`]: delivering callbacks (`callback_url`), a task beside the consume loop.

pub mod accounting;
pub mod artifacts;
mod batch;
pub mod consume;
pub mod container;
pub mod end_marker;
pub mod engine;
pub mod error;
pub mod executor;
pub mod exits;
pub mod launcher;
pub mod lifecycle;
pub mod liveness;
pub mod metrics;
pub mod pool;
pub mod reaper;
pub mod seccomp;
pub mod uids;
pub mod webhook;

pub use consume::run;
pub use engine::{connect_docker, container_runtime};
pub use error::ExecError;
pub use executor::Executor;
pub use lifecycle::{Processed, Worker};
pub use liveness::default_worker_id;
