//! One job's way from delivery to stored result: admit it (the attempt cap, the deadline),
//! validate it again, mark it running, run it (retrying while the engine is unavailable), and
//! store its terminal state — retrying each Redis step until it is taken.
//!
//! The queue ([`Jobs`]) and the executor ([`Runner`]) are behind small traits, and the clock is
//! a parameter, so the decisions are unit-tested with neither Redis nor Docker, on tokio's
//! paused clock.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder, Retryable};
use chrono::{DateTime, Utc};
use sandbox::config::Config;
use sandbox::job::{FailureCode, InputFile, JobFailure, JobId, JobResult, JobSpec, LimitRequest, Terminal};
use sandbox::queue::{Claim, Delivery, EntryId, Queue, QueueError, WorkerId};
use sandbox::validate::Policy;
use sandbox::ValidatedCode;
use tracing::Instrument;

use crate::error::ExecError;
use crate::executor::{Executor, Input, Timings};
use crate::liveness::EngineGate;

/// Pauses between attempts at running a job while the engine is unavailable: 0.5, 1, 2, 4 and
/// 8 s — about 15 s in all, enough for an engine restart — before the job fails as
/// `engine_unavailable`.
pub const ENGINE_RETRY: ExponentialBuilder = ExponentialBuilder::new()
    .with_min_delay(Duration::from_millis(500))
    .with_factor(2.0)
    .with_max_delay(Duration::from_secs(8))
    .with_max_times(5);
/// Pauses between attempts at a Redis step of a job: from 100 ms, doubling up to 5 s, until it
/// is taken (an accepted job is never dropped because Redis blinked).
pub const STORE_RETRY: ExponentialBuilder = ExponentialBuilder::new()
    .with_min_delay(Duration::from_millis(100))
    .with_factor(2.0)
    .with_max_delay(Duration::from_secs(5))
    .without_max_times();

/// The queue's side of a job's lifecycle (implemented by [`Queue`]).
pub trait Jobs: Send + Sync + 'static {
    /// Acknowledges an entry that carries nothing to run.
    fn discard(&self, entry_id: &EntryId) -> impl Future<Output = Result<(), QueueError>> + Send;
    /// Marks the job running, unless it is finished or gone.
    fn mark_running(
        &self,
        id: JobId,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Claim, QueueError>> + Send;
    /// Stores the terminal state and acknowledges the entry; false when a result was there.
    fn finish(
        &self,
        id: JobId,
        entry_id: &EntryId,
        terminal: &Terminal,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> impl Future<Output = Result<bool, QueueError>> + Send;
    /// Whether `me` still holds the entry as delivered `attempts` times (no other worker took
    /// it over meanwhile).
    fn holds(
        &self,
        entry_id: &EntryId,
        me: &WorkerId,
        attempts: u64,
    ) -> impl Future<Output = Result<bool, QueueError>> + Send;
    /// Whether a live worker (a current heartbeat) other than `me` exists.
    fn others_alive(&self, me: &WorkerId) -> impl Future<Output = Result<bool, QueueError>> + Send;
    /// Removes `me`'s heartbeat: the live workers take over what it holds.
    fn step_down(&self, me: &WorkerId) -> impl Future<Output = Result<(), QueueError>> + Send;
}

impl Jobs for Queue {
    async fn discard(&self, entry_id: &EntryId) -> Result<(), QueueError> {
        Queue::discard(self, entry_id).await
    }

    async fn mark_running(&self, id: JobId, now: DateTime<Utc>) -> Result<Claim, QueueError> {
        Queue::mark_running(self, id, now).await
    }

    async fn finish(
        &self,
        id: JobId,
        entry_id: &EntryId,
        terminal: &Terminal,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<bool, QueueError> {
        Queue::finish(self, id, Some(entry_id), terminal, now, ttl).await
    }

    async fn holds(&self, entry_id: &EntryId, me: &WorkerId, attempts: u64) -> Result<bool, QueueError> {
        let holder = Queue::entry_holder(self, entry_id).await?;
        Ok(holder.is_some_and(|(consumer, deliveries)| consumer == *me && deliveries == attempts))
    }

    async fn others_alive(&self, me: &WorkerId) -> Result<bool, QueueError> {
        let workers = Queue::workers(self).await?;
        Ok(workers.iter().any(|w| w.id != me.as_str()))
    }

    async fn step_down(&self, me: &WorkerId) -> Result<(), QueueError> {
        Queue::forget_worker(self, me).await
    }
}

/// Runs one job in a container (implemented by [`Executor`]).
pub trait Runner: Send + Sync + 'static {
    fn run(
        &self,
        job: JobId,
        code: &ValidatedCode,
        input: Input<'_>,
        files: &[InputFile],
        limits: &LimitRequest,
    ) -> impl Future<Output = Result<(JobResult, Timings), ExecError>> + Send;
    /// Whether the engine answers at all (a ping): an engine that answers and failed one job
    /// is not down.
    fn answers(&self) -> impl Future<Output = bool> + Send;
}

impl Runner for Executor {
    async fn run(
        &self,
        job: JobId,
        code: &ValidatedCode,
        input: Input<'_>,
        files: &[InputFile],
        limits: &LimitRequest,
    ) -> Result<(JobResult, Timings), ExecError> {
        self.run_files(job, code, input, files, limits).await
    }

    async fn answers(&self) -> bool {
        self.docker().ping().await.is_ok()
    }
}

/// What a worker holds a job to.
#[derive(Debug, Clone)]
pub struct Rules {
    /// CODE_POLICY: checked again before a job runs.
    pub policy: Policy,
    /// JOB_DEADLINE: a job not started this long after its submission fails as `expired`.
    pub job_deadline: Duration,
    /// RESULT_TTL: how long a stored result is kept.
    pub result_ttl: Duration,
    /// MAX_ATTEMPTS: deliveries of one job before it fails as `too_many_attempts`.
    pub max_attempts: u64,
    /// How long one run may take: EXECUTION_TIMEOUT, times MAX_TESTS for a batch (each
    /// case has the time limit; [`Rules::stale_after`] must outlast the longest batch too).
    pub timeout: Duration,
}

impl Rules {
    pub fn from_config(config: &Config) -> Rules {
        Rules {
            policy: config.policy.clone(),
            job_deadline: config.job_deadline,
            result_ttl: config.result_ttl,
            max_attempts: config.max_attempts,
            timeout: config.limits.timeout * config.max_tests.max(1) as u32,
        }
    }

    /// How long an entry may sit unacknowledged with a worker that still looks alive before
    /// another worker takes it over: longer than a live worker can keep a job (every engine
    /// attempt, each with its timeout and a slow container start, and the pauses between them).
    pub fn stale_after(&self) -> Duration {
        let pauses: Vec<Duration> = ENGINE_RETRY.build().collect();
        let attempts = pauses.len() as u32 + 1;
        (self.timeout + Duration::from_secs(30)) * attempts + pauses.iter().sum::<Duration>()
    }
}

/// Whether a job delivered `attempts` times (this time included) has had too many: the workers
/// running it kept dying.
pub fn over_attempts(attempts: u64, max_attempts: u64) -> Option<JobFailure> {
    (attempts > max_attempts).then(|| JobFailure {
        code: FailureCode::TooManyAttempts,
        message: format!(
            "delivered {} times; the workers running it kept dying (MAX_ATTEMPTS={max_attempts})",
            attempts - 1,
        ),
    })
}

/// Whether a job submitted at `created_at` is, at `now`, past its deadline to start.
pub fn expired(created_at: DateTime<Utc>, now: DateTime<Utc>, deadline: Duration) -> Option<JobFailure> {
    let waited = now.signed_duration_since(created_at);
    waited.to_std().is_ok_and(|w| w > deadline).then(|| JobFailure {
        code: FailureCode::Expired,
        message: format!("not started within JOB_DEADLINE ({} s)", deadline.as_secs()),
    })
}

/// What happened to one delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Processed {
    /// A result or failure was stored (or had already been, by another worker).
    Finished(Terminal),
    /// The entry carried nothing to run (malformed, or the job was already finished or gone).
    Skipped,
    /// The engine did not answer and the job was left to other workers, unstored: another
    /// live worker could run it, or one had already taken the entry over.
    Released,
}

/// Takes jobs from delivery to stored result.
pub struct Worker<J = Queue, R = Executor> {
    jobs: J,
    runner: R,
    rules: Rules,
    clock: fn() -> DateTime<Utc>,
    /// Jobs running now (the slot held by the stream reader while it waits is not one).
    running: AtomicUsize,
    /// The worker's name: the consumer its entries are delivered to.
    name: WorkerId,
    /// Set when the engine did not answer and other workers can take the jobs.
    engine: EngineGate,
}

impl<J: Jobs, R: Runner> Worker<J, R> {
    pub fn new(jobs: J, runner: R, rules: Rules) -> Worker<J, R> {
        Worker {
            jobs,
            runner,
            rules,
            clock: Utc::now,
            running: AtomicUsize::new(0),
            name: WorkerId::from("worker"),
            engine: EngineGate::default(),
        }
    }

    /// The same worker, as the consumer `name`, reporting its engine down through `engine`.
    pub fn on_engine(self, name: WorkerId, engine: EngineGate) -> Worker<J, R> {
        Worker { name, engine, ..self }
    }

    /// The same worker, reading the time (for the deadline and the timestamps) from `clock`.
    pub fn with_clock(self, clock: fn() -> DateTime<Utc>) -> Worker<J, R> {
        Worker { clock, ..self }
    }

    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// How many jobs are running now.
    pub fn running(&self) -> usize {
        self.running.load(Ordering::Relaxed)
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
                self.until_stored(|| self.jobs.discard(&delivery.entry_id)).await;
                return Processed::Skipped;
            }
        };
        if let Some(failure) = over_attempts(delivery.attempts, self.rules.max_attempts) {
            tracing::error!(job = %spec.id, attempts = delivery.attempts, "giving up on a job");
            let terminal = Terminal::Failed(failure);
            self.store(spec.id, &delivery.entry_id, &terminal).await;
            return Processed::Finished(terminal);
        }
        let terminal = match self.start(&spec).await {
            Ok(Some(code)) => match self
                .execute(&delivery.entry_id, delivery.attempts, &spec, code)
                .await
            {
                Some(terminal) => terminal,
                None => return Processed::Released,
            },
            Ok(None) => {
                self.until_stored(|| self.jobs.discard(&delivery.entry_id)).await;
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

    /// Runs one delivery to its end holding the running count, in a task of its own. A panic
    /// while running it does not lose the job: it is stored as failed (`internal`), its
    /// container removed.
    pub async fn supervise(self: Arc<Self>, delivery: Delivery) {
        self.running.fetch_add(1, Ordering::Relaxed);
        let _running = Running(&self.running);
        let entry_id = delivery.entry_id.clone();
        let job = delivery.spec.as_ref().ok().map(|spec| spec.id);
        let span = sandbox::logging::job_span(&job.map_or_else(|| "-".to_string(), |id| id.to_string()));
        let inner = tokio::spawn({
            let worker = self.clone();
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
                self.store(id, &entry_id, &terminal).instrument(span).await;
            }
        }
    }

    /// Checks that the job may run and marks it running; `Ok(None)` when there is nothing to run.
    async fn start(&self, spec: &JobSpec) -> Result<Option<ValidatedCode>, JobFailure> {
        let now = (self.clock)();
        if let Some(failure) = expired(spec.created_at, now, self.rules.job_deadline) {
            return Err(failure);
        }
        // SECURITY: the queue is not a trust boundary — anything that can write to Redis could
        // enqueue a job, so the worker validates again before running it.
        let policy = match sandbox::runtimes::find(spec.runtime) {
            Some(runtime) => self.rules.policy.for_runtime(runtime),
            None => self.rules.policy.clone(),
        };
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
            .until_stored(|| self.jobs.mark_running(spec.id, (self.clock)()))
            .await
        {
            Claim::Started => {
                let waited = (self.clock)().signed_duration_since(spec.created_at);
                sandbox::metrics::job_started(waited.to_std().unwrap_or_default());
                Ok(Some(code))
            }
            Claim::AlreadyFinished | Claim::Missing => Ok(None),
        }
    }

    /// Runs the job, again while the engine is unavailable ([`ENGINE_RETRY`]); an error the
    /// engine will not get over ([`ExecError::retryable`]) fails it at once. After each attempt
    /// the engine did not answer, the worker first checks it still holds the entry (else
    /// another worker runs the job: `None`, nothing stored), then, when the engine does not
    /// answer a ping either, whether another live worker exists: if one does, it steps down ([`Worker::step_down`]) and leaves the job to the
    /// others (`None`); only a worker alone retries, and fails the job as `engine_unavailable`
    /// once the retries are spent.
    async fn execute(
        &self,
        entry_id: &EntryId,
        attempts: u64,
        spec: &JobSpec,
        code: ValidatedCode,
    ) -> Option<Terminal> {
        let job = spec.id;
        let input = || match &spec.tests {
            Some(batch) => Input::Tests(batch),
            None => Input::Stdin(&spec.stdin),
        };
        let mut pauses = ENGINE_RETRY.build();
        let err = loop {
            let err = match self
                .runner
                .run(job, &code, input(), &spec.files, &spec.limits)
                .await
            {
                Ok(ran) => return Some(Self::completed(job, ran)),
                Err(err) if !err.retryable() => {
                    let report = err.report();
                    tracing::error!(%job, error = report, "the engine refused the job");
                    return Some(Terminal::Failed(JobFailure {
                        code: FailureCode::Internal,
                        message: format!("the container engine refused the job: {report}"),
                    }));
                }
                Err(err) => err,
            };
            if !self
                .until_stored(|| self.jobs.holds(entry_id, &self.name, attempts))
                .await
            {
                tracing::warn!(%job, error = %err.report(), "the engine did not answer, and another worker has taken the job over");
                return None;
            }
            if !self.runner.answers().await && self.until_stored(|| self.jobs.others_alive(&self.name)).await
            {
                tracing::error!(%job, error = %err.report(), "the engine did not answer; leaving the job to the other workers");
                self.step_down().await;
                return None;
            }
            match pauses.next() {
                Some(pause) => {
                    tracing::warn!(%job, error = %err.report(), ?pause, "the engine is unavailable; retrying");
                    tokio::time::sleep(pause).await;
                }
                None => break err,
            }
        };
        let report = err.report();
        tracing::error!(%job, error = report, "the engine stayed unavailable");
        Some(Terminal::Failed(JobFailure {
            code: FailureCode::EngineUnavailable,
            message: format!("the container engine stayed unavailable: {report}"),
        }))
    }

    fn completed(job: JobId, (result, timings): (JobResult, Timings)) -> Terminal {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        tracing::info!(
            %job,
            outcome = ?result.outcome,
            duration_ms = result.duration_ms,
            pooled = timings.pooled,
            exit_event = timings.announced,
            start_ms = ms(timings.start),
            delivery_ms = ms(timings.delivery),
            run_ms = ms(timings.run),
            release_ms = ms(timings.release),
            cpu_ms = result.cpu_ms,
            peak_memory_bytes = result.peak_memory_bytes,
            drain_ms = ms(timings.drain),
            executor_ms = ms(timings.start + timings.total),
            "job ran"
        );
        Terminal::Completed(result)
    }

    /// The engine is down and others can work: read nothing more and keep no heartbeat, so the
    /// live workers take over what this one holds (the heartbeat loop asks the engine until it
    /// answers, then resumes). Best effort: the heartbeat loop removes the heartbeat too.
    async fn step_down(&self) {
        if !self.engine.is_down() {
            tracing::error!("the engine does not answer; reading no more jobs until it does");
        }
        self.engine.set_down();
        if let Err(err) = self.jobs.step_down(&self.name).await {
            tracing::warn!(error = %err, "could not remove the heartbeat");
        }
    }

    /// Stores a job's terminal state and acknowledges its entry, retrying until Redis takes it;
    /// returns whether this call wrote it (false: another worker's result was there first).
    async fn store(&self, id: JobId, entry_id: &EntryId, terminal: &Terminal) -> bool {
        let written = self
            .until_stored(|| {
                self.jobs
                    .finish(id, entry_id, terminal, (self.clock)(), self.rules.result_ttl)
            })
            .await;
        if written {
            sandbox::metrics::job_finished(terminal);
        }
        written
    }

    /// Retries a Redis step until it succeeds ([`STORE_RETRY`]). If the worker dies meanwhile,
    /// the entry is still pending and another worker takes it over.
    async fn until_stored<T, F, Fut>(&self, mut step: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, QueueError>>,
    {
        loop {
            // STORE_RETRY has no end, so this returns only once the step succeeded; the loop
            // only guards against that ever changing.
            let stored = (&mut step)
                .retry(STORE_RETRY)
                .notify(|err, pause| tracing::warn!(error = %err, ?pause, "redis step failed; retrying"))
                .await;
            if let Ok(value) = stored {
                return value;
            }
        }
    }
}

/// Counts a job as running for as long as it lives, panics included.
struct Running<'a>(&'a AtomicUsize);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::VecDeque;
    use std::sync::Mutex;

    use bollard::errors::Error as DockerError;
    use sandbox::job::Outcome;
    use tokio::time::Instant;

    use super::*;

    /// The queue, in memory: what was marked, stored and discarded, and when.
    #[derive(Clone)]
    struct FakeJobs(Arc<JobsState>);

    struct JobsState {
        claim: Claim,
        /// How many `finish` calls fail (Redis blinking) before one is taken.
        finish_failures: AtomicUsize,
        finish_calls: Mutex<Vec<Instant>>,
        marked: Mutex<Vec<JobId>>,
        stored: Mutex<Vec<(JobId, String, Terminal)>>,
        discarded: Mutex<Vec<String>>,
        /// Whether another live worker exists.
        others_alive: std::sync::atomic::AtomicBool,
        /// How many `holds` checks answer yes before another worker has the entry.
        held_for: AtomicUsize,
        stepped_down: AtomicUsize,
    }

    impl FakeJobs {
        fn new(claim: Claim) -> FakeJobs {
            FakeJobs(Arc::new(JobsState {
                claim,
                finish_failures: AtomicUsize::new(0),
                finish_calls: Mutex::default(),
                marked: Mutex::default(),
                stored: Mutex::default(),
                discarded: Mutex::default(),
                others_alive: std::sync::atomic::AtomicBool::new(false),
                held_for: AtomicUsize::new(usize::MAX),
                stepped_down: AtomicUsize::new(0),
            }))
        }

        fn stored(&self) -> Vec<(JobId, String, Terminal)> {
            self.0.stored.lock().unwrap().clone()
        }
    }

    impl Jobs for FakeJobs {
        async fn discard(&self, entry_id: &EntryId) -> Result<(), QueueError> {
            self.0.discarded.lock().unwrap().push(entry_id.to_string());
            Ok(())
        }

        async fn mark_running(&self, id: JobId, _now: DateTime<Utc>) -> Result<Claim, QueueError> {
            self.0.marked.lock().unwrap().push(id);
            Ok(self.0.claim)
        }

        async fn finish(
            &self,
            id: JobId,
            entry_id: &EntryId,
            terminal: &Terminal,
            _now: DateTime<Utc>,
            _ttl: Duration,
        ) -> Result<bool, QueueError> {
            self.0.finish_calls.lock().unwrap().push(Instant::now());
            let failing = self.0.finish_failures.load(Ordering::SeqCst);
            if failing > 0 {
                self.0.finish_failures.store(failing - 1, Ordering::SeqCst);
                return Err(QueueError::unreachable(sandbox::queue::Step::Finish));
            }
            let entry = (id, entry_id.to_string(), terminal.clone());
            self.0.stored.lock().unwrap().push(entry);
            Ok(true)
        }

        async fn holds(&self, _entry_id: &EntryId, me: &WorkerId, attempts: u64) -> Result<bool, QueueError> {
            assert_eq!(
                (me.as_str(), attempts),
                ("worker", 1),
                "asked as the consumer it is"
            );
            let left = self.0.held_for.load(Ordering::SeqCst);
            self.0.held_for.store(left.saturating_sub(1), Ordering::SeqCst);
            Ok(left > 0)
        }

        async fn others_alive(&self, _me: &WorkerId) -> Result<bool, QueueError> {
            Ok(self.0.others_alive.load(Ordering::SeqCst))
        }

        async fn step_down(&self, _me: &WorkerId) -> Result<(), QueueError> {
            self.0.stepped_down.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
    }

    /// The executor, scripted: each run takes the next answer (a success once they run out),
    /// and its time is recorded.
    #[derive(Clone, Default)]
    struct FakeRunner(Arc<RunnerState>);

    #[derive(Default)]
    struct RunnerState {
        answers: Mutex<VecDeque<Option<ExecError>>>,
        calls: Mutex<Vec<Instant>>,
        panics: bool,
        /// Whether the engine answers a ping while runs fail.
        pings: std::sync::atomic::AtomicBool,
    }

    impl FakeRunner {
        fn failing(errors: impl IntoIterator<Item = ExecError>) -> FakeRunner {
            let answers = errors.into_iter().map(Some).collect();
            FakeRunner(Arc::new(RunnerState {
                answers: Mutex::new(answers),
                ..RunnerState::default()
            }))
        }

        fn panicking() -> FakeRunner {
            FakeRunner(Arc::new(RunnerState {
                panics: true,
                ..RunnerState::default()
            }))
        }

        fn calls(&self) -> Vec<Instant> {
            self.0.calls.lock().unwrap().clone()
        }
    }

    impl Runner for FakeRunner {
        async fn run(
            &self,
            _job: JobId,
            code: &ValidatedCode,
            _input: Input<'_>,
            _files: &[InputFile],
            _limits: &LimitRequest,
        ) -> Result<(JobResult, Timings), ExecError> {
            self.0.calls.lock().unwrap().push(Instant::now());
            assert!(!self.0.panics, "a bug in the executor");
            if let Some(Some(err)) = self.0.answers.lock().unwrap().pop_front() {
                return Err(err);
            }
            let result = JobResult {
                outcome: Outcome::Success,
                exit_code: Some(0),
                stdout: format!("ran {}", code.as_str()),
                stderr: String::new(),
                stdout_truncated: false,
                stderr_truncated: false,
                duration_ms: 1,
                cpu_ms: None,
                peak_memory_bytes: None,
                files: Vec::new(),
                files_truncated: false,
                tests: None,
                summary: None,
            };
            let timings = Timings {
                pooled: true,
                announced: true,
                start: Duration::ZERO,
                delivery: Duration::ZERO,
                run: Duration::ZERO,
                release: Duration::ZERO,
                drain: Duration::ZERO,
                total: Duration::ZERO,
            };
            Ok((result, timings))
        }

        async fn answers(&self) -> bool {
            self.0.pings.load(Ordering::SeqCst)
        }
    }

    fn unavailable() -> ExecError {
        ExecError::Create {
            source: DockerError::DockerResponseServerError {
                status_code: 500,
                message: "the engine is restarting".into(),
            },
        }
    }

    fn refused() -> ExecError {
        ExecError::Create {
            source: DockerError::DockerResponseServerError {
                status_code: 404,
                message: "No such image: sandbox-runtime:gone".into(),
            },
        }
    }

    fn rules() -> Rules {
        Rules {
            policy: Policy::permissive(),
            job_deadline: Duration::from_secs(300),
            result_ttl: Duration::from_secs(3600),
            max_attempts: 3,
            timeout: Duration::from_secs(10),
        }
    }

    fn noon() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-01-01T12:00:00Z")
            .unwrap()
            .into()
    }

    fn delivery(created_at: DateTime<Utc>, attempts: u64) -> Delivery {
        Delivery {
            runtime: "python",
            entry_id: "1-0".into(),
            spec: Ok(JobSpec {
                id: JobId::new(),
                code: "print(1)".into(),
                stdin: String::new(),
                created_at,
                limits: Default::default(),
                shown_limits: None,
                callback_url: None,
                tests: None,
                runtime: "python",
                files: Vec::new(),
            }),
            attempts,
        }
    }

    /// Tokio's timer counts whole milliseconds, rounding a deadline up: a pause may end 1 ms
    /// late on the paused clock too.
    pub(crate) fn assert_close(actual: &[Duration], expected: &[Duration]) {
        let close = actual.len() == expected.len()
            && actual
                .iter()
                .zip(expected)
                .all(|(a, e)| *a >= *e && *a - *e <= Duration::from_millis(3 * expected.len() as u64));
        assert!(close, "{actual:?} is not {expected:?}");
    }

    fn worker(jobs: &FakeJobs, runner: &FakeRunner) -> Worker<FakeJobs, FakeRunner> {
        Worker::new(jobs.clone(), runner.clone(), rules()).with_clock(noon)
    }

    fn failure(processed: &Processed) -> &JobFailure {
        match processed {
            Processed::Finished(Terminal::Failed(failure)) => failure,
            other => panic!("not a failure: {other:?}"),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_job_runs_once_and_its_result_is_stored_once() {
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::default());
        let delivery = delivery(noon(), 1);
        let id = delivery.spec.as_ref().unwrap().id;
        let processed = worker(&jobs, &runner).process(delivery).await;
        let Processed::Finished(Terminal::Completed(result)) = &processed else {
            panic!("{processed:?}");
        };
        assert_eq!(result.stdout, "ran print(1)");
        assert_eq!(runner.calls().len(), 1);
        assert_eq!(*jobs.0.marked.lock().unwrap(), vec![id]);
        let stored = jobs.stored();
        assert_eq!(stored.len(), 1);
        assert_eq!((stored[0].0, stored[0].1.as_str()), (id, "1-0"));
    }

    #[tokio::test(start_paused = true)]
    async fn an_unavailable_engine_is_retried_with_growing_pauses_then_the_job_fails() {
        let (jobs, runner) = (
            FakeJobs::new(Claim::Started),
            FakeRunner::failing((0..10).map(|_| unavailable())),
        );
        let processed = worker(&jobs, &runner).process(delivery(noon(), 1)).await;
        let failure = failure(&processed);
        assert_eq!(failure.code, FailureCode::EngineUnavailable);
        assert!(
            failure
                .message
                .starts_with("the container engine stayed unavailable: creating the container: "),
            "{}",
            failure.message
        );
        assert!(
            failure.message.contains("the engine is restarting"),
            "{}",
            failure.message
        );
        let calls = runner.calls();
        let pauses: Vec<Duration> = calls.windows(2).map(|w| w[1] - w[0]).collect();
        let expected = [500, 1000, 2000, 4000, 8000].map(Duration::from_millis);
        assert_close(&pauses, &expected); // one attempt and five retries, the pause doubling
        assert_eq!(jobs.stored().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn with_other_live_workers_an_unavailable_engine_leaves_the_job_to_them() {
        let (jobs, runner) = (
            FakeJobs::new(Claim::Started),
            FakeRunner::failing((0..10).map(|_| unavailable())),
        );
        jobs.0.others_alive.store(true, Ordering::SeqCst);
        let engine = EngineGate::default();
        let worker = worker(&jobs, &runner).on_engine("worker".into(), engine.clone());
        let processed = worker.process(delivery(noon(), 1)).await;
        assert_eq!(processed, Processed::Released);
        assert!(
            jobs.stored().is_empty(),
            "no failure stored: another worker runs it"
        );
        assert_eq!(runner.calls().len(), 1, "no retry on this engine");
        assert!(engine.is_down(), "the worker reads no more");
        assert_eq!(
            jobs.0.stepped_down.load(Ordering::SeqCst),
            1,
            "its heartbeat removed"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn an_engine_that_answers_a_ping_is_retried_even_with_other_live_workers() {
        let (jobs, runner) = (
            FakeJobs::new(Claim::Started),
            FakeRunner::failing([unavailable(), unavailable()]),
        );
        jobs.0.others_alive.store(true, Ordering::SeqCst);
        runner.0.pings.store(true, Ordering::SeqCst);
        let engine = EngineGate::default();
        let worker = worker(&jobs, &runner).on_engine("worker".into(), engine.clone());
        let processed = worker.process(delivery(noon(), 1)).await;
        assert!(
            matches!(processed, Processed::Finished(Terminal::Completed(_))),
            "{processed:?}"
        );
        assert_eq!(runner.calls().len(), 3);
        assert!(!engine.is_down());
        assert_eq!(jobs.0.stepped_down.load(Ordering::SeqCst), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn an_entry_taken_over_during_the_retries_is_neither_retried_nor_failed() {
        let (jobs, runner) = (
            FakeJobs::new(Claim::Started),
            FakeRunner::failing((0..10).map(|_| unavailable())),
        );
        jobs.0.held_for.store(2, Ordering::SeqCst);
        let processed = worker(&jobs, &runner).process(delivery(noon(), 1)).await;
        assert_eq!(processed, Processed::Released);
        assert!(
            jobs.stored().is_empty(),
            "nothing stored over the other worker's run"
        );
        assert_eq!(runner.calls().len(), 3, "no attempt once the entry was another's");
        assert_eq!(jobs.0.stepped_down.load(Ordering::SeqCst), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn an_entry_taken_over_after_the_last_retry_is_not_failed() {
        let (jobs, runner) = (
            FakeJobs::new(Claim::Started),
            FakeRunner::failing((0..10).map(|_| unavailable())),
        );
        jobs.0.held_for.store(5, Ordering::SeqCst);
        let processed = worker(&jobs, &runner).process(delivery(noon(), 1)).await;
        assert_eq!(processed, Processed::Released);
        assert!(jobs.stored().is_empty());
        assert_eq!(runner.calls().len(), 6);
    }

    #[tokio::test(start_paused = true)]
    async fn an_engine_that_comes_back_runs_the_job() {
        let (jobs, runner) = (
            FakeJobs::new(Claim::Started),
            FakeRunner::failing([unavailable(), unavailable()]),
        );
        let processed = worker(&jobs, &runner).process(delivery(noon(), 1)).await;
        assert!(
            matches!(processed, Processed::Finished(Terminal::Completed(_))),
            "{processed:?}"
        );
        assert_eq!(runner.calls().len(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn a_refusal_is_not_retried() {
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::failing([refused()]));
        let began = Instant::now();
        let processed = worker(&jobs, &runner).process(delivery(noon(), 1)).await;
        let failure = failure(&processed);
        assert_eq!(failure.code, FailureCode::Internal);
        assert!(failure.message.contains("No such image"), "{}", failure.message);
        assert_eq!(runner.calls().len(), 1);
        assert_eq!(began.elapsed(), Duration::ZERO, "no pause");
    }

    #[tokio::test(start_paused = true)]
    async fn a_job_past_its_deadline_is_not_run() {
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::default());
        let created = noon() - chrono::Duration::seconds(301);
        let processed = worker(&jobs, &runner).process(delivery(created, 1)).await;
        let failure = failure(&processed);
        assert_eq!(failure.code, FailureCode::Expired);
        assert_eq!(failure.message, "not started within JOB_DEADLINE (300 s)");
        assert!(runner.calls().is_empty(), "never run");
        assert!(jobs.0.marked.lock().unwrap().is_empty(), "never marked running");
        assert_eq!(jobs.stored().len(), 1, "the failure is stored");
    }

    #[test]
    fn the_deadline_is_exclusive_and_a_clock_behind_is_no_expiry() {
        let deadline = Duration::from_secs(300);
        let at = |secs| noon() - chrono::Duration::seconds(secs);
        assert!(expired(at(300), noon(), deadline).is_none());
        assert!(expired(at(301), noon(), deadline).is_some());
        assert!(
            expired(at(-60), noon(), deadline).is_none(),
            "created in our future"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn past_the_attempt_cap_a_job_fails_without_running() {
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::default());
        let worker = worker(&jobs, &runner);
        let processed = worker.process(delivery(noon(), 4)).await;
        let failure = failure(&processed);
        assert_eq!(failure.code, FailureCode::TooManyAttempts);
        assert_eq!(
            failure.message,
            "delivered 3 times; the workers running it kept dying (MAX_ATTEMPTS=3)"
        );
        assert!(runner.calls().is_empty());
        // The last attempt allowed still runs.
        let processed = worker.process(delivery(noon(), 3)).await;
        assert!(matches!(processed, Processed::Finished(Terminal::Completed(_))));
        assert_eq!(runner.calls().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_redis_blink_delays_the_store_but_loses_nothing() {
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::default());
        jobs.0.finish_failures.store(3, Ordering::SeqCst);
        worker(&jobs, &runner).process(delivery(noon(), 1)).await;
        let calls = jobs.0.finish_calls.lock().unwrap().clone();
        let pauses: Vec<Duration> = calls.windows(2).map(|w| w[1] - w[0]).collect();
        assert_close(&pauses, &[100, 200, 400].map(Duration::from_millis));
        assert_eq!(jobs.stored().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn nothing_runs_for_a_job_finished_elsewhere_or_a_malformed_entry() {
        for claim in [Claim::AlreadyFinished, Claim::Missing] {
            let (jobs, runner) = (FakeJobs::new(claim), FakeRunner::default());
            let processed = worker(&jobs, &runner).process(delivery(noon(), 1)).await;
            assert_eq!(processed, Processed::Skipped);
            assert!(runner.calls().is_empty());
            assert!(jobs.stored().is_empty());
            assert_eq!(*jobs.0.discarded.lock().unwrap(), vec!["1-0".to_string()]);
        }
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::default());
        let malformed = Delivery {
            runtime: "python",
            entry_id: "2-0".into(),
            spec: Err(sandbox::queue::Malformed::Missing("code")),
            attempts: 1,
        };
        assert_eq!(
            worker(&jobs, &runner).process(malformed).await,
            Processed::Skipped
        );
        assert_eq!(*jobs.0.discarded.lock().unwrap(), vec!["2-0".to_string()]);
    }

    #[tokio::test(start_paused = true)]
    async fn code_the_policy_refuses_is_not_run() {
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::default());
        let rules = Rules {
            policy: Policy::default(),
            ..rules()
        };
        let worker = Worker::new(jobs.clone(), runner.clone(), rules).with_clock(noon);
        let mut delivery = delivery(noon(), 1);
        delivery.spec.as_mut().unwrap().code = "import socket".into();
        let processed = worker.process(delivery).await;
        let failure = failure(&processed);
        assert_eq!(failure.code, FailureCode::Internal);
        assert!(failure
            .message
            .starts_with("rejected by the worker's static analysis"));
        assert!(runner.calls().is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn a_panic_while_running_stores_the_job_as_failed() {
        let (jobs, runner) = (FakeJobs::new(Claim::Started), FakeRunner::panicking());
        let worker = Arc::new(worker(&jobs, &runner));
        worker.clone().supervise(delivery(noon(), 1)).await;
        let stored = jobs.stored();
        assert_eq!(stored.len(), 1);
        let Terminal::Failed(failure) = &stored[0].2 else {
            panic!("{stored:?}");
        };
        assert_eq!(failure.code, FailureCode::Internal);
        assert_eq!(worker.running(), 0, "no longer counted as running");
    }

    #[test]
    fn an_entry_is_stale_only_after_every_engine_attempt_could_have_run() {
        // Six attempts of the 10 s timeout and 30 s of container start, and 15.5 s of pauses.
        assert_eq!(rules().stale_after(), Duration::from_millis(6 * 40_000 + 15_500));
    }
}
