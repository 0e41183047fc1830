//! Hostile input through the api: deep nesting, long chains, NUL and byte order marks are
//! answered with a 422 (`too_complex` or `syntax_error`) in bounded time, never a 500, and never
//! enqueued.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::{config, spawn_api};

/// Generous bound on one answer: the validator takes well under a second on any of these.
const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// The code the api answers with, and its error body.
async fn verdict(code: &str) -> (u16, Value) {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    let started = Instant::now();
    let response = app.submit(json!({ "code": code })).await;
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    assert!(
        started.elapsed() < ANSWER_WITHIN,
        "answered in {:?}",
        started.elapsed()
    );
    assert_eq!(
        app.queue().depth().await.unwrap(),
        0,
        "a rejected submission was enqueued"
    );
    app.stop().await;
    (status, body)
}

async fn assert_rejected(code: &str, expected: &str) -> Value {
    let (status, body) = verdict(code).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (422, Some(expected)),
        "{body}"
    );
    body
}

#[tokio::test]
async fn a_60_kb_chain_of_additions_is_too_complex_not_a_500() {
    // The prototype answered exactly this with a 500.
    let code = "1".to_owned() + &"+1".repeat(30_000);
    assert!(code.len() > 60_000);
    assert_rejected(&code, "too_complex").await;
}

#[tokio::test]
async fn sixty_thousand_unary_minus_signs_are_too_complex() {
    assert_rejected(&("-".repeat(60_000) + "1"), "too_complex").await;
}

#[tokio::test]
async fn deeply_nested_lambdas_are_too_complex() {
    assert_rejected(&("lambda:".repeat(9_000) + "1"), "too_complex").await;
}

#[tokio::test]
async fn brackets_nested_past_cpythons_limit_are_a_syntax_error_with_its_position() {
    let code = format!("x = 1\ny = {}1{}", "(".repeat(201), ")".repeat(201));
    let body = assert_rejected(&code, "syntax_error").await;
    assert_eq!(
        (&body["error"]["line"], &body["error"]["column"]),
        (&json!(2), &json!(205))
    );
    assert_rejected(&"[".repeat(65_536), "syntax_error").await;
}

#[tokio::test]
async fn a_deep_f_string_is_too_complex() {
    let code = format!("f'{{{}1}}'", "-".repeat(60_000));
    assert_rejected(&code, "too_complex").await;
}

#[tokio::test]
async fn a_nul_character_is_a_syntax_error() {
    let body = assert_rejected("print(1)\nx = '\0'", "syntax_error").await;
    assert_eq!(
        (&body["error"]["line"], &body["error"]["column"]),
        (&json!(2), &json!(6))
    );
}

#[tokio::test]
async fn a_byte_order_mark_is_a_syntax_error_as_in_cpython() {
    assert_rejected("\u{feff}print(1)", "syntax_error").await;
}

#[tokio::test]
async fn every_violation_of_one_line_is_reported_through_the_api() {
    let (status, body) = verdict("x = eval(a) + exec(b); import os").await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["code"], "forbidden_code");
    // Where each is; the reasons and hints are the unit tests' (their wording may change).
    let found: Vec<Value> = body["error"]["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| json!({"rule": v["rule"], "detail": v["detail"], "line": v["line"], "column": v["column"]}))
        .collect();
    assert_eq!(
        found,
        vec![
            json!({"rule": "forbidden-call", "detail": "eval", "line": 1, "column": 5}),
            json!({"rule": "forbidden-call", "detail": "exec", "line": 1, "column": 15}),
            json!({"rule": "forbidden-import", "detail": "os", "line": 1, "column": 31})
        ]
    );
}
