//! The per-client sliding window, shared by every api process through Redis.

use serde_json::{json, Value};

use crate::support::{config, spawn_api};

#[tokio::test]
async fn the_limit_holds_across_two_api_processes() {
    let config = config(&[("RATE_LIMIT", "3")]);
    let (a, b) = (spawn_api(config.clone()).await, spawn_api(config).await);
    assert_eq!(a.submit(json!({ "code": "print(1)" })).await.status(), 202);
    assert_eq!(b.submit(json!({ "code": "print(2)" })).await.status(), 202);
    // Rejected submissions count too (every POST that reaches the limiter).
    assert_eq!(a.submit(json!({ "code": "import os" })).await.status(), 422);

    let response = b.submit(json!({ "code": "print(3)" })).await;
    assert_eq!(response.status(), 429);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "Retry-After {retry}");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    assert_eq!(
        a.queue().depth().await.unwrap(),
        2,
        "the limited submission was not enqueued"
    );

    // Polling does not count.
    let id = uuid::Uuid::new_v4();
    for _ in 0..5 {
        let response = a.http.get(a.url(&format!("/jobs/{id}"))).send().await.unwrap();
        assert_eq!(response.status(), 404);
    }
}

#[tokio::test]
async fn rate_limit_zero_turns_limiting_off() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    for i in 0..25 {
        let response = app.submit(json!({ "code": format!("print({i})") })).await;
        assert_eq!(response.status(), 202);
    }
}

#[tokio::test]
async fn a_forged_forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy() {
    let submit = |app: &crate::support::TestApp, client: &str| {
        app.http
            .post(app.url("/jobs"))
            .header("x-forwarded-for", client)
            .json(&json!({ "code": "print(1)" }))
            .send()
    };
    // No trusted proxy: every forged address is still this one peer, and the limit holds.
    let direct = spawn_api(config(&[("RATE_LIMIT", "2")])).await;
    let statuses = [
        submit(&direct, "1.1.1.1").await.unwrap().status(),
        submit(&direct, "2.2.2.2").await.unwrap().status(),
        submit(&direct, "3.3.3.3").await.unwrap().status(),
    ];
    assert_eq!(statuses.map(|s| s.as_u16()), [202, 202, 429]);

    // Behind a trusted proxy (here, the loopback peer), each forwarded client has its window.
    let proxied = spawn_api(config(&[("RATE_LIMIT", "1"), ("TRUSTED_PROXIES", "127.0.0.1")])).await;
    assert_eq!(submit(&proxied, "1.1.1.1").await.unwrap().status(), 202);
    assert_eq!(submit(&proxied, "2.2.2.2").await.unwrap().status(), 202);
    assert_eq!(submit(&proxied, "1.1.1.1").await.unwrap().status(), 429);
}
