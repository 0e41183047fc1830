//! `sandbox run FILE`: submit the file, wait for the job by long polls, replay its output and
//! exit with its code.

use std::future::Future;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

use crate::args::RunArgs;
use crate::cases;
use crate::client::{Limits, Refusal, RetryAfter, Service, Submission};
use crate::error::{chain, Error};
use crate::exit::{self, Exit};
use crate::job::{Job, Status};
use crate::output;
use crate::progress::Progress;
use crate::{files, out};

/// The longest `Retry-After` waited out; the rate-limit window is 60 s, so a longer one means
/// the service wants us gone for a while and the user should decide.
const MAX_RETRY_WAIT: Duration = Duration::from_secs(60);
/// Each poll's `?wait=`: the API's maximum, so a job costs a request per 30 s of waiting...
const WAIT_QUIET: u64 = 30;
/// ...except with a status line on screen, which should move from `queued` to `running` soon
/// after the job does (a poll is held until the job ends or the wait does, not at a change).
const WAIT_SHOWN: u64 = 2;
/// Polls in a row that may fail on the service's side (unreachable, 5xx) before we give up.
const POLL_RETRIES: u32 = 5;
/// How often the status line's clock is redrawn.
const TICK: Duration = Duration::from_millis(100);

pub async fn run(args: RunArgs) -> Result<u8, Error> {
    let dash = Path::new("-");
    if args.file == dash && args.stdin.as_deref() == Some(dash) {
        return Err(Error::usage(
            "FILE and --stdin cannot both be `-`: standard input can be only one of them",
        ));
    }
    let (code, source) = if args.file == dash {
        (read_text(None, "the code")?, "<stdin>".to_string())
    } else {
        (
            read_text(Some(&args.file), "FILE")?,
            args.file.display().to_string(),
        )
    };
    let stdin = match &args.stdin {
        Some(path) if path == dash => Some(read_text(None, "--stdin")?),
        Some(path) => Some(read_text(Some(path), "--stdin")?),
        None => None,
    };
    let cases = args.tests.as_deref().map(cases::read_cases).transpose()?;
    let files = files::read_files(&args.files)?;
    let service = Service::new(args.service.url(), args.service.api_key.as_deref())?;
    let mut progress = Progress::new(args.quiet);

    let submission = Submission {
        code: &code,
        stdin: stdin.as_deref(),
        limits: Limits {
            time_ms: args.time_ms,
            memory_mb: args.memory_mb,
        },
        tests: cases.as_deref(),
        runtime: args.runtime.as_deref(),
        files: &files,
    };
    let id = submit(&service, &submission, &source, args.retries, &mut progress).await?;

    // From here the job exists: Ctrl-C leaves it running and says how to find it again.
    let job = tokio::select! {
        job = wait(&service, &id, &mut progress) => job?,
        _ = tokio::signal::ctrl_c() => {
            return Err(Error::new(
                Exit::Interrupted,
                format!("interrupted; job {id} goes on in the service: sandbox status {id}"),
            ));
        }
    };
    progress.clear();
    let results = job.result.as_ref().and_then(|result| result.tests.as_ref());
    if let (Some(cases), Some(results)) = (&cases, results) {
        // A batch: the table, and 0 only when every case passed.
        print!("{}", cases::table(cases, results));
        let passed = results.len() == cases.len() && results.iter().all(|r| r.passed());
        return Ok(if passed { 0 } else { 1 });
    }
    // The files first, so that the lines about them follow the program's output.
    let delivery = out::deliver(job.result.as_ref(), args.out.as_deref());
    output::emit(&job, &delivery.lines);
    Ok(delivery.exit_code(exit::for_job(&job)))
}

/// `POST /jobs`, retried after 429/503 as the service asks, at most `retries` times. Every
/// attempt carries the same `Idempotency-Key`, so a service that honours it runs the job once
/// however often the request reached it.
async fn submit(
    service: &Service,
    submission: &Submission<'_>,
    source: &str,
    retries: u32,
    progress: &mut Progress,
) -> Result<String, Error> {
    let key = uuid::Uuid::new_v4().to_string();
    let mut attempt = 0;
    loop {
        progress.set("submitting");
        let refusal = match ticking(progress, service.submit(submission, &key, source)).await {
            Ok(id) => return Ok(id),
            Err(refusal) => refusal,
        };
        let Refusal {
            error,
            retry_after: Some(retry_after),
        } = refusal
        else {
            return Err(refusal.error);
        };
        let delay = match retry_after {
            RetryAfter::Said(delay) => delay,
            RetryAfter::Unsaid => backoff(attempt),
        };
        if attempt >= retries {
            return Err(error.hint(format!("gave up after {retries} retries")));
        }
        if delay > MAX_RETRY_WAIT {
            return Err(error.hint(format!(
                "the service asks to retry in {} s; not waiting that long",
                delay.as_secs()
            )));
        }
        attempt += 1;
        progress.say(&format!(
            "{}; retrying in {} s ({attempt} of {retries})",
            error.message,
            delay.as_secs()
        ));
        progress.set("waiting to retry");
        ticking(progress, tokio::time::sleep(delay)).await;
    }
}

/// Long-polls the job until it is terminal.
async fn wait(service: &Service, id: &str, progress: &mut Progress) -> Result<Job, Error> {
    let wait = if progress.enabled() {
        WAIT_SHOWN
    } else {
        WAIT_QUIET
    };
    let mut failures = 0;
    progress.set("queued");
    loop {
        match ticking(progress, service.job(id, wait)).await {
            Ok((job, _)) => {
                failures = 0;
                match job.status {
                    Status::Queued => progress.set("queued"),
                    Status::Running => progress.set("running"),
                    _ => return Ok(job),
                }
                // The service did not hold the poll (this client holds its maximum of waiting
                // polls): a pause instead of asking again at once, in a loop.
                if job.wait_limited {
                    ticking(progress, tokio::time::sleep(WAIT_LIMITED_PAUSE)).await;
                }
            }
            // The service may be restarting; the job is safe in the queue meanwhile.
            Err(error) if error.exit == Exit::ServiceError && failures < POLL_RETRIES => {
                let delay = backoff(failures);
                failures += 1;
                progress.say(&format!(
                    "{}; asking again in {} s",
                    error.message,
                    delay.as_secs()
                ));
                ticking(progress, tokio::time::sleep(delay)).await;
            }
            Err(error) => {
                return Err(error.hint(format!("job {id} may still run: sandbox status {id}")));
            }
        }
    }
}

/// The pause before polling again after a poll the service did not hold (`Wait-Limited`).
const WAIT_LIMITED_PAUSE: Duration = Duration::from_secs(1);

/// Awaits `future`, redrawing the status line's clock meanwhile.
async fn ticking<F: Future>(progress: &mut Progress, future: F) -> F::Output {
    if !progress.enabled() {
        return future.await;
    }
    tokio::pin!(future);
    let mut tick = tokio::time::interval(TICK);
    loop {
        tokio::select! {
            output = &mut future => return output,
            _ = tick.tick() => progress.draw(),
        }
    }
}

/// 1, 2, 4, 8, 16 s…: for a refusal without `Retry-After` and for failed polls.
fn backoff(attempt: u32) -> Duration {
    Duration::from_secs(1 << attempt.min(5))
}

/// A file (or standard input) as the UTF-8 text the API takes.
fn read_text(path: Option<&Path>, what: &str) -> Result<String, Error> {
    let mut bytes = Vec::new();
    let (name, read) = match path {
        Some(path) => (
            path.display().to_string(),
            std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
        ),
        None => (
            "standard input".to_string(),
            std::io::stdin().lock().read_to_end(&mut bytes),
        ),
    };
    read.map_err(|e| Error::usage(format!("cannot read {what} {name}: {}", chain(&e))))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::usage(format!(
            "{what} {name} is not UTF-8 (byte {} is not), and the service takes only text",
            e.utf8_error().valid_up_to()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stops_growing() {
        assert_eq!(backoff(0), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(10), Duration::from_secs(32));
    }

    #[test]
    fn a_missing_file_is_a_usage_error() {
        let error = read_text(Some(Path::new("/nonexistent/prog.py")), "FILE").unwrap_err();
        assert_eq!(error.exit, Exit::Usage);
        assert!(
            error.message.contains("/nonexistent/prog.py"),
            "{}",
            error.message
        );
    }
}
