//! `sandbox-worker`: takes jobs from the Redis stream through the consumer group and runs each
//! in a fresh container, at most `MAX_CONCURRENT` at once.
//!
//! - [`container`]: the container settings, a pure function of the limits.
//! - [`executor`]: one job, one container, through the Docker Engine API.
//! - [`pool`]: containers made ahead of their job (the warm pool).
//! - [`exits`]: containers' exits from the engine's event stream.
//! - [`reaper`]: heartbeats, and removal of containers whose worker is gone.
//! - [`seccomp`]: the system-call filter of every job container.
//! - [`uids`]: a uid of its own for every job container (JOB_UIDS).
//! - [`Worker`]: one job's way from delivery to stored result; [`run`]: the loop around it.

pub mod container;
pub mod executor;
pub mod exits;
pub mod metrics;
pub mod pool;
pub mod reaper;
pub mod seccomp;
pub mod uids;

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use bollard::Docker;
use chrono::Utc;
use sandbox::config::{Config, ContainerRuntime};
use sandbox::job::{FailureCode, JobFailure, JobId, JobSpec, Terminal};
use sandbox::queue::{Claim, Consumer, Delivery, EntryId, Queue, QueueError, WorkerId};
use sandbox::validate::Policy;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;
use tracing::Instrument;

use crate::container::{Owner, Settings};
use crate::executor::{ExecError, Executor};

/// How long one blocking read of the stream waits before the loop looks around again.
const READ_BLOCK: Duration = Duration::from_secs(2);
/// Pauses between attempts at running a job while the engine is unavailable: about 15 s in
/// all, enough for an engine restart, before the job fails as `engine_unavailable`.
const ENGINE_RETRIES: [Duration; 5] = [
    Duration::from_millis(500),
    Duration::from_secs(1),
    Duration::from_secs(2),
    Duration::from_secs(4),
    Duration::from_secs(8),
];
/// How often the worker looks for jobs a dead worker left behind.
const ABANDONED_SCAN_EVERY: Duration = Duration::from_secs(5);
/// An entry is only taken over once it has been idle this long: a worker that just received it
/// is never raced.
const ABANDONED_MIN_IDLE: Duration = Duration::from_secs(2);

/// Connects to the Docker engine named by the environment (DOCKER_HOST, else the local socket)
/// and agrees on an API version with it: Debian's docker.io 20.10 serves 1.41 at most.
pub async fn connect_docker() -> Result<Docker, bollard::errors::Error> {
    Docker::connect_with_local_defaults()?.negotiate_version().await
}

/// The runtime job containers run under: CONTAINER_RUNTIME resolved against the runtimes the
/// engine has registered (its `info`), once, at the worker's start, and logged. `auto` takes
/// gVisor (`runsc`) when the engine has it, else `runc`; a runtime named explicitly that the
/// engine lacks is an error, so the worker refuses to start rather than fail every job.
pub async fn container_runtime(docker: &Docker, wanted: &ContainerRuntime) -> anyhow::Result<String> {
    let info = docker
        .info()
        .await
        .context("asking the Docker engine which runtimes it has")?;
    let mut registered: Vec<String> = info.runtimes.unwrap_or_default().into_keys().collect();
    registered.sort();
    let chosen = wanted.choose(&registered)?;
    let why = match wanted {
        ContainerRuntime::Auto if chosen == sandbox::config::GVISOR => "auto: gVisor is registered",
        ContainerRuntime::Auto => "auto: gVisor (runsc) is not registered with the engine",
        ContainerRuntime::Named(_) => "as configured",
    };
    tracing::info!(
        runtime = %chosen,
        requested = %wanted,
        registered = %registered.join(","),
        "job containers run under {chosen} ({why})"
    );
    Ok(chosen)
}

/// A name for this worker that no other live worker has.
pub fn default_worker_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let host = host.trim();
    let host = if host.is_empty() { "worker" } else { host };
    let suffix = uuid::Uuid::new_v4().simple().to_string();
    format!("{host}-{}-{}", std::process::id(), &suffix[..8])
}

/// What happened to one delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Processed {
    /// A result or failure was stored (or had already been, by another worker).
    Finished(Terminal),
    /// The entry carried nothing to run (malformed, or the job was already finished or gone).
    Skipped,
}

pub struct Worker {
    queue: Queue,
    executor: Executor,
    policy: Policy,
    name: WorkerId,
    job_deadline: Duration,
    result_ttl: Duration,
    max_attempts: u64,
    /// Jobs running now (the slot held by the stream reader while it waits is not one).
    running: AtomicUsize,
}

impl Worker {
    /// A worker whose job containers run under `runtime` (see [`container_runtime`]).
    pub fn new(config: &Config, queue: Queue, docker: Docker, runtime: &str) -> Worker {
        let name = config.worker_id.clone().unwrap_or_else(default_worker_id);
        let owner = Owner {
            prefix: config.redis_prefix.clone(),
            worker: name.clone(),
        };
        Worker {
            queue,
            executor: Executor::new(docker, Settings::from_config(config, runtime), owner),
            policy: config.policy.clone(),
            name: WorkerId::from(name),
            job_deadline: config.job_deadline,
            result_ttl: config.result_ttl,
            max_attempts: config.max_attempts,
            running: AtomicUsize::new(0),
        }
    }

    pub fn name(&self) -> &WorkerId {
        &self.name
    }

    pub fn executor(&self) -> &Executor {
        &self.executor
    }

    /// How long an entry may sit unacknowledged with a worker that still looks alive before
    /// another worker takes it over: longer than a live worker can keep a job (every engine
    /// attempt, each with its timeout and a slow container start). A worker whose heartbeat has
    /// lapsed loses its entries at once.
    fn stale_after(&self) -> Duration {
        let retries: Duration = ENGINE_RETRIES.iter().sum();
        (self.executor.limits().timeout + Duration::from_secs(30)) * (ENGINE_RETRIES.len() as u32 + 1)
            + retries
    }

    /// The oldest entry a dead (or hopelessly stuck) worker left, now ours. At start
    /// (`restarted`), entries under our own name are a previous life's and are taken too.
    async fn claim_abandoned(
        &self,
        consumer: &mut Consumer,
        restarted: bool,
    ) -> Result<Option<Delivery>, QueueError> {
        // Our own earlier entries may have been delivered a moment before we were killed.
        let min_idle = if restarted {
            Duration::ZERO
        } else {
            ABANDONED_MIN_IDLE
        };
        for pending in consumer.pending(min_idle, 32).await? {
            let abandoned = if pending.consumer == self.name {
                restarted
            } else {
                pending.idle >= ABANDONED_MIN_IDLE
                    && (pending.idle >= self.stale_after()
                        || !self.queue.worker_alive(&pending.consumer).await?)
            };
            if abandoned {
                if let Some(delivery) = consumer.claim(&pending, min_idle).await? {
                    tracing::warn!(
                        entry = %delivery.entry_id,
                        from = %pending.consumer,
                        attempts = delivery.attempts,
                        "taking over a job a dead worker left"
                    );
                    return Ok(Some(delivery));
                }
            }
        }
        Ok(None)
    }

    /// Takes one delivery to a stored terminal state, and acknowledges it.
    pub async fn process(&self, delivery: Delivery) -> Processed {
        let spec = match delivery.spec {
            Ok(spec) => spec,
            Err(reason) => {
                tracing::error!(
                    entry = %delivery.entry_id,
                    %reason,
                    "dropping a malformed stream entry"
                );
                self.until_stored(|| self.queue.discard(&delivery.entry_id)).await;
                return Processed::Skipped;
            }
        };
        if delivery.attempts > self.max_attempts {
            let failure = JobFailure {
                code: FailureCode::TooManyAttempts,
                message: format!(
                    "delivered {} times; the workers running it kept dying (MAX_ATTEMPTS={})",
                    delivery.attempts - 1,
                    self.max_attempts
                ),
            };
            tracing::error!(job = %spec.id, attempts = delivery.attempts, "giving up on a job");
            let terminal = Terminal::Failed(failure);
            self.store(spec.id, &delivery.entry_id, &terminal).await;
            return Processed::Finished(terminal);
        }
        let terminal = match self.start(&spec).await {
            Ok(Some(code)) => self.execute(&spec, code).await,
            Ok(None) => {
                self.until_stored(|| self.queue.discard(&delivery.entry_id)).await;
                return Processed::Skipped;
            }
            Err(failure) => Terminal::Failed(failure),
        };
        let written = self.store(spec.id, &delivery.entry_id, &terminal).await;
        if !written {
            tracing::info!(job = %spec.id, "another worker had already stored this job's result");
        }
        Processed::Finished(terminal)
    }

    /// Checks that the job may run and marks it running; `Ok(None)` when there is nothing to run.
    async fn start(&self, spec: &JobSpec) -> Result<Option<sandbox::ValidatedCode>, JobFailure> {
        let waited = Utc::now().signed_duration_since(spec.created_at);
        if waited.to_std().is_ok_and(|w| w > self.job_deadline) {
            return Err(JobFailure {
                code: FailureCode::Expired,
                message: format!(
                    "not started within JOB_DEADLINE ({} s)",
                    self.job_deadline.as_secs()
                ),
            });
        }
        // SECURITY: the queue is not a trust boundary — anything that can write to Redis could
        // enqueue a job, so the worker validates again before running it.
        let policy = self.policy.clone();
        let source = spec.code.clone();
        let code = match tokio::task::spawn_blocking(move || policy.validate(&source)).await {
            Ok(Ok(code)) => code,
            Ok(Err(rejection)) => {
                return Err(JobFailure {
                    code: FailureCode::Internal,
                    message: format!("rejected by the worker's static analysis: {rejection}"),
                })
            }
            Err(err) => {
                return Err(JobFailure {
                    code: FailureCode::Internal,
                    message: format!("validator failed: {err}"),
                })
            }
        };
        match self
            .until_stored(|| self.queue.mark_running(spec.id, Utc::now()))
            .await
        {
            Claim::Started => {
                sandbox::metrics::job_started(waited.to_std().unwrap_or_default());
                Ok(Some(code))
            }
            Claim::AlreadyFinished | Claim::Missing => Ok(None),
        }
    }

    async fn execute(&self, spec: &JobSpec, code: sandbox::ValidatedCode) -> Terminal {
        let job = spec.id.to_string();
        let mut retries = ENGINE_RETRIES.iter();
        loop {
            match self.executor.run_timed(&job, &code, &spec.stdin).await {
                Ok((result, timings)) => {
                    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
                    tracing::info!(
                        job,
                        outcome = ?result.outcome,
                        duration_ms = result.duration_ms,
                        pooled = timings.pooled,
                        exit_event = timings.announced,
                        start_ms = ms(timings.start),
                        delivery_ms = ms(timings.delivery),
                        run_ms = ms(timings.run),
                        drain_ms = ms(timings.drain),
                        executor_ms = ms(timings.start + timings.total),
                        "job ran"
                    );
                    return Terminal::Completed(result);
                }
                Err(ExecError::Refused(message)) => {
                    tracing::error!(job, message, "the engine refused the job");
                    return Terminal::Failed(JobFailure {
                        code: FailureCode::Internal,
                        message,
                    });
                }
                Err(ExecError::Unavailable(message)) => match retries.next() {
                    Some(pause) => {
                        tracing::warn!(job, message, ?pause, "the engine is unavailable; retrying");
                        tokio::time::sleep(*pause).await;
                    }
                    None => {
                        tracing::error!(job, message, "the engine stayed unavailable");
                        let message = format!("the container engine stayed unavailable: {message}");
                        return Terminal::Failed(JobFailure {
                            code: FailureCode::EngineUnavailable,
                            message,
                        });
                    }
                },
            }
        }
    }

    /// Stores a job's terminal state and acknowledges its entry, retrying until Redis takes it;
    /// returns whether this call wrote it (false: another worker's result was there first).
    async fn store(&self, id: JobId, entry_id: &EntryId, terminal: &Terminal) -> bool {
        let written = self
            .until_stored(|| {
                self.queue
                    .finish(id, Some(entry_id), terminal, Utc::now(), self.result_ttl)
            })
            .await;
        if written {
            sandbox::metrics::job_finished(terminal);
        }
        written
    }

    /// Retries a Redis step until it succeeds: an accepted job is never dropped because Redis
    /// blinked. (If the worker dies meanwhile, the entry is still pending and another worker
    /// takes it over.)
    async fn until_stored<T, F, Fut>(&self, mut step: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, QueueError>>,
    {
        let mut backoff = Duration::from_millis(100);
        loop {
            match step().await {
                Ok(value) => return value,
                Err(err) => {
                    tracing::warn!(error = %err, "redis step failed; retrying");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
            }
        }
    }
}

/// Runs a worker until `shutdown` completes; jobs already running then finish and are stored
/// before it returns.
pub async fn run(config: Config, docker: Docker, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    let queue = Queue::new(&config.redis_url, &config.redis_prefix)?;
    // Before anything else: a runtime the engine lacks stops the worker here, not every job.
    let runtime = container_runtime(&docker, &config.container_runtime).await?;
    let worker = Arc::new(Worker::new(&config, queue.clone(), docker, &runtime));
    let slots = Arc::new(Semaphore::new(config.max_concurrent));
    tracing::info!(
        worker = %worker.name(),
        slots = config.max_concurrent,
        runtime,
        "worker starting"
    );
    tokio::pin!(shutdown);
    // Before any job of ours runs: a restarted worker's earlier containers are orphans.
    let (docker, prefix) = (worker.executor().docker(), &config.redis_prefix);
    let (own, grace) = (reaper::Scope::OwnAndDead, reaper::ORPHAN_GRACE);
    if let Err(err) = reaper::reap(docker, &queue, prefix, worker.name().as_str(), own, grace).await {
        tracing::warn!(error = %err, "looking for orphaned containers failed");
    }
    // Alive before the first read: other workers never take over what we hold.
    if let Err(err) = queue
        .heartbeat(worker.name(), config.max_concurrent, 0, reaper::HEARTBEAT_TTL)
        .await
    {
        tracing::warn!(error = %err, "could not write the first heartbeat");
    }
    let housekeeping = tokio::spawn(housekeeping(worker.clone(), config.max_concurrent));
    // After the reap above, which would take pooled containers of a previous life for orphans.
    worker.executor().start_pool();

    let mut consumer: Option<Consumer> = None;
    let mut tasks = JoinSet::new();
    let mut backoff = Duration::from_millis(100);
    let mut last_scan: Option<tokio::time::Instant> = None;
    loop {
        while let Some(done) = tasks.try_join_next() {
            log_task_end(done);
        }
        // Only a worker with a free slot reads: what it reads, it runs now.
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => {
                // acquire_owned() only fails once the semaphore is closed; we never close it.
                permit.expect("the slot semaphore is never closed")
            }
            () = &mut shutdown => break,
        };
        let next = async {
            if consumer.is_none() {
                queue.ensure_group().await?;
                consumer = Some(queue.consumer(worker.name(), READ_BLOCK).await?);
            }
            let reader = consumer.as_mut().expect("set just above");
            if last_scan.is_none_or(|t| t.elapsed() >= ABANDONED_SCAN_EVERY) {
                let restarted = last_scan.is_none();
                if let Some(delivery) = worker.claim_abandoned(reader, restarted).await? {
                    return Ok(Some(delivery));
                }
                last_scan = Some(tokio::time::Instant::now());
            }
            reader.next().await
        };
        let next: Result<Option<Delivery>, QueueError> = tokio::select! {
            next = next => next,
            () = &mut shutdown => break,
        };
        match next {
            Ok(Some(delivery)) => {
                backoff = Duration::from_millis(100);
                spawn_job(&mut tasks, worker.clone(), delivery, permit);
            }
            Ok(None) => backoff = Duration::from_millis(100),
            Err(err) => {
                tracing::warn!(error = %err, "cannot read the job stream; retrying");
                consumer = None;
                tokio::select! {
                    () = tokio::time::sleep(backoff) => {}
                    () = &mut shutdown => break,
                }
                backoff = (backoff * 2).min(Duration::from_secs(5));
            }
        }
    }
    // Running jobs finish and are stored, within a bound: past it the worker leaves, and what it
    // still held is pending, taken over by another worker.
    let grace = worker.stale_after();
    tracing::info!(
        running = tasks.len(),
        ?grace,
        "worker stopping; letting running jobs finish"
    );
    let drained = tokio::time::timeout(grace, async {
        while let Some(done) = tasks.join_next().await {
            log_task_end(done);
        }
    })
    .await;
    if drained.is_err() {
        tracing::error!(
            left = tasks.len(),
            "running jobs did not finish in time; leaving them to other workers"
        );
        tasks.abort_all();
    }
    housekeeping.abort();
    // The pool's containers, and removals still under way, go before the worker does.
    worker.executor().shutdown().await;
    // Best effort: a worker that said goodbye is no longer listed as live.
    let _ = queue.forget_worker(worker.name()).await;
    Ok(())
}

/// In the background of a worker: renews its heartbeat, and removes the containers of workers
/// whose heartbeat lapsed.
async fn housekeeping(worker: Arc<Worker>, total: usize) {
    let executor = worker.executor();
    let prefix = executor.owner().prefix.clone();
    let (scope, min_age) = (reaper::Scope::Dead, reaper::ORPHAN_GRACE);
    let mut last_reap: Option<tokio::time::Instant> = None;
    loop {
        let running = worker.running.load(Ordering::Relaxed);
        if let Err(err) = worker
            .queue
            .heartbeat(worker.name(), total, running, reaper::HEARTBEAT_TTL)
            .await
        {
            tracing::warn!(error = %err, "could not renew the heartbeat");
        }
        if last_reap.is_none_or(|t| t.elapsed() >= reaper::REAP_EVERY) {
            let docker = executor.docker();
            match reaper::reap(
                docker,
                &worker.queue,
                &prefix,
                worker.name().as_str(),
                scope,
                min_age,
            )
            .await
            {
                Ok(_) => {
                    last_reap = Some(tokio::time::Instant::now());
                    if let Err(err) = worker.queue.prune_consumers(worker.name()).await {
                        tracing::warn!(error = %err, "could not prune the consumer group");
                    }
                }
                Err(err) => tracing::warn!(error = %err, "looking for orphaned containers failed"),
            }
        }
        tokio::time::sleep(reaper::HEARTBEAT_EVERY).await;
    }
}

/// Runs one job in a task of its own, holding a slot until it is stored. A panic while running
/// it does not lose the job: it is stored as failed (`internal`), its container removed.
fn spawn_job(tasks: &mut JoinSet<()>, worker: Arc<Worker>, delivery: Delivery, permit: OwnedSemaphorePermit) {
    tasks.spawn(async move {
        let _slot = permit;
        worker.running.fetch_add(1, Ordering::Relaxed);
        let _running = Running(&worker.running);
        let entry_id = delivery.entry_id.clone();
        let job = delivery.spec.as_ref().ok().map(|spec| spec.id);
        let span = sandbox::logging::job_span(&job.map_or_else(|| "-".to_string(), |id| id.to_string()));
        let inner = tokio::spawn({
            let worker = worker.clone();
            async move { worker.process(delivery).await }.instrument(span.clone())
        });
        if let Err(err) = inner.await {
            tracing::error!(parent: &span, entry = %entry_id, error = %err, "job task failed");
            if let Some(id) = job {
                let failure = JobFailure {
                    code: FailureCode::Internal,
                    message: "the worker failed while running the job".into(),
                };
                let terminal = Terminal::Failed(failure);
                worker.store(id, &entry_id, &terminal).instrument(span).await;
            }
        }
    });
}

fn log_task_end(done: Result<(), tokio::task::JoinError>) {
    if let Err(err) = done {
        tracing::error!(error = %err, "job supervisor task failed");
    }
}

/// Counts a job as running for as long as it lives, panics included.
struct Running<'a>(&'a AtomicUsize);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}
