//! A worker's liveness: its name, its heartbeat in the registry of live workers (Redis), and,
//! in the background, the removal of what dead workers left (their containers, through the
//! [`reaper`](crate::reaper::reap), and their consumers in the group).
//!
//! The loop ([`keep_alive`]) runs against a [`Registry`] trait on tokio's clock, so its timing
//! is unit-tested on the paused clock with neither Redis nor Docker.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bollard::Docker;
use sandbox::queue::{Queue, QueueError, WorkerId};

use crate::reaper::{self, ReapError, Scope};

/// How often a worker renews its heartbeat.
pub const HEARTBEAT_EVERY: Duration = Duration::from_secs(10);
/// How long a heartbeat lasts without renewal: three missed renewals mean the worker is gone.
pub const HEARTBEAT_TTL: Duration = Duration::from_secs(30);
/// How often a worker looks for orphaned containers.
pub const REAP_EVERY: Duration = Duration::from_secs(30);

/// A name for this worker that no other live worker has.
pub fn default_worker_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let host = host.trim();
    let host = if host.is_empty() { "worker" } else { host };
    let suffix = uuid::Uuid::new_v4().simple().to_string();
    format!("{host}-{}-{}", std::process::id(), &suffix[..8])
}

/// Where a worker says it is alive, and what it cleans up after dead ones.
pub trait Registry: Send + Sync {
    /// Renews the heartbeat, with `running` jobs now.
    fn heartbeat(&self, running: usize) -> impl Future<Output = Result<(), QueueError>> + Send;
    /// Removes what workers whose heartbeat lapsed left behind.
    fn clean_up(&self) -> impl Future<Output = Result<(), ReapError>> + Send;
}

/// Renews the heartbeat every [`HEARTBEAT_EVERY`], and cleans up after dead workers every
/// [`REAP_EVERY`] (at the next heartbeat again, when a clean-up failed). Runs until
/// dropped; failures are logged, never fatal.
pub async fn keep_alive<R: Registry>(registry: &R, running: impl Fn() -> usize) {
    let mut last_clean_up: Option<tokio::time::Instant> = None;
    loop {
        if let Err(err) = registry.heartbeat(running()).await {
            tracing::warn!(error = %err, "could not renew the heartbeat");
        }
        if last_clean_up.is_none_or(|t| t.elapsed() >= REAP_EVERY) {
            match registry.clean_up().await {
                Ok(()) => last_clean_up = Some(tokio::time::Instant::now()),
                Err(err) => tracing::warn!(error = %err, "looking for orphaned containers failed"),
            }
        }
        tokio::time::sleep(HEARTBEAT_EVERY).await;
    }
}

/// Whether this worker's engine is down, as its jobs found it: set when a job's engine did not
/// answer while other live workers could take the job ([`crate::lifecycle`]); while set, the
/// worker reads no job and keeps no heartbeat (so the others take over what it holds), and its
/// heartbeat loop asks the engine until it answers again ([`Presence`]).
#[derive(Clone, Debug, Default)]
pub struct EngineGate(Arc<AtomicBool>);

impl EngineGate {
    pub fn is_down(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    pub fn set_down(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn set_up(&self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

/// A worker in its deployment's registry: its heartbeat in Redis, the deployment's containers
/// on the engine.
#[derive(Clone)]
pub struct Presence {
    pub queue: Queue,
    pub docker: Docker,
    /// REDIS_PREFIX: the deployment, on the containers' labels.
    pub prefix: String,
    /// The worker's name.
    pub name: WorkerId,
    /// MAX_CONCURRENT: the worker's slots, as it announces them.
    pub slots: usize,
    /// Whether the engine is down (shared with the worker's jobs and its stream).
    pub engine: EngineGate,
    /// The runtimes it serves, as it announces them.
    pub runtimes: Vec<&'static str>,
}

impl Presence {
    /// At start, before any job of ours runs: a restarted worker's earlier containers are
    /// orphans, and so are those of dead workers.
    pub async fn reap_at_start(&self) {
        let (scope, grace) = (Scope::OwnAndDead, reaper::ORPHAN_GRACE);
        if let Err(err) = reaper::reap(
            &self.docker,
            &self.queue,
            &self.prefix,
            self.name.as_str(),
            scope,
            grace,
        )
        .await
        {
            tracing::warn!(error = %err, "looking for orphaned containers failed");
        }
    }

    /// Best effort: a worker that said goodbye is no longer listed as live.
    pub async fn forget(&self) {
        let _ = self.queue.forget_worker(&self.name).await;
    }
}

impl Registry for Presence {
    async fn heartbeat(&self, running: usize) -> Result<(), QueueError> {
        if self.engine.is_down() {
            if let Err(err) = self.docker.ping().await {
                tracing::debug!(error = %err, "the engine is still down");
                // No heartbeat while the engine is down: what we hold goes to live workers.
                return self.queue.forget_worker(&self.name).await;
            }
            // Our containers the engine kept from before are stopped: the reap removes them
            // (those younger than ORPHAN_GRACE at the next clean-up), then we read again.
            tracing::warn!("the engine answers again; resuming");
            self.engine.set_up();
            if let Err(err) = self.clean_up().await {
                tracing::warn!(error = %err, "looking for orphaned containers failed");
            }
        }
        self.queue
            .heartbeat(&self.name, self.slots, running, HEARTBEAT_TTL, &self.runtimes)
            .await
    }

    async fn clean_up(&self) -> Result<(), ReapError> {
        if self.engine.is_down() {
            return Ok(());
        }
        let (scope, min_age) = (Scope::Dead, reaper::ORPHAN_GRACE);
        reaper::reap(
            &self.docker,
            &self.queue,
            &self.prefix,
            self.name.as_str(),
            scope,
            min_age,
        )
        .await?;
        // The consumer group of every runtime this worker reads (a stream of a runtime no
        // worker serves any more keeps its consumers until one does).
        for runtime in &self.runtimes {
            let queue = self.queue.for_runtime(runtime);
            if let Err(err) = queue.prune_consumers(&self.name).await {
                tracing::warn!(error = %err, runtime, "could not prune the consumer group");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    use tokio::time::Instant;

    use super::*;

    /// Records when each call came; the first `failing_clean_ups` clean-ups fail.
    #[derive(Default)]
    struct Recorder {
        heartbeats: Mutex<Vec<(Duration, usize)>>,
        clean_ups: Mutex<Vec<Duration>>,
        failing_clean_ups: AtomicUsize,
        began: Mutex<Option<Instant>>,
    }

    impl Recorder {
        fn since_start(&self) -> Duration {
            self.began
                .lock()
                .unwrap()
                .get_or_insert_with(Instant::now)
                .elapsed()
        }
    }

    impl Registry for Recorder {
        async fn heartbeat(&self, running: usize) -> Result<(), QueueError> {
            let at = self.since_start();
            self.heartbeats.lock().unwrap().push((at, running));
            Err(QueueError::unreachable(sandbox::queue::Step::Heartbeat))
        }

        async fn clean_up(&self) -> Result<(), ReapError> {
            let at = self.since_start();
            self.clean_ups.lock().unwrap().push(at);
            let failing = self.failing_clean_ups.load(Ordering::SeqCst);
            if failing > 0 {
                self.failing_clean_ups.store(failing - 1, Ordering::SeqCst);
                return Err(ReapError::Queue(QueueError::unreachable(
                    sandbox::queue::Step::Heartbeat,
                )));
            }
            Ok(())
        }
    }

    fn secs(list: &[u64]) -> Vec<Duration> {
        list.iter().map(|s| Duration::from_secs(*s)).collect()
    }

    #[tokio::test(start_paused = true)]
    async fn the_heartbeat_is_renewed_every_ten_seconds_and_dead_workers_cleaned_up_every_thirty() {
        let registry = Recorder::default();
        let running = AtomicUsize::new(2);
        let _ = tokio::time::timeout(
            Duration::from_secs(65),
            keep_alive(&registry, || running.load(Ordering::SeqCst)),
        )
        .await;
        let heartbeats = registry.heartbeats.lock().unwrap().clone();
        let at: Vec<Duration> = heartbeats.iter().map(|(at, _)| *at).collect();
        assert_eq!(
            at,
            secs(&[0, 10, 20, 30, 40, 50, 60]),
            "failed heartbeats included"
        );
        assert!(heartbeats.iter().all(|(_, running)| *running == 2));
        assert_eq!(*registry.clean_ups.lock().unwrap(), secs(&[0, 30, 60]));
    }

    #[tokio::test(start_paused = true)]
    async fn a_failed_clean_up_is_tried_again_at_the_next_heartbeat() {
        let registry = Recorder::default();
        registry.failing_clean_ups.store(2, Ordering::SeqCst);
        let _ = tokio::time::timeout(Duration::from_secs(55), keep_alive(&registry, || 0)).await;
        assert_eq!(*registry.clean_ups.lock().unwrap(), secs(&[0, 10, 20, 50]));
    }
}
