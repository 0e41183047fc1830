//! `sandbox status ID`: a job's output as `run` prints it (or its raw JSON with `--json`), with
//! the exit code `run` would have given it.

use std::io;

use crate::args::StatusArgs;
use crate::client::Service;
use crate::error::Error;
use crate::exit;
use crate::job::{Job, Status};
use crate::output::{emit, write_all};

pub async fn status(args: StatusArgs) -> Result<u8, Error> {
    let service = Service::new(args.service.url(), args.service.api_key.as_deref())?;
    let (job, raw) = service.job(&args.id, args.wait).await?;
    if args.json {
        // The raw JSON may not carry a control character to the terminal; the program's output
        // in it is already sanitized and JSON-escaped, so this changes nothing of it.
        let mut text = crate::text::printable(&String::from_utf8_lossy(&raw));
        if !text.ends_with('\n') {
            text.push('\n');
        }
        write_all(&mut io::stdout().lock(), text.as_bytes(), "stdout");
    } else if let Some(note) = unfinished(&job) {
        let text = format!("sandbox: {}\n", crate::text::printable(&note));
        write_all(&mut io::stderr().lock(), text.as_bytes(), "stderr");
    } else {
        // A finished job: its stdout and stderr exactly as `run` writes them, then its notes.
        // Listed, not written: `status` has no --out.
        let delivery = crate::out::deliver(job.result.as_ref(), None);
        emit(&job, &delivery.lines);
    }
    Ok(exit::for_job(&job))
}

/// What to say about a job that has not finished yet (none for a finished one).
fn unfinished(job: &Job) -> Option<String> {
    let state = match job.status {
        Status::Queued => "is queued".to_owned(),
        Status::Running => match &job.started_at {
            Some(at) => format!("is running (started {at})"),
            None => "is running".to_owned(),
        },
        Status::Completed | Status::Failed | Status::Unknown => return None,
    };
    Some(format!(
        "job {} {state}; `sandbox status {} --wait 30` waits for it to finish",
        job.id, job.id
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(text: &str) -> Job {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn an_unfinished_job_says_so_and_how_to_wait() {
        let running = job(
            r#"{"id":"j","status":"running","created_at":"2026-01-01T00:00:00Z",
            "started_at":"2026-01-01T00:00:01Z","finished_at":null,"result":null,"error":null}"#,
        );
        assert_eq!(
            unfinished(&running).unwrap(),
            "job j is running (started 2026-01-01T00:00:01Z); `sandbox status j --wait 30` waits for it to finish"
        );
        let queued = job(
            r#"{"id":"j","status":"queued","created_at":"2026-01-01T00:00:00Z",
            "started_at":null,"finished_at":null,"result":null,"error":null}"#,
        );
        assert!(unfinished(&queued).unwrap().starts_with("job j is queued;"));
    }

    #[test]
    fn a_finished_job_is_printed_as_run_prints_it() {
        let done = job(
            r#"{"id":"j","status":"completed","created_at":"2026-01-01T00:00:00Z",
            "started_at":"2026-01-01T00:00:01Z","finished_at":"2026-01-01T00:00:02Z",
            "result":{"outcome":"success","exit_code":0,"stdout":"hi\n","stderr":"",
                      "stdout_truncated":false,"stderr_truncated":false,"duration_ms":41},
            "error":null}"#,
        );
        assert_eq!(unfinished(&done), None);
    }
}
