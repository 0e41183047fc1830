//! `POST /jobs` and `GET /jobs/{id}`. A submission passes the checks of the HTTP contract (docs/api.md) in the
//! contract's order, and the first that fails answers; nothing rejected is ever enqueued.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Utc;
use sandbox::job::Status;
use sandbox::job::{
    Compare, InputFile, JobId, JobLimits, JobSpec, JobView, LimitRequest, TestBatch, TestCase,
};
use sandbox::queue::{Enqueued, Idempotency, QueueError, Quota, RateDecision, Serving};
use sandbox::runtimes::Runtime;
use sandbox::validate::Rejection;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::clients::client_key;
use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::AppState;

/// A request whose body has not fully arrived by then gets 408 (slow-body clients would
/// otherwise hold connections and memory as long as they like).
const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest `?wait=` a poll may ask for.
const MAX_WAIT_SECS: u64 = 30;
/// What a client told to retry after `not_replicated` is asked to wait: a failover takes seconds.
const NOT_REPLICATED_RETRY_SECS: u64 = 1;
/// What a client told to retry after `queue_full` is asked to wait.
const QUEUE_FULL_RETRY_SECS: u64 = 5;
/// Beyond JOB_DEADLINE + RESULT_TTL, how long an unfinished job's bytes are counted under
/// STORAGE_QUOTA before its worker's result says when its record expires (redeliveries and the
/// run itself take that job past its deadline by minutes at most).
const QUOTA_HOLD_SLACK: Duration = Duration::from_secs(3600);
/// The longest `Idempotency-Key` (docs/api.md).
const MAX_IDEMPOTENCY_KEY: usize = 128;

/// The body of `POST /jobs`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({ "code": "name = input()\nprint(f'hello, {name}')", "stdin": "world\n" }))]
pub struct SubmitRequest {
    /// Python 3 source, at most MAX_CODE_SIZE UTF-8 bytes; not empty or only whitespace.
    #[schema(example = "print(\"hi\")")]
    code: String,
    /// `python` (the default when absent or null); anything else is 400 `unsupported_language`.
    #[serde(default)]
    #[schema(example = "python")]
    language: Option<String>,
    /// Fed to the program's standard input; at most MAX_STDIN_SIZE UTF-8 bytes.
    #[serde(default)]
    stdin: Option<String>,
    /// Limits tighter than the server's for this job (each optional; absent or null: the
    /// server's); a value above the server's own limit is 400 `invalid_request`.
    // Read as JSON and checked by `limit_request`, so that an error names the field and its cap.
    #[serde(default)]
    #[schema(value_type = Option<RequestedLimits>)]
    limits: Option<serde_json::Value>,
    /// An http or https URL the job document is POSTed to, signed, once the job is terminal
    /// (docs/api.md, Webhooks). Needs the server's WEBHOOK_SECRET; a host that is, or resolves
    /// to, a private, loopback, link-local or other special-purpose address is 400.
    // Read as JSON and checked by `callback::check`, so that an error names the field.
    #[serde(default)]
    #[schema(value_type = Option<String>, max_length = 2048, example = "https://judge.example.com/hooks/sandbox")]
    callback_url: Option<serde_json::Value>,
    /// Test cases (1 to MAX_TESTS): the program runs once per case, each a fresh process with
    /// the job's limits, in one container; the result has a verdict per case. A submission
    /// with `tests` has no top-level `stdin`. The cases' `stdin` and `expected_stdout` count
    /// together against MAX_STDIN_SIZE.
    // Read as JSON and checked by `test_batch`, so that an error names the case and field.
    #[serde(default)]
    #[schema(value_type = Option<Vec<RequestedCase>>, min_items = 1)]
    tests: Option<serde_json::Value>,
    /// How each case's stdout is compared with its `expected_stdout` (only with `tests`):
    /// `exact`, `trim` (the default: trailing whitespace of each line and trailing blank lines
    /// ignored) or `tokens` (the whitespace-separated tokens).
    #[serde(default)]
    #[schema(value_type = Option<Compare>)]
    compare: Option<serde_json::Value>,
    /// The runtime to run in (`GET /runtimes` lists them): `python` (the default when absent
    /// or null: the standard library) or `python-data` (numpy, pandas, matplotlib, scipy).
    /// Unknown: 400 `unsupported_runtime`; one no live worker serves: 503 `runtime_unavailable`.
    #[serde(default)]
    #[schema(example = "python")]
    runtime: Option<String>,
    /// Input files (at most MAX_FILES, their decoded bytes together at most MAX_FILES_SIZE),
    /// placed in the program's working directory before it starts (with `tests`, before each
    /// case). Paths are relative, `/`-separated, each component a plain name (no `..`).
    // Read as JSON and checked by `input_files`, so that an error names the file and field.
    #[serde(default)]
    #[schema(value_type = Option<Vec<RequestedFile>>)]
    files: Option<serde_json::Value>,
}

/// An input file of `files` in `POST /jobs`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({ "path": "data.csv", "content": "x,y\n1,2\n" }))]
#[allow(dead_code)] // the schema of what `input_files` reads
pub struct RequestedFile {
    /// Where the program finds it, relative to its working directory (`data/in.csv`): at most
    /// 255 bytes, no empty, `.` or `..` component, no backslash, NUL or control character.
    path: String,
    /// Its content: text as is (`utf-8`, the default), or bytes in base64 (`base64`).
    content: String,
    /// `utf-8` (absent or null) or `base64`.
    #[schema(value_type = Option<String>, example = "utf-8")]
    encoding: Option<String>,
}

/// The input files of a submission, checked and decoded: an array of at most `max_files`
/// objects of `path`, `content` and `encoding`, each path valid and unique (and no path the
/// directory of another), their decoded bytes together at most `max_bytes`. Else 400
/// `invalid_request` (413 `payload_too_large` for too many or too large).
fn input_files(
    files: Option<&serde_json::Value>,
    max_files: usize,
    max_bytes: usize,
) -> Result<Vec<InputFile>, ApiError> {
    use base64::Engine as _;
    use serde_json::Value;
    let list = match files {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(other) => {
            return Err(ApiError::invalid_request(format!(
                "`files` must be an array of {{\"path\", \"content\", \"encoding\"}} objects; got {}",
                kind(other)
            )))
        }
    };
    if list.len() > max_files {
        return Err(ApiError::payload_too_large(format!(
            "`files` has {} files; the limit is {max_files} (MAX_FILES)",
            list.len()
        )));
    }
    let mut decoded: Vec<InputFile> = Vec::with_capacity(list.len());
    let mut total = 0usize;
    for (at, file) in list.iter().enumerate() {
        let Value::Object(fields) = file else {
            return Err(ApiError::invalid_request(format!(
                "`files[{at}]` must be an object of `path`, `content` and `encoding`; got {}",
                kind(file)
            )));
        };
        if let Some(unknown) = fields
            .keys()
            .find(|k| !matches!(k.as_str(), "path" | "content" | "encoding"))
        {
            return Err(ApiError::invalid_request(format!(
                "`files[{at}]` has an unknown field `{unknown}`; a file has `path`, `content` and `encoding`"
            )));
        }
        let Some(Value::String(path)) = fields.get("path") else {
            return Err(ApiError::invalid_request(format!(
                "`files[{at}].path` must be a string"
            )));
        };
        if let Some(problem) = sandbox::job::input_path_problem(path) {
            return Err(ApiError::invalid_request(format!(
                "`files[{at}].path` {path:?} {problem}"
            )));
        }
        if path == "out" {
            return Err(ApiError::invalid_request(format!(
                "`files[{at}].path` \"out\" is the directory the program's output files go to; \
                 a file may be placed inside it (`out/…`)"
            )));
        }
        let Some(Value::String(content)) = fields.get("content") else {
            return Err(ApiError::invalid_request(format!(
                "`files[{at}].content` must be a string"
            )));
        };
        let content = match fields.get("encoding") {
            None | Some(Value::Null) => content.as_bytes().to_vec(),
            Some(Value::String(e)) if e == "utf-8" => content.as_bytes().to_vec(),
            Some(Value::String(e)) if e == "base64" => base64::engine::general_purpose::STANDARD
                .decode(content)
                .map_err(|e| {
                    ApiError::invalid_request(format!(
                        "`files[{at}].content` is not valid base64 (standard alphabet, padded): {e}"
                    ))
                })?,
            Some(other) => {
                return Err(ApiError::invalid_request(format!(
                    "`files[{at}].encoding` must be \"utf-8\" or \"base64\"; got {other}"
                )))
            }
        };
        total += content.len();
        if total > max_bytes {
            return Err(ApiError::payload_too_large(format!(
                "`files` hold more than {max_bytes} bytes together (MAX_FILES_SIZE)"
            )));
        }
        for earlier in &decoded {
            let (a, b) = (earlier.path.as_str(), path.as_str());
            if a == b {
                return Err(ApiError::invalid_request(format!(
                    "`files[{at}].path` {path:?} is given twice"
                )));
            }
            let under = |dir: &str, file: &str| {
                file.len() > dir.len() && file.starts_with(dir) && file.as_bytes()[dir.len()] == b'/'
            };
            if under(a, b) || under(b, a) {
                return Err(ApiError::invalid_request(format!(
                    "`files[{at}].path` {path:?} and {a:?}: one would be the other's directory"
                )));
            }
        }
        decoded.push(InputFile {
            path: path.clone(),
            content,
        });
    }
    Ok(decoded)
}

/// What kind of JSON value it is, for an error message.
fn kind(value: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The runtime a submission names (the default when none); else 400 `unsupported_runtime`.
fn runtime_of(name: Option<&str>) -> Result<&'static Runtime, ApiError> {
    match name {
        None => Ok(sandbox::runtimes::default_runtime()),
        Some(name) => sandbox::runtimes::find(name).ok_or_else(|| {
            ApiError::new(
                ErrorCode::UnsupportedRuntime,
                format!(
                    "runtime {name:?} is not known; the runtimes are {} (GET /runtimes)",
                    sandbox::runtimes::names()
                ),
            )
        }),
    }
}

/// A case of `tests` in `POST /jobs`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({ "stdin": "2 3\n", "expected_stdout": "5\n" }))]
#[allow(dead_code)] // the schema of what `test_batch` reads
pub struct RequestedCase {
    /// The case's standard input (absent: empty).
    stdin: Option<String>,
    /// The stdout the case must produce (compared by `compare`); absent or null: the case's
    /// verdict is `completed` when it exits 0.
    expected_stdout: Option<String>,
}

/// The test cases of a submission, checked: an array of 1 to `max_tests` objects of `stdin`
/// and `expected_stdout` (strings; `stdin` absent: empty), their bytes together at most
/// `max_bytes`; `compare` one of its names, and only with `tests`; no top-level `stdin` with
/// them. Else 400 `invalid_request` (413 `payload_too_large` for too many or too large).
fn test_batch(
    tests: Option<&serde_json::Value>,
    compare: Option<&serde_json::Value>,
    has_stdin: bool,
    max_tests: usize,
    max_bytes: usize,
) -> Result<Option<TestBatch>, ApiError> {
    use serde_json::Value;
    let compare = match compare {
        None | Some(Value::Null) => None,
        Some(Value::String(name)) => Some(name.parse::<Compare>().map_err(|_| {
            ApiError::invalid_request(format!(
                "`compare` must be \"exact\", \"trim\" or \"tokens\"; got {name:?}"
            ))
        })?),
        Some(other) => {
            return Err(ApiError::invalid_request(format!(
                "`compare` must be \"exact\", \"trim\" or \"tokens\"; got {other}"
            )))
        }
    };
    let cases = match tests {
        None | Some(Value::Null) => {
            if compare.is_some() {
                return Err(ApiError::invalid_request(
                    "`compare` is only for a submission with `tests`",
                ));
            }
            return Ok(None);
        }
        Some(Value::Array(cases)) => cases,
        Some(_) => {
            return Err(ApiError::invalid_request(
                "`tests` must be an array of test cases",
            ))
        }
    };
    if has_stdin {
        return Err(ApiError::invalid_request(
            "a submission with `tests` has no top-level `stdin`: each case has its own",
        ));
    }
    if cases.is_empty() {
        return Err(ApiError::invalid_request(
            "`tests` is empty; give 1 or more cases, or leave it out",
        ));
    }
    if cases.len() > max_tests {
        return Err(ApiError::payload_too_large(format!(
            "`tests` has {} cases; the limit is {max_tests} (MAX_TESTS)",
            cases.len()
        )));
    }
    let mut batch = TestBatch {
        compare: compare.unwrap_or_default(),
        cases: Vec::with_capacity(cases.len()),
    };
    for (index, case) in cases.iter().enumerate() {
        let Value::Object(fields) = case else {
            return Err(ApiError::invalid_request(format!(
                "`tests[{index}]` must be an object of stdin and expected_stdout"
            )));
        };
        let mut parsed = TestCase {
            stdin: String::new(),
            expected_stdout: None,
        };
        for (field, value) in fields {
            let text = match value {
                Value::String(text) => Some(text.clone()),
                Value::Null => None,
                _ => {
                    return Err(ApiError::invalid_request(format!(
                        "`tests[{index}].{field}` must be a string"
                    )))
                }
            };
            match field.as_str() {
                "stdin" => parsed.stdin = text.unwrap_or_default(),
                "expected_stdout" => parsed.expected_stdout = text,
                other => {
                    return Err(ApiError::invalid_request(format!(
                        "`tests[{index}].{other}` is not a field of a test case; they are stdin and expected_stdout"
                    )))
                }
            }
        }
        batch.cases.push(parsed);
    }
    let bytes = batch.input_bytes();
    if bytes > max_bytes {
        return Err(ApiError::payload_too_large(format!(
            "the test cases' stdin and expected_stdout are {bytes} bytes together; the limit is {max_bytes} (MAX_STDIN_SIZE)"
        )));
    }
    Ok(Some(batch))
}

/// `limits` of `POST /jobs`: each a whole number from 1 to the server's own limit for it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({ "time_ms": 1000, "memory_mb": 64, "output_bytes": 4096 }))]
#[allow(dead_code)] // the schema of what `limit_request` reads
pub struct RequestedLimits {
    /// Wall-clock limit in ms, at most EXECUTION_TIMEOUT.
    #[schema(minimum = 1)]
    time_ms: Option<u64>,
    /// Memory limit in MiB, at most MEMORY_LIMIT.
    #[schema(minimum = 1)]
    memory_mb: Option<u64>,
    /// Bytes kept of each of stdout and stderr, at most MAX_OUTPUT_SIZE.
    #[schema(minimum = 1)]
    output_bytes: Option<u64>,
}

/// The limits a submission asks for, each checked against the server's own (`caps`): a whole
/// number from 1 to the cap, no other field; else 400 `invalid_request` naming the field and
/// its cap.
fn limit_request(value: Option<&serde_json::Value>, caps: &JobLimits) -> Result<LimitRequest, ApiError> {
    let mut request = LimitRequest::default();
    let map = match value {
        None | Some(serde_json::Value::Null) => return Ok(request),
        Some(serde_json::Value::Object(map)) => map,
        Some(_) => {
            return Err(ApiError::invalid_request(
                "`limits` must be an object of time_ms, memory_mb and output_bytes",
            ))
        }
    };
    for (field, value) in map {
        let (slot, cap, setting) = match field.as_str() {
            "time_ms" => (&mut request.time_ms, caps.time_ms, "EXECUTION_TIMEOUT"),
            "memory_mb" => (&mut request.memory_mb, caps.memory_mb, "MEMORY_LIMIT"),
            "output_bytes" => (&mut request.output_bytes, caps.output_bytes, "MAX_OUTPUT_SIZE"),
            other => {
                return Err(ApiError::invalid_request(format!(
                    "`limits.{other}` is not a limit; the limits are time_ms, memory_mb and output_bytes"
                )))
            }
        };
        match value.as_u64() {
            Some(n) if (1..=cap).contains(&n) => *slot = Some(n),
            Some(_) | None if value.is_null() => {}
            _ => {
                return Err(ApiError::invalid_request(format!(
                    "`limits.{field}` must be a whole number from 1 to {cap} (the server's {setting}); got {value}"
                )))
            }
        }
    }
    Ok(request)
}

/// The answer to an accepted submission.
#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    #[schema(value_type = String, format = "uuid")]
    id: JobId,
    /// Always `queued`.
    #[schema(example = "queued")]
    status: Status,
}

/// Submit code.
///
/// The submission is checked in the contract's order (docs/api.md), the first failing check
/// answers, and only a submission that passes them all is enqueued.
#[utoipa::path(
    post,
    path = "/jobs",
    tag = "jobs",
    request_body(content = SubmitRequest, content_type = "application/json"),
    params(
        ("Idempotency-Key" = Option<String>, Header, nullable = false, min_length = 1, max_length = 128, pattern = "^[!-~]([ -~]*[!-~])?$",
            description = "Up to 128 printable ASCII characters (HTTP drops spaces at either end): a retry with the same key (same client, \
                within RESULT_TTL) gets the first answer instead of a second job."),
    ),
    security((), ("api_key" = [])),
    responses(
        (status = 202, description = "Accepted and queued.", body = Accepted,
            headers(("Location" = String, description = "`/jobs/{id}`, where to poll the job"))),
        (status = 400, description = "`invalid_request` (malformed JSON, missing, wrongly typed or unknown \
            field, empty `code`, a malformed `Idempotency-Key`, a `limits` value that is not a whole number from 1 \
            to the server's own limit, a `callback_url` that is not an http(s) URL to a public address or that \
            the server has no WEBHOOK_SECRET for, an input file whose `path`, `content` or `encoding` is \
            refused), `unsupported_language` or `unsupported_runtime` (`runtime` names no runtime of \
            GET /runtimes).", body = ErrorBody),
        (status = 401, description = "`unauthorized`: API keys are configured and no valid \
            `Authorization: Bearer <key>` was sent.", body = ErrorBody),
        (status = 408, description = "`request_timeout`: the body did not arrive within 10 s.", body = ErrorBody),
        (status = 413, description = "`payload_too_large` (the body, `stdin`, the test cases, or the input \
            files: more than MAX_FILES, or over MAX_FILES_SIZE together) or `code_too_large`.", body = ErrorBody),
        (status = 415, description = "`unsupported_media_type`: the body is not sent as JSON.", body = ErrorBody),
        (status = 422, description = "`syntax_error` (with `line`, `column`), `forbidden_code` (with every \
            violation) or `too_complex`.", body = ErrorBody,
            example = json!({ "error": { "code": "forbidden_code",
                "message": "forbidden code: \"os\" at line 1",
                "violations": [{ "rule": "forbidden-import", "detail": "os", "line": 1, "column": 8,
                    "reason": "os runs commands and reaches the files, processes and environment of the machine",
                    "hint": "read an input file with open(path); there are no environment variables or processes to reach" }] } })),
        (status = 429, description = "`rate_limited`: over RATE_LIMIT submissions in 60 s; or \
            `storage_quota_exceeded`: this client's stored jobs (code, stdin, results, until they \
            expire) with this one would pass STORAGE_QUOTA bytes.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Whole seconds until a submission is accepted again \
                (`storage_quota_exceeded`: until the client's oldest stored job expires)")),
            example = json!({ "error": { "code": "rate_limited",
                "message": "more than 10 submissions in 60 s; retry in 12 s" } })),
        (status = 500, description = "`internal`: the validator failed.", body = ErrorBody),
        (status = 503, description = "`unavailable` (Redis cannot be reached), `not_replicated` \
            (REDIS_WAIT_REPLICAS replicas did not confirm the job in time; it was withdrawn), \
            `queue_full` or `runtime_unavailable` (workers are alive and none serves the job's \
            runtime); nothing was accepted.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "With `queue_full` and `not_replicated`: seconds to wait \
                before retrying"))),
    ),
)]
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    match checked_submit(state, peer, headers, body).await {
        Ok((response, new)) => {
            if new {
                sandbox::metrics::job_submitted();
            }
            response
        }
        Err(error) => {
            sandbox::metrics::job_rejected(error.code().as_str(), &error.rules());
            error.into_response()
        }
    }
}

/// The answer, and whether a new job was enqueued (not a retry answered with the first job).
async fn checked_submit(
    state: AppState,
    peer: SocketAddr,
    headers: HeaderMap,
    body: Body,
) -> Result<(Response, bool), ApiError> {
    let config = &state.config;
    check_api_key(&headers, &config.api_keys)?;
    let client = client_ip(peer.ip(), &headers, &config.trusted_proxies);
    check_content_type(&headers)?;
    let body = read_body(&headers, body, config.max_body_size).await?;

    match state
        .queue
        .rate_limit(&client_key(client), config.rate_limit)
        .await
    {
        Ok(RateDecision::Allowed) => {}
        Ok(RateDecision::Limited { retry_after_secs }) => {
            return Err(ApiError::new(
                ErrorCode::RateLimited,
                format!(
                    "more than {} submissions in 60 s; retry in {retry_after_secs} s",
                    config.rate_limit
                ),
            )
            .retry_after(retry_after_secs))
        }
        Err(err) => return Err(ApiError::unavailable(&err)),
    }

    let idempotency_key = idempotency_key(&headers)?;
    let request: SubmitRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::invalid_request(format!("invalid JSON body: {e}")))?;
    if let Some(language) = request.language.as_deref().filter(|l| *l != "python") {
        return Err(ApiError::new(
            ErrorCode::UnsupportedLanguage,
            format!("language {language:?} is not supported; the only one is \"python\""),
        ));
    }
    let runtime = runtime_of(request.runtime.as_deref())?;
    if request.code.trim().is_empty() {
        return Err(ApiError::invalid_request("`code` is empty"));
    }
    if request.code.len() > config.max_code_size {
        return Err(ApiError::new(
            ErrorCode::CodeTooLarge,
            format!(
                "`code` is {} bytes; the limit is {} (MAX_CODE_SIZE)",
                request.code.len(),
                config.max_code_size
            ),
        ));
    }
    let has_stdin = request.stdin.is_some();
    let stdin = request.stdin.unwrap_or_default();
    if stdin.len() > config.max_stdin_size {
        return Err(ApiError::payload_too_large(format!(
            "`stdin` is {} bytes; the limit is {} (MAX_STDIN_SIZE)",
            stdin.len(),
            config.max_stdin_size
        )));
    }

    let tests = test_batch(
        request.tests.as_ref(),
        request.compare.as_ref(),
        has_stdin,
        config.max_tests,
        config.max_stdin_size,
    )?;

    let files = input_files(request.files.as_ref(), config.max_files, config.max_files_size)?;

    let runtime_limits = config.limits.for_runtime(runtime);
    let caps = runtime_limits.caps();
    let limits = limit_request(request.limits.as_ref(), &caps)?;
    let callback_url = crate::callback::check(request.callback_url.as_ref(), &config.webhook).await?;

    // Off the async worker threads: parsing a large program takes milliseconds.
    let policy = config.policy.for_runtime(runtime);
    let code = request.code;
    let (code, verdict) = tokio::task::spawn_blocking(move || {
        let verdict = policy.validate(&code).map(drop);
        (code, verdict)
    })
    .await
    .map_err(|e| ApiError::internal(format!("validator failed: {e}")))?;
    verdict.map_err(rejection)?;

    let job = JobSpec {
        id: JobId::new(),
        code,
        stdin,
        created_at: Utc::now(),
        limits,
        shown_limits: Some(runtime_limits.effective(&limits)),
        callback_url,
        tests,
        runtime: runtime.name,
        files,
    };
    // SECURITY: nothing accepted is left to expire — a job for a runtime that live workers
    // exist for but none serves is refused now. With no worker alive at all (starting, or
    // scaled to zero by an autoscaler that reads the queue) it waits as any job does.
    match state.queue.serving(runtime.name).await {
        Ok(Serving::Served | Serving::NoWorker) => {}
        Ok(Serving::NotServed) => {
            return Err(ApiError::new(
                ErrorCode::RuntimeUnavailable,
                format!(
                    "no live worker serves runtime {:?} (its workers' RUNTIMES leave it out, or \
                     its image is not built); GET /runtimes says which are available",
                    runtime.name
                ),
            ))
        }
        Err(err) => return Err(ApiError::unavailable(&err)),
    }
    let client_name = client_key(client);
    let idempotency = idempotency_key.as_deref().map(|key| Idempotency {
        client: &client_name,
        key,
        ttl: config.result_ttl,
    });
    // SECURITY: Redis exhaustion — what one client keeps stored (its jobs' code, stdin and
    // results, until they expire) is bounded by STORAGE_QUOTA, checked in the enqueue step.
    let quota = (config.server.storage_quota > 0).then(|| Quota {
        client: &client_name,
        limit: config.server.storage_quota,
        hold: config.job_deadline + config.result_ttl + QUOTA_HOLD_SLACK,
    });
    let enqueued = state
        .queue
        .enqueue_counted(
            &job,
            config.max_queue_length,
            idempotency.as_ref(),
            quota.as_ref(),
        )
        .await;
    let (id, new) = match enqueued {
        Ok(Enqueued::New) => (job.id, true),
        Ok(Enqueued::Existing(first)) => (first, false),
        Err(QueueError::Full(max)) => {
            return Err(ApiError::new(
                ErrorCode::QueueFull,
                format!("the queue holds its maximum of {max} jobs; retry later"),
            )
            .retry_after(QUEUE_FULL_RETRY_SECS))
        }
        Err(QueueError::NotReplicated {
            wanted,
            acked,
            timeout,
        }) => {
            tracing::warn!(job_id = %job.id, wanted, acked, ?timeout, "job withdrawn: its replicas did not confirm it");
            return Err(ApiError::new(
                ErrorCode::NotReplicated,
                format!(
                    "{acked} of the {wanted} Redis replicas REDIS_WAIT_REPLICAS asks for confirmed the job \
                     within {} ms; it was withdrawn and will not run; retry",
                    timeout.as_millis()
                ),
            )
            .retry_after(NOT_REPLICATED_RETRY_SECS));
        }
        Err(QueueError::OverQuota {
            used,
            retry_after_secs,
        }) => {
            let limit = config.server.storage_quota;
            let error = ApiError::new(
                ErrorCode::StorageQuotaExceeded,
                match retry_after_secs {
                    Some(secs) => format!(
                        "this client's stored jobs hold {used} bytes; with this one they would pass \
                         STORAGE_QUOTA ({limit} bytes); the oldest expires in {secs} s"
                    ),
                    None => format!("this job alone is over STORAGE_QUOTA ({limit} bytes)"),
                },
            );
            return Err(match retry_after_secs {
                Some(secs) => error.retry_after(secs),
                None => error,
            });
        }
        Err(err) => return Err(ApiError::unavailable(&err)),
    };
    sandbox::logging::job_span(&id).in_scope(|| {
        if new {
            tracing::info!(%client, "job accepted");
        } else {
            tracing::info!(%client, "a retry with the same Idempotency-Key: answered with the first job");
        }
    });
    // The first answer again, for a retry: the same id, status and Location.
    let location = HeaderValue::from_str(&format!("/jobs/{id}")).expect("a uuid path is a valid header");
    let accepted = Accepted {
        id,
        status: Status::Queued,
    };
    let response = (
        StatusCode::ACCEPTED,
        [(header::LOCATION, location)],
        Json(accepted),
    )
        .into_response();
    Ok((response, new))
}

/// `Idempotency-Key`, if sent: 1 to 128 printable ASCII characters, else 400.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let bytes = value.as_bytes();
    let printable = bytes.iter().all(|b| (b' '..=b'~').contains(b));
    if bytes.is_empty() || bytes.len() > MAX_IDEMPOTENCY_KEY || !printable {
        return Err(ApiError::invalid_request(format!(
            "Idempotency-Key must be 1 to {MAX_IDEMPOTENCY_KEY} printable ASCII characters"
        )));
    }
    Ok(Some(String::from_utf8_lossy(bytes).into_owned()))
}

/// With API keys configured, a submission must carry one: `Authorization: Bearer <key>`.
fn check_api_key(headers: &HeaderMap, keys: &sandbox::config::ApiKeys) -> Result<(), ApiError> {
    if !keys.enabled() {
        return Ok(());
    }
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, key)| key.trim());
    // SECURITY: unauthorised submissions — only a configured key passes, checked by
    // ApiKeys::verify in constant time; the answer never says which part was wrong.
    match presented {
        Some(key) if keys.verify(key) => Ok(()),
        _ => Err(ApiError::new(
            ErrorCode::Unauthorized,
            "this api needs a key: send Authorization: Bearer <key>",
        )),
    }
}

/// The client a request is counted for: the TCP peer, unless the peer is a trusted proxy, in
/// which case the nearest address in `X-Forwarded-For` that is not a trusted proxy.
// SECURITY: rate-limit evasion — a forged X-Forwarded-For is believed only from a proxy the
// operator named in TRUSTED_PROXIES (the prototype believed it from anyone).
fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[ipnet::IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|hop| hop.trim().parse::<IpAddr>())
        .collect::<Result<_, _>>()
        // A malformed header is not evidence of anything: count the proxy itself.
        .unwrap_or_default();
    hops.into_iter().rev().find(|ip| !is_trusted(ip)).unwrap_or(peer)
}

fn check_content_type(headers: &HeaderMap) -> Result<(), ApiError> {
    let essence = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
    match essence.as_deref() {
        Some("application/json") => Ok(()),
        Some(other) if other.starts_with("application/") && other.ends_with("+json") => Ok(()),
        _ => Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "the body must be JSON, sent with Content-Type: application/json",
        )),
    }
}

/// Reads the body, refusing it as soon as it is known to be over `limit` — from its declared
/// length before reading anything, else once the bytes read pass it (`http_body_util::Limited`,
/// through axum's `to_bytes`).
///
/// Not tower-http's `RequestBodyLimitLayer`: as a layer it would answer 413 before the 401 and
/// 415 checks that the contract puts first. Not `RequestBodyTimeoutLayer`: its timeout is
/// between frames, so a body trickled a byte every few seconds would never end; the contract
/// (and the SECURITY note below) bounds the whole body.
async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, ApiError> {
    let too_large = || ApiError::payload_too_large(format!("the body is over {limit} bytes (MAX_BODY_SIZE)"));
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    // SECURITY: memory exhaustion by a huge body — refused before a byte of it is read.
    if declared.is_some_and(|len| len > limit as u64) {
        return Err(too_large());
    }
    let read = async {
        axum::body::to_bytes(body, limit).await.map_err(|e| {
            let over = std::error::Error::source(&e)
                .is_some_and(|source| source.is::<http_body_util::LengthLimitError>());
            if over {
                too_large()
            } else {
                ApiError::invalid_request(format!("reading the body: {e}"))
            }
        })
    };
    // SECURITY: slow-body clients holding connections open — the whole body within 10 s.
    tokio::time::timeout(BODY_TIMEOUT, read)
        .await
        .unwrap_or_else(|_| {
            Err(ApiError::new(
                ErrorCode::RequestTimeout,
                "the body did not arrive within 10 s",
            ))
        })
}

fn rejection(rejection: Rejection) -> ApiError {
    match rejection {
        Rejection::Syntax {
            message,
            line,
            column,
        } => ApiError::new(ErrorCode::SyntaxError, message).at(line, column),
        Rejection::TooComplex(message) => ApiError::new(ErrorCode::TooComplex, message),
        not_started @ Rejection::NotStarted(_) => {
            ApiError::new(ErrorCode::TooComplex, not_started.to_string())
        }
        Rejection::Forbidden(violations) => {
            let message = match violations.as_slice() {
                [one] => format!("forbidden code: {:?} at line {}", one.detail, one.line),
                many => format!("forbidden code: {} violations", many.len()),
            };
            ApiError::new(ErrorCode::ForbiddenCode, message).violations(violations)
        }
    }
}

/// Poll a job: its status, and its result once it ran.
#[utoipa::path(
    get,
    path = "/jobs/{id}",
    tag = "jobs",
    params(
        ("id" = String, Path, format = "uuid", description = "The job's id, a UUID in canonical form \
            (lowercase, hyphenated)"),
        ("wait" = Option<u8>, Query, minimum = 0, maximum = 30, description = "Hold the request until the \
            job is terminal or this many seconds pass"),
    ),
    security((), ("api_key" = [])),
    responses(
        (status = 200, description = "The job. A `?wait=` poll over MAX_WAITS_PER_CLIENT (or MAX_WAITS) held \
            polls is answered at once with the job's current state and `Wait-Limited: true`.", body = JobView,
            headers(("Wait-Limited" = String, description = "`true` when the wait was not held: the client \
                (or the api) holds its maximum of waiting polls"))),
        (status = 400, description = "`invalid_id` (not a canonical UUID) or `invalid_request` (`wait` is not \
            a whole number from 0 to 30).", body = ErrorBody),
        (status = 401, description = "`unauthorized`: API keys are configured and none of them was sent.", body = ErrorBody),
        (status = 404, description = "`not_found`: unknown, or expired after RESULT_TTL.", body = ErrorBody),
        (status = 500, description = "`internal`: the job's record is unreadable.", body = ErrorBody),
        (status = 503, description = "`unavailable`: Redis cannot be reached.", body = ErrorBody),
    ),
)]
pub async fn poll(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    // SECURITY: with keys configured, a leaked or logged job id alone does not read a result.
    check_api_key(&headers, &state.config.api_keys)?;
    let id: JobId = id
        .parse()
        .map_err(|e| ApiError::new(ErrorCode::InvalidId, format!("{id:?} is {e}")))?;
    let wait = parse_wait(query.as_deref())?;
    let deadline = tokio::time::Instant::now() + wait;
    let job = state.queue.job(id).await.map_err(|e| match e {
        QueueError::Corrupt { .. } => {
            tracing::error!(job_id = %id, error = %e, "corrupt job record");
            ApiError::internal("the job record is unreadable")
        }
        other => ApiError::unavailable(&other),
    })?;
    let job = job.ok_or_else(|| ApiError::not_found(format!("no job {id} (unknown, or expired)")))?;
    if job.status.is_terminal() || wait.is_zero() {
        return Ok(Json(job).into_response());
    }
    let client = client_key(client_ip(peer.ip(), &headers, &state.config.trusted_proxies));
    // SECURITY: held polls are capped per client and in all (MAX_WAITS_PER_CLIENT, MAX_WAITS):
    // each holds a connection and a task. Past a cap the poll is answered at once with the
    // current state, as `wait=0` would be, and says so in `Wait-Limited`; a client's next poll
    // is then answered as usual, so long-polling clients need no special case (a pause before
    // the next poll, as the CLI and the web UI make, spares them a busy loop).
    let _held = match state.waits.admit(&client, false) {
        Ok(held) => held,
        Err(refusal) => {
            tracing::debug!(%client, job_id = %id, "wait limited: answered at once");
            sandbox::metrics::limited(match refusal {
                crate::clients::Refusal::Client => "waits_per_client",
                crate::clients::Refusal::Total => "waits",
            });
            let mut response = Json(job).into_response();
            response
                .headers_mut()
                .insert(WAIT_LIMITED, HeaderValue::from_static("true"));
            return Ok(response);
        }
    };
    // Woken by the worker's notice that the job finished, through the job's one shared
    // watcher (which also re-reads it every second, for a notice lost with the subscription).
    let job = state.finished.wait(job, deadline).await;
    Ok(Json(job).into_response())
}

/// Set on a `?wait=` poll answered at once because the client (or the api) holds its maximum
/// of waiting polls.
pub const WAIT_LIMITED: &str = "wait-limited";

/// `?wait=<seconds>`: a whole number from 0 to 30; other parameters are ignored.
fn parse_wait(query: Option<&str>) -> Result<Duration, ApiError> {
    let mut wait = Duration::ZERO;
    for pair in query.unwrap_or("").split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "wait" {
            let secs = value
                .parse::<u64>()
                .ok()
                .filter(|s| *s <= MAX_WAIT_SECS && value.bytes().all(|b| b.is_ascii_digit()))
                .ok_or_else(|| {
                    ApiError::invalid_request(format!(
                        "wait must be a whole number of seconds from 0 to {MAX_WAIT_SECS}"
                    ))
                })?;
            wait = Duration::from_secs(secs);
        }
    }
    Ok(wait)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(value: serde_json::Value) -> Result<Vec<InputFile>, (u16, String)> {
        input_files(Some(&value), 3, 10).map_err(|e| {
            let response = e.into_response();
            (response.status().as_u16(), String::new())
        })
    }

    fn refusal(value: serde_json::Value) -> (u16, String) {
        match input_files(Some(&value), 3, 10) {
            Ok(_) => panic!("accepted: {value}"),
            Err(e) => (e.code().status().as_u16(), e.message().to_string()),
        }
    }

    #[test]
    fn input_files_are_decoded_and_checked() {
        use serde_json::json;
        let ok = files(json!([
            { "path": "a.csv", "content": "x,y" },
            { "path": "d/b.bin", "content": "AAE=", "encoding": "base64" },
            { "path": "c.txt", "content": "", "encoding": null },
        ]))
        .unwrap();
        assert_eq!(ok[0].content, b"x,y");
        assert_eq!(ok[1].content, [0, 1]);
        assert!(input_files(None, 3, 10).unwrap().is_empty());
        assert!(input_files(Some(&json!(null)), 3, 10).unwrap().is_empty());
        for (bad, says) in [
            (json!({ "path": "a" }), "must be an array"),
            (json!(["a"]), "`files[0]` must be an object"),
            (json!([{ "path": "../a", "content": "" }]), "`.` or `..`"),
            (json!([{ "path": "/etc/x", "content": "" }]), "absolute"),
            (json!([{ "path": "a//b", "content": "" }]), "empty component"),
            (json!([{ "path": "a\\b", "content": "" }]), "backslash"),
            (json!([{ "path": "a\nb", "content": "" }]), "control"),
            (json!([{ "path": "", "content": "" }]), "is empty"),
            (json!([{ "path": "out", "content": "" }]), "output files go to"),
            (
                json!([{ "path": "a", "content": 1 }]),
                "`files[0].content` must be a string",
            ),
            (
                json!([{ "path": "a", "content": "!!", "encoding": "base64" }]),
                "not valid base64",
            ),
            (
                json!([{ "path": "a", "content": "", "encoding": "latin-1" }]),
                "\"utf-8\" or \"base64\"",
            ),
            (
                json!([{ "path": "a", "content": "", "mode": 7 }]),
                "unknown field `mode`",
            ),
            (
                json!([{ "path": "a", "content": "" }, { "path": "a", "content": "" }]),
                "given twice",
            ),
            (
                json!([{ "path": "a", "content": "" }, { "path": "a/b", "content": "" }]),
                "directory",
            ),
        ] {
            let (status, message) = refusal(bad.clone());
            assert_eq!(status, 400, "{bad}");
            assert!(message.contains(says), "{bad}: {message}");
        }
        let (status, message) = refusal(
            json!([{ "path": "a", "content": "" }, { "path": "b", "content": "" }, { "path": "c", "content": "" }, { "path": "d", "content": "" }]),
        );
        assert_eq!(status, 413, "{message}");
        assert!(message.contains("MAX_FILES"), "{message}");
        let (status, message) = refusal(json!([{ "path": "a", "content": "0123456789x" }]));
        assert_eq!(status, 413, "{message}");
        assert!(message.contains("MAX_FILES_SIZE"), "{message}");
    }

    #[test]
    fn a_runtime_is_a_name_of_the_registry() {
        assert_eq!(runtime_of(None).unwrap().name, "python");
        assert_eq!(runtime_of(Some("python-data")).unwrap().name, "python-data");
        let err = runtime_of(Some("Python")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::UnsupportedRuntime);
        assert!(
            err.message().contains("\"python\", \"python-data\""),
            "{}",
            err.message()
        );
    }

    #[test]
    fn wait_is_a_whole_number_of_seconds_up_to_thirty() {
        assert_eq!(parse_wait(None).unwrap(), Duration::ZERO);
        assert_eq!(parse_wait(Some("wait=30")).unwrap(), Duration::from_secs(30));
        assert_eq!(parse_wait(Some("x=1&wait=0")).unwrap(), Duration::ZERO);
        for bad in ["wait=31", "wait=-1", "wait=1.5", "wait=", "wait=+3", "wait=abc"] {
            assert_eq!(
                parse_wait(Some(bad)).unwrap_err().status(),
                StatusCode::BAD_REQUEST,
                "{bad}"
            );
        }
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.5".parse().unwrap();
        let trusted: Vec<ipnet::IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let forwarded = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert("x-forwarded-for", HeaderValue::from_str(value).unwrap());
            headers
        };
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        // From an untrusted peer the header is ignored, whatever it says.
        assert_eq!(
            client_ip(ip("203.0.113.9"), &forwarded("1.2.3.4"), &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(client_ip(proxy, &forwarded("1.2.3.4"), &[]), proxy);
        // From a trusted proxy: the nearest hop that is not itself a trusted proxy.
        assert_eq!(client_ip(proxy, &forwarded("1.2.3.4"), &trusted), ip("1.2.3.4"));
        assert_eq!(
            client_ip(proxy, &forwarded("6.6.6.6, 1.2.3.4, 10.1.1.1"), &trusted),
            ip("1.2.3.4")
        );
        assert_eq!(client_ip(proxy, &forwarded("garbage, 1.2.3.4"), &trusted), proxy);
        assert_eq!(client_ip(proxy, &HeaderMap::new(), &trusted), proxy);
    }

    #[test]
    fn ipv6_clients_are_grouped_by_their_64_and_ipv4_ones_by_address() {
        let key = |s: &str| client_key(s.parse().unwrap());
        assert_eq!(key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(key("2001:db8:1:2:ffff:ffff:ffff:ffff"), "2001:db8:1:2::/64");
        assert_ne!(key("2001:db8:1:3::1"), key("2001:db8:1:2::1"));
        assert_eq!(key("203.0.113.7"), "203.0.113.7");
        assert_eq!(key("::ffff:203.0.113.7"), "203.0.113.7");
    }

    #[test]
    fn an_idempotency_key_is_one_to_128_printable_ascii_characters() {
        let with = |value: &[u8]| {
            let mut headers = HeaderMap::new();
            headers.insert("idempotency-key", HeaderValue::from_bytes(value).unwrap());
            idempotency_key(&headers)
        };
        assert_eq!(idempotency_key(&HeaderMap::new()).unwrap(), None);
        assert_eq!(with(b"a b~!").unwrap().as_deref(), Some("a b~!"));
        assert!(with(&[b'k'; 128]).unwrap().is_some());
        for bad in [&[b'k'; 129][..], b"", b"tab\there", b"caf\xc3\xa9"] {
            assert_eq!(
                with(bad).unwrap_err().status(),
                StatusCode::BAD_REQUEST,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn test_cases_are_checked_and_each_error_names_what_is_wrong() {
        let check = |tests: serde_json::Value, compare: Option<serde_json::Value>, stdin: bool| {
            test_batch(Some(&tests), compare.as_ref(), stdin, 3, 10)
        };
        let batch = check(
            serde_json::json!([{"stdin": "1"}, {"stdin": "2", "expected_stdout": "x"}, {}]),
            Some("tokens".into()),
            false,
        )
        .unwrap()
        .unwrap();
        assert_eq!(batch.compare, Compare::Tokens);
        assert_eq!(batch.cases.len(), 3);
        assert_eq!(batch.cases[1].expected_stdout.as_deref(), Some("x"));
        assert_eq!(batch.cases[2].stdin, "");
        let refused = |tests, compare, stdin, code: ErrorCode, words: &str| {
            let err = check(tests, compare, stdin).unwrap_err();
            assert_eq!(err.code(), code, "{}", err.message());
            assert!(err.message().contains(words), "{}", err.message());
        };
        let one = serde_json::json!([{"stdin": ""}]);
        refused(
            one.clone(),
            None,
            true,
            ErrorCode::InvalidRequest,
            "no top-level `stdin`",
        );
        refused(
            serde_json::json!([]),
            None,
            false,
            ErrorCode::InvalidRequest,
            "empty",
        );
        refused(
            serde_json::json!({}),
            None,
            false,
            ErrorCode::InvalidRequest,
            "array",
        );
        refused(
            serde_json::json!([1]),
            None,
            false,
            ErrorCode::InvalidRequest,
            "tests[0]",
        );
        refused(
            serde_json::json!([{"stdin": 5}]),
            None,
            false,
            ErrorCode::InvalidRequest,
            "tests[0].stdin",
        );
        refused(
            serde_json::json!([{"stdin": "", "output": ""}]),
            None,
            false,
            ErrorCode::InvalidRequest,
            "tests[0].output",
        );
        refused(
            one.clone(),
            Some("fuzzy".into()),
            false,
            ErrorCode::InvalidRequest,
            "compare",
        );
        refused(
            serde_json::json!([{}, {}, {}, {}]),
            None,
            false,
            ErrorCode::PayloadTooLarge,
            "MAX_TESTS",
        );
        refused(
            serde_json::json!([{"stdin": "123456", "expected_stdout": "12345"}]),
            None,
            false,
            ErrorCode::PayloadTooLarge,
            "MAX_STDIN_SIZE",
        );
        let err = test_batch(None, Some(&"exact".into()), false, 3, 10).unwrap_err();
        assert!(err.message().contains("only for a submission with `tests`"));
        assert_eq!(test_batch(None, None, true, 3, 10).unwrap(), None);
    }

    #[test]
    fn an_api_key_is_needed_only_when_keys_are_configured() {
        let bearer = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::AUTHORIZATION, HeaderValue::from_str(value).unwrap());
            headers
        };
        let none = sandbox::config::ApiKeys::default();
        assert!(check_api_key(&HeaderMap::new(), &none).is_ok());
        let vars = [("API_KEYS".to_string(), "key-0123456789abcdef".to_string())];
        let keys = sandbox::Config::from_vars(&vars.into_iter().collect())
            .unwrap()
            .api_keys;
        assert!(check_api_key(&bearer("Bearer key-0123456789abcdef"), &keys).is_ok());
        assert!(check_api_key(&bearer("BEARER  key-0123456789abcdef "), &keys).is_ok());
        for refused in [
            "key-0123456789abcdef",
            "Bearer",
            "Bearer x",
            "Token key-0123456789abcdef",
        ] {
            let err = check_api_key(&bearer(refused), &keys).unwrap_err();
            assert_eq!(err.status(), StatusCode::UNAUTHORIZED, "{refused}");
        }
        assert!(check_api_key(&HeaderMap::new(), &keys).is_err());
    }

    #[tokio::test]
    async fn a_body_is_refused_once_it_passes_the_limit_and_read_whole_below_it() {
        let chunks = |sizes: &[usize]| {
            let chunks: Vec<Result<Bytes, std::io::Error>> =
                sizes.iter().map(|n| Ok(Bytes::from(vec![b'x'; *n]))).collect();
            Body::from_stream(futures_util::stream::iter(chunks))
        };
        let err = read_body(&HeaderMap::new(), chunks(&[600, 600]), 1000)
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::PayloadTooLarge);
        let body = read_body(&HeaderMap::new(), chunks(&[600, 400]), 1000)
            .await
            .unwrap();
        assert_eq!(body.len(), 1000);
        let mut declared = HeaderMap::new();
        declared.insert(header::CONTENT_LENGTH, HeaderValue::from_static("1001"));
        let err = read_body(&declared, chunks(&[]), 1000).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::PayloadTooLarge);
        let broken: Vec<Result<Bytes, std::io::Error>> =
            vec![Err(std::io::ErrorKind::ConnectionReset.into())];
        let err = read_body(
            &HeaderMap::new(),
            Body::from_stream(futures_util::stream::iter(broken)),
            1000,
        )
        .await
        .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidRequest);
    }

    #[test]
    fn json_content_types_are_recognised() {
        let with = |ct: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_str(ct).unwrap());
            check_content_type(&headers).is_ok()
        };
        assert!(with("application/json"));
        assert!(with("Application/JSON; charset=utf-8"));
        assert!(with("application/vnd.api+json"));
        assert!(!with("text/plain"));
        assert!(!with("application/x-www-form-urlencoded"));
        assert!(check_content_type(&HeaderMap::new()).is_err());
    }
}
