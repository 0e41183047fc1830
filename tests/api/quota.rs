//! STORAGE_QUOTA against the real Redis: what one client keeps stored is bounded, counted
//! with its results, freed when its jobs expire, and other clients are not affected.

use std::time::Duration;

use redis::AsyncCommands;
use serde_json::{json, Value};

use crate::support::{config, spawn_api, spawn_app, TestApp};

/// Python of exactly `bytes` bytes that prints 1.
fn code_of(bytes: usize) -> String {
    let code = format!("print(1)\n#{}", "x".repeat(bytes - 10));
    assert_eq!(code.len(), bytes);
    code
}

async fn submit_from(app: &TestApp, source: &str, body: &Value) -> reqwest::Response {
    reqwest::Client::builder()
        .local_address(source.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap()
        .post(app.url("/jobs"))
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn stored(app: &TestApp, client: &str) -> i64 {
    let keys = sandbox::keys::Keys::new(&app.config.redis_prefix);
    let mut redis = redis::Client::open(app.config.redis_url.as_str())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let total: Option<i64> = redis.get(keys.storage_total(client)).await.unwrap();
    total.unwrap_or(0)
}

#[tokio::test]
async fn a_client_over_its_quota_is_refused_with_429_and_others_are_not() {
    let app = spawn_api(config(&[("STORAGE_QUOTA", "3000"), ("RATE_LIMIT", "0")])).await;
    let job = json!({ "code": code_of(1000), "stdin": "ab" });
    for _ in 0..2 {
        assert_eq!(submit_from(&app, "127.0.0.1", &job).await.status(), 202);
    }
    assert_eq!(stored(&app, "127.0.0.1").await, 2004);
    let response = submit_from(&app, "127.0.0.1", &job).await;
    assert_eq!(response.status(), 429);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    // The oldest unfinished job is counted for JOB_DEADLINE + RESULT_TTL + 1 h.
    assert!(retry > 86_400 && retry <= 300 + 86_400 + 3600, "{retry}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "storage_quota_exceeded", "{body}");
    // A refused one is not counted; a smaller one still fits.
    assert_eq!(stored(&app, "127.0.0.1").await, 2004);
    let small = json!({ "code": code_of(900) });
    assert_eq!(submit_from(&app, "127.0.0.1", &small).await.status(), 202);
    // Another client has a quota of its own.
    assert_eq!(submit_from(&app, "127.0.0.2", &job).await.status(), 202);
    assert_eq!(stored(&app, "127.0.0.2").await, 1002);
}

#[tokio::test]
async fn results_count_towards_the_quota_until_their_job_expires() {
    let app = spawn_app(&[
        ("STORAGE_QUOTA", "5000"),
        ("RATE_LIMIT", "0"),
        ("RESULT_TTL", "2"),
    ])
    .await;
    let code = "print('x' * 3000)";
    let id = app.submit_ok(json!({ "code": code })).await;
    let job = app.finished(&id).await;
    assert_eq!(job["result"]["stdout"].as_str().unwrap().len(), 3001, "{job}");
    // The result's bytes are counted besides the code's.
    let used = stored(&app, "127.0.0.1").await;
    assert!(used > 3000 + code.len() as i64, "{used}");
    let big = json!({ "code": code_of(2000) });
    let response = app.submit(big.clone()).await;
    assert_eq!(response.status(), 429, "the result counts");
    assert!(response.headers().contains_key("retry-after"));
    // Once the job has expired (RESULT_TTL), its bytes are freed.
    let mut gone = false;
    for _ in 0..100 {
        let status = app
            .http
            .get(app.url(&format!("/jobs/{id}")))
            .send()
            .await
            .unwrap()
            .status();
        if status == 404 {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(gone, "the job expired");
    let mut accepted = false;
    for _ in 0..20 {
        if app.submit(big.clone()).await.status() == 202 {
            accepted = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(accepted, "an expired job's bytes are no longer counted");
}
