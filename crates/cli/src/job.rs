//! What the API answers, as this client reads it (docs/api.md).
//!
//! Small local types rather than the `sandbox` core crate's `job` module: that crate is the
//! server's (it brings Redis, the Python parser and the validator into every build of the CLI),
//! its `JobView` and `JobId` only serialise, and its enums are closed. A client should outlive
//! the server it was built against, so an unknown status or outcome here is a value
//! (`Unknown`), not a parse error.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Queued,
    Running,
    Completed,
    Failed,
    #[serde(other)]
    Unknown,
}

impl Status {
    pub fn is_terminal(self) -> bool {
        !matches!(self, Status::Queued | Status::Running)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    RuntimeError,
    Timeout,
    MemoryLimit,
    #[serde(other)]
    Unknown,
}

/// `GET /jobs/{id}`.
#[derive(Debug, Clone, Deserialize)]
pub struct Job {
    pub id: String,
    pub status: Status,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub finished_at: Option<String>,
    #[serde(default)]
    pub result: Option<JobResult>,
    #[serde(default)]
    pub error: Option<JobFailure>,
    /// The answer carried `Wait-Limited: true`: the service did not hold this `?wait=` poll
    /// (the client holds its maximum of waiting polls), so polling again at once would spin.
    #[serde(skip)]
    pub wait_limited: bool,
}

/// `result` of a `completed` job.
#[derive(Debug, Clone, Deserialize)]
pub struct JobResult {
    pub outcome: Outcome,
    #[serde(default)]
    pub exit_code: Option<i64>,
    #[serde(default)]
    pub stdout: String,
    #[serde(default)]
    pub stderr: String,
    #[serde(default)]
    pub stdout_truncated: bool,
    #[serde(default)]
    pub stderr_truncated: bool,
    #[serde(default)]
    pub duration_ms: Option<u64>,
    /// A batch's cases (`--tests`).
    #[serde(default)]
    pub tests: Option<Vec<CaseResult>>,
    /// What the program wrote under `./out/` (single runs; none from a service before them).
    #[serde(default)]
    pub files: Vec<OutputFile>,
    /// The program wrote more to `out/` than the service returns.
    #[serde(default)]
    pub files_truncated: bool,
}

/// An entry of `result.files`. The path and the content are the service's word, checked
/// before anything is written (crate::out).
#[derive(Debug, Clone, Deserialize)]
pub struct OutputFile {
    pub path: String,
    #[serde(default)]
    pub size: Option<u64>,
    #[serde(default)]
    pub media_type: Option<String>,
    #[serde(default)]
    pub content_base64: String,
}

/// An entry of `result.tests`. The verdict stays text: a verdict this client does not know
/// is shown as the service named it.
#[derive(Debug, Clone, Deserialize)]
pub struct CaseResult {
    pub verdict: String,
    #[serde(default)]
    pub exit_code: Option<i64>,
    #[serde(default)]
    pub stderr: String,
    #[serde(default)]
    pub duration_ms: Option<u64>,
    #[serde(default)]
    pub cpu_ms: Option<u64>,
    #[serde(default)]
    pub peak_memory_bytes: Option<u64>,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.verdict == "accepted" || self.verdict == "completed"
    }
}

/// `error` of a `failed` job.
#[derive(Debug, Clone, Deserialize)]
pub struct JobFailure {
    pub code: String,
    #[serde(default)]
    pub message: String,
}

/// `202` to `POST /jobs`.
#[derive(Debug, Clone, Deserialize)]
pub struct Accepted {
    pub id: String,
}

/// Every error answer: `{"error": {"code", "message", ...extra fields}}`.
#[derive(Debug, Clone, Deserialize)]
pub struct ErrorEnvelope {
    pub error: ApiError,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct ApiError {
    pub code: String,
    #[serde(default)]
    pub message: String,
    /// `syntax_error`: 1-based, in characters.
    #[serde(default)]
    pub line: Option<u64>,
    #[serde(default)]
    pub column: Option<u64>,
    /// `forbidden_code`: every violation found.
    #[serde(default)]
    pub violations: Vec<Violation>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Violation {
    pub rule: String,
    #[serde(default)]
    pub detail: String,
    #[serde(default)]
    pub line: Option<u64>,
    #[serde(default)]
    pub column: Option<u64>,
    /// Why the rule refuses it (services before the reasons were added send none).
    #[serde(default)]
    pub reason: Option<String>,
    /// The allowed way, where there is one.
    #[serde(default)]
    pub hint: Option<String>,
}

/// Whether `id` can be put in a URL path as it is. Job ids are UUIDs; whether one is in the
/// canonical form is the service's to say (400 `invalid_id`), but nothing that could change
/// which path is asked (`/`, `..`, `?`, `%`) is ever sent.
pub fn is_path_safe(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_reads_as_the_api_shows_it() {
        let job: Job = serde_json::from_str(
            r#"{"id":"3f0c","status":"completed","created_at":"2026-01-01T00:00:00Z",
                "started_at":null,"finished_at":null,
                "result":{"outcome":"runtime_error","exit_code":3,"stdout":"a","stderr":"b",
                          "stdout_truncated":false,"stderr_truncated":true,"duration_ms":41},
                "error":null}"#,
        )
        .unwrap();
        assert_eq!(job.status, Status::Completed);
        let result = job.result.unwrap();
        assert_eq!(result.outcome, Outcome::RuntimeError);
        assert_eq!(result.exit_code, Some(3));
        assert!(result.stderr_truncated);
    }

    #[test]
    fn statuses_and_outcomes_added_later_are_values_not_errors() {
        let job: Job = serde_json::from_str(
            r#"{"id":"x","status":"paused","result":{"outcome":"cancelled"},"error":null}"#,
        )
        .unwrap();
        assert_eq!(job.status, Status::Unknown);
        assert!(job.status.is_terminal());
        assert_eq!(job.result.unwrap().outcome, Outcome::Unknown);
    }

    #[test]
    fn a_rejection_keeps_every_violation() {
        let body: ErrorEnvelope = serde_json::from_str(
            r#"{"error":{"code":"forbidden_code","message":"no","violations":[
                {"rule":"forbidden_import","detail":"os","line":1,"column":1},
                {"rule":"forbidden_builtin","detail":"eval","line":2,"column":5}]}}"#,
        )
        .unwrap();
        assert_eq!(body.error.violations.len(), 2);
        assert_eq!(body.error.violations[1].column, Some(5));
    }

    #[test]
    fn only_ids_that_cannot_change_the_path_are_sent() {
        assert!(is_path_safe("3f0c1a2b-0000-4000-8000-000000000000"));
        assert!(is_path_safe("NOT-A-UUID"));
        for bad in ["", "..", "a/b", "a?wait=1", "%2e%2e", "a b", "é", &"a".repeat(65)] {
            assert!(!is_path_safe(bad), "{bad:?}");
        }
    }
}
