//! Every error the api answers, in the one shape of the HTTP contract (docs/api.md):
//! `{"error": {"code": "...", "message": "...", ...extra fields}}`. The shape is a type
//! ([`ErrorBody`]), so the OpenAPI document is generated from what is actually sent.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sandbox::validate::Violation;
use serde::Serialize;
use utoipa::ToSchema;

/// Every `error.code` the api answers with.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ErrorCode {
    InvalidRequest,
    UnsupportedLanguage,
    /// 400: `runtime` names no runtime of the registry.
    UnsupportedRuntime,
    InvalidId,
    Unauthorized,
    NotFound,
    MethodNotAllowed,
    RequestTimeout,
    CodeTooLarge,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooComplex,
    SyntaxError,
    ForbiddenCode,
    RateLimited,
    Internal,
    Unavailable,
    QueueFull,
    /// 503: REDIS_WAIT_REPLICAS replicas did not confirm the job in time; it was withdrawn.
    NotReplicated,
    /// 414: hyper refused the request line.
    UriTooLong,
    /// 431: hyper refused the headers (over its size or count limit).
    HeadersTooLarge,
    /// 429 (this client's) or 503 (the api's) connection cap.
    TooManyConnections,
    /// 429 with Retry-After: the client's stored jobs are at STORAGE_QUOTA.
    StorageQuotaExceeded,
    /// 503: workers are alive and none of them serves the job's runtime.
    RuntimeUnavailable,
}

impl ErrorCode {
    /// The name serde writes too (a metric's label).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The status the contract answers this code with: the one table of them.
    pub fn status(self) -> StatusCode {
        match self {
            ErrorCode::InvalidRequest
            | ErrorCode::UnsupportedLanguage
            | ErrorCode::UnsupportedRuntime
            | ErrorCode::InvalidId => StatusCode::BAD_REQUEST,
            ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ErrorCode::CodeTooLarge | ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::TooComplex | ErrorCode::SyntaxError | ErrorCode::ForbiddenCode => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ErrorCode::RateLimited | ErrorCode::StorageQuotaExceeded => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Unavailable
            | ErrorCode::QueueFull
            | ErrorCode::NotReplicated
            | ErrorCode::RuntimeUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::UriTooLong => StatusCode::URI_TOO_LONG,
            ErrorCode::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            // A client's own cap; the api-wide cap answers 503 (server::refuse), the one code
            // the contract gives two statuses.
            ErrorCode::TooManyConnections => StatusCode::TOO_MANY_REQUESTS,
        }
    }
}

/// The body of every error answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    pub code: ErrorCode,
    /// For people; its wording may change.
    pub message: String,
    /// `syntax_error`: 1-based line of the error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// `syntax_error`: 1-based column, in characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// `forbidden_code`: the violations found, sorted by position; the first
    /// [`MAX_VIOLATIONS`] of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub violations: Option<Vec<Violation>>,
    /// `forbidden_code`: how many violations were found in all (more than `violations` holds
    /// when the list was cut at its cap).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub violations_total: Option<usize>,
}

/// Most violations one 422 lists.
// SECURITY: amplification — a 64 KiB submission of `eval;` repeated earned a 1.4 MB answer.
pub const MAX_VIOLATIONS: usize = 100;

/// `text` with every control character (C0, DEL, C1) written as a `\u{..}` escape.
// SECURITY: terminal injection — a message can quote the submitted code (a syntax error's
// token), and raw ESC/BEL/C1 bytes in it would drive the terminal of whoever prints it.
pub fn without_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:04x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

impl ErrorDetail {
    /// A code and its message, with no extra field.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ErrorDetail {
        ErrorDetail {
            code,
            message: without_controls(&message.into()),
            line: None,
            column: None,
            violations: None,
            violations_total: None,
        }
    }
}

/// An error answer; its status is its code's ([`ErrorCode::status`]).
#[derive(Debug)]
pub struct ApiError {
    detail: Box<ErrorDetail>,
    retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            detail: Box::new(ErrorDetail::new(code, message)),
            retry_after: None,
        }
    }

    /// A `syntax_error`'s position.
    pub fn at(mut self, line: usize, column: usize) -> ApiError {
        self.detail.line = Some(line);
        self.detail.column = Some(column);
        self
    }

    /// A `forbidden_code`'s violations.
    pub fn violations(mut self, mut violations: Vec<Violation>) -> ApiError {
        self.detail.violations_total = Some(violations.len());
        violations.truncate(MAX_VIOLATIONS);
        self.detail.violations = Some(violations);
        self
    }

    /// Adds a `Retry-After` header, in whole seconds.
    pub fn retry_after(mut self, secs: u64) -> ApiError {
        self.retry_after = Some(secs);
        self
    }

    pub fn status(&self) -> StatusCode {
        self.detail.code.status()
    }

    pub fn code(&self) -> ErrorCode {
        self.detail.code
    }

    pub fn message(&self) -> &str {
        &self.detail.message
    }

    /// The policy rules a `forbidden_code` names, in order (repeats included).
    pub fn rules(&self) -> Vec<&'static str> {
        self.detail
            .violations
            .iter()
            .flatten()
            .map(|v| v.rule.as_str())
            .collect()
    }

    pub fn invalid_request(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::InvalidRequest, message)
    }

    pub fn payload_too_large(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::PayloadTooLarge, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::NotFound, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Internal, message)
    }

    /// Redis could not be reached; the cause is logged, not shown.
    pub fn unavailable(cause: &dyn std::fmt::Display) -> ApiError {
        tracing::error!(error = %cause, "the queue is unavailable");
        ApiError::new(
            ErrorCode::Unavailable,
            "the job queue cannot be reached; nothing was accepted, try again shortly",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = ErrorBody { error: *self.detail };
        let mut response = (status, Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_serialise_as_their_names() {
        use strum::VariantArray;
        for code in ErrorCode::VARIANTS {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
        }
        assert_eq!(ErrorCode::StorageQuotaExceeded.as_str(), "storage_quota_exceeded");
    }

    #[test]
    fn each_code_answers_with_its_status() {
        let answer = |code: ErrorCode| ApiError::new(code, "x").into_response().status().as_u16();
        assert_eq!(answer(ErrorCode::InvalidId), 400);
        assert_eq!(answer(ErrorCode::CodeTooLarge), 413);
        assert_eq!(answer(ErrorCode::ForbiddenCode), 422);
        assert_eq!(answer(ErrorCode::StorageQuotaExceeded), 429);
        assert_eq!(answer(ErrorCode::QueueFull), 503);
        assert_eq!(answer(ErrorCode::NotReplicated), 503);
        assert_eq!(answer(ErrorCode::HeadersTooLarge), 431);
    }

    /// docs/api.md's table of error codes is the contract clients read: every code the api can
    /// answer has its row there, with its status (and no row names a code that does not exist).
    #[test]
    fn every_code_is_documented_with_its_status() {
        use strum::VariantArray;
        let doc = include_str!("../../../docs/api.md");
        let rows: Vec<(&str, &str)> = doc
            .lines()
            .filter_map(|l| {
                let mut cells = l.strip_prefix("| `")?.split(" | ");
                let code = cells.next()?.strip_suffix('`')?;
                let status = cells.next()?;
                status.parse::<u16>().is_ok().then_some((code, status))
            })
            .collect();
        for code in ErrorCode::VARIANTS {
            let status = code.status().as_str().to_owned();
            assert!(
                rows.iter().any(|(c, s)| *c == code.as_str() && *s == status),
                "docs/api.md has no row `{}` | {status}",
                code.as_str()
            );
        }
        for (code, _) in rows {
            assert!(
                ErrorCode::VARIANTS.iter().any(|c| c.as_str() == code),
                "docs/api.md documents `{code}`, which the api never answers"
            );
        }
    }

    #[test]
    fn messages_carry_no_control_characters() {
        let error = ApiError::invalid_request("token '\x1b]0;x\x07' and \u{9b}2J and \x7f");
        let message = &error.detail.message;
        assert!(!message.chars().any(char::is_control), "{message}");
        assert_eq!(
            message,
            "token '\\u{001b}]0;x\\u{0007}' and \\u{009b}2J and \\u{007f}"
        );
    }

    #[test]
    fn the_violation_list_is_capped_and_says_how_many_there_were() {
        let one = Violation {
            rule: sandbox::validate::Rule::ForbiddenCall,
            detail: "eval".into(),
            line: 1,
            column: 1,
            reason: "runs a string as code".into(),
            hint: None,
        };
        let error = ApiError::invalid_request("x").violations(vec![one; 1000]);
        assert_eq!(error.detail.violations.as_ref().unwrap().len(), MAX_VIOLATIONS);
        assert_eq!(error.detail.violations_total, Some(1000));
    }

    #[test]
    fn extra_fields_appear_only_when_set() {
        let body = ErrorBody {
            error: *ApiError::invalid_request("bad").detail,
        };
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            serde_json::json!({ "error": { "code": "invalid_request", "message": "bad" } })
        );
    }
}
