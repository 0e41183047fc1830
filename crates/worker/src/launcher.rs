//! Preparing containers: a container made [`Ready`] — created under a uid of its own, attached
//! (before start: with the engine's log off, nothing is lost), started, its launcher waiting
//! for a program — and removed once it is dropped, on every path, panics included, in the
//! background ([`Launcher::finish_removals`] waits for them).
//!
//! Both the [warm pool](crate::pool) (ahead of a job) and the [executor](crate::executor)
//! (on a job's path, when the pool has nothing) make containers here, so a pooled container is
//! made exactly as a cold one is.

use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use backon::{ConstantBuilder, ExponentialBuilder, Retryable};
use bollard::container::LogOutput;
use bollard::errors::Error as DockerError;
use bollard::query_parameters::{
    AttachContainerOptionsBuilder, CreateContainerOptionsBuilder, RemoveContainerOptionsBuilder,
};
use bollard::Docker;
use futures_util::{FutureExt, StreamExt};
use sandbox::config::Limits;
use tokio::io::AsyncWrite;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio_util::task::TaskTracker;

use crate::container::{self, Owner, Settings};
use crate::error::ExecError;
use crate::uids::{self, Lease, Uids};

/// How many uids a create may find taken on the engine (by other workers) before giving up.
const UID_CONFLICTS: usize = 64;
/// How long a create waits for one of this worker's own uids to be given back (a removal
/// finishing) when it holds them all: it looks every 50 ms, for 10 s.
const UID_WAIT: ConstantBuilder = ConstantBuilder::new()
    .with_delay(Duration::from_millis(50))
    .with_max_times(200);
/// How a failed removal (the engine restarting, say) is retried in the background: pauses from
/// 0.5 s doubling to 10 s, about 120 s of them in all; then the reaper is the last resort.
const REMOVE_RETRY: ExponentialBuilder = ExponentialBuilder::new()
    .with_min_delay(Duration::from_millis(500))
    .with_factor(2.0)
    .with_max_delay(Duration::from_secs(10))
    .without_max_times()
    .with_total_delay(Some(Duration::from_secs(120)));

pub(crate) type Input = Pin<Box<dyn AsyncWrite + Send>>;
pub(crate) type OutputStream =
    Pin<Box<dyn futures_util::Stream<Item = Result<LogOutput, DockerError>> + Send>>;

/// What the launcher writes on stderr once it is ready for a program — its allowed modules
/// loaded, its kernel filter built (runtime/launcher.py, `READY`) — and before it reads one.
/// Nothing else comes before it, and no program exists yet to forge it.
pub(crate) const READY: &[u8] = b"\0sandbox-launcher-ready\0";
/// How long a started container's launcher may take to be ready: a python-data one loads numpy,
/// pandas, matplotlib and scipy first (about 2 s at half a CPU, more under gVisor and load).
const READY_WAIT: Duration = Duration::from_secs(60);

/// A container created, attached and started under every limit; its launcher is ready and
/// waits for a program on stdin. It serves one job at most, and is removed when dropped.
pub struct Ready {
    pub(crate) input: Input,
    pub(crate) output: OutputStream,
    born: Instant,
    pub(crate) container: RemoveOnDrop,
    /// In the running-containers gauge while it is ours (pooled containers included).
    _counted: sandbox::metrics::ContainerRunning,
}

impl Ready {
    pub fn id(&self) -> &str {
        self.container.id()
    }

    pub fn age(&self) -> Duration {
        self.born.elapsed()
    }

    /// Whether it can still take a program: the launcher writes nothing before it has one, so
    /// output, or the end of the output (the container died: killed, or the engine restarted),
    /// means it cannot. Never blocks.
    pub fn usable(&mut self) -> bool {
        self.output.next().now_or_never().is_none()
    }

    /// Removes the container now, for a job that cannot use it, and hands its slot over to
    /// that job: the worker never has another container beside it meanwhile.
    pub(crate) async fn discard(mut self) -> OwnedSemaphorePermit {
        let slot = self
            .container
            .slot
            .take()
            .expect("a container holds its slot until dropped");
        if let Some(id) = self.container.id.take() {
            remove(&self.container.docker, &id).await;
        }
        drop(self.container.lease.take());
        slot
    }
}

/// Reads the launcher's output until it says [`READY`]; anything else first (a launcher that
/// cannot start says why on stderr), the output's end, or [`READY_WAIT`] passing is an error.
async fn wait_ready(output: &mut OutputStream) -> Result<(), ExecError> {
    let mut seen: Vec<u8> = Vec::new();
    let waited = tokio::time::timeout(READY_WAIT, async {
        while seen.len() < 4096 {
            match output.next().await {
                Some(Ok(LogOutput::StdErr { message })) => {
                    seen.extend_from_slice(&message);
                    if seen == READY {
                        return Ok(());
                    }
                    if !READY.starts_with(&seen) {
                        break;
                    }
                }
                Some(Ok(LogOutput::StdOut { message })) => {
                    seen.extend_from_slice(&message);
                    break;
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            }
        }
        Err(())
    })
    .await;
    match waited {
        Ok(Ok(())) => Ok(()),
        Ok(Err(())) if seen.is_empty() => Err(ExecError::NotReady {
            seen: "its output ended".into(),
        }),
        Ok(Err(())) => Err(ExecError::NotReady {
            seen: String::from_utf8_lossy(&seen)
                .trim()
                .replace('\0', "")
                .to_string(),
        }),
        Err(_elapsed) => Err(ExecError::NotReady {
            seen: format!("nothing in {} s", READY_WAIT.as_secs()),
        }),
    }
}

/// Makes a worker's containers, and removes them.
#[derive(Clone)]
pub struct Launcher {
    docker: Docker,
    settings: Settings,
    owner: Owner,
    /// Removals going on in the background.
    removals: TaskTracker,
    /// The uids of JOB_UIDS this worker's containers hold.
    uids: Arc<Uids>,
    /// MAX_CONCURRENT slots: every container of this worker holds one from its create until
    /// it has stopped (pooled ones included), so the worker never has more containers than
    /// that, waiting or running; the pool fills free slots only.
    slots: Arc<Semaphore>,
}

impl Launcher {
    pub fn new(docker: Docker, settings: Settings, owner: Owner) -> Launcher {
        let uids = Uids::new(settings.job_uids.clone());
        let slots = Arc::new(Semaphore::new(settings.max_containers.max(1)));
        Launcher {
            docker,
            settings,
            owner,
            removals: TaskTracker::new(),
            uids,
            slots,
        }
    }

    /// A launcher of containers made with `settings` (another runtime's) that shares this
    /// one's slots, uids and removals: the worker's MAX_CONCURRENT holds across its runtimes.
    pub fn sibling(&self, settings: Settings) -> Launcher {
        Launcher {
            settings,
            ..self.clone()
        }
    }

    /// The worker's container slots (see [`Launcher::prepare`]).
    pub fn slots(&self) -> &Arc<Semaphore> {
        &self.slots
    }

    pub fn docker(&self) -> &Docker {
        &self.docker
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn owner(&self) -> &Owner {
        &self.owner
    }

    pub fn limits(&self) -> &Limits {
        &self.settings.limits
    }

    /// Creates, attaches and starts a container under `limits`, in the slot `slot` (one of
    /// [`Launcher::slots`], held until the container has stopped); `label` (the job, when
    /// known) is written on it.
    pub async fn prepare(
        &self,
        label: Option<&str>,
        limits: &Limits,
        slot: OwnedSemaphorePermit,
    ) -> Result<Ready, ExecError> {
        let creating = Instant::now();
        let (id, lease) = self.create(label, limits).await?;
        let counted = sandbox::metrics::container_running();
        let container = RemoveOnDrop {
            docker: self.docker.clone(),
            removals: self.removals.clone(),
            id: Some(id.clone()),
            lease: Some(lease),
            slot: Some(slot),
            stopped: false,
        };
        let attach = AttachContainerOptionsBuilder::default()
            .stdin(true)
            .stdout(true)
            .stderr(true)
            .stream(true)
            .logs(false)
            .build();
        let streams = self
            .docker
            .attach_container(&id, Some(attach))
            .await
            .map_err(|source| ExecError::Attach { source })?;
        self.docker
            .start_container(&id, None)
            .await
            .map_err(|source| ExecError::Start { source })?;
        let mut output = streams.output;
        // The job's clock starts when its code is delivered: the launcher must be reading by
        // then, its modules loaded, or a cold container's imports would be on the job's time.
        wait_ready(&mut output).await?;
        sandbox::metrics::container_started(creating.elapsed());
        Ok(Ready {
            input: streams.input,
            output,
            born: Instant::now(),
            container,
            _counted: counted,
        })
    }

    /// Waits, up to `grace`, for every removal under way; false when some are still going.
    pub async fn finish_removals(&self, grace: Duration) -> bool {
        self.removals.close();
        let finished = tokio::time::timeout(grace, self.removals.wait()).await.is_ok();
        self.removals.reopen();
        finished
    }

    /// Creates a container under a uid no other container on the engine has: one this worker
    /// does not hold, leased on the engine by the container's name (see [`crate::uids`]).
    async fn create(&self, label: Option<&str>, limits: &Limits) -> Result<(String, Lease), ExecError> {
        let narrowed;
        let settings = if *limits == self.settings.limits {
            &self.settings
        } else {
            narrowed = Settings {
                limits: limits.clone(),
                ..self.settings.clone()
            };
            &narrowed
        };
        let mut conflicts = 0;
        loop {
            let lease = (|| async { self.uids.lease().ok_or(ExecError::UidsHeld) })
                .retry(UID_WAIT)
                .await?;
            let uid = lease.uid();
            let body = container::create_body(settings, container::labels(&self.owner, label), uid);
            let options = CreateContainerOptionsBuilder::default()
                .name(&uids::container_name(uid))
                .build();
            match self.docker.create_container(Some(options), body).await {
                Ok(created) => return Ok((created.id, lease)),
                // The name is taken: another worker's container runs as this uid. The lease goes
                // back and the next search starts past it.
                Err(DockerError::DockerResponseServerError { status_code: 409, .. })
                    if conflicts < UID_CONFLICTS =>
                {
                    conflicts += 1;
                }
                Err(source @ DockerError::DockerResponseServerError { status_code: 409, .. }) => {
                    return Err(ExecError::UidsTaken {
                        conflicts: UID_CONFLICTS,
                        source,
                    });
                }
                Err(source) => return Err(ExecError::Create { source }),
            }
        }
    }
}

/// Removes a container when dropped, in the background (tracked, so that a worker stopping
/// waits for it): a container goes after its job on every path, a panic in the job's task
/// included, and the job's result never waits for the removal.
pub(crate) struct RemoveOnDrop {
    docker: Docker,
    removals: TaskTracker,
    id: Option<String>,
    /// The container's uid, given back once the container is gone (the engine frees its name,
    /// the uid's lease on the engine, at the same moment).
    lease: Option<Lease>,
    /// The worker's slot it holds: given back at once when it is known to have stopped, else
    /// once it is removed.
    slot: Option<OwnedSemaphorePermit>,
    stopped: bool,
}

impl RemoveOnDrop {
    pub(crate) fn id(&self) -> &str {
        self.id.as_deref().unwrap_or_default()
    }

    /// The container is known to have stopped (its exit was seen): its slot is free when it
    /// is dropped, without waiting for the removal.
    pub(crate) fn stopped(&mut self) {
        self.stopped = true;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            let docker = self.docker.clone();
            let lease = self.lease.take();
            let slot = self.slot.take().filter(|_| !self.stopped);
            if tokio::runtime::Handle::try_current().is_ok() {
                self.removals.spawn(async move {
                    remove(&docker, &id).await;
                    drop(lease);
                    drop(slot);
                });
            }
        }
    }
}

/// Removes a job's container; if the engine refuses or cannot be reached, keeps trying for a
/// while ([`REMOVE_RETRY`]). The reaper is the last resort.
async fn remove(docker: &Docker, id: &str) {
    let removed = (|| try_remove(docker, id))
        .retry(REMOVE_RETRY)
        .notify(|err, pause| {
            tracing::warn!(container = id, error = %err, ?pause, "could not remove a job container");
        })
        .await;
    if removed.is_err() {
        tracing::error!(
            container = id,
            "gave up removing a job container; the reaper will"
        );
    }
}

async fn try_remove(docker: &Docker, id: &str) -> Result<(), DockerError> {
    let options = RemoveContainerOptionsBuilder::default()
        .force(true)
        .v(true)
        .build();
    match docker.remove_container(id, Some(options)).await {
        Ok(()) | Err(DockerError::DockerResponseServerError { status_code: 404, .. }) => Ok(()),
        Err(err) => Err(err),
    }
}
