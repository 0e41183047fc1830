//! Containers' exits as the engine announces them: one `/events` subscription per worker,
//! filtered to its deployment's `die` and `oom` events.
//!
//! The `oom` event is how a memory kill under gVisor is told apart reliably (see
//! `Executor::memory_killed`): the engine records a container as OOM-killed only when its `oom`
//! arrives before its exit, and under runsc it sometimes arrives after.
//!
//! The engine sends a container's `die` event (with its exit code) as soon as the process is
//! gone and its output copied, then unmounts and tears down the container's namespaces; the
//! `wait` call answers only after that: 15 to 40 ms after the event's timestamp in five
//! trials with curl on the socket (curl's own exit included). A job takes whichever comes
//! first, so a lost or lagging subscription costs time, never a result.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bollard::query_parameters::EventsOptionsBuilder;
use bollard::Docker;
use futures_util::StreamExt;
use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;

use crate::container::LABEL_PREFIX;

/// Pause before subscribing again after an error. A fixed pause, not a back-off (nor backon): the
/// subscription is a stream meant to last, not an operation that completes, and while it is
/// down jobs lose only time (they fall back to the engine's `wait`).
const RESUBSCRIBE_AFTER: Duration = Duration::from_millis(500);

/// What is watched for one container.
struct Watched {
    /// The exit code, sent once.
    exit: Option<oneshot::Sender<i64>>,
    /// Whether the engine announced an `oom` for it.
    oom: watch::Sender<bool>,
}

#[derive(Default)]
pub struct Exits {
    /// Container id → whoever waits for its exit code and its memory kill.
    waiting: Mutex<HashMap<String, Watched>>,
    listener: Mutex<Option<JoinHandle<()>>>,
}

impl Exits {
    /// Subscribes in the background (once), and again whenever the stream ends.
    pub fn start(self: &Arc<Exits>, docker: Docker, prefix: String) {
        let mut listener = self.listener.lock().unwrap();
        if listener.is_none() {
            *listener = Some(tokio::spawn(listen(self.clone(), docker, prefix)));
        }
    }

    pub fn stop(&self) {
        if let Some(listener) = self.listener.lock().unwrap().take() {
            listener.abort();
        }
    }

    /// The exit code of container `id`, once the engine announces it. Ask before the program
    /// can end (before its code is delivered); the receiver never resolves when the
    /// announcement is missed, so always race it against the engine's `wait`. Dropping it
    /// stops watching.
    pub fn watch(self: &Arc<Exits>, id: &str) -> Watch {
        let (sender, receiver) = oneshot::channel();
        let (oom, oom_seen) = watch::channel(false);
        let watched = Watched {
            exit: Some(sender),
            oom,
        };
        self.waiting.lock().unwrap().insert(id.to_string(), watched);
        Watch {
            exits: self.clone(),
            id: id.to_string(),
            receiver,
            oom_seen,
        }
    }

    fn announce(&self, id: &str, exit_code: i64) {
        let sender = self
            .waiting
            .lock()
            .unwrap()
            .get_mut(id)
            .and_then(|watched| watched.exit.take());
        if let Some(sender) = sender {
            let _ = sender.send(exit_code);
        }
    }

    fn announce_oom(&self, id: &str) {
        if let Some(watched) = self.waiting.lock().unwrap().get(id) {
            watched.oom.send_replace(true);
        }
    }
}

async fn listen(exits: Arc<Exits>, docker: Docker, prefix: String) {
    let filters = HashMap::from([
        ("type", vec!["container".to_string()]),
        ("event", vec!["die".to_string(), "oom".to_string()]),
        ("label", vec![format!("{LABEL_PREFIX}={prefix}")]),
    ]);
    loop {
        let options = EventsOptionsBuilder::default().filters(&filters).build();
        let mut events = docker.events(Some(options));
        while let Some(event) = events.next().await {
            match event {
                Ok(event) => {
                    let Some(actor) = event.actor else { continue };
                    if event.action.as_deref() == Some("oom") {
                        if let Some(id) = actor.id {
                            exits.announce_oom(&id);
                        }
                        continue;
                    }
                    let code = actor
                        .attributes
                        .as_ref()
                        .and_then(|a| a.get("exitCode"))
                        .and_then(|c| c.parse().ok());
                    if let (Some(id), Some(code)) = (actor.id, code) {
                        exits.announce(&id, code);
                    }
                }
                Err(err) => {
                    tracing::debug!(error = %err, "the engine's event stream failed; subscribing again");
                    tokio::time::sleep(RESUBSCRIBE_AFTER).await;
                    break;
                }
            }
        }
    }
}

/// One container's exit and memory kill, watched for until dropped.
pub struct Watch {
    exits: Arc<Exits>,
    id: String,
    receiver: oneshot::Receiver<i64>,
    oom_seen: watch::Receiver<bool>,
}

impl Watch {
    /// The announced exit code; never resolves if the announcement was missed.
    pub async fn exit_code(&mut self) -> i64 {
        match (&mut self.receiver).await {
            Ok(code) => code,
            Err(_) => std::future::pending().await,
        }
    }

    /// Whether the engine announced an `oom` for the container, waiting up to `grace` for the
    /// announcement if it has not come yet.
    pub async fn oom_announced(&mut self, grace: Duration) -> bool {
        let seen = self.oom_seen.wait_for(|seen| *seen);
        matches!(tokio::time::timeout(grace, seen).await, Ok(Ok(_)))
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.exits.waiting.lock().unwrap().remove(&self.id);
    }
}
