//! Every metric's name and the calls that record it, in one place: the api and the worker call
//! these helpers and never spell a metric.
//!
//! Each process keeps its own counters and histograms in the `metrics` facade's global recorder
//! (a Prometheus one, installed by [`handle`] on first use) and renders them as Prometheus text:
//! the api at `GET /metrics`, a worker on `METRICS_ADDR`. The queue-wide gauges come from Redis
//! and are rendered per request by the api ([`render_queue`]), so they are never stale and never
//! mix two deployments that share a process (as the tests do).

use std::fmt::Write as _;
use std::sync::OnceLock;
use std::time::Duration;

use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram, Unit};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::job::Terminal;

/// Jobs accepted (202) and enqueued, by the api.
pub const JOBS_SUBMITTED: &str = "sandbox_jobs_submitted_total";
/// Submissions refused, by the api: label `code` (the error code of the answer) and, for
/// `forbidden_code`, `rule` (once under each distinct policy rule the submission broke).
pub const JOBS_REJECTED: &str = "sandbox_jobs_rejected_total";
/// Connections and `?wait=` polls the api refused or did not hold at a cap: label `cap`
/// (`connections_per_client`, `connections`, `waits_per_client`, `waits`).
pub const LIMITED: &str = "sandbox_api_limited_total";
/// Jobs that ran, by `outcome`, counted by the worker that stored the result.
pub const JOBS_COMPLETED: &str = "sandbox_jobs_completed_total";
/// Jobs the system could not run, by error `code`, counted by the worker that stored it.
pub const JOBS_FAILED: &str = "sandbox_jobs_failed_total";
/// From acceptance to a worker starting the job.
pub const QUEUE_WAIT: &str = "sandbox_job_queue_wait_seconds";
/// The program's wall time (`duration_ms`), by `outcome`.
pub const RUN_TIME: &str = "sandbox_job_run_seconds";
/// The job's CPU time (`cpu_ms`), by `outcome`.
pub const CPU_TIME: &str = "sandbox_job_cpu_seconds";
/// The peak of the job's memory (`peak_memory_bytes`), by `outcome`.
pub const PEAK_MEMORY: &str = "sandbox_job_peak_memory_bytes";
/// Webhook attempts this worker made, by how they ended (`delivered`, `retry`, `failed`).
pub const WEBHOOK_ATTEMPTS: &str = "sandbox_webhook_attempts_total";
/// Test cases of batches that ran, by `verdict`, counted by the worker that stored the result.
pub const TEST_CASES: &str = "sandbox_test_cases_total";
/// Creating and starting a job's container.
pub const CONTAINER_START: &str = "sandbox_container_start_seconds";
/// Job containers of this worker that exist now.
pub const CONTAINERS_RUNNING: &str = "sandbox_containers_running";

/// Queue-wide, read from Redis by the api: stream entries (jobs waiting or running).
pub const QUEUE_DEPTH: &str = "sandbox_queue_depth";
/// Queue-wide: workers with a current heartbeat.
pub const WORKERS_LIVE: &str = "sandbox_workers_live";
/// Queue-wide: job slots of the live workers, and how many of them run a job.
pub const WORKER_SLOTS: &str = "sandbox_worker_slots";
pub const JOBS_RUNNING: &str = "sandbox_jobs_running";

/// Seconds; queue waits reach JOB_DEADLINE (300 s by default).
const QUEUE_WAIT_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0,
];
/// Seconds; runs end by EXECUTION_TIMEOUT (3 s by default, operators raise it).
const RUN_TIME_BUCKETS: &[f64] = &[
    0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0, 60.0,
];
/// Bytes; MEMORY_LIMIT is 100 MiB by default, the interpreter alone about 9 MiB.
const PEAK_MEMORY_BUCKETS: &[f64] = &[
    8.0 * MIB,
    16.0 * MIB,
    32.0 * MIB,
    64.0 * MIB,
    128.0 * MIB,
    256.0 * MIB,
    512.0 * MIB,
    1024.0 * MIB,
    4096.0 * MIB,
];
const MIB: f64 = 1048576.0;
/// Seconds; about 0.1 s on an idle host, seconds when the engine is loaded.
const CONTAINER_START_BUCKETS: &[f64] = &[0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.0, 5.0, 10.0];
/// How often recorded histogram samples are folded in when nobody scrapes, so memory stays flat.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// This process's recorder, installed on first use.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let handle = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(QUEUE_WAIT.into()), QUEUE_WAIT_BUCKETS)
            .and_then(|b| b.set_buckets_for_metric(Matcher::Full(RUN_TIME.into()), RUN_TIME_BUCKETS))
            .and_then(|b| b.set_buckets_for_metric(Matcher::Full(CPU_TIME.into()), RUN_TIME_BUCKETS))
            .and_then(|b| b.set_buckets_for_metric(Matcher::Full(PEAK_MEMORY.into()), PEAK_MEMORY_BUCKETS))
            .and_then(|b| {
                b.set_buckets_for_metric(Matcher::Full(CONTAINER_START.into()), CONTAINER_START_BUCKETS)
            })
            .expect("the bucket lists are not empty")
            .install_recorder()
            // Only this function installs a recorder, once.
            .expect("no other metrics recorder is installed");
        describe();
        let upkeep = handle.clone();
        std::thread::Builder::new()
            .name("metrics-upkeep".into())
            .spawn(move || loop {
                std::thread::sleep(UPKEEP_EVERY);
                upkeep.run_upkeep();
            })
            .expect("spawning the metrics upkeep thread");
        handle
    })
}

/// This process's metrics in the Prometheus text format.
pub fn render() -> String {
    handle().render()
}

fn describe() {
    describe_counter!(JOBS_SUBMITTED, "Jobs accepted and enqueued by this api process.");
    describe_counter!(
        JOBS_REJECTED,
        "Submissions refused by this api process, by error code (and policy rule for forbidden_code)."
    );
    describe_counter!(
        LIMITED,
        "Connections refused and ?wait= polls answered at once at a cap of this api, by cap."
    );
    describe_counter!(JOBS_COMPLETED, "Jobs run and stored by this worker, by outcome.");
    describe_counter!(JOBS_FAILED, "Jobs this worker stored as failed, by error code.");
    describe_counter!(
        TEST_CASES,
        "Test cases of the batches this worker ran and stored, by verdict."
    );
    describe_histogram!(
        QUEUE_WAIT,
        Unit::Seconds,
        "From acceptance to the start of the job."
    );
    describe_histogram!(RUN_TIME, Unit::Seconds, "The program's wall time, by outcome.");
    describe_histogram!(
        CPU_TIME,
        Unit::Seconds,
        "The job's CPU time (its container's cgroup), by outcome; jobs without the figure are not counted."
    );
    describe_histogram!(
        PEAK_MEMORY,
        Unit::Bytes,
        "The peak of the job's memory (its container's cgroup), by outcome; jobs without the figure are not counted."
    );
    describe_counter!(
        WEBHOOK_ATTEMPTS,
        "Webhook attempts this worker made, by result: delivered, retry (failed, another is due), failed (given up)."
    );
    describe_histogram!(
        CONTAINER_START,
        Unit::Seconds,
        "Creating and starting a job container."
    );
    describe_gauge!(
        CONTAINERS_RUNNING,
        "Job containers of this worker that exist now."
    );
}

/// The api accepted and enqueued a job.
pub fn job_submitted() {
    counter!(JOBS_SUBMITTED).increment(1);
}

/// The api refused a submission with `code`; for `forbidden_code`, `rules` are the policy rules
/// it broke (each counted once).
pub fn job_rejected(code: &'static str, rules: &[&'static str]) {
    if rules.is_empty() {
        counter!(JOBS_REJECTED, "code" => code).increment(1);
    }
    let mut seen: Vec<&str> = Vec::new();
    for rule in rules {
        if !seen.contains(rule) {
            seen.push(rule);
            counter!(JOBS_REJECTED, "code" => code, "rule" => *rule).increment(1);
        }
    }
}

/// The api refused a connection, or did not hold a `?wait=` poll, at `cap`.
pub fn limited(cap: &'static str) {
    counter!(LIMITED, "cap" => cap).increment(1);
}

/// A worker started a job that waited `queue_wait` since it was accepted.
pub fn job_started(queue_wait: Duration) {
    histogram!(QUEUE_WAIT).record(queue_wait.as_secs_f64());
}

/// A worker stored a job's terminal state (counted once, by the worker whose write won).
pub fn job_finished(terminal: &Terminal) {
    match terminal {
        Terminal::Completed(result) => {
            let outcome = result.outcome.as_str();
            counter!(JOBS_COMPLETED, "outcome" => outcome).increment(1);
            histogram!(RUN_TIME, "outcome" => outcome).record(result.duration_ms as f64 / 1000.0);
            if let Some(cpu_ms) = result.cpu_ms {
                histogram!(CPU_TIME, "outcome" => outcome).record(cpu_ms as f64 / 1000.0);
            }
            if let Some(peak) = result.peak_memory_bytes {
                histogram!(PEAK_MEMORY, "outcome" => outcome).record(peak as f64);
            }
            for case in result.tests.iter().flatten() {
                counter!(TEST_CASES, "verdict" => case.verdict.as_str()).increment(1);
            }
        }
        Terminal::Failed(failure) => {
            counter!(JOBS_FAILED, "code" => failure.code.as_str()).increment(1);
        }
    }
}

/// A webhook attempt ended: `delivered`, `retry` or `failed`.
pub fn webhook_attempt(result: &'static str) {
    counter!(WEBHOOK_ATTEMPTS, "result" => result).increment(1);
}

/// A job's container was created and started in `elapsed`.
pub fn container_started(elapsed: Duration) {
    histogram!(CONTAINER_START).record(elapsed.as_secs_f64());
}

/// Counts a job container as existing for as long as the returned guard lives.
#[must_use = "the container counts as running while the guard lives"]
pub fn container_running() -> ContainerRunning {
    gauge!(CONTAINERS_RUNNING).increment(1.0);
    ContainerRunning(())
}

pub struct ContainerRunning(());

impl Drop for ContainerRunning {
    fn drop(&mut self) {
        gauge!(CONTAINERS_RUNNING).decrement(1.0);
    }
}

/// What the api reads from Redis for the queue-wide gauges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QueueGauges {
    pub depth: u64,
    pub workers: usize,
    pub slots: usize,
    pub running: usize,
}

/// The queue-wide gauges in the Prometheus text format, to append to [`render`]'s.
pub fn render_queue(gauges: &QueueGauges) -> String {
    let mut text = String::new();
    let mut gauge = |name: &str, help: &str, value: u64| {
        let _ = write!(
            text,
            "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n\n"
        );
    };
    gauge(
        QUEUE_DEPTH,
        "Jobs in the queue, waiting or running.",
        gauges.depth,
    );
    gauge(
        WORKERS_LIVE,
        "Workers with a current heartbeat.",
        gauges.workers as u64,
    );
    gauge(
        WORKER_SLOTS,
        "Job slots of the live workers.",
        gauges.slots as u64,
    );
    gauge(
        JOBS_RUNNING,
        "Jobs running on the live workers.",
        gauges.running as u64,
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::{FailureCode, JobFailure, JobResult, Outcome};

    /// The value of the first sample line starting with `prefix` (name and labels).
    fn sample(text: &str, prefix: &str) -> f64 {
        text.lines()
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    }

    #[test]
    fn a_finished_job_shows_its_outcome_run_time_and_failures() {
        let before = render();
        let result = JobResult {
            outcome: Outcome::Timeout,
            exit_code: None,
            stdout: String::new(),
            stderr: String::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            duration_ms: 3000,
            cpu_ms: Some(2900),
            peak_memory_bytes: Some(20 << 20),
            files: Vec::new(),
            files_truncated: false,
            tests: Some(vec![crate::job::CaseResult {
                verdict: crate::job::Verdict::WrongAnswer,
                exit_code: Some(0),
                stdout: String::new(),
                stderr: String::new(),
                stdout_truncated: false,
                stderr_truncated: false,
                duration_ms: 1,
                cpu_ms: Some(1),
                peak_memory_bytes: Some(1),
            }]),
            summary: None,
        };
        job_finished(&Terminal::Completed(result));
        job_finished(&Terminal::Failed(JobFailure {
            code: FailureCode::Expired,
            message: "late".into(),
        }));
        job_started(Duration::from_millis(20));
        container_started(Duration::from_millis(120));
        let text = render();
        let grew = |prefix: &str| sample(&text, prefix) - sample(&before, prefix);
        assert!(
            grew("sandbox_test_cases_total{verdict=\"wrong_answer\"}") >= 1.0,
            "{text}"
        );
        assert!(
            grew("sandbox_jobs_completed_total{outcome=\"timeout\"}") >= 1.0,
            "{text}"
        );
        assert!(
            grew("sandbox_jobs_failed_total{code=\"expired\"}") >= 1.0,
            "{text}"
        );
        assert!(
            text.contains("# TYPE sandbox_job_run_seconds histogram"),
            "{text}"
        );
        assert!(
            grew("sandbox_job_run_seconds_bucket{outcome=\"timeout\",le=\"3\"}") >= 1.0,
            "{text}"
        );
        assert!(
            grew("sandbox_job_cpu_seconds_bucket{outcome=\"timeout\",le=\"3\"}") >= 1.0,
            "{text}"
        );
        assert!(
            grew("sandbox_job_peak_memory_bytes_bucket{outcome=\"timeout\",le=\"33554432\"}") >= 1.0,
            "{text}"
        );
        assert!(
            grew("sandbox_job_queue_wait_seconds_bucket{le=\"0.025\"}") >= 1.0,
            "{text}"
        );
        assert!(
            grew("sandbox_container_start_seconds_bucket{le=\"0.2\"}") >= 1.0,
            "{text}"
        );
    }

    #[test]
    fn the_container_gauge_follows_its_guard() {
        let before = sample(&render(), CONTAINERS_RUNNING);
        let guard = container_running();
        assert!(sample(&render(), CONTAINERS_RUNNING) >= before + 1.0 - f64::EPSILON);
        drop(guard);
    }

    #[test]
    fn a_forbidden_submission_counts_once_per_rule() {
        let before = render();
        job_rejected(
            "forbidden_code",
            &["forbidden-import", "forbidden-import", "dunder-access"],
        );
        job_rejected("syntax_error", &[]);
        let text = render();
        let grew = |prefix: &str| sample(&text, prefix) - sample(&before, prefix);
        let import = "sandbox_jobs_rejected_total{code=\"forbidden_code\",rule=\"forbidden-import\"}";
        assert!(grew(import) >= 1.0, "{text}");
        assert!(
            grew("sandbox_jobs_rejected_total{code=\"syntax_error\"}") >= 1.0,
            "{text}"
        );
    }

    #[test]
    fn queue_gauges_render_as_prometheus_text() {
        let text = render_queue(&QueueGauges {
            depth: 3,
            workers: 2,
            slots: 4,
            running: 1,
        });
        assert!(text.contains("# TYPE sandbox_queue_depth gauge\nsandbox_queue_depth 3\n"));
        assert!(text.contains("sandbox_workers_live 2\n"));
        assert!(text.contains("sandbox_worker_slots 4\n"));
        assert!(text.contains("sandbox_jobs_running 1\n"));
    }
}
