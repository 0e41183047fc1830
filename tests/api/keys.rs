//! API keys (API_KEYS / API_KEYS_FILE): off by default; when set, `POST /jobs` needs
//! `Authorization: Bearer <key>`, checked after 404/405 and before 415. Polls stay open.

use serde_json::Value;

use crate::support::{config, spawn_api, TestApp};

const KEY: &str = "test-key-0123456789abcdef";
const OTHER: &str = "other-key-0123456789abcdef";

async fn post(app: &TestApp, authorization: Option<&str>, content_type: Option<&str>) -> (u16, Value) {
    let mut request = app.http.post(app.url("/jobs")).body(r#"{"code": "print(1)"}"#);
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    if let Some(value) = content_type {
        request = request.header("content-type", value);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn without_keys_configured_no_key_is_needed() {
    let app = spawn_api(config(&[])).await;
    let (status, _) = post(&app, None, Some("application/json")).await;
    assert_eq!(status, 202);
}

#[tokio::test]
async fn with_keys_configured_a_submission_needs_one_of_them() {
    let keys = format!("{KEY},{OTHER}");
    let app = spawn_api(config(&[("API_KEYS", &keys), ("RATE_LIMIT", "0")])).await;
    let json = Some("application/json");
    for refused in [
        None,
        Some("Bearer wrong-key-0123456789abcdef"),
        Some("Bearer "),
        Some(&format!("Basic {KEY}")),
        Some(&format!("Bearer {KEY}x")),
        Some(&KEY[..KEY.len() - 1]),
    ] {
        let (status, body) = post(&app, refused, json).await;
        assert_eq!(status, 401, "{refused:?}");
        assert_eq!(body["error"]["code"], "unauthorized", "{refused:?}");
        assert!(body["error"]["message"].is_string());
    }
    assert_eq!(post(&app, Some(&format!("Bearer {KEY}")), json).await.0, 202);
    assert_eq!(post(&app, Some(&format!("bearer {OTHER}")), json).await.0, 202);
    assert_eq!(
        app.queue().depth().await.unwrap(),
        2,
        "refused submissions were not enqueued"
    );
}

#[tokio::test]
async fn the_key_is_checked_after_routing_and_before_the_content_type() {
    let app = spawn_api(config(&[("API_KEYS", KEY)])).await;
    // 405 before 401.
    let response = app.http.put(app.url("/jobs")).send().await.unwrap();
    assert_eq!(response.status(), 405);
    // 401 before 415.
    assert_eq!(post(&app, None, Some("text/plain")).await.0, 401);
    assert_eq!(post(&app, None, None).await.0, 401);
    // With the key, the next check answers.
    assert_eq!(
        post(&app, Some(&format!("Bearer {KEY}")), Some("text/plain"))
            .await
            .0,
        415
    );
}

#[tokio::test]
async fn with_keys_configured_a_poll_needs_one_too_and_health_does_not() {
    let app = spawn_api(config(&[("API_KEYS", KEY)])).await;
    let (status, body) = post(&app, Some(&format!("Bearer {KEY}")), Some("application/json")).await;
    assert_eq!(status, 202);
    let id = body["id"].as_str().unwrap();
    let url = app.url(&format!("/jobs/{id}"));
    let response = app.http.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 401, "the id alone no longer reads the job");
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["code"], "unauthorized");
    let response = app.http.get(&url).bearer_auth("wrong").send().await.unwrap();
    assert_eq!(response.status(), 401);
    let response = app.http.get(&url).bearer_auth(KEY).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let response = app.http.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
}
