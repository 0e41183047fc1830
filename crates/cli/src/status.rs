//! `sandbox status ID`: a job's status and result summary (or its raw JSON), with the exit
//! code `run` would have given a finished job.

use std::fmt::Write as _;
use std::io;

use crate::args::StatusArgs;
use crate::client::Service;
use crate::error::Error;
use crate::exit;
use crate::job::{Job, Outcome, Status};
use crate::output::write_all;

pub async fn status(args: StatusArgs) -> Result<u8, Error> {
    let service = Service::new(args.service.url(), args.service.api_key.as_deref())?;
    let (job, raw) = service.job(&args.id, args.wait).await?;
    let text = if args.json {
        String::from_utf8_lossy(&raw).into_owned()
    } else {
        summary(&job)
    };
    // Neither the summary (ids, error messages, timestamps as the service wrote them) nor the
    // raw JSON may carry a control character to the terminal; the program's output in the JSON
    // is already sanitized and JSON-escaped, so this changes nothing of it.
    let mut text = crate::text::printable(&text);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    write_all(&mut io::stdout().lock(), text.as_bytes(), "stdout");
    Ok(exit::for_job(&job))
}

/// `field: value` lines, the output itself left out (its size is shown).
pub fn summary(job: &Job) -> String {
    let mut text = String::new();
    let mut line = |name: &str, value: &str| {
        let _ = writeln!(text, "{:<9} {value}", format!("{name}:"));
    };
    line("job", &job.id);
    line(
        "status",
        match job.status {
            Status::Queued => "queued",
            Status::Running => "running",
            Status::Completed => "completed",
            Status::Failed => "failed",
            Status::Unknown => "(not known to this client; see --json)",
        },
    );
    if let Some(result) = &job.result {
        let outcome = match result.outcome {
            Outcome::Success => "success",
            Outcome::RuntimeError => "runtime_error",
            Outcome::Timeout => "timeout",
            Outcome::MemoryLimit => "memory_limit",
            Outcome::Unknown => "(not known to this client; see --json)",
        };
        match result.exit_code {
            Some(code) => line("outcome", &format!("{outcome}, exit code {code}")),
            None => line("outcome", outcome),
        }
        if let Some(ms) = result.duration_ms {
            line("duration", &format!("{ms} ms"));
        }
        for (name, text, truncated) in [
            ("stdout", &result.stdout, result.stdout_truncated),
            ("stderr", &result.stderr, result.stderr_truncated),
        ] {
            let cut = if truncated { ", truncated" } else { "" };
            line(name, &format!("{} bytes{cut}", text.len()));
        }
    }
    if let Some(error) = &job.error {
        line("error", &format!("{}: {}", error.code, error.message));
    }
    for (name, at) in [
        ("created", &job.created_at),
        ("started", &job.started_at),
        ("finished", &job.finished_at),
    ] {
        if let Some(at) = at {
            line(name, at);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_names_the_outcome_and_output_sizes() {
        let job: Job = serde_json::from_str(
            r#"{"id":"j","status":"completed","created_at":"2026-01-01T00:00:00Z",
                "started_at":"2026-01-01T00:00:01Z","finished_at":"2026-01-01T00:00:02Z",
                "result":{"outcome":"runtime_error","exit_code":3,"stdout":"hi\n","stderr":"",
                          "stdout_truncated":true,"stderr_truncated":false,"duration_ms":41},
                "error":null}"#,
        )
        .unwrap();
        assert_eq!(
            summary(&job),
            "job:      j\n\
             status:   completed\n\
             outcome:  runtime_error, exit code 3\n\
             duration: 41 ms\n\
             stdout:   3 bytes, truncated\n\
             stderr:   0 bytes\n\
             created:  2026-01-01T00:00:00Z\n\
             started:  2026-01-01T00:00:01Z\n\
             finished: 2026-01-01T00:00:02Z\n"
        );
    }
}
