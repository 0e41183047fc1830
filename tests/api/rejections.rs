//! Every 4xx/5xx of `POST /jobs` and `GET /jobs/{id}`; none of them enqueues anything.

use serde_json::{json, Value};

use crate::support::{config, spawn_api, TestApp};

async fn app(overrides: &[(&str, &str)]) -> TestApp {
    spawn_api(config(overrides)).await
}

/// Asserts the status and the error code, and returns the error object.
async fn expect_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status(), status);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(
        body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    body["error"].clone()
}

async fn assert_nothing_enqueued(app: &TestApp) {
    assert_eq!(
        app.queue().depth().await.unwrap(),
        0,
        "a rejected submission was enqueued"
    );
}

async fn post_raw(
    app: &TestApp,
    content_type: Option<&str>,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    let mut request = app.http.post(app.url("/jobs")).body(body);
    if let Some(ct) = content_type {
        request = request.header("content-type", ct);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn malformed_bodies_are_invalid_requests() {
    let app = app(&[("RATE_LIMIT", "0")]).await;
    let json_ct = Some("application/json");
    let cases: Vec<Vec<u8>> = vec![
        b"{".to_vec(),
        b"[]".to_vec(),
        b"{}".to_vec(),
        br#"{"code": 42}"#.to_vec(),
        br#"{"code": "print(1)", "extra": true}"#.to_vec(),
        br#"{"code": "print(1)", "stdin": 5}"#.to_vec(),
        b"{\"code\": \"print('\xff')\"}".to_vec(),
        br#"{"code": "print('\ud800')"}"#.to_vec(),
        br#"{"code": ""}"#.to_vec(),
        br#"{"code": "  \n\t "}"#.to_vec(),
    ];
    for body in cases {
        let shown = String::from_utf8_lossy(&body).to_string();
        let response = post_raw(&app, json_ct, body).await;
        assert_eq!(response.status(), 400, "{shown}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["error"]["code"], "invalid_request", "{shown}: {error}");
    }
    assert_nothing_enqueued(&app).await;
}

#[tokio::test]
async fn an_unknown_language_is_unsupported() {
    let app = app(&[]).await;
    let response = app
        .submit(json!({ "code": "print(1)", "language": "ruby" }))
        .await;
    expect_error(response, 400, "unsupported_language").await;
    // "python" is the default and may be given explicitly.
    let response = app
        .submit(json!({ "code": "print(1)", "language": "python" }))
        .await;
    assert_eq!(response.status(), 202);
}

#[tokio::test]
async fn a_missing_or_non_json_content_type_is_unsupported_media() {
    let app = app(&[]).await;
    let body = r#"{"code": "print(1)"}"#;
    expect_error(post_raw(&app, None, body).await, 415, "unsupported_media_type").await;
    expect_error(
        post_raw(&app, Some("text/plain"), body).await,
        415,
        "unsupported_media_type",
    )
    .await;
    assert_eq!(
        post_raw(&app, Some("application/json; charset=utf-8"), body)
            .await
            .status(),
        202
    );
}

#[tokio::test]
async fn code_and_stdin_over_their_limits_are_too_large() {
    let app = app(&[
        ("MAX_CODE_SIZE", "100"),
        ("MAX_STDIN_SIZE", "10"),
        ("RATE_LIMIT", "0"),
    ])
    .await;
    let code = format!("x = '{}'", "a".repeat(100));
    expect_error(app.submit(json!({ "code": code })).await, 413, "code_too_large").await;
    // The limit counts UTF-8 bytes, not characters: 59 characters, 109 bytes.
    let code = format!("x = '{}'\n# {}", "é".repeat(40), "é".repeat(10));
    assert!(code.chars().count() <= 100 && code.len() > 100);
    expect_error(app.submit(json!({ "code": code })).await, 413, "code_too_large").await;
    let response = app
        .submit(json!({ "code": "print(1)", "stdin": "0123456789a" }))
        .await;
    expect_error(response, 413, "payload_too_large").await;
    let response = app
        .submit(json!({ "code": "print(1)", "stdin": "0123456789" }))
        .await;
    assert_eq!(response.status(), 202, "exactly at the limit is fine");
}

#[tokio::test]
async fn a_body_over_max_body_size_is_refused() {
    let app = app(&[("MAX_BODY_SIZE", "1000")]).await;
    let body = format!(r#"{{"code": "print(1)", "stdin": "{}"}}"#, "a".repeat(2000));
    expect_error(
        post_raw(&app, Some("application/json"), body).await,
        413,
        "payload_too_large",
    )
    .await;
    assert_nothing_enqueued(&app).await;
}

#[tokio::test]
async fn syntax_errors_carry_cpython_s_message_and_position() {
    let app = app(&[]).await;
    // CPython 3.11: `'(' was never closed`, line 1, offset 10.
    let response = app
        .submit(json!({ "code": "def greet(name:\n    pass\n\ngreet(1)\n" }))
        .await;
    let error = expect_error(response, 422, "syntax_error").await;
    assert_eq!(
        (&error["message"], &error["line"], &error["column"]),
        (&json!("'(' was never closed"), &json!(1), &json!(10)),
        "{error}"
    );
    // Columns count characters: the `)` is the 15th byte of its line and the 14th character.
    let response = app.submit(json!({ "code": "x = 1\nprint('é', [x)\n" })).await;
    let error = expect_error(response, 422, "syntax_error").await;
    assert_eq!(
        (&error["message"], &error["line"], &error["column"]),
        (
            &json!("closing parenthesis ')' does not match opening parenthesis '['"),
            &json!(2),
            &json!(14)
        ),
        "{error}"
    );
    assert_nothing_enqueued(&app).await;
}

#[tokio::test]
async fn forbidden_code_lists_every_violation_with_its_position() {
    let app = app(&[]).await;
    let code = "import os, sys\nfrom subprocess import run\ndef f():\n    import socket as s\nx = eval('1') + exec('2')\nimport os.path\n";
    let error = expect_error(app.submit(json!({ "code": code })).await, 422, "forbidden_code").await;
    let found: Vec<(String, String, u64, u64)> = error["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["rule"].as_str().unwrap().to_string(),
                v["detail"].as_str().unwrap().to_string(),
                v["line"].as_u64().unwrap(),
                v["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("forbidden-import", "os", 1, 8),
        ("forbidden-import", "sys", 1, 12),
        ("forbidden-import", "subprocess", 2, 6),
        ("forbidden-import", "socket", 4, 12),
        ("forbidden-call", "eval", 5, 5),
        ("forbidden-call", "exec", 5, 17),
        ("forbidden-import", "os.path", 6, 8),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(r, d, l, c)| (r.to_string(), d.to_string(), *l, *c))
        .collect();
    assert_eq!(found, expected, "{error}");
    // Each says why; the ones with an allowed way say it.
    let violations = error["violations"].as_array().unwrap();
    assert!(
        violations
            .iter()
            .all(|v| v["reason"].as_str().is_some_and(|r| !r.is_empty())),
        "{error}"
    );
    assert!(
        violations[1]["hint"].as_str().unwrap().contains("input()"),
        "{error}"
    );
    assert!(
        violations[4]["hint"].as_str().unwrap().contains("int()"),
        "{error}"
    );
    assert!(
        violations[2].get("hint").is_none(),
        "subprocess has no allowed way: {error}"
    );
    assert_nothing_enqueued(&app).await;
}

#[tokio::test]
async fn nesting_deeper_than_cpython_compiles_is_too_complex() {
    let app = app(&[]).await;
    let code = format!("x = {}1", "-".repeat(20_000));
    expect_error(app.submit(json!({ "code": code })).await, 422, "too_complex").await;
}

#[tokio::test]
async fn a_full_queue_answers_queue_full_with_retry_after() {
    let app = app(&[("MAX_QUEUE_LENGTH", "1")]).await;
    assert_eq!(app.submit(json!({ "code": "print(1)" })).await.status(), 202);
    let response = app.submit(json!({ "code": "print(2)" })).await;
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 1);
    expect_error(response, 503, "queue_full").await;
    assert_eq!(app.queue().depth().await.unwrap(), 1);
}

#[tokio::test]
async fn an_unreachable_redis_is_unavailable_not_a_500() {
    // Nothing listens on port 1.
    let app = app(&[("REDIS_URL", "redis://127.0.0.1:1")]).await;
    expect_error(
        app.submit(json!({ "code": "print(1)" })).await,
        503,
        "unavailable",
    )
    .await;
    let id = uuid::Uuid::new_v4();
    let response = app
        .http
        .get(app.url(&format!("/jobs/{id}")))
        .send()
        .await
        .unwrap();
    expect_error(response, 503, "unavailable").await;
    let response = app.http.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(response.status(), 503);
    let response = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200, "the process itself is up");
}

#[tokio::test]
async fn polls_of_bad_or_unknown_ids() {
    let app = app(&[]).await;
    let get = |path: String| app.http.get(app.url(&path)).send();
    expect_error(get("/jobs/not-a-uuid".into()).await.unwrap(), 400, "invalid_id").await;
    let id = uuid::Uuid::new_v4();
    let upper = id.to_string().to_uppercase();
    expect_error(get(format!("/jobs/{upper}")).await.unwrap(), 400, "invalid_id").await;
    expect_error(get(format!("/jobs/{id}")).await.unwrap(), 404, "not_found").await;
    let job = app.submit_ok(json!({ "code": "print(1)" })).await;
    for bad in ["wait=31", "wait=-1", "wait=x", "wait=2.5"] {
        expect_error(
            get(format!("/jobs/{job}?{bad}")).await.unwrap(),
            400,
            "invalid_request",
        )
        .await;
    }
    let started = std::time::Instant::now();
    let response = get(format!("/jobs/{job}?wait=1")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        started.elapsed().as_millis() >= 900,
        "the poll waited for the job (no worker runs)"
    );
    let job: Value = response.json().await.unwrap();
    assert_eq!(job["status"], "queued");
    for field in ["started_at", "finished_at", "result", "error"] {
        assert_eq!(job[field], Value::Null, "{field} is present and null");
    }
}

/// A submission full of violations gets a bounded answer: the first 100 and the total.
#[tokio::test]
async fn a_flood_of_violations_is_answered_with_the_first_hundred_and_the_count() {
    let app = spawn_api(config(&[])).await;
    let code = "eval\n".repeat(5000);
    let response = app.submit(json!({ "code": code })).await;
    assert_eq!(response.status(), 422);
    let body = response.bytes().await.unwrap();
    // 100 violations of about 200 bytes each (position, reason, hint), whatever the total.
    assert!(body.len() < 40_000, "{} bytes", body.len());
    let error: Value = serde_json::from_slice::<Value>(&body).unwrap()["error"].clone();
    assert_eq!(error["violations"].as_array().unwrap().len(), 100);
    assert_eq!(error["violations_total"], 5000);
}

/// Control characters of the submitted code never come back raw in a message.
#[tokio::test]
async fn error_messages_never_echo_control_characters() {
    let app = spawn_api(config(&[])).await;
    for code in ["x = \x1b]0;pwn\x07 1", "print(\u{9b}31m)", "a b \x07"] {
        let response = app.submit(json!({ "code": code })).await;
        assert_eq!(response.status(), 422);
        let error: Value = response.json::<Value>().await.unwrap()["error"].clone();
        let message = error["message"].as_str().unwrap();
        assert!(!message.chars().any(char::is_control), "{message:?}");
    }
}

#[tokio::test]
async fn bad_test_cases_are_refused_in_the_contracts_shape_and_nothing_is_enqueued() {
    let app = app(&[("RATE_LIMIT", "0"), ("MAX_TESTS", "3"), ("MAX_STDIN_SIZE", "10")]).await;
    let code = "print(input())";
    let refused = [
        (
            json!({ "code": code, "stdin": "x", "tests": [{ "stdin": "1" }] }),
            400,
            "invalid_request",
            "stdin",
        ),
        (
            json!({ "code": code, "tests": [] }),
            400,
            "invalid_request",
            "empty",
        ),
        (
            json!({ "code": code, "tests": "1" }),
            400,
            "invalid_request",
            "array",
        ),
        (
            json!({ "code": code, "tests": [{ "stdin": 1 }] }),
            400,
            "invalid_request",
            "tests[0].stdin",
        ),
        (
            json!({ "code": code, "tests": [{ "expected": "" }] }),
            400,
            "invalid_request",
            "tests[0].expected",
        ),
        (
            json!({ "code": code, "tests": [{}], "compare": "loose" }),
            400,
            "invalid_request",
            "compare",
        ),
        (
            json!({ "code": code, "compare": "exact" }),
            400,
            "invalid_request",
            "compare",
        ),
        (
            json!({ "code": code, "tests": [{}, {}, {}, {}] }),
            413,
            "payload_too_large",
            "MAX_TESTS",
        ),
        (
            json!({ "code": code, "tests": [{ "stdin": "123456", "expected_stdout": "12345" }] }),
            413,
            "payload_too_large",
            "MAX_STDIN_SIZE",
        ),
    ];
    for (body, status, error, words) in refused {
        let found = expect_error(app.submit(body.clone()).await, status, error).await;
        assert!(
            found["message"].as_str().unwrap().contains(words),
            "{body}: {found}"
        );
    }
    assert_nothing_enqueued(&app).await;
    // Within the limits, it is accepted.
    let accepted = app
        .submit(json!({ "code": code, "tests": [{ "stdin": "1", "expected_stdout": "1" }, {}], "compare": "tokens" }))
        .await;
    assert_eq!(accepted.status(), 202);
}
