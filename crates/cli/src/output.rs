//! A finished job on the terminal: the program's stdout and stderr exactly as the service
//! returned them, then — on stderr, each line starting `sandbox:` — what the exit code alone
//! does not say (a limit hit, output cut, the job failed).

use std::io::{self, Write};

use crate::job::{Job, JobResult, Outcome, Status};

/// Writes what the job produced and the notes about it, `more` (the lines about its files)
/// last.
pub fn emit(job: &Job, more: &[String]) {
    let mut notes = Vec::new();
    match (&job.status, &job.result) {
        (Status::Completed, Some(result)) => {
            write_all(&mut io::stdout().lock(), result.stdout.as_bytes(), "stdout");
            write_all(&mut io::stderr().lock(), result.stderr.as_bytes(), "stderr");
            notes = result_notes(result);
        }
        (Status::Failed, _) => notes.push(match &job.error {
            Some(error) => format!(
                "job {} failed: the service could not run it ({}): {}",
                job.id, error.code, error.message
            ),
            None => format!("job {} failed: the service could not run it", job.id),
        }),
        _ => notes.push(format!(
            "job {} ended in a state this client does not know; see `sandbox status {} --json`",
            job.id, job.id
        )),
    }
    notes.extend(more.iter().cloned());
    if notes.is_empty() {
        return;
    }
    let mut err = io::stderr().lock();
    // A note starts on a line of its own even when the program's stderr did not end one.
    let unterminated = job
        .result
        .as_ref()
        .is_some_and(|r| !r.stderr.is_empty() && !r.stderr.ends_with('\n'));
    let mut text = String::from(if unterminated { "\n" } else { "" });
    for note in notes {
        // Notes carry the job's id and the service's error code and message.
        text.push_str(&format!("sandbox: {}\n", crate::text::printable(&note)));
    }
    write_all(&mut err, text.as_bytes(), "stderr");
}

/// What the exit code of a completed job does not tell.
pub fn result_notes(result: &JobResult) -> Vec<String> {
    let mut notes = Vec::new();
    let after = result
        .duration_ms
        .map(|ms| format!(" after {:.1} s", ms as f64 / 1000.0))
        .unwrap_or_default();
    match result.outcome {
        Outcome::Timeout => notes.push(format!(
            "timed out: the program was killed at the service's time limit{after}"
        )),
        Outcome::MemoryLimit => notes.push(format!(
            "out of memory: the program was killed at the service's memory limit{after}"
        )),
        Outcome::Unknown => notes.push("the program ended in a way this client does not know".into()),
        Outcome::Success | Outcome::RuntimeError => {}
    }
    for (name, text, truncated) in [
        ("stdout", &result.stdout, result.stdout_truncated),
        ("stderr", &result.stderr, result.stderr_truncated),
    ] {
        if truncated {
            notes.push(format!(
                "{name} was truncated: the service kept only its first {} bytes",
                text.len()
            ));
        }
    }
    notes
}

/// Writes and flushes; a reader that went away (`sandbox run x.py | head -1`) is not an error
/// worth a message, anything else is reported once.
pub fn write_all(out: &mut impl Write, bytes: &[u8], name: &str) {
    if let Err(error) = out.write_all(bytes).and_then(|()| out.flush()) {
        if error.kind() != io::ErrorKind::BrokenPipe {
            eprintln!(
                "sandbox: cannot write the program's {name}: {}",
                crate::text::printable(&error.to_string())
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(outcome: Outcome, stdout: &str, stdout_truncated: bool) -> JobResult {
        JobResult {
            outcome,
            exit_code: None,
            stdout: stdout.into(),
            stderr: String::new(),
            stdout_truncated,
            stderr_truncated: false,
            duration_ms: Some(3012),
            tests: None,
            files: Vec::new(),
            files_truncated: false,
        }
    }

    #[test]
    fn a_clean_run_has_nothing_to_add() {
        assert!(result_notes(&result(Outcome::Success, "hi\n", false)).is_empty());
    }

    #[test]
    fn limits_and_truncation_are_told() {
        let notes = result_notes(&result(Outcome::Timeout, "xxxx", true));
        assert_eq!(
            notes,
            [
                "timed out: the program was killed at the service's time limit after 3.0 s",
                "stdout was truncated: the service kept only its first 4 bytes",
            ]
        );
        let notes = result_notes(&result(Outcome::MemoryLimit, "", false));
        assert!(notes[0].starts_with("out of memory"), "{notes:?}");
    }
}
