//! Wakes `GET /jobs/{id}?wait=` as soon as its job finishes, rather than polling Redis: one
//! subscription per api process to the channel a worker publishes a job's id on when it stores
//! the job's terminal state.

use std::time::Duration;

use futures_util::StreamExt;
use sandbox::job::JobId;
use sandbox::queue::Queue;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

/// Finished jobs a slow waiter may fall behind by before it re-reads its job anyway.
const BACKLOG: usize = 4096;
/// Pause before subscribing again after the connection was lost.
const RESUBSCRIBE_AFTER: Duration = Duration::from_millis(500);

#[derive(Clone)]
pub struct Finished {
    sender: broadcast::Sender<JobId>,
}

impl Finished {
    /// Subscribes in the background, and again whenever the connection is lost.
    pub fn listen(queue: Queue) -> (Finished, JoinHandle<()>) {
        let finished = Finished::unsubscribed();
        let task = tokio::spawn(subscribe(queue, finished.sender.clone()));
        (finished, task)
    }

    /// One that never wakes anybody (waits then end by their fallback timer only).
    pub fn unsubscribed() -> Finished {
        Finished {
            sender: broadcast::channel(BACKLOG).0,
        }
    }

    /// A receiver of every job that finishes from now on. Take it before reading the job's
    /// state, so that a job finishing in between is not missed.
    pub fn watch(&self) -> broadcast::Receiver<JobId> {
        self.sender.subscribe()
    }
}

/// Returns once `id` finished, or once finishes were missed (lagged, or the subscription is
/// being re-established): either way, the caller reads the job again.
pub async fn finished(receiver: &mut broadcast::Receiver<JobId>, id: JobId) {
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
