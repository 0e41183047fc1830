//! What can go wrong while preparing a container or running a job in it: which step failed,
//! with the engine's (or the system's) own error as the source, and whether trying again may
//! help ([`ExecError::retryable`]).

use bollard::errors::Error as DockerError;

#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error("creating the container")]
    Create {
        #[source]
        source: DockerError,
    },
    /// Every uid of JOB_UIDS is held by this worker's own containers, and none came back in time.
    #[error("every uid of JOB_UIDS is held by this worker's containers")]
    UidsHeld,
    /// The engine refused the name (the uid's lease) of this many uids in a row: other workers
    /// hold them.
    #[error("{conflicts} uids of JOB_UIDS in a row are taken on the engine")]
    UidsTaken {
        conflicts: usize,
        #[source]
        source: DockerError,
    },
    #[error("attaching to the container")]
    Attach {
        #[source]
        source: DockerError,
    },
    #[error("starting the container")]
    Start {
        #[source]
        source: DockerError,
    },
    #[error("writing the program to the container")]
    Write {
        #[source]
        source: std::io::Error,
    },
    #[error("waiting for the container to exit")]
    Wait {
        #[source]
        source: DockerError,
    },
    #[error("the engine's wait ended without a status")]
    WaitEnded,
    #[error("killing the container at the time limit")]
    Kill {
        #[source]
        source: DockerError,
    },
    #[error("inspecting the container after a SIGKILL exit")]
    Inspect {
        #[source]
        source: DockerError,
    },
    #[error("reading the container's output")]
    Output {
        #[source]
        source: tokio::task::JoinError,
    },
    /// The launcher did not say it was ready for a program: it wrote something else (a
    /// launcher that cannot start: `seen`), its container ended, or it took longer than a
    /// container may to start.
    #[error("the container's launcher did not become ready: {seen}")]
    NotReady { seen: String },
}

impl ExecError {
    /// Whether the job may succeed if tried again: the engine could not be reached or failed.
    /// Not when the engine refused the request (a 4xx answer: no runtime image, a bad
    /// setting), which retrying will not fix.
    pub fn retryable(&self) -> bool {
        match self {
            ExecError::Create { source }
            | ExecError::Attach { source }
            | ExecError::Start { source }
            | ExecError::Wait { source }
            | ExecError::Kill { source }
            | ExecError::Inspect { source } => !refused(source),
            // 409s, but other workers' containers: they go away.
            ExecError::UidsTaken { .. } => true,
            ExecError::UidsHeld
            | ExecError::Write { .. }
            | ExecError::WaitEnded
            | ExecError::Output { .. } => true,
            // A launcher that said something else will say it again: a deployment's fault
            // (the kernel filter refused), not the engine's. One that ended or was slow may
            // do better in another container.
            ExecError::NotReady { seen } => !seen.starts_with("launcher:"),
        }
    }

    /// The step that failed and every cause under it, on one line: for logs and for the
    /// failure a client reads.
    pub fn report(&self) -> String {
        let mut report = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(err) = cause {
            report.push_str(": ");
            report.push_str(&err.to_string());
            cause = err.source();
        }
        report
    }
}

/// Whether the engine answered with a client error: the request itself is refused.
fn refused(err: &DockerError) -> bool {
    matches!(err, DockerError::DockerResponseServerError { status_code, .. } if (400..500).contains(status_code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status_code: u16) -> DockerError {
        DockerError::DockerResponseServerError {
            status_code,
            message: "no such image: sandbox-runtime:x".into(),
        }
    }

    #[test]
    fn a_refusal_is_final_and_an_engine_failure_is_worth_a_retry() {
        assert!(!ExecError::Create { source: answer(404) }.retryable());
        assert!(!ExecError::Start { source: answer(400) }.retryable());
        assert!(ExecError::Create { source: answer(500) }.retryable());
        assert!(ExecError::Wait { source: answer(503) }.retryable());
        let io = std::io::Error::new(std::io::ErrorKind::BrokenPipe, "gone");
        assert!(ExecError::Write { source: io }.retryable());
        assert!(ExecError::UidsTaken {
            conflicts: 64,
            source: answer(409)
        }
        .retryable());
        assert!(ExecError::UidsHeld.retryable());
    }

    #[test]
    fn the_report_names_the_step_and_keeps_the_engines_words() {
        let report = ExecError::Create { source: answer(404) }.report();
        assert!(report.starts_with("creating the container: "), "{report}");
        assert!(report.contains("no such image: sandbox-runtime:x"), "{report}");
    }
}
