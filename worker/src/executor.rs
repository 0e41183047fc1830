//! Runs one job in one fresh container through the Docker Engine API, and removes it.
//!
//! The sequence: create → attach (before start, with the engine's log off nothing is lost) →
//! start → write the length-prefixed code, start the clock → write stdin and close it → wait for
//! the exit or kill at the time limit → drain the output → inspect only after a SIGKILL exit (to
//! tell the memory limit from other kills) → remove. The container is removed on every path,
//! panics included ([`RemoveOnDrop`]).

use std::time::{Duration, Instant};

use bollard::container::LogOutput;
use bollard::errors::Error as DockerError;
use bollard::query_parameters::{
    AttachContainerOptionsBuilder, KillContainerOptionsBuilder, RemoveContainerOptionsBuilder,
    WaitContainerOptionsBuilder,
};
use bollard::Docker;
use futures_util::StreamExt;
use sandbox::config::Limits;
use sandbox::job::{JobResult, Outcome};
use sandbox::sanitize::{SanitizedOutput, Sanitizer};
use sandbox::ValidatedCode;
use tokio::io::AsyncWriteExt;
use tokio::sync::oneshot;

use crate::container::{self, Owner, Settings};

/// How long the output may take to end once the container has exited (its stream closes as
/// the container's init dies; this only bounds a misbehaving engine).
const DRAIN_GRACE: Duration = Duration::from_secs(2);
/// Exit status of a process killed by SIGKILL: the memory limit's kill, or ours.
const SIGKILL_EXIT: i64 = 128 + 9;

#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    /// The engine could not be reached or failed; the job may succeed if tried again.
    #[error("container engine unavailable: {0}")]
    Unavailable(String),
    /// The engine refused the job for a reason retrying will not fix (e.g. no runtime image).
    #[error("container engine refused the job: {0}")]
    Refused(String),
}

impl From<DockerError> for ExecError {
    fn from(err: DockerError) -> ExecError {
        match err {
            DockerError::DockerResponseServerError { status_code, message }
                if (400..500).contains(&status_code) =>
            {
                ExecError::Refused(format!("{status_code}: {message}"))
            }
            other => ExecError::Unavailable(other.to_string()),
        }
    }
}

#[derive(Clone)]
pub struct Executor {
    docker: Docker,
    settings: Settings,
    owner: Owner,
}

impl Executor {
    pub fn new(docker: Docker, settings: Settings, owner: Owner) -> Executor {
        Executor {
            docker,
            settings,
            owner,
        }
    }

    pub fn docker(&self) -> &Docker {
        &self.docker
    }

    pub fn owner(&self) -> &Owner {
        &self.owner
    }

    pub fn limits(&self) -> &Limits {
        &self.settings.limits
    }

    /// Runs `code` with `stdin` in a container of its own, under every limit, and removes it.
    /// A program's failure (non-zero exit, timeout, memory kill) is a result; only the engine's
    /// failure is an error.
    pub async fn run(&self, job: &str, code: &ValidatedCode, stdin: &str) -> Result<JobResult, ExecError> {
        let body = container::create_body(&self.settings, container::labels(&self.owner, job));
        let creating = Instant::now();
        let id = self.docker.create_container(None, body).await?.id;
        let _counted = sandbox::metrics::container_running();
        let mut guard = RemoveOnDrop {
            docker: self.docker.clone(),
            id: Some(id.clone()),
        };
        let result = self.run_created(&id, code, stdin, creating).await;
        guard.remove().await;
        result
    }

    async fn run_created(
        &self,
        id: &str,
        code: &ValidatedCode,
        stdin: &str,
        creating: Instant,
    ) -> Result<JobResult, ExecError> {
        let attach = AttachContainerOptionsBuilder::default()
            .stdin(true)
            .stdout(true)
            .stderr(true)
            .stream(true)
            .logs(false)
            .build();
        let streams = self.docker.attach_container(id, Some(attach)).await?;
        let (mut input, output) = (streams.input, streams.output);
        let (stop_reading, stopped) = oneshot::channel();
        let reader = tokio::spawn(read_output(output, self.limits().output_bytes, stopped));

        self.docker.start_container(id, None).await?;
        sandbox::metrics::container_started(creating.elapsed());
        let code = code.as_str();
        input
            .write_all(format!("{}\n", code.len()).as_bytes())
            .await
            .map_err(io_error)?;
        input.write_all(code.as_bytes()).await.map_err(io_error)?;
        input.flush().await.map_err(io_error)?;
        // The clock starts once the program has its code (shared/ARCHITECTURE.md).
        let started = Instant::now();
        let stdin = stdin.to_string();
        // Written aside, so that a program that never reads its stdin cannot hold the clock up;
        // a program that exits before reading it all makes the write fail, which is fine.
        let writer = tokio::spawn(async move {
            let _ = input.write_all(stdin.as_bytes()).await;
            let _ = input.shutdown().await;
        });

        let wait = WaitContainerOptionsBuilder::default()
            .condition("not-running")
            .build();
        let mut waiting = self.docker.wait_container(id, Some(wait));
        let exit_code = match tokio::time::timeout(self.limits().timeout, waiting.next()).await {
            Ok(Some(Ok(response))) => Some(response.status_code),
            Ok(Some(Err(DockerError::DockerContainerWaitError { code, .. }))) => Some(code),
            Ok(Some(Err(err))) => return Err(err.into()),
            Ok(None) => return Err(ExecError::Unavailable("wait ended without a status".into())),
            Err(_elapsed) => None,
        };
        let duration = started.elapsed();
        if exit_code.is_none() {
            self.kill(id).await?;
        }
        writer.abort();

        let (stdout, stderr) = finish_reading(reader, stop_reading).await?;
        let outcome = match exit_code {
            None => Outcome::Timeout,
            Some(0) => Outcome::Success,
            Some(SIGKILL_EXIT) if self.oom_killed(id).await? => Outcome::MemoryLimit,
            Some(_) => Outcome::RuntimeError,
        };
        Ok(JobResult {
            outcome,
            exit_code,
            stdout: stdout.text,
            stderr: stderr.text,
            stdout_truncated: stdout.truncated,
            stderr_truncated: stderr.truncated,
            duration_ms: duration.as_millis() as u64,
        })
    }

    async fn kill(&self, id: &str) -> Result<(), ExecError> {
        let options = KillContainerOptionsBuilder::default().signal("SIGKILL").build();
        match self.docker.kill_container(id, Some(options)).await {
            // 409: it exited on its own in the meantime.
            Err(DockerError::DockerResponseServerError { status_code: 409, .. }) | Ok(()) => {}
            Err(err) => return Err(err.into()),
        }
        // The output ends only once the container is gone; wait for that.
        let wait = WaitContainerOptionsBuilder::default()
            .condition("not-running")
            .build();
        let _ = self.docker.wait_container(id, Some(wait)).next().await;
        Ok(())
    }

    async fn oom_killed(&self, id: &str) -> Result<bool, ExecError> {
        let inspect = self.docker.inspect_container(id, None).await?;
        Ok(inspect.state.and_then(|s| s.oom_killed).unwrap_or(false))
    }
}

fn io_error(err: std::io::Error) -> ExecError {
    ExecError::Unavailable(format!("writing to the container: {err}"))
}

type OutputStream =
    std::pin::Pin<Box<dyn futures_util::Stream<Item = Result<LogOutput, DockerError>> + Send>>;

/// Reads both streams into their sanitizers until the output ends or `stop` fires. Memory stays
/// bounded by the caps: past them, output is read and dropped, so the program is never stalled.
async fn read_output(
    mut output: OutputStream,
    cap: usize,
    mut stop: oneshot::Receiver<()>,
) -> (SanitizedOutput, SanitizedOutput) {
    let (mut stdout, mut stderr) = (Sanitizer::new(cap), Sanitizer::new(cap));
    loop {
        tokio::select! {
            item = output.next() => match item {
                Some(Ok(LogOutput::StdOut { message })) => stdout.feed(&message),
                Some(Ok(LogOutput::StdErr { message })) => stderr.feed(&message),
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            },
            _ = &mut stop => break,
        }
    }
    (stdout.finish(), stderr.finish())
}

async fn finish_reading(
    mut reader: tokio::task::JoinHandle<(SanitizedOutput, SanitizedOutput)>,
    stop: oneshot::Sender<()>,
) -> Result<(SanitizedOutput, SanitizedOutput), ExecError> {
    if let Ok(done) = tokio::time::timeout(DRAIN_GRACE, &mut reader).await {
        return done.map_err(|e| ExecError::Unavailable(format!("output reader failed: {e}")));
    }
    let _ = stop.send(());
    reader
        .await
        .map_err(|e| ExecError::Unavailable(format!("output reader failed: {e}")))
}

/// Removes a job's container when dropped, unless [`RemoveOnDrop::remove`] already did: the
/// container goes on every path, a panic in the job's task included.
struct RemoveOnDrop {
    docker: Docker,
    id: Option<String>,
}

impl RemoveOnDrop {
    async fn remove(&mut self) {
        if let Some(id) = self.id.take() {
            remove(&self.docker, &id).await;
        }
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            let docker = self.docker.clone();
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                runtime.spawn(async move { remove(&docker, &id).await });
            }
        }
    }
}

/// How long a failed removal (the engine restarting, say) keeps being retried in the background.
const REMOVE_RETRY_FOR: Duration = Duration::from_secs(120);

/// Removes a job's container; if the engine refuses or cannot be reached, keeps trying in the
/// background (the job's result does not wait for it). The reaper is the last resort.
async fn remove(docker: &Docker, id: &str) {
    if try_remove(docker, id).await {
        return;
    }
    let (docker, id) = (docker.clone(), id.to_string());
    tokio::spawn(async move {
        let started = Instant::now();
        let mut pause = Duration::from_millis(500);
        while started.elapsed() < REMOVE_RETRY_FOR {
            tokio::time::sleep(pause).await;
            if try_remove(&docker, &id).await {
                return;
            }
            pause = (pause * 2).min(Duration::from_secs(10));
        }
        tracing::error!(
            container = id,
            "gave up removing a job container; the reaper will"
        );
    });
}

async fn try_remove(docker: &Docker, id: &str) -> bool {
    let options = RemoveContainerOptionsBuilder::default()
        .force(true)
        .v(true)
        .build();
    match docker.remove_container(id, Some(options)).await {
        Ok(()) | Err(DockerError::DockerResponseServerError { status_code: 404, .. }) => true,
        Err(err) => {
            tracing::warn!(container = id, error = %err, "could not remove a job container");
            false
        }
    }
}
