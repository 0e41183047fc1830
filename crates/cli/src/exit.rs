//! The exit-code table: a finished program's own code passes through; the CLI's own conditions
//! take codes in the 119–125 range, next to `timeout(1)`'s 124, which ordinary programs rarely
//! use (0–2 and 64–78 are common, 126–127 are the shell's, 128+N is death by signal N).

use std::fmt;

use crate::job::{Job, JobResult, Outcome, Status};

/// One of the CLI's own exit codes (a program's own code is passed through as is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// `status`: the job is still queued or running.
    NotFinished = 119,
    /// Bad arguments, an unreadable file, a file that is not UTF-8, a malformed URL, a `--file`
    /// past the limits, a file `--out` could not write.
    Usage = 120,
    /// 422: `syntax_error`, `forbidden_code` or `too_complex`; the program never ran.
    Rejected = 121,
    /// Any other 4xx: unknown or invalid job id, too large, unauthorized, rate limited past
    /// every retry.
    ClientError = 122,
    /// The service could not serve us: unreachable, no answer, a 5xx or a reply that is not
    /// the API's, `queue_full` past every retry, a job that ended `failed`, or a result file
    /// whose path `--out` refuses.
    ServiceError = 123,
    /// The program was killed at the service's time limit.
    Timeout = 124,
    /// The program was killed at the service's memory limit.
    MemoryLimit = 125,
    /// Ctrl-C while waiting: the job goes on in the service (128 + SIGINT, as shells report it).
    Interrupted = 130,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.code().fmt(f)
    }
}

/// Shown by `--help` and copied in docs/operations.md.
pub const TABLE: &str = "\
Exit codes:
  0-255  a completed program's own exit code (128+N: killed by signal N)
  119    status: the job is still queued or running
  120    usage error: bad arguments, unreadable or non-UTF-8 file, malformed URL,
         a --file too large, a file --out could not write (symlink, OS error)
  121    submission rejected (422: syntax_error, forbidden_code, too_complex)
  122    other client error (4xx): unknown or invalid job id, too large,
         unauthorized, rate limited after every retry
  123    service error: unreachable, no answer, 5xx, a reply that is not the
         API's, queue_full after every retry, job failed, a result file whose
         path --out refuses (absolute, `..`)
  124    the program timed out
  125    the program hit the memory limit
  130    interrupted (Ctrl-C) while waiting; the job goes on
With --tests DIR: 0 when every case passes, 1 when any does not (the
verdict table says which); 119-130 as above for the CLI's own conditions.
A file --out does not write (120, 123) replaces only an exit code of 0.
A program that itself exits with 119-125 looks like these; `sandbox status
ID --json` tells them apart.";

/// The exit code for a job, the same for `run` and `status`.
pub fn for_job(job: &Job) -> u8 {
    match (&job.status, &job.result) {
        (Status::Completed, Some(result)) => for_result(result),
        (Status::Queued | Status::Running, _) => Exit::NotFinished.code(),
        // `failed`, a status this client does not know, or `completed` without a result.
        _ => Exit::ServiceError.code(),
    }
}

/// The exit code for what a program that ran produced.
pub fn for_result(result: &JobResult) -> u8 {
    let own = result.exit_code.and_then(|code| u8::try_from(code).ok());
    match result.outcome {
        Outcome::Success => 0,
        Outcome::Timeout => Exit::Timeout.code(),
        Outcome::MemoryLimit => Exit::MemoryLimit.code(),
        // A non-zero exit: never report it as 0, even if the code were missing or out of range
        // (a shell would read 256 as 0).
        Outcome::RuntimeError => own.filter(|&code| code != 0).unwrap_or(1),
        Outcome::Unknown => own.unwrap_or(Exit::ServiceError.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(outcome: Outcome, exit_code: Option<i64>) -> JobResult {
        JobResult {
            outcome,
            exit_code,
            stdout: String::new(),
            stderr: String::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            duration_ms: Some(1),
            tests: None,
            files: Vec::new(),
            files_truncated: false,
        }
    }

    #[test]
    fn a_programs_own_exit_code_passes_through() {
        assert_eq!(for_result(&result(Outcome::Success, Some(0))), 0);
        assert_eq!(for_result(&result(Outcome::RuntimeError, Some(3))), 3);
        assert_eq!(for_result(&result(Outcome::RuntimeError, Some(137))), 137);
        assert_eq!(for_result(&result(Outcome::RuntimeError, Some(255))), 255);
    }

    #[test]
    fn limits_have_codes_of_their_own() {
        assert_eq!(for_result(&result(Outcome::Timeout, None)), 124);
        assert_eq!(for_result(&result(Outcome::MemoryLimit, Some(137))), 125);
    }

    #[test]
    fn a_runtime_error_never_exits_zero() {
        assert_eq!(for_result(&result(Outcome::RuntimeError, None)), 1);
        assert_eq!(for_result(&result(Outcome::RuntimeError, Some(256))), 1);
        assert_eq!(for_result(&result(Outcome::RuntimeError, Some(-1))), 1);
        assert_eq!(for_result(&result(Outcome::RuntimeError, Some(0))), 1);
    }

    #[test]
    fn the_table_names_every_code() {
        for exit in [
            Exit::NotFinished,
            Exit::Usage,
            Exit::Rejected,
            Exit::ClientError,
            Exit::ServiceError,
            Exit::Timeout,
            Exit::MemoryLimit,
            Exit::Interrupted,
        ] {
            assert!(
                TABLE.contains(&format!("\n  {exit} ")),
                "{exit} missing from the table"
            );
        }
    }
}
