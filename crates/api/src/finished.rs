//! Wakes `GET /jobs/{id}?wait=` as soon as its job finishes, rather than polling Redis: one
//! subscription per api process to the channel a worker publishes a job's id on when it stores
//! the job's terminal state, and one shared watcher per job being waited on.
//!
//! However many polls wait on one job, the api reads that job from Redis once per notice and
//! once per [`WAIT_FALLBACK`] (the fallback for a notice lost with the subscription's
//! connection), and hands what it read to every waiter through a `tokio::sync::watch`
//! channel; a finished job costs one read, not one per waiter.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use sandbox::job::{JobId, JobView};
use sandbox::queue::Queue;
use tokio::sync::{broadcast, watch};
use tokio::task::JoinHandle;

/// Finished jobs a slow watcher may fall behind by before it re-reads its job anyway.
const BACKLOG: usize = 4096;
/// Pause before subscribing again after the connection was lost.
const RESUBSCRIBE_AFTER: Duration = Duration::from_millis(500);
/// How often a watched job is read when no notice of its end arrives.
pub const WAIT_FALLBACK: Duration = Duration::from_secs(1);

#[derive(Clone)]
pub struct Finished {
    sender: broadcast::Sender<JobId>,
    /// None: nothing is read (a router without a queue, in unit tests).
    queue: Option<Queue>,
    watchers: Arc<Mutex<HashMap<JobId, Arc<watch::Sender<JobView>>>>>,
}

impl Finished {
    /// Subscribes in the background, and again whenever the connection is lost.
    pub fn listen(queue: Queue) -> (Finished, JoinHandle<()>) {
        let finished = Finished {
            queue: Some(queue.clone()),
            ..Finished::unsubscribed()
        };
        let task = tokio::spawn(subscribe(queue, finished.sender.clone()));
        (finished, task)
    }

    /// One that never wakes anybody: waits end at their deadline only.
    pub fn unsubscribed() -> Finished {
        Finished {
            sender: broadcast::channel(BACKLOG).0,
            queue: None,
            watchers: Arc::default(),
        }
    }

    /// Waits until the job (last seen as `current`) is terminal or `deadline` passes, and
    /// returns the latest state read: terminal, or at most [`WAIT_FALLBACK`] old.
    pub async fn wait(&self, current: JobView, deadline: tokio::time::Instant) -> JobView {
        if current.status.is_terminal() {
            return current;
        }
        let mut receiver = self.join(current);
        loop {
            let seen = receiver.borrow_and_update().clone();
            if seen.status.is_terminal() {
                return seen;
            }
            tokio::select! {
                changed = receiver.changed() => {
                    if changed.is_err() {
                        // The watcher ended (the job is gone): what it last read.
                        return receiver.borrow().clone();
                    }
                }
                () = tokio::time::sleep_until(deadline) => return receiver.borrow().clone(),
            }
        }
    }

    /// Jobs with a watcher now (one per job, however many wait on it).
    pub fn watched(&self) -> usize {
        self.watchers.lock().expect("watchers").len()
    }

    /// A receiver of the job's state, from its watcher, started if there is none.
    fn join(&self, current: JobView) -> watch::Receiver<JobView> {
        let id = current.id;
        let mut watchers = self.watchers.lock().expect("watchers");
        if let Some(sender) = watchers.get(&id) {
            return sender.subscribe();
        }
        let (sender, receiver) = watch::channel(current);
        let sender = Arc::new(sender);
        watchers.insert(id, sender.clone());
        tokio::spawn(self.clone().watch(id, sender));
        receiver
    }

    /// Reads the job on each notice of its end and every [`WAIT_FALLBACK`], and sends what it
    /// read to the waiters; ends when the job is terminal or gone, or nobody waits any more.
    async fn watch(self, id: JobId, sender: Arc<watch::Sender<JobView>>) {
        let mut notices = self.sender.subscribe();
        loop {
            tokio::select! {
                () = finished(&mut notices, id) => {}
                () = tokio::time::sleep(WAIT_FALLBACK) => {}
                () = sender.closed() => {
                    // Under the lock that joining takes, so no waiter joins a leaving watcher.
                    let mut watchers = self.watchers.lock().expect("watchers");
                    if sender.receiver_count() == 0 {
                        watchers.remove(&id);
                        return;
                    }
                    continue;
                }
            }
            let Some(queue) = &self.queue else { continue };
            match queue.job(id).await {
                Ok(Some(view)) => {
                    let terminal = view.status.is_terminal();
                    sender.send_replace(view);
                    if terminal {
                        break;
                    }
                }
                Ok(None) => break,
                // Redis unreachable or the record unreadable: the waiters keep the last state,
                // and the next round reads again.
                Err(err) => tracing::warn!(job_id = %id, error = %err, "reading a waited-on job"),
            }
        }
        self.watchers.lock().expect("watchers").remove(&id);
    }
}

/// Returns once `id` finished, or once finishes were missed (lagged, or the subscription is
/// being re-established): either way, the caller reads the job again.
async fn finished(receiver: &mut broadcast::Receiver<JobId>, id: JobId) {
    loop {
        match receiver.recv().await {
            Ok(done) if done == id => return,
            Ok(_) => {}
            Err(broadcast::error::RecvError::Lagged(_)) => return,
            // The sender lives as long as the api; pending forever is what "never" means here.
            Err(broadcast::error::RecvError::Closed) => std::future::pending::<()>().await,
        }
    }
}

async fn subscribe(queue: Queue, sender: broadcast::Sender<JobId>) {
    loop {
        match queue.finished_jobs().await {
            Ok(jobs) => {
                tracing::debug!("subscribed to finished jobs");
                let mut jobs = std::pin::pin!(jobs);
                while let Some(id) = jobs.next().await {
                    // No receiver: nobody waits right now.
                    let _ = sender.send(id);
                }
                tracing::warn!("lost the subscription to finished jobs; subscribing again");
            }
            Err(err) => tracing::warn!(error = %err, "cannot subscribe to finished jobs"),
        }
        tokio::time::sleep(RESUBSCRIBE_AFTER).await;
    }
}
