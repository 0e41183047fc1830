//! Runs one job in one container of its own through the Docker Engine API.
//!
//! The container is [`Ready`] already: taken from the worker's [warm pool](crate::pool) (its
//! memory limit lowered first when the job asks for less), or made on the job's path by the
//! [launcher](crate::launcher), within the worker's MAX_CONCURRENT container slots. Then, for
//! the job: read the accounting baseline, write the length-prefixed code with the run's nonce,
//! start the clock → write stdin and close it → wait for the launcher's end marker, the exit,
//! or the time limit → at the marker, read the job's accounting and release the launcher; at
//! the time limit, read it and kill → drain the output → after a SIGKILL exit only, tell the
//! memory limit from other kills (`Executor::memory_killed`). The container is removed after every job, on every
//! path, panics included (the launcher's `RemoveOnDrop`), in the background: the result does not
//! wait for the removal, and [`Executor::shutdown`] waits for every removal still going.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bollard::container::LogOutput;
use bollard::errors::Error as DockerError;
use bollard::models::ContainerUpdateBody;
use bollard::query_parameters::{KillContainerOptionsBuilder, WaitContainerOptionsBuilder};
use bollard::Docker;
use futures_util::StreamExt;
use sandbox::config::Limits;
use sandbox::job::{InputFile, JobId, JobResult, LimitRequest, Outcome, TestBatch, TestSummary};
use sandbox::sanitize::{SanitizedOutput, Sanitizer};
use sandbox::ValidatedCode;
use tokio::io::AsyncWriteExt;
use tokio::sync::{mpsc, oneshot};

use crate::accounting::{self, Accounting};
use crate::artifacts;
use crate::batch;
use crate::container::{Owner, Settings};
use crate::end_marker::EndMarker;
pub use crate::error::ExecError;
use crate::exits::Exits;
use crate::launcher::{Launcher, OutputStream, Ready};
use crate::pool::Pool;

/// How long the output may take to end once the container has exited (its stream closes as
/// the container's init dies; this only bounds a misbehaving engine).
const DRAIN_GRACE: Duration = Duration::from_secs(2);
/// How long a killed container may take to be reported stopped.
const KILL_GRACE: Duration = Duration::from_secs(10);
/// Exit status of a process killed by SIGKILL: the memory limit's kill, or ours.
const SIGKILL_EXIT: i64 = 128 + 9;
/// How long a SIGKILL exit the engine has not recorded as OOM-killed waits for the engine's
/// `oom` event (see [`Executor::memory_killed`]); seen 30–60 ms after the exit under load.
const OOM_EVENT_GRACE: Duration = Duration::from_millis(500);
/// How long [`Executor::shutdown`] waits for removals still being retried.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(15);
/// How long a released launcher may take to exit, at least (else the rest of the time limit).
const RELEASE_GRACE: Duration = Duration::from_secs(2);
/// Beyond the time limit, how long the worker waits for a case's record before it kills the
/// container (the launcher's parent kills the case at the limit itself; this holds when the
/// parent cannot, say stopped by a case that escaped every wall).
const CASE_GRACE: Duration = Duration::from_secs(2);

/// What a run is fed: one stdin, or a batch of test cases.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    Stdin(&'a str),
    Tests(&'a TestBatch),
}

/// Where one job's time went in the executor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timings {
    /// Whether the container came from the warm pool.
    pub pooled: bool,
    /// Whether the exit came from the engine's event stream (else from the `wait` call).
    pub announced: bool,
    /// Getting a started container: taking it from the pool, or create, attach and start.
    pub start: Duration,
    /// Writing the code to it.
    pub delivery: Duration,
    /// From the code's delivery to the exit (or the kill): the job's `duration_ms`.
    pub run: Duration,
    /// From the launcher's end marker to the exit: reading the accounting and releasing the
    /// launcher (zero when the run ended without the marker).
    pub release: Duration,
    /// Reading the rest of the output after the exit.
    pub drain: Duration,
    /// From delivery to the result, the inspect of a SIGKILL exit included.
    pub total: Duration,
}

#[derive(Clone)]
pub struct Executor {
    launcher: Launcher,
    pool: Arc<Pool>,
    exits: Arc<Exits>,
    /// The container each running job is in (its label → container id).
    running: Arc<Mutex<HashMap<String, String>>>,
    /// The host's cgroup tree, when this worker sees it: each job's figures.
    accounting: Option<Arc<Accounting>>,
    /// The pools of this executor's siblings (the worker's other runtimes), which share its
    /// slots: a job whose own pool is empty while theirs hold every slot takes one of theirs.
    family: Arc<Mutex<Vec<Arc<Pool>>>>,
}

impl Executor {
    /// An executor whose pool is empty until [`Executor::start_pool`].
    pub fn new(docker: Docker, settings: Settings, owner: Owner) -> Executor {
        let pool = Arc::new(Pool::new(settings.pool_size, settings.pool_max_age));
        let accounting = Accounting::detect(&settings.cgroup_root).map(Arc::new);
        Executor {
            launcher: Launcher::new(docker, settings, owner),
            family: Arc::new(Mutex::new(vec![pool.clone()])),
            pool,
            exits: Arc::default(),
            running: Arc::default(),
            accounting,
        }
    }

    /// An executor of containers made with `settings` (another runtime's, of the same
    /// worker), with a pool of its own, that shares this one's container slots, uids, exit
    /// announcements and accounting: MAX_CONCURRENT holds for the worker, whatever the runtime.
    pub fn sibling(&self, settings: Settings) -> Executor {
        let pool = Arc::new(Pool::new(settings.pool_size, settings.pool_max_age));
        self.family.lock().unwrap().push(pool.clone());
        Executor {
            launcher: self.launcher.sibling(settings),
            pool,
            exits: self.exits.clone(),
            running: self.running.clone(),
            accounting: self.accounting.clone(),
            family: self.family.clone(),
        }
    }

    /// The runtime its containers are of.
    pub fn runtime(&self) -> &'static str {
        self.launcher.settings().runtime_name
    }

    /// Whether jobs get their `cpu_ms` and `peak_memory_bytes` (the host's cgroup tree is seen
    /// at CGROUP_ROOT).
    pub fn accounting(&self) -> Option<&Accounting> {
        self.accounting.as_deref()
    }

    pub fn docker(&self) -> &Docker {
        self.launcher.docker()
    }

    pub fn owner(&self) -> &Owner {
        self.launcher.owner()
    }

    pub fn limits(&self) -> &Limits {
        self.launcher.limits()
    }

    /// Starts keeping `WARM_POOL_SIZE` containers ready (nothing when it is 0), and listening
    /// to the engine's announcements of exits (see [`crate::exits`]).
    pub fn start_pool(&self) {
        let owner = self.launcher.owner();
        let root = &self.launcher.settings().cgroup_root;
        match &self.accounting {
            Some(accounting) => {
                tracing::info!(root = %root.display(), version = ?accounting.version(), "resource accounting from the cgroup tree")
            }
            None => tracing::warn!(
                root = %root.display(),
                "no cgroup tree at CGROUP_ROOT: jobs get no cpu_ms or peak_memory_bytes"
            ),
        }
        self.exits
            .start(self.launcher.docker().clone(), owner.prefix.clone());
        self.pool.start(self.launcher.clone());
    }

    /// Containers ready in the pool now.
    pub fn pooled(&self) -> usize {
        self.pool.len()
    }

    /// The container the job labelled `label` (a job's id, as text) runs in, while it runs.
    pub fn container_of(&self, label: &str) -> Option<String> {
        self.running.lock().unwrap().get(label).cloned()
    }

    /// Stops refilling the pool, removes what it holds, and waits for every removal under way.
    pub async fn shutdown(&self) {
        self.pool.stop().await;
        self.exits.stop();
        if !self.launcher.finish_removals(SHUTDOWN_GRACE).await {
            tracing::warn!("some job containers were not removed yet; the reaper will");
        }
    }

    /// [`Executor::run_input`] with input files, placed in the program's working directory
    /// before it starts (before each case of a batch).
    pub async fn run_files(
        &self,
        job: JobId,
        code: &ValidatedCode,
        input: Input<'_>,
        files: &[InputFile],
        limits: &LimitRequest,
    ) -> Result<(JobResult, Timings), ExecError> {
        self.run_as(&job.to_string(), code, input, files, limits).await
    }

    /// [`Executor::run_files`] for a run that is no job of the queue (tests, benchmarks).
    pub async fn run_files_labelled(
        &self,
        label: &str,
        code: &ValidatedCode,
        input: Input<'_>,
        files: &[InputFile],
        limits: &LimitRequest,
    ) -> Result<JobResult, ExecError> {
        Ok(self.run_as(label, code, input, files, limits).await?.0)
    }

    /// Runs job `job`'s `code` with `stdin` in a container no other job has touched — a pooled
    /// one when one is ready, else one made now — under every limit, and removes it. A
    /// program's failure (non-zero exit, timeout, memory kill) is a result; only the engine's
    /// failure is an error.
    pub async fn run(&self, job: JobId, code: &ValidatedCode, stdin: &str) -> Result<JobResult, ExecError> {
        Ok(self
            .run_timed(job, code, stdin, &LimitRequest::default())
            .await?
            .0)
    }

    /// [`Executor::run`], and where the time went.
    pub async fn run_timed(
        &self,
        job: JobId,
        code: &ValidatedCode,
        stdin: &str,
        limits: &LimitRequest,
    ) -> Result<(JobResult, Timings), ExecError> {
        self.run_as(&job.to_string(), code, Input::Stdin(stdin), &[], limits)
            .await
    }

    /// [`Executor::run_timed`] for a job's input, a stdin or a batch of test cases: a batch
    /// runs once per case in one container (docs/architecture.md, "Test-case batches").
    pub async fn run_input(
        &self,
        job: JobId,
        code: &ValidatedCode,
        input: Input<'_>,
        limits: &LimitRequest,
    ) -> Result<(JobResult, Timings), ExecError> {
        self.run_as(&job.to_string(), code, input, &[], limits).await
    }

    /// [`Executor::run_input`] for a run that is no job of the queue (tests, benchmarks).
    pub async fn run_input_labelled(
        &self,
        label: &str,
        code: &ValidatedCode,
        input: Input<'_>,
        limits: &LimitRequest,
    ) -> Result<JobResult, ExecError> {
        Ok(self.run_as(label, code, input, &[], limits).await?.0)
    }

    /// [`Executor::run`] for a run that is no job of the queue (tests, benchmarks): `label`
    /// stands for the job's id on the container and in [`Executor::container_of`].
    pub async fn run_labelled(
        &self,
        label: &str,
        code: &ValidatedCode,
        stdin: &str,
    ) -> Result<JobResult, ExecError> {
        self.run_limited(label, code, stdin, &LimitRequest::default())
            .await
    }

    /// [`Executor::run_labelled`] under limits narrower than the worker's.
    pub async fn run_limited(
        &self,
        label: &str,
        code: &ValidatedCode,
        stdin: &str,
        limits: &LimitRequest,
    ) -> Result<JobResult, ExecError> {
        Ok(self
            .run_as(label, code, Input::Stdin(stdin), &[], limits)
            .await?
            .0)
    }

    async fn run_as(
        &self,
        label: &str,
        code: &ValidatedCode,
        input: Input<'_>,
        files: &[InputFile],
        request: &LimitRequest,
    ) -> Result<(JobResult, Timings), ExecError> {
        let began = Instant::now();
        let limits = self.limits().narrowed(request);
        let (ready, pooled) = self.container(label, &limits).await?;
        let start = began.elapsed();
        self.running
            .lock()
            .unwrap()
            .insert(label.to_string(), ready.id().to_string());
        let result = match input {
            Input::Stdin(stdin) => self.deliver(ready, code, stdin, files, &limits).await,
            Input::Tests(batch) => self.deliver_batch(ready, code, batch, files, &limits).await,
        };
        self.running.lock().unwrap().remove(label);
        let (result, mut timings) = result?;
        timings.pooled = pooled;
        timings.start = start;
        Ok((result, timings))
    }

    /// A started container for a job under `limits`: a pooled one when one is ready (its
    /// memory limit lowered to the job's, when that is less), else one made now in a free
    /// slot of the worker's; meanwhile a container the pool adds is taken as well.
    async fn container(&self, label: &str, limits: &Limits) -> Result<(Ready, bool), ExecError> {
        loop {
            let pushed = self.pool.pushed();
            tokio::pin!(pushed);
            pushed.as_mut().enable();
            if let Some(ready) = self.pool.take() {
                if limits.memory_bytes == self.limits().memory_bytes
                    || self.lower_memory(ready.id(), limits.memory_bytes).await
                {
                    return Ok((ready, true));
                }
                // The engine would not lower it (the launcher already uses more, or the
                // runtime cannot: runsc has no `update`): the job gets a container made under
                // its limits in that container's slot, once it is gone.
                let slot = ready.discard().await;
                return Ok((self.launcher.prepare(Some(label), limits, slot).await?, false));
            }
            if self.launcher.slots().available_permits() == 0 {
                if let Some(theirs) = self.sibling_pooled() {
                    // Every slot is taken, some by another runtime's pooled containers: one of
                    // them gives its slot to this job (it would wait until it aged out).
                    let slot = theirs.discard().await;
                    return Ok((self.launcher.prepare(Some(label), limits, slot).await?, false));
                }
            }
            tokio::select! {
                slot = self.launcher.slots().clone().acquire_owned() => {
                    let slot = slot.expect("the slots are never closed");
                    return Ok((self.launcher.prepare(Some(label), limits, slot).await?, false));
                }
                () = &mut pushed => {}
            }
        }
    }

    /// A container another runtime's pool holds, taken out of it.
    fn sibling_pooled(&self) -> Option<Ready> {
        let family = self.family.lock().unwrap().clone();
        family
            .iter()
            .filter(|pool| !Arc::ptr_eq(pool, &self.pool))
            .find_map(|pool| pool.take())
    }

    /// Lowers a pooled container's memory limit (and swap with it: still none) to `bytes`,
    /// through the engine; false when it refuses.
    async fn lower_memory(&self, id: &str, bytes: i64) -> bool {
        let update = ContainerUpdateBody {
            memory: Some(bytes),
            memory_swap: Some(bytes),
            ..Default::default()
        };
        match self.docker().update_container(id, update).await {
            Ok(()) => true,
            Err(err) => {
                tracing::info!(container = id, error = %err, "could not lower a pooled container's memory limit; making one");
                false
            }
        }
    }

    async fn deliver(
        &self,
        ready: Ready,
        code: &ValidatedCode,
        stdin: &str,
        files: &[InputFile],
        limits: &Limits,
    ) -> Result<(JobResult, Timings), ExecError> {
        let began = Instant::now();
        let Ready {
            mut input,
            output,
            mut container,
            ..
        } = ready;
        let id = container.id().to_string();
        // The launcher's end marker: a NUL, this run's nonce, a NUL. SECURITY: accounting
        // integrity — the program never sees the nonce, so it cannot end the accounting early.
        let nonce = uuid::Uuid::new_v4().simple().to_string();
        let marker = [b"\0", nonce.as_bytes(), b"\0"].concat();
        let (stop_reading, stopped) = oneshot::channel();
        let (marked, ended) = oneshot::channel();
        let caps = self.launcher.settings().artifacts;
        let reader = tokio::spawn(read_output(
            output,
            limits.output_bytes,
            stopped,
            EndMarker::new(marker, marked).with_trailer(artifacts::trailer_cap(caps)),
        ));
        let mut announced = self.exits.watch(&id);
        // What the container used before the job (the launcher's start): not the job's.
        let baseline = self.sample(&id);

        let code = code.as_str();
        let written = async {
            let header = format!(
                "{} {nonce}{} out={},{}\n",
                code.len(),
                artifacts::files_field(files),
                caps.files,
                caps.bytes
            );
            input.write_all(header.as_bytes()).await?;
            input.write_all(code.as_bytes()).await?;
            artifacts::write_files(&mut input, files).await?;
            input.flush().await
        };
        written.await.map_err(|source| ExecError::Write { source })?;
        // The clock starts once the program has its code (docs/api.md, duration_ms), for a
        // container made now and a pooled one alike.
        let started = Instant::now();
        let delivery = started - began;
        let stdin = stdin.to_string();
        // Written aside, so that a program that never reads its stdin cannot hold the clock up;
        // a program that exits before reading it all makes the write fail, which is fine.
        let writer = tokio::spawn(async move {
            let _ = input.write_all(stdin.as_bytes()).await;
            let _ = input.shutdown().await;
        });

        let mut announced_first = false;
        let (exit_code, figures, duration, release) = {
            let exited = async {
                tokio::select! {
                    code = announced.exit_code() => {
                        announced_first = true;
                        Ok(code)
                    }
                    status = self.exit_status(&id) => status,
                }
            };
            tokio::pin!(exited);
            let deadline = tokio::time::Instant::from_std(started + limits.timeout);
            let end = tokio::select! {
                status = &mut exited => End::Exited(status?),
                Ok(()) = ended => End::Marked,
                () = tokio::time::sleep_until(deadline) => End::TimedOut,
            };
            let mut duration = started.elapsed();
            let mut release = Duration::ZERO;
            let (exit_code, figures) = match end {
                // Ended without the marker (a memory kill, os._exit, a crash): the cgroup went
                // with the container, nothing to read.
                End::Exited(status) => (Some(status), (None, None)),
                End::Marked => {
                    let marked = Instant::now();
                    let figures = accounting::figures(baseline, self.sample(&id));
                    self.release(&id).await?;
                    let grace = deadline
                        .saturating_duration_since(tokio::time::Instant::now())
                        .max(RELEASE_GRACE);
                    match tokio::time::timeout(grace, &mut exited).await {
                        Ok(status) => {
                            release = marked.elapsed();
                            (Some(status?), figures)
                        }
                        // Still running past its end marker: not a launcher that ended.
                        Err(_elapsed) => {
                            self.kill(&id).await?;
                            duration = started.elapsed();
                            (None, (None, None))
                        }
                    }
                }
                End::TimedOut => {
                    let figures = accounting::figures(baseline, self.sample(&id));
                    self.kill(&id).await?;
                    (None, figures)
                }
            };
            (exit_code, figures, duration, release)
        };
        container.stopped();
        writer.abort();

        let drained = Instant::now();
        let (stdout, stderr, trailer) = finish_reading(reader, stop_reading).await?;
        let drain = drained.elapsed();
        let outcome = match exit_code {
            None => Outcome::Timeout,
            Some(0) => Outcome::Success,
            Some(SIGKILL_EXIT) if self.memory_killed(&id, &mut announced).await? => Outcome::MemoryLimit,
            Some(_) => Outcome::RuntimeError,
        };
        // A run the launcher ended (its marker seen) returns what it found under out/; one
        // killed (its time or memory limit) returns none, even if the launcher had begun.
        let (files, files_truncated) = match outcome {
            Outcome::Timeout | Outcome::MemoryLimit => (Vec::new(), false),
            Outcome::Success | Outcome::RuntimeError => artifacts::parse(&trailer, caps),
        };
        drop(announced);
        drop(container); // removed in the background: the result does not wait for it
        let result = JobResult {
            outcome,
            exit_code,
            stdout: stdout.text,
            stderr: stderr.text,
            stdout_truncated: stdout.truncated,
            stderr_truncated: stderr.truncated,
            duration_ms: duration.as_millis() as u64,
            cpu_ms: figures.0,
            peak_memory_bytes: figures.1,
            files,
            files_truncated,
            tests: None,
            summary: None,
        };
        let timings = Timings {
            pooled: false,
            announced: announced_first,
            start: Duration::ZERO,
            delivery,
            run: duration,
            release,
            drain,
            total: began.elapsed(),
        };
        Ok((result, timings))
    }

    /// Runs a batch in `ready`: the program once per case, each a fresh process of the
    /// launcher's (runtime/launcher.py, `run_batch`), then the job's end as for one run.
    ///
    /// SECURITY: outcome integrity — each case's end is the record the launcher's parent
    /// writes with that case's own nonce, which no case process holds; the time limit of a
    /// case is the parent's (it kills the case's process at the limit) and, behind it, this
    /// worker's: a case whose record is not in by the limit and [`CASE_GRACE`] has the
    /// container killed, and it and every case after it fail — a program that breaks its
    /// container makes the remaining cases fail, never pass.
    async fn deliver_batch(
        &self,
        ready: Ready,
        code: &ValidatedCode,
        batch: &TestBatch,
        files: &[InputFile],
        limits: &Limits,
    ) -> Result<(JobResult, Timings), ExecError> {
        let began = Instant::now();
        let Ready {
            mut input,
            output,
            mut container,
            ..
        } = ready;
        let id = container.id().to_string();
        let nonce = uuid::Uuid::new_v4().simple().to_string();
        let marker = [b"\0", nonce.as_bytes(), b"\0"].concat();
        let case_nonces: Vec<String> = batch
            .cases
            .iter()
            .map(|_| uuid::Uuid::new_v4().simple().to_string())
            .collect();
        let case_markers = case_nonces
            .iter()
            .map(|n| [b"\0", n.as_bytes(), b"\0"].concat())
            .collect();
        let (stop_reading, stopped) = oneshot::channel();
        let (marked, mut ended) = oneshot::channel();
        let (cases_done, mut cases) = mpsc::unbounded_channel();
        let reader = tokio::spawn(batch::read_cases(
            output,
            limits.output_bytes,
            stopped,
            case_markers,
            EndMarker::new(marker, marked),
            cases_done,
        ));
        let mut announced = self.exits.watch(&id);
        let baseline = self.sample(&id);

        let code = code.as_str();
        let time_ms = limits.timeout.as_millis().max(1);
        let count = batch.cases.len();
        let written = async {
            let header = format!(
                "{} {nonce} {count} {time_ms}{}\n",
                code.len(),
                artifacts::files_field(files)
            );
            input.write_all(header.as_bytes()).await?;
            input.write_all(code.as_bytes()).await?;
            artifacts::write_files(&mut input, files).await?;
            input.flush().await
        };
        written.await.map_err(|source| ExecError::Write { source })?;
        let started = Instant::now();
        let delivery = started - began;
        // Each case's stdin, then its nonce: the launcher reads the nonce only once the case's
        // process is forked.
        let feed: Vec<(String, String)> = batch
            .cases
            .iter()
            .zip(case_nonces)
            .map(|(case, nonce)| (case.stdin.clone(), nonce))
            .collect();
        let writer = tokio::spawn(async move {
            for (stdin, nonce) in feed {
                let frame = [
                    format!("{}\n", stdin.len()).as_bytes(),
                    stdin.as_bytes(),
                    nonce.as_bytes(),
                    b"\n",
                ]
                .concat();
                if input.write_all(&frame).await.is_err() {
                    return;
                }
            }
            let _ = input.shutdown().await;
        });

        let mut announced_first = false;
        let mut outputs = Vec::with_capacity(count);
        let mut stuck = false;
        let mut release = Duration::ZERO;
        // The launcher's own exit status is not the job's: each case has its own.
        let (launcher_exit, figures) = {
            let exited = async {
                tokio::select! {
                    code = announced.exit_code() => {
                        announced_first = true;
                        Ok(code)
                    }
                    status = self.exit_status(&id) => status,
                }
            };
            tokio::pin!(exited);
            let mut case_began = Instant::now();
            let mut exit = None;
            while outputs.len() < count {
                let deadline = tokio::time::Instant::from_std(case_began + limits.timeout + CASE_GRACE);
                tokio::select! {
                    case = cases.recv() => match case {
                        Some(case) => {
                            outputs.push(case);
                            case_began = Instant::now();
                        }
                        None => break,
                    },
                    status = &mut exited => {
                        exit = Some(status?);
                        break;
                    }
                    () = tokio::time::sleep_until(deadline) => {
                        stuck = true;
                        break;
                    }
                }
            }
            if let Some(status) = exit {
                // Ended inside a case: nothing to read of the cgroup (gone with it).
                (Some(status), (None, None))
            } else if stuck || outputs.len() < count {
                let figures = accounting::figures(baseline, self.sample(&id));
                self.kill(&id).await?;
                (None, figures)
            } else {
                // Every case ran: the job ends as one run does (end marker, figures, release).
                let deadline = tokio::time::Instant::now() + RELEASE_GRACE;
                tokio::select! {
                    Ok(()) = &mut ended => {
                        let marked = Instant::now();
                        let figures = accounting::figures(baseline, self.sample(&id));
                        self.release(&id).await?;
                        match tokio::time::timeout(RELEASE_GRACE, &mut exited).await {
                            Ok(status) => {
                                release = marked.elapsed();
                                (Some(status?), figures)
                            }
                            Err(_elapsed) => {
                                self.kill(&id).await?;
                                (None, figures)
                            }
                        }
                    }
                    status = &mut exited => (Some(status?), (None, None)),
                    () = tokio::time::sleep_until(deadline) => {
                        self.kill(&id).await?;
                        (None, (None, None))
                    }
                }
            }
        };
        let duration = started.elapsed();
        container.stopped();
        writer.abort();

        let drained = Instant::now();
        let (partial_out, partial_err) = finish_reading(reader, stop_reading).await?;
        let drain = drained.elapsed();
        while let Ok(case) = cases.try_recv() {
            if outputs.len() < count {
                outputs.push(case);
            }
        }
        let oom_announced = announced.oom_announced(Duration::ZERO).await;
        // Under gVisor the memory limit is the whole sandbox's (measured: a case over it ends
        // the container with 137, the launcher with it): the case under way then is the one
        // that went over it. (The container's output may end before its exit is seen: the
        // engine's word on the kill decides, not the exit status.)
        let ended_by_oom = !stuck
            && outputs.len() < count
            && launcher_exit.is_none_or(|status| status == 137)
            && self.memory_killed(&id, &mut announced).await?;
        let mut results: Vec<_> = batch
            .cases
            .iter()
            .zip(outputs)
            .map(|(case, output)| batch::case_result(case, batch.compare, output, oom_announced))
            .collect();
        if results.len() < count {
            // The case under way when the container ended or was killed has what it wrote.
            let mut cut = batch::not_run(partial_out, partial_err);
            if stuck {
                cut.verdict = sandbox::job::Verdict::Timeout;
                cut.duration_ms = (limits.timeout + CASE_GRACE).as_millis() as u64;
            } else if ended_by_oom {
                cut.verdict = sandbox::job::Verdict::MemoryLimit;
                cut.exit_code = Some(137);
            }
            results.push(cut);
            let empty = || SanitizedOutput {
                text: String::new(),
                truncated: false,
            };
            while results.len() < count {
                results.push(batch::not_run(empty(), empty()));
            }
        }
        drop(announced);
        drop(container);
        let (outcome, case_exit) = batch::batch_outcome(&results);
        let result = JobResult {
            outcome,
            exit_code: case_exit,
            stdout: String::new(),
            stderr: String::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            duration_ms: duration.as_millis() as u64,
            cpu_ms: figures.0,
            peak_memory_bytes: figures.1,
            // A batch returns no files (docs/api.md): its cases share one out/.
            files: Vec::new(),
            files_truncated: false,
            summary: Some(TestSummary::of(&results)),
            tests: Some(results),
        };
        let timings = Timings {
            pooled: false,
            announced: announced_first,
            start: Duration::ZERO,
            delivery,
            run: duration,
            release,
            drain,
            total: began.elapsed(),
        };
        Ok((result, timings))
    }

    /// The container's accounting now, if this worker sees the cgroup tree.
    fn sample(&self, id: &str) -> Option<accounting::Sample> {
        self.accounting.as_ref()?.sample(id)
    }

    /// Lets a launcher that wrote its end marker exit (with the program's status).
    async fn release(&self, id: &str) -> Result<(), ExecError> {
        let options = KillContainerOptionsBuilder::default().signal("SIGUSR1").build();
        match self.docker().kill_container(id, Some(options)).await {
            // 409: it is no longer running (its wait for the release timed out).
            Err(DockerError::DockerResponseServerError { status_code: 409, .. }) | Ok(()) => Ok(()),
            Err(source) => Err(ExecError::Kill { source }),
        }
    }

    /// Waits for the container to stop and returns its exit status (at once if it has).
    async fn exit_status(&self, id: &str) -> Result<i64, ExecError> {
        let wait = WaitContainerOptionsBuilder::default()
            .condition("not-running")
            .build();
        match self.docker().wait_container(id, Some(wait)).next().await {
            Some(Ok(response)) => Ok(response.status_code),
            Some(Err(DockerError::DockerContainerWaitError { code, .. })) => Ok(code),
            Some(Err(source)) => Err(ExecError::Wait { source }),
            None => Err(ExecError::WaitEnded),
        }
    }

    async fn kill(&self, id: &str) -> Result<(), ExecError> {
        let options = KillContainerOptionsBuilder::default().signal("SIGKILL").build();
        match self.docker().kill_container(id, Some(options)).await {
            // 409: it exited on its own in the meantime.
            Err(DockerError::DockerResponseServerError { status_code: 409, .. }) | Ok(()) => {}
            Err(source) => return Err(ExecError::Kill { source }),
        }
        // The output ends only once the container is gone; wait for that.
        let _ = tokio::time::timeout(KILL_GRACE, self.exit_status(id)).await;
        Ok(())
    }

    /// Whether a job that exited with SIGKILL (137) and was not killed by us (our only kill is
    /// the time limit's, and a timeout never gets here) was killed by its memory limit.
    ///
    /// SECURITY: outcome integrity — a memory kill must read `memory_limit` under gVisor as
    /// under runc, and a program must not be able to pass its own kill off as one. The evidence
    /// is the engine's, never the exit code alone: exit 137 is also what a program that
    /// SIGKILLs itself gets (under runc the init reports its child's signal as 128 + 9; under
    /// gVisor killing PID 1 from inside ends the sandbox with 137), so "137 under a memory
    /// limit" would turn those into `memory_limit`. What the engine offers, measured on Docker
    /// 20.10 with cgroup v1 (docs/container-runtimes.md):
    /// - `State.OOMKilled` in inspect: set only when containerd's OOM event reached the engine
    ///   before the task's exit. Under runc that is always so (the kernel's OOM notification
    ///   comes before the init has even seen its child die). Under runsc the host kernel kills
    ///   the sandbox itself, and the two race: under load about one memory kill in ten had
    ///   the `oom` event 30 ms *after* `die`, and the flag stayed false for good (inspected
    ///   again a second later) — those jobs came back as `runtime_error` with 137.
    /// - the `oom` event, which the engine sends either way (our subscription in
    ///   [`crate::exits`] listens for it, for this deployment's containers only; a program
    ///   cannot make the engine send one without hitting its memory limit).
    /// - not the cgroup's `memory.failcnt`: it is gone with the container, and a worker in a
    ///   container of its own (compose) cannot read the host's cgroups.
    ///
    /// So: an `oom` event already seen, else the flag, else the `oom` event within
    /// [`OOM_EVENT_GRACE`]. Only an unexplained SIGKILL exit pays that wait. If the event
    /// stream is down at that moment, a late OOM under gVisor still reads `runtime_error`.
    async fn memory_killed(&self, id: &str, announced: &mut crate::exits::Watch) -> Result<bool, ExecError> {
        if announced.oom_announced(Duration::ZERO).await {
            return Ok(true);
        }
        let inspect = self
            .docker()
            .inspect_container(id, None)
            .await
            .map_err(|source| ExecError::Inspect { source })?;
        if inspect.state.and_then(|s| s.oom_killed).unwrap_or(false) {
            return Ok(true);
        }
        Ok(announced.oom_announced(OOM_EVENT_GRACE).await)
    }
}

/// How a run's wait ended.
enum End {
    /// The container exited (without the end marker).
    Exited(i64),
    /// The launcher wrote its end marker and waits for the release.
    Marked,
    /// The time limit passed.
    TimedOut,
}

/// Reads both streams into their sanitizers until the output ends or `stop` fires. Memory stays
/// bounded by the caps: past them, output is read and dropped, so the program is never stalled.
async fn read_output(
    mut output: OutputStream,
    cap: usize,
    mut stop: oneshot::Receiver<()>,
    mut marker: EndMarker,
) -> (SanitizedOutput, SanitizedOutput, Vec<u8>) {
    let (mut stdout, mut stderr) = (Sanitizer::new(cap), Sanitizer::new(cap));
    loop {
        tokio::select! {
            item = output.next() => match item {
                Some(Ok(LogOutput::StdOut { message })) => stdout.feed(&message),
                Some(Ok(LogOutput::StdErr { message })) => marker.feed(&message, &mut stderr),
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            },
            _ = &mut stop => break,
        }
    }
    let trailer = marker.finish(&mut stderr);
    (stdout.finish(), stderr.finish(), trailer)
}

async fn finish_reading<T: Send + 'static>(
    mut reader: tokio::task::JoinHandle<T>,
    stop: oneshot::Sender<()>,
) -> Result<T, ExecError> {
    if let Ok(done) = tokio::time::timeout(DRAIN_GRACE, &mut reader).await {
        return done.map_err(|source| ExecError::Output { source });
    }
    let _ = stop.send(());
    reader.await.map_err(|source| ExecError::Output { source })
}
