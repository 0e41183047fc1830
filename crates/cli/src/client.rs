//! The HTTP side: the service's base URL, `POST /jobs` and `GET /jobs/{id}`, and what each
//! answer means for the user (docs/api.md). Every failure becomes an [`Error`] with its exit
//! code here, so the commands only decide what to retry.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{chain, Error};
use crate::exit::Exit;
use crate::job::{self, Accepted, ApiError, ErrorEnvelope, Job};

/// Establishing a connection; past it the service counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// A whole `POST /jobs`: upload, validation (bounded by the service at 10 s), enqueue.
const SUBMIT_TIMEOUT: Duration = Duration::from_secs(60);
/// What a poll may take beyond the `wait` it asked for.
const POLL_SLACK: Duration = Duration::from_secs(20);

/// `POST /jobs`'s body.
#[derive(Debug, Serialize)]
pub struct Submission<'a> {
    pub code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stdin: Option<&'a str>,
    /// `--time-ms` and `--memory-mb`; left out when neither is given.
    #[serde(skip_serializing_if = "Limits::is_empty")]
    pub limits: Limits,
    /// `--tests`: the cases, in order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tests: Option<&'a [crate::cases::Case]>,
    /// `--runtime`; left out when not given, so a service without runtimes takes the job.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime: Option<&'a str>,
    /// `--file`; left out when there is none.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub files: &'a [crate::files::InputFile],
}

/// `limits` of `POST /jobs`: what the service's own caps are narrowed to for this job.
#[derive(Debug, Default, Serialize)]
pub struct Limits {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_mb: Option<u64>,
}

impl Limits {
    fn is_empty(&self) -> bool {
        self.time_ms.is_none() && self.memory_mb.is_none()
    }
}

/// A submission the service did not accept. `retry_after` is set when it said to come back
/// (429 `rate_limited`, 503 `queue_full` or `unavailable`): nothing was enqueued.
#[derive(Debug)]
pub struct Refusal {
    pub error: Error,
    pub retry_after: Option<RetryAfter>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryAfter {
    /// The service's `Retry-After`, in seconds.
    Said(Duration),
    /// A 429/503 without a usable `Retry-After`: the caller backs off on its own.
    Unsaid,
}

pub struct Service {
    http: reqwest::Client,
    /// Ends with `/`, so `jobs` joins under any path prefix (`https://host/sandbox/`).
    base: Url,
    api_key: bool,
}

impl Service {
    /// `url` is the service's base URL; `api_key` is sent as `Authorization: Bearer`.
    pub fn new(url: &str, api_key: Option<&str>) -> Result<Service, Error> {
        let base = base_url(url)?;
        let mut headers = HeaderMap::new();
        let api_key = api_key.filter(|key| !key.is_empty());
        if let Some(key) = api_key {
            let mut value = HeaderValue::from_str(&format!("Bearer {key}"))
                .map_err(|_| Error::usage("the API key may hold only visible ASCII characters"))?;
            value.set_sensitive(true);
            headers.insert(AUTHORIZATION, value);
        }
        let http = reqwest::Client::builder()
            .user_agent(concat!("sandbox-cli/", env!("CARGO_PKG_VERSION")))
            .default_headers(headers)
            .connect_timeout(CONNECT_TIMEOUT)
            .build()
            .map_err(|e| Error::service(format!("cannot set up HTTP: {}", chain(&e))))?;
        Ok(Service {
            http,
            base,
            api_key: api_key.is_some(),
        })
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    /// One `POST /jobs`; the job's id when accepted. `source` names the code in a rejection's
    /// `FILE:LINE:COLUMN` lines.
    pub async fn submit(
        &self,
        submission: &Submission<'_>,
        idempotency_key: &str,
        source: &str,
    ) -> Result<String, Refusal> {
        let url = self.base.join("jobs").expect("a relative path joins");
        let request = self
            .http
            .post(url.clone())
            .header("Idempotency-Key", idempotency_key)
            .json(submission)
            .timeout(SUBMIT_TIMEOUT);
        let refusal = |error| Refusal {
            error,
            retry_after: None,
        };
        let answer = self.send(request, &url, SUBMIT_TIMEOUT).await.map_err(refusal)?;
        if answer.status == StatusCode::ACCEPTED {
            let accepted: Accepted = answer.json().map_err(refusal)?;
            if !job::is_path_safe(&accepted.id) {
                return Err(refusal(Error::service(format!(
                    "{url} answered 202 with a job id that is not one: {:?}",
                    accepted.id
                ))));
            }
            return Ok(accepted.id);
        }
        let retry_after = match answer.status {
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => {
                Some(answer.retry_after.map_or(RetryAfter::Unsaid, RetryAfter::Said))
            }
            _ => None,
        };
        Err(Refusal {
            error: self.refused(&answer, Some(source)),
            retry_after,
        })
    }

    /// One `GET /jobs/{id}?wait=…`: the job and the body as it came (for `--json`).
    pub async fn job(&self, id: &str, wait: u64) -> Result<(Job, Vec<u8>), Error> {
        if !job::is_path_safe(id) {
            return Err(Error::client(format!(
                "{id:?} is not a job id (a job id is a UUID such as 3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10)"
            )));
        }
        let mut url = self.base.join("jobs/").expect("a relative path joins");
        url.path_segments_mut()
            .expect("an http(s) URL has a path")
            .pop_if_empty()
            .push(id);
        url.set_query(Some(&format!("wait={wait}")));
        let timeout = Duration::from_secs(wait) + POLL_SLACK;
        let request = self.http.get(url.clone()).timeout(timeout);
        let answer = self.send(request, &url, timeout).await?;
        if answer.status != StatusCode::OK {
            return Err(self.refused(&answer, None));
        }
        let mut job: Job = answer.json()?;
        job.wait_limited = answer.wait_limited;
        Ok((job, answer.body))
    }

    async fn send(
        &self,
        request: reqwest::RequestBuilder,
        url: &Url,
        timeout: Duration,
    ) -> Result<Answer, Error> {
        let response = request.send().await.map_err(|e| self.transport(&e, timeout))?;
        let status = response.status();
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header(CONTENT_TYPE);
        let retry_after = header(RETRY_AFTER).and_then(|v| retry_after_secs(&v));
        let wait_limited =
            header(HeaderName::from_static("wait-limited")).is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport(&e, timeout))?
            .to_vec();
        Ok(Answer {
            url: url.clone(),
            status,
            content_type,
            retry_after,
            wait_limited,
            body,
        })
    }

    /// A request that got no HTTP answer.
    fn transport(&self, error: &reqwest::Error, timeout: Duration) -> Error {
        let base = &self.base;
        if error.is_timeout() {
            Error::service(format!(
                "no answer from the service at {base} within {} s",
                timeout.as_secs()
            ))
        } else if error.is_connect() {
            Error::service(format!(
                "cannot reach the service at {base}: {}",
                root_cause(error)
            ))
        } else {
            Error::service(format!("talking to the service at {base}: {}", chain(error)))
        }
    }

    /// An answer other than the one hoped for, as the user should read it.
    fn refused(&self, answer: &Answer, source: Option<&str>) -> Error {
        let status = answer.status;
        let Ok(ErrorEnvelope { error }) = serde_json::from_slice::<ErrorEnvelope>(&answer.body) else {
            let exit = if status.is_client_error() {
                Exit::ClientError
            } else {
                Exit::ServiceError
            };
            return Error::new(exit, answer.not_the_api()).hint(format!(
                "is {} the sandbox service? (--url, SANDBOX_URL)",
                self.base
            ));
        };
        if status == StatusCode::UNPROCESSABLE_ENTITY {
            return Error::new(Exit::Rejected, rejection(&error, source.unwrap_or("<code>")));
        }
        let line = format!("HTTP {} {}: {}", status.as_u16(), error.code, error.message);
        if status == StatusCode::UNAUTHORIZED {
            let hint = if self.api_key {
                "the service refused this API key"
            } else {
                "the service wants an API key: --api-key or SANDBOX_API_KEY"
            };
            return Error::client(line).hint(hint);
        }
        if status.is_client_error() {
            Error::client(line)
        } else {
            Error::service(line)
        }
    }
}

/// A reply in full, read before it is judged.
struct Answer {
    url: Url,
    status: StatusCode,
    content_type: Option<String>,
    retry_after: Option<Duration>,
    /// `Wait-Limited: true`: a `?wait=` poll answered at once.
    wait_limited: bool,
    body: Vec<u8>,
}

impl Answer {
    fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.body).map_err(|_| Error::service(self.not_the_api()))
    }

    fn not_the_api(&self) -> String {
        format!(
            "{} answered HTTP {} with {} that is not the API's JSON",
            self.url,
            self.status.as_u16(),
            match &self.content_type {
                Some(kind) => format!("a body of type {kind}"),
                None => "a body".into(),
            }
        )
    }
}

/// Parses `--url`: http or https, with a host, no query or fragment.
pub fn base_url(url: &str) -> Result<Url, Error> {
    let usage = |why: &str| {
        Error::usage(format!(
            "invalid --url {url:?}: {why} (the service's base URL, like http://localhost:8000)"
        ))
    };
    let mut base = Url::parse(url).map_err(|e| usage(&e.to_string()))?;
    if !matches!(base.scheme(), "http" | "https") {
        return Err(usage("the scheme must be http or https"));
    }
    if base.host_str().is_none_or(str::is_empty) {
        return Err(usage("no host"));
    }
    if base.query().is_some() || base.fragment().is_some() {
        return Err(usage("a query or fragment"));
    }
    if !base.path().ends_with('/') {
        let path = format!("{}/", base.path());
        base.set_path(&path);
    }
    Ok(base)
}

/// `Retry-After` in whole seconds (the form the API uses; an HTTP date is not worth a parser).
fn retry_after_secs(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// The innermost cause: "Connection refused (os error 111)", "invalid peer certificate: …".
fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// A 422 as a compiler would print it: a headline, then one `FILE:LINE:COLUMN: …` line per
/// finding, every violation the service reported.
fn rejection(error: &ApiError, source: &str) -> String {
    let at = |line: Option<u64>, column: Option<u64>| match (line, column) {
        (Some(line), Some(column)) => format!("{source}:{line}:{column}"),
        (Some(line), None) => format!("{source}:{line}"),
        _ => source.to_string(),
    };
    match error.code.as_str() {
        "syntax_error" => format!(
            "rejected: syntax error\n{}: {}",
            at(error.line, error.column),
            error.message
        ),
        "forbidden_code" => {
            let mut text = format!("rejected: {}", error.message);
            for violation in &error.violations {
                text.push_str(&format!(
                    "\n{}: {}: {}",
                    at(violation.line, violation.column),
                    violation.rule,
                    violation.detail
                ));
                if let Some(reason) = &violation.reason {
                    text.push_str(&format!("\n    why: {reason}"));
                }
                if let Some(hint) = &violation.hint {
                    text.push_str(&format!("\n    instead: {hint}"));
                }
            }
            text
        }
        "too_complex" => format!("rejected: too complex: {}", error.message),
        other => format!("rejected ({other}): {}", error.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::Violation;

    #[test]
    fn the_base_url_gets_a_trailing_slash_so_paths_join_under_it() {
        let base = base_url("http://localhost:8000").unwrap();
        assert_eq!(base.join("jobs").unwrap().as_str(), "http://localhost:8000/jobs");
        let base = base_url("https://example.test/sandbox").unwrap();
        assert_eq!(
            base.join("jobs").unwrap().as_str(),
            "https://example.test/sandbox/jobs"
        );
    }

    #[test]
    fn a_bad_url_is_a_usage_error() {
        for bad in [
            "",
            "localhost:8000",
            "ftp://host/",
            "http://",
            "http://host/?x=1",
            "http://host/#top",
            "not a url",
        ] {
            let error = base_url(bad).expect_err(bad);
            assert_eq!(error.exit, Exit::Usage, "{bad}");
        }
    }

    #[test]
    fn retry_after_is_read_in_seconds() {
        assert_eq!(retry_after_secs("5"), Some(Duration::from_secs(5)));
        assert_eq!(retry_after_secs(" 12 "), Some(Duration::from_secs(12)));
        assert_eq!(retry_after_secs("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(retry_after_secs("-1"), None);
    }

    #[test]
    fn a_rejection_lists_every_violation_with_its_place() {
        let error = ApiError {
            code: "forbidden_code".into(),
            message: "forbidden code: 2 violations".into(),
            violations: vec![
                Violation {
                    rule: "forbidden_import".into(),
                    detail: "os".into(),
                    line: Some(1),
                    column: Some(1),
                    reason: Some("os runs commands".into()),
                    hint: Some("read files with open(path)".into()),
                },
                Violation {
                    rule: "forbidden_builtin".into(),
                    detail: "eval".into(),
                    line: Some(3),
                    column: Some(7),
                    reason: None,
                    hint: None,
                },
            ],
            ..ApiError::default()
        };
        assert_eq!(
            rejection(&error, "prog.py"),
            "rejected: forbidden code: 2 violations\n\
             prog.py:1:1: forbidden_import: os\n\
             \x20   why: os runs commands\n\
             \x20   instead: read files with open(path)\n\
             prog.py:3:7: forbidden_builtin: eval"
        );
    }

    #[test]
    fn a_syntax_error_points_at_its_line_and_column() {
        let error = ApiError {
            code: "syntax_error".into(),
            message: "invalid syntax".into(),
            line: Some(2),
            column: Some(5),
            ..ApiError::default()
        };
        assert_eq!(
            rejection(&error, "<stdin>"),
            "rejected: syntax error\n<stdin>:2:5: invalid syntax"
        );
    }
}
