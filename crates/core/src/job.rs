//! The job model: what a client submits, what a worker produces, and what a poll returns.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A job's id: a random (v4) UUID, always shown in canonical form (lowercase, hyphenated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct JobId(Uuid);

impl JobId {
    pub fn new() -> JobId {
        JobId(Uuid::new_v4())
    }
}

impl Default for JobId {
    fn default() -> Self {
        JobId::new()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a UUID in canonical form (lowercase, hyphenated)")]
pub struct InvalidJobId;

impl FromStr for JobId {
    type Err = InvalidJobId;

    /// Accepts only the canonical form, so one job has exactly one URL.
    fn from_str(s: &str) -> Result<JobId, InvalidJobId> {
        let uuid = Uuid::try_parse(s).map_err(|_| InvalidJobId)?;
        let canonical = uuid.hyphenated().to_string();
        if canonical == s {
            Ok(JobId(uuid))
        } else {
            Err(InvalidJobId)
        }
    }
}

impl fmt::Display for JobId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl Serialize for JobId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    Queued,
    Running,
    Completed,
    Failed,
}

impl Status {
    /// The name serde writes too (the record's `status` field, the api's answers).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn is_terminal(self) -> bool {
        matches!(self, Status::Completed | Status::Failed)
    }
}

/// How a program that ran ended.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Outcome {
    /// Exit code 0.
    Success,
    /// A non-zero exit, including death by a signal other than the memory limit's kill.
    RuntimeError,
    /// Killed at the execution time limit.
    Timeout,
    /// The engine reports the container OOM-killed.
    MemoryLimit,
}

impl Outcome {
    /// The name serde writes too (a metric's label).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What a program that ran produced: `result` of a `completed` job.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobResult {
    pub outcome: Outcome,
    /// The status the engine reports (128+N after signal N); null for a timeout.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub exit_code: Option<i64>,
    pub stdout: String,
    pub stderr: String,
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    /// Wall time from the program's start to its exit or kill.
    pub duration_ms: u64,
    /// CPU time (user + system) of every process of the job from the code's delivery to its
    /// end, in ms, as the kernel accounts it for the job's container (its cgroup); null when
    /// the run's end could not be measured (docs/api.md says when).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 0))]
    pub cpu_ms: Option<u64>,
    /// The peak of the job's memory (the container's cgroup: the interpreter, the program and
    /// its files in /tmp and /dev/shm) in bytes; null as `cpu_ms`.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 0))]
    pub peak_memory_bytes: Option<u64>,
    /// What the program wrote under `./out/`, sorted by path (a single run's; empty for a
    /// batch, a timeout or a memory kill).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub files: Vec<OutputFile>,
    /// More was written under `./out/` than MAX_ARTIFACT_FILES files or MAX_ARTIFACT_BYTES
    /// bytes: `files` holds those that fit.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub files_truncated: bool,
    /// A batch's cases, in order (absent for a job without `tests`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tests: Option<Vec<CaseResult>>,
    /// A batch's totals (absent for a job without `tests`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<TestSummary>,
}

/// A file the program wrote under `./out/`: an entry of `result.files`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputFile {
    /// Its path under `out/`, `/`-separated (`plots/chart.png`).
    #[cfg_attr(feature = "openapi", schema(example = "chart.png"))]
    pub path: String,
    /// Its length in bytes.
    pub size: u64,
    /// Its media type, read from its content (a PNG is `image/png` whatever its name); text
    /// that is UTF-8 is `text/plain`, or `text/csv` and `application/json` by its name;
    /// anything else `application/octet-stream`.
    #[cfg_attr(feature = "openapi", schema(example = "image/png"))]
    pub media_type: String,
    /// Its bytes, base64 (standard alphabet, padded).
    pub content_base64: String,
}

/// An input file of a submission (`files` of `POST /jobs`), decoded: placed at `path` in the
/// program's working directory before it starts. Travels in the stream entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: String,
    pub content: Vec<u8>,
}

impl Serialize for InputFile {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use base64::Engine as _;
        use serde::ser::SerializeStruct;
        let mut file = s.serialize_struct("InputFile", 2)?;
        file.serialize_field("path", &self.path)?;
        file.serialize_field(
            "content_base64",
            &base64::engine::general_purpose::STANDARD.encode(&self.content),
        )?;
        file.end()
    }
}

impl<'de> Deserialize<'de> for InputFile {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<InputFile, D::Error> {
        use base64::Engine as _;
        #[derive(Deserialize)]
        struct Wire {
            path: String,
            content_base64: String,
        }
        let wire = Wire::deserialize(d)?;
        let content = base64::engine::general_purpose::STANDARD
            .decode(wire.content_base64)
            .map_err(serde::de::Error::custom)?;
        Ok(InputFile {
            path: wire.path,
            content,
        })
    }
}

/// Why a path of `files` cannot be an input file's: it must be relative, `/`-separated, each
/// component a plain name (not empty, `.` or `..`), with no NUL or backslash, and at most
/// [`MAX_FILE_PATH`] bytes.
pub fn input_path_problem(path: &str) -> Option<&'static str> {
    if path.is_empty() {
        return Some("is empty");
    }
    if path.len() > MAX_FILE_PATH {
        return Some("is longer than 255 bytes");
    }
    if path.starts_with('/') {
        return Some("is absolute; paths are relative to the program's working directory");
    }
    if path.contains('\\') || path.contains('\0') {
        return Some("holds a backslash or a NUL");
    }
    if path.chars().any(char::is_control) {
        return Some("holds a control character");
    }
    for component in path.split('/') {
        match component {
            "" => return Some("has an empty component (`//` or a trailing `/`)"),
            "." | ".." => return Some("has a `.` or `..` component"),
            _ if component.len() > 255 => return Some("has a component longer than 255 bytes"),
            _ => {}
        }
    }
    None
}

/// The longest path of an input file, in bytes.
pub const MAX_FILE_PATH: usize = 255;

/// How a test case's stdout is compared with its `expected_stdout` (`compare` of `POST /jobs`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Compare {
    /// Byte for byte.
    Exact,
    /// Trailing whitespace of each line, and trailing blank lines, ignored (the default).
    #[default]
    Trim,
    /// The whitespace-separated tokens, in order.
    Tokens,
}

impl Compare {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether `actual` passes for `expected` under this comparison.
    pub fn matches(self, actual: &str, expected: &str) -> bool {
        match self {
            Compare::Exact => actual == expected,
            Compare::Trim => trimmed_lines(actual).eq(trimmed_lines(expected)),
            Compare::Tokens => actual.split_whitespace().eq(expected.split_whitespace()),
        }
    }
}

/// The lines of `text` without their trailing whitespace, trailing blank lines left out.
fn trimmed_lines(text: &str) -> impl Iterator<Item = &str> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let kept = lines
        .iter()
        .rposition(|line| !line.is_empty())
        .map_or(0, |at| at + 1);
    lines.into_iter().take(kept)
}

/// One test case of a batch: its stdin and, optionally, the stdout it must produce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestCase {
    pub stdin: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_stdout: Option<String>,
}

/// A job's test cases (`tests` of `POST /jobs`) and how outputs are compared; travels in the
/// stream entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestBatch {
    #[serde(default)]
    pub compare: Compare,
    pub cases: Vec<TestCase>,
}

impl TestBatch {
    /// Bytes of the cases' stdin and expected stdout together (they count against
    /// MAX_STDIN_SIZE, as one job's stdin does, and toward the storage quota).
    pub fn input_bytes(&self) -> usize {
        self.cases
            .iter()
            .map(|case| case.stdin.len() + case.expected_stdout.as_ref().map_or(0, String::len))
            .sum()
    }
}

/// How one test case ended.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Verdict {
    /// Exit code 0 and stdout matches `expected_stdout`.
    Accepted,
    /// Exit code 0 and stdout does not match `expected_stdout`.
    WrongAnswer,
    /// Killed at the time limit (per case).
    Timeout,
    /// Killed by the memory limit (per case).
    MemoryLimit,
    /// A non-zero exit or a signal; also a case that could not run (`exit_code` null: the
    /// container ended in an earlier case).
    RuntimeError,
    /// Exit code 0, and the case has no `expected_stdout`.
    Completed,
}

impl Verdict {
    /// The name serde writes too (a metric's label).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the case passes: `accepted`, or `completed` without an expected output.
    pub fn passed(self) -> bool {
        matches!(self, Verdict::Accepted | Verdict::Completed)
    }
}

/// What one test case produced: an entry of `result.tests`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseResult {
    pub verdict: Verdict,
    /// The case's exit status (128+N after signal N); null for a timeout or a case that did
    /// not run.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub exit_code: Option<i64>,
    pub stdout: String,
    pub stderr: String,
    pub stdout_truncated: bool,
    pub stderr_truncated: bool,
    /// Wall time of the case's process, from its start to its exit or kill.
    pub duration_ms: u64,
    /// CPU time (user + system) of the case's process, as the kernel accounts it; null when
    /// the case did not run.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 0))]
    pub cpu_ms: Option<u64>,
    /// The peak resident memory of the case's process, as the kernel accounts it; null as
    /// `cpu_ms`.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 0))]
    pub peak_memory_bytes: Option<u64>,
}

/// The totals of a batch: `result.summary`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestSummary {
    /// Cases `accepted` or `completed`.
    pub passed: usize,
    pub total: usize,
    /// The index (from 0) of the first case that did not pass; null when all did.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub first_failed: Option<usize>,
}

impl TestSummary {
    pub fn of(cases: &[CaseResult]) -> TestSummary {
        TestSummary {
            passed: cases.iter().filter(|case| case.verdict.passed()).count(),
            total: cases.len(),
            first_failed: cases.iter().position(|case| !case.verdict.passed()),
        }
    }
}

/// The limits a job runs under: the job document's `limits`, each the request's value or, when
/// the request has none, the server's own (EXECUTION_TIMEOUT, MEMORY_LIMIT, MAX_OUTPUT_SIZE).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobLimits {
    /// Wall-clock limit from the code's delivery, in milliseconds.
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub time_ms: u64,
    /// Memory limit in MiB (2^20 bytes).
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub memory_mb: u64,
    /// Bytes kept of each of stdout and stderr.
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub output_bytes: u64,
}

/// The limits a submission asked for (`limits` of `POST /jobs`), each within the server's own;
/// what is absent is the server's. Travels in the stream entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LimitRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_mb: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_bytes: Option<u64>,
}

/// Why the system could not run a job: `error` of a `failed` job.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum FailureCode {
    EngineUnavailable,
    TooManyAttempts,
    Expired,
    Internal,
}

impl FailureCode {
    /// The name serde writes too (a metric's label).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobFailure {
    pub code: FailureCode,
    pub message: String,
}

/// A job's terminal state, written once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Terminal {
    Completed(JobResult),
    Failed(JobFailure),
}

/// A job as `GET /jobs/{id}` shows it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobView {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = "uuid", example = "3f0c2a9e-8c1d-4b7a-9e2f-5d6c7b8a9f01"))]
    pub id: JobId,
    pub status: Status,
    pub created_at: DateTime<Utc>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub started_at: Option<DateTime<Utc>>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub finished_at: Option<DateTime<Utc>>,
    /// The limits the job runs under; null only for a job accepted before limits were
    /// recorded.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub limits: Option<JobLimits>,
    /// Set exactly when `status` is `completed`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub result: Option<JobResult>,
    /// Set exactly when `status` is `failed`.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub error: Option<JobFailure>,
    /// The webhook's delivery, when the job was submitted with a `callback_url`; else null.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub callback: Option<Callback>,
}

/// Where a job's webhook stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum CallbackState {
    /// Not delivered yet: the job is not terminal, or an attempt is due or under way.
    Pending,
    /// A 2xx answer was received.
    Delivered,
    /// WEBHOOK_MAX_ATTEMPTS attempts failed (or the server cannot sign); no more are made.
    Failed,
}

impl CallbackState {
    /// The name serde writes too (the record's field, a metric's label).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// `callback` of the job document: the webhook's URL and its delivery so far.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Callback {
    pub url: String,
    pub state: CallbackState,
    /// Attempts begun so far (one that a worker died in counts).
    #[cfg_attr(feature = "openapi", schema(minimum = 0))]
    pub attempts: u32,
    /// The HTTP status of the last answer; null before one, or when the last attempt got none.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 100, maximum = 999))]
    pub last_status: Option<u16>,
    /// Why the last attempt failed (a non-2xx status, a refused address, a timeout, …); null
    /// after a success or before any attempt.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub last_error: Option<String>,
}

/// What a worker needs to run a job; travels in the stream entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobSpec {
    pub id: JobId,
    pub code: String,
    pub stdin: String,
    pub created_at: DateTime<Utc>,
    /// What the submission asked for; the worker applies it within its own limits.
    pub limits: LimitRequest,
    /// The limits the api computed for it (the record's `limits`); not in the stream entry.
    pub shown_limits: Option<JobLimits>,
    /// The checked `callback_url` (the record's); not in the stream entry: the worker finds it
    /// in the record when the job finishes.
    pub callback_url: Option<String>,
    /// A batch's test cases (then `stdin` is empty).
    pub tests: Option<TestBatch>,
    /// The runtime it runs in (a name of [`crate::runtimes`]).
    pub runtime: &'static str,
    /// Input files, placed in the program's working directory before it starts.
    pub files: Vec<InputFile>,
}

impl JobSpec {
    /// Bytes of its input files together.
    pub fn files_bytes(&self) -> usize {
        self.files.iter().map(|f| f.content.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_canonical_uuid_form_is_a_job_id() {
        let id = JobId::new();
        let text = id.to_string();
        assert_eq!(text.parse::<JobId>(), Ok(id));
        assert!(text.to_uppercase().parse::<JobId>().is_err());
        assert!(text.replace('-', "").parse::<JobId>().is_err());
        assert!(format!("{{{text}}}").parse::<JobId>().is_err());
        assert!(format!("urn:uuid:{text}").parse::<JobId>().is_err());
        assert!("not-a-uuid".parse::<JobId>().is_err());
        assert!("".parse::<JobId>().is_err());
    }

    #[test]
    fn results_serialise_as_the_api_shows_them() {
        let result = JobResult {
            outcome: Outcome::MemoryLimit,
            exit_code: Some(137),
            stdout: "a".into(),
            stderr: String::new(),
            stdout_truncated: false,
            stderr_truncated: true,
            duration_ms: 41,
            cpu_ms: Some(12),
            peak_memory_bytes: Some(9 << 20),
            files: Vec::new(),
            files_truncated: false,
            tests: None,
            summary: None,
        };
        let json = serde_json::to_value(&result).unwrap();
        assert_eq!(json["outcome"], "memory_limit");
        assert_eq!(json["exit_code"], 137);
        assert_eq!(json["stderr_truncated"], true);
        assert_eq!(json["cpu_ms"], 12);
        let back: JobResult = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, result);
        // A result stored before the figures existed reads back with them null.
        let mut old = json;
        old.as_object_mut().unwrap().remove("cpu_ms");
        old.as_object_mut().unwrap().remove("peak_memory_bytes");
        let back: JobResult = serde_json::from_value(old).unwrap();
        assert_eq!((back.cpu_ms, back.peak_memory_bytes), (None, None));
        let failure = JobFailure {
            code: FailureCode::EngineUnavailable,
            message: "down".into(),
        };
        assert_eq!(
            serde_json::to_value(&failure).unwrap()["code"],
            "engine_unavailable"
        );
    }

    #[test]
    fn outputs_compare_exactly_trimmed_or_by_tokens() {
        use Compare::*;
        assert!(Exact.matches("1 2\n", "1 2\n"));
        assert!(!Exact.matches("1 2\n", "1 2"));
        assert!(Trim.matches("1 2  \n\n\n", "1 2"));
        assert!(Trim.matches("a\r\nb\t\n", "a\nb\n"));
        assert!(!Trim.matches("a\n\nb\n", "a\nb\n"), "a blank line inside counts");
        assert!(!Trim.matches(" a\n", "a\n"), "leading whitespace counts");
        assert!(Trim.matches("", "\n\n"));
        assert!(Tokens.matches("1\n2   3\n", "1 2 3"));
        assert!(!Tokens.matches("1 2", "1 2 3"));
        assert_eq!(Compare::default(), Trim);
    }

    #[test]
    fn a_summary_counts_what_passed_and_finds_the_first_failure() {
        let case = |verdict| CaseResult {
            verdict,
            exit_code: Some(0),
            stdout: String::new(),
            stderr: String::new(),
            stdout_truncated: false,
            stderr_truncated: false,
            duration_ms: 1,
            cpu_ms: Some(1),
            peak_memory_bytes: Some(1),
        };
        let cases = [
            case(Verdict::Accepted),
            case(Verdict::Completed),
            case(Verdict::WrongAnswer),
            case(Verdict::Timeout),
        ];
        assert_eq!(
            TestSummary::of(&cases),
            TestSummary {
                passed: 2,
                total: 4,
                first_failed: Some(2)
            }
        );
        assert_eq!(TestSummary::of(&cases[..2]).first_failed, None);
        let batch: TestBatch =
            serde_json::from_str(r#"{"cases":[{"stdin":"ab","expected_stdout":"c"}]}"#).unwrap();
        assert_eq!((batch.compare, batch.input_bytes()), (Compare::Trim, 3));
        for verdict in <Verdict as strum::VariantArray>::VARIANTS {
            assert_eq!(serde_json::to_value(verdict).unwrap(), verdict.as_str());
        }
    }

    /// strum's names and serde's are both derived from the variants with the same case; this
    /// holds them equal for every variant.
    #[test]
    fn every_name_is_the_one_serde_writes() {
        use strum::VariantArray;
        for outcome in Outcome::VARIANTS {
            assert_eq!(serde_json::to_value(outcome).unwrap(), outcome.as_str());
        }
        for code in FailureCode::VARIANTS {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        }
        for state in CallbackState::VARIANTS {
            assert_eq!(serde_json::to_value(state).unwrap(), state.as_str());
            assert_eq!(state.as_str().parse::<CallbackState>(), Ok(*state));
        }
        for status in Status::VARIANTS {
            assert_eq!(serde_json::to_value(status).unwrap(), status.as_str());
            assert_eq!(status.as_str().parse::<Status>(), Ok(*status));
        }
        assert_eq!(
            serde_json::to_value(Outcome::MemoryLimit).unwrap(),
            "memory_limit"
        );
        assert!("Queued".parse::<Status>().is_err());
    }
}
