//! `Idempotency-Key`: a retried `POST /jobs` with the same key, from the same client, within
//! RESULT_TTL gets the first answer and enqueues nothing.

use serde_json::{json, Value};

use crate::support::{config, spawn_api, TestApp};

async fn submit(app: &TestApp, key: &str, client: Option<&str>) -> (u16, Option<String>, Value) {
    let mut request = app
        .http
        .post(app.url("/jobs"))
        .header("idempotency-key", key)
        .json(&json!({ "code": "print(1)" }));
    if let Some(client) = client {
        request = request.header("x-forwarded-for", client);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    (status, location, response.json().await.unwrap())
}

#[tokio::test]
async fn a_retry_with_the_same_key_gets_the_first_answer_and_no_second_job() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    let first = submit(&app, "order-42", None).await;
    assert_eq!(first.0, 202, "{:?}", first.2);
    let retry = submit(&app, "order-42", None).await;
    assert_eq!(retry, first, "the same status, Location and body");
    assert_eq!(app.queue().depth().await.unwrap(), 1);

    let other = submit(&app, "order-43", None).await;
    assert_eq!(other.0, 202);
    assert_ne!(other.2["id"], first.2["id"]);
    assert_eq!(app.queue().depth().await.unwrap(), 2);
}

#[tokio::test]
async fn concurrent_retries_enqueue_one_job() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    let answers = futures_util::future::join_all((0..16).map(|_| submit(&app, "same-key", None))).await;
    let ids: std::collections::HashSet<String> = answers
        .iter()
        .map(|(status, _, body)| {
            assert_eq!(*status, 202, "{body}");
            body["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(app.queue().depth().await.unwrap(), 1);
}

#[tokio::test]
async fn the_same_key_from_another_client_is_another_job() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0"), ("TRUSTED_PROXIES", "127.0.0.1")])).await;
    let a = submit(&app, "k", Some("192.0.2.1")).await;
    let b = submit(&app, "k", Some("192.0.2.2")).await;
    assert_eq!((a.0, b.0), (202, 202));
    assert_ne!(a.2["id"], b.2["id"]);
    assert_eq!(submit(&app, "k", Some("192.0.2.1")).await.2["id"], a.2["id"]);
}

#[tokio::test]
async fn a_malformed_key_is_an_invalid_request() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    let longest = "k".repeat(128);
    assert_eq!(submit(&app, &longest, None).await.0, 202);
    for bad in ["k".repeat(129), String::new(), "tab\there".into()] {
        let (status, _, body) = submit(&app, &bad, None).await;
        assert_eq!(status, 400, "{bad:?}");
        assert_eq!(body["error"]["code"], "invalid_request", "{bad:?}");
    }
    let response = app
        .http
        .post(app.url("/jobs"))
        .header(
            "idempotency-key",
            reqwest::header::HeaderValue::from_bytes(b"caf\xc3\xa9").unwrap(),
        )
        .json(&json!({ "code": "print(1)" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400, "not ASCII");
    assert_eq!(app.queue().depth().await.unwrap(), 1);
}
