//! The warm pool: containers created and started ahead of their job, each waiting for one
//! program, so a job skips the engine's create-and-start (most of a short job's latency).
//!
//! Isolation is the cold path's, unchanged: a pooled container is made by the same
//! [`create_body`](crate::container::create_body), serves exactly one job and is then removed.
//! What the pool trades is idle resources: `WARM_POOL_SIZE` containers per worker stay alive
//! (a waiting Python interpreter each) and are replaced once they reach `WARM_POOL_MAX_AGE`.
//!
//! One task refills the pool, one container at a time: a burst of jobs never has the refill
//! fighting the jobs' own containers for the engine and the CPU with many starts at once.
//!
//! The pool counts within MAX_CONCURRENT: each pooled container holds one of the worker's
//! container slots ([`Launcher::slots`]), as a running job's does, so a worker never has more
//! than MAX_CONCURRENT containers, waiting or running. The refill fills free slots only: with
//! every slot running a job, the pool stays empty until one ends.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::launcher::{Launcher, Ready};

/// How often a full pool checks its containers are still alive.
const CHECK_EVERY: Duration = Duration::from_secs(5);
/// Pauses between failed attempts at making a container (the engine down, the image missing):
/// from 0.5 s, doubling up to 10 s, for as long as the pool runs.
const RETRY: ExponentialBuilder = ExponentialBuilder::new()
    .with_min_delay(Duration::from_millis(500))
    .with_factor(2.0)
    .with_max_delay(Duration::from_secs(10))
    .without_max_times();

pub struct Pool {
    size: usize,
    max_age: Duration,
    ready: Mutex<VecDeque<Ready>>,
    /// A container was taken: the refill looks again.
    taken: Notify,
    /// A container was added: a job waiting for a slot looks again.
    pushed: Notify,
    stopping: CancellationToken,
    refill: Mutex<Option<JoinHandle<()>>>,
}

impl Pool {
    pub fn new(size: usize, max_age: Duration) -> Pool {
        Pool {
            size,
            max_age,
            ready: Mutex::default(),
            taken: Notify::new(),
            pushed: Notify::new(),
            stopping: CancellationToken::new(),
            refill: Mutex::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.ready.lock().unwrap().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Starts the refill (once; never when the size is 0).
    pub fn start(self: &Arc<Pool>, launcher: Launcher) {
        let mut refill = self.refill.lock().unwrap();
        if self.size == 0 || refill.is_some() || self.stopping.is_cancelled() {
            return;
        }
        *refill = Some(tokio::spawn(refill_loop(self.clone(), launcher)));
    }

    /// A ready container no job has used, if the pool has one. One that died or aged past
    /// `WARM_POOL_MAX_AGE` is discarded (removed), never handed out.
    pub fn take(&self) -> Option<Ready> {
        let taken = {
            let mut ready = self.ready.lock().unwrap();
            let mut taken = None;
            while let Some(mut container) = ready.pop_front() {
                if self.fresh(&mut container) {
                    taken = Some(container);
                    break;
                }
            }
            taken
        };
        self.taken.notify_one();
        taken
    }

    /// Resolves when a container is added (enable it before a [`Pool::take`] that found none,
    /// so that none added in between is missed).
    pub fn pushed(&self) -> tokio::sync::futures::Notified<'_> {
        self.pushed.notified()
    }

    /// Stops the refill and removes every container the pool holds.
    pub async fn stop(&self) {
        self.stopping.cancel();
        let refill = self.refill.lock().unwrap().take();
        if let Some(refill) = refill {
            // The refill stops between two containers, never half-way through making one (a
            // create cut short could leave a container nobody knows of).
            let _ = refill.await;
        }
        self.ready.lock().unwrap().clear();
    }

    /// SECURITY: a container that died while waiting (killed, the engine restarted) or has
    /// waited too long is not used: a job only ever gets a container in the state the cold
    /// path would have given it.
    fn fresh(&self, container: &mut Ready) -> bool {
        let fresh = container.age() < self.max_age && container.usable();
        if !fresh {
            tracing::debug!(
                container = container.id(),
                age = ?container.age(),
                "discarding a pooled container that died or aged"
            );
        }
        fresh
    }

    /// Drops the containers that died or aged; returns how long until the oldest ages out.
    fn purge(&self) -> Duration {
        let mut ready = self.ready.lock().unwrap();
        ready.retain_mut(|container| self.fresh(container));
        ready
            .iter()
            .map(|container| self.max_age.saturating_sub(container.age()))
            .min()
            .unwrap_or(self.max_age)
    }
}

async fn refill_loop(pool: Arc<Pool>, launcher: Launcher) {
    while !pool.stopping.is_cancelled() {
        let next_expiry = pool.purge();
        if pool.len() < pool.size {
            let stopping = pool.stopping.clone();
            // The pauses end early when the pool stops; a container is never cut short half-way
            // through being made (a create cut short could leave a container nobody knows of).
            // A free slot first (one a job gives back when it ends, or the pool's own when a
            // container was discarded); none is taken while the pool stops.
            let attempt = || async {
                let slot = tokio::select! {
                    slot = launcher.slots().clone().acquire_owned() => slot.ok(),
                    () = pool.stopping.cancelled() => None,
                };
                let Some(slot) = slot else {
                    return Ok(None);
                };
                launcher.prepare(None, launcher.limits(), slot).await.map(Some)
            };
            let made = attempt
                .retry(RETRY)
                .sleep(move |pause| {
                    let stopping = stopping.clone();
                    async move {
                        tokio::select! {
                            () = tokio::time::sleep(pause) => {}
                            () = stopping.cancelled() => {}
                        }
                    }
                })
                .when(|_| !pool.stopping.is_cancelled())
                .notify(|err, retry| {
                    tracing::warn!(error = %err.report(), ?retry, "could not make a container for the warm pool");
                })
                .await;
            if let Ok(Some(ready)) = made {
                if !pool.stopping.is_cancelled() {
                    pool.ready.lock().unwrap().push_back(ready);
                    pool.pushed.notify_waiters();
                }
            }
            continue;
        }
        tokio::select! {
            () = pool.taken.notified() => {}
            () = tokio::time::sleep(next_expiry.min(CHECK_EVERY)) => {}
            () = pool.stopping.cancelled() => {}
        }
    }
}
