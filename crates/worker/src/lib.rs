//! `sandbox-worker`: takes jobs from the Redis stream through the consumer group and runs each
//! in a fresh container, at most `MAX_CONCURRENT` at once.
//!
//! The layers, each using only those below it:
//! [`consume`] → [`lifecycle`] → [`executor`] → [`pool`] → [`launcher`] → [`container`].

/// The consume loop (slots, take-over of dead workers' jobs, shutdown), and [`run`]: a whole worker.
pub mod consume;
/// The container settings, a pure function of the limits.
pub mod container;
/// The Docker engine: connecting, and choosing the runtime.
pub mod engine;
/// What can fail while running a job, by step, and whether a retry may help.
pub mod error;
/// One job, one container: deliver the code, time it, read the output, tell the outcome.
pub mod executor;
/// Containers' exits and memory kills from the engine's event stream.
pub mod exits;
/// Preparing containers (create, attach, start) and removing them.
pub mod launcher;
/// One job's way from delivery to stored result: admit, validate, run with retry, store.
pub mod lifecycle;
/// The worker's name, its heartbeat, and the clean-up after dead workers.
pub mod liveness;
/// The worker's own metrics endpoint (METRICS_ADDR).
pub mod metrics;
/// Containers kept ready ahead of their job (the warm pool): warm, aged, replaced.
pub mod pool;
/// Removal of containers whose worker is gone.
pub mod reaper;
/// The system-call filter of every job container.
pub mod seccomp;
/// A uid of its own for every job container (JOB_UIDS).
pub mod uids;

pub use consume::run;
pub use engine::{connect_docker, container_runtime};
pub use error::ExecError;
pub use executor::Executor;
pub use lifecycle::{Processed, Worker};
pub use liveness::default_worker_id;
