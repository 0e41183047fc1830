//! `POST /jobs` and `GET /jobs/{id}`. A submission passes the checks of shared/API.md in the
//! contract's order, and the first that fails answers; nothing rejected is ever enqueued.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Utc;
use futures_util::StreamExt;
use sandbox::job::{JobId, JobSpec, JobView};
use sandbox::queue::{QueueError, RateDecision};
use sandbox::validate::Rejection;
use serde::Deserialize;
use serde_json::json;

use crate::error::ApiError;
use crate::AppState;

/// A request whose body has not fully arrived by then gets 408 (slow-body clients would
/// otherwise hold connections and memory as long as they like).
const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// How often a `?wait=` poll reads its job when no notice of its end arrives.
const WAIT_FALLBACK: Duration = Duration::from_secs(1);
/// The longest `?wait=` a poll may ask for.
const MAX_WAIT_SECS: u64 = 30;
/// What a client told to retry after `queue_full` is asked to wait.
const QUEUE_FULL_RETRY_SECS: u64 = 5;

/// The body of `POST /jobs`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubmitRequest {
    code: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    stdin: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let config = &state.config;
    let client = client_ip(peer.ip(), &headers, &config.trusted_proxies);
    check_content_type(&headers)?;
    let body = read_body(&headers, body, config.max_body_size).await?;

    match state
        .queue
        .rate_limit(&client.to_string(), config.rate_limit)
        .await
    {
        Ok(RateDecision::Allowed) => {}
        Ok(RateDecision::Limited { retry_after_secs }) => {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                format!(
                    "more than {} submissions in 60 s; retry in {retry_after_secs} s",
                    config.rate_limit
                ),
            )
            .retry_after(retry_after_secs))
        }
        Err(err) => return Err(ApiError::unavailable(&err)),
    }

    let request: SubmitRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::invalid_request(format!("invalid JSON body: {e}")))?;
    if let Some(language) = request.language.as_deref().filter(|l| *l != "python") {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "unsupported_language",
            format!("language {language:?} is not supported; the only one is \"python\""),
        ));
    }
    if request.code.trim().is_empty() {
        return Err(ApiError::invalid_request("`code` is empty"));
    }
    if request.code.len() > config.max_code_size {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "code_too_large",
            format!(
                "`code` is {} bytes; the limit is {} (MAX_CODE_SIZE)",
                request.code.len(),
                config.max_code_size
            ),
        ));
    }
    let stdin = request.stdin.unwrap_or_default();
    if stdin.len() > config.max_stdin_size {
        return Err(ApiError::payload_too_large(format!(
            "`stdin` is {} bytes; the limit is {} (MAX_STDIN_SIZE)",
            stdin.len(),
            config.max_stdin_size
        )));
    }

    // Off the async worker threads: parsing a large program takes milliseconds.
    let policy = config.policy.clone();
    let code = request.code;
    let (code, verdict) = tokio::task::spawn_blocking(move || {
        let verdict = policy.validate(&code).map(drop);
        (code, verdict)
    })
    .await
    .map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("validator failed: {e}"),
        )
    })?;
    verdict.map_err(rejection)?;

    let job = JobSpec {
        id: JobId::new(),
        code,
        stdin,
        created_at: Utc::now(),
    };
    match state.queue.enqueue(&job, config.max_queue_length).await {
        Ok(()) => {}
        Err(QueueError::Full(max)) => {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "queue_full",
                format!("the queue holds its maximum of {max} jobs; retry later"),
            )
            .retry_after(QUEUE_FULL_RETRY_SECS))
        }
        Err(err) => return Err(ApiError::unavailable(&err)),
    }
    tracing::info!(job = %job.id, %client, "job accepted");
    let location =
        HeaderValue::from_str(&format!("/jobs/{}", job.id)).expect("a uuid path is a valid header");
    Ok((
        StatusCode::ACCEPTED,
        [(header::LOCATION, location)],
        Json(json!({ "id": job.id, "status": "queued" })),
    )
        .into_response())
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
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "the body must be JSON, sent with Content-Type: application/json",
        )),
    }
}

/// Reads the body, refusing it as soon as it is known to be over `limit` — from its declared
/// length before reading anything, else once the bytes read pass it.
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
        let mut stream = body.into_data_stream();
        let mut bytes = Vec::with_capacity(declared.unwrap_or(0) as usize);
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| ApiError::invalid_request(format!("reading the body: {e}")))?;
            if bytes.len() + chunk.len() > limit {
                return Err(too_large());
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Bytes::from(bytes))
    };
    // SECURITY: slow-body clients holding connections open — the whole body within 10 s.
    tokio::time::timeout(BODY_TIMEOUT, read)
        .await
        .unwrap_or_else(|_| {
            Err(ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                "request_timeout",
                "the body did not arrive within 10 s",
            ))
        })
}

fn rejection(rejection: Rejection) -> ApiError {
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    match rejection {
        Rejection::Syntax {
            message,
            line,
            column,
        } => ApiError::new(status, "syntax_error", message)
            .with("line", line)
            .with("column", column),
        Rejection::TooComplex(message) => ApiError::new(status, "too_complex", message),
        Rejection::Forbidden(violations) => {
            let message = match violations.as_slice() {
                [one] => format!("forbidden code: {:?} at line {}", one.detail, one.line),
                many => format!("forbidden code: {} violations", many.len()),
            };
            ApiError::new(status, "forbidden_code", message).with(
                "violations",
                serde_json::to_value(&violations).expect("violations serialise"),
            )
        }
    }
}

pub async fn poll(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<JobView>, ApiError> {
    let id: JobId = id
        .parse()
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid_id", format!("{id:?} is {e}")))?;
    let wait = parse_wait(query.as_deref())?;
    let deadline = tokio::time::Instant::now() + wait;
    // Before the first read: a job finishing between the read and the wait still wakes it.
    let mut finished = state.finished.watch();
    loop {
        let job = state.queue.job(id).await.map_err(|e| match e {
            QueueError::Corrupt { .. } => {
                tracing::error!(error = %e, "corrupt job record");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "the job record is unreadable",
                )
            }
            other => ApiError::unavailable(&other),
        })?;
        let job = job.ok_or_else(|| ApiError::not_found(format!("no job {id} (unknown, or expired)")))?;
        let now = tokio::time::Instant::now();
        if job.status.is_terminal() || now >= deadline {
            return Ok(Json(job));
        }
        // Woken by the worker's notice that the job finished; the timer only covers a notice
        // lost with the subscription's connection.
        tokio::select! {
            () = crate::finished::finished(&mut finished, id) => {}
            () = tokio::time::sleep(WAIT_FALLBACK.min(deadline - now)) => {}
        }
    }
}

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
