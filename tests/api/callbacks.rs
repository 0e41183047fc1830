//! `callback_url` at submit: every bad value is a 400 `invalid_request` naming the field, the
//! private and special-purpose targets are refused (by literal and by name), and a server
//! without WEBHOOK_SECRET refuses callbacks rather than sending them unsigned.

use serde_json::{json, Value};

use crate::support::{config, spawn_api};

const SECRET: &str = "whsec_0123456789abcdef";

async fn refusal(response: reqwest::Response) -> String {
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["code"], "invalid_request", "{body}");
    let message = body["error"]["message"].as_str().unwrap().to_string();
    assert!(message.contains("`callback_url`"), "{message}");
    message
}

#[tokio::test]
async fn a_bad_callback_url_is_an_invalid_request_naming_the_field() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0"), ("WEBHOOK_SECRET", SECRET)])).await;
    let long = format!("https://example.com/{}", "a".repeat(2100));
    for (value, says) in [
        (json!(5), "must be a string"),
        (json!(true), "must be a string"),
        (json!({ "url": "https://example.com" }), "must be a string"),
        (json!("not a url"), "not an absolute URL"),
        (json!("/relative/path"), "not an absolute URL"),
        (json!("ftp://example.com/x"), "http or https"),
        (json!("javascript:alert(1)"), "http or https"),
        (json!("http://user:pw@example.com/"), "credentials"),
        (json!(long), "longer than 2048"),
    ] {
        let response = app
            .submit(json!({ "code": "print(1)", "callback_url": value }))
            .await;
        let message = refusal(response).await;
        assert!(message.contains(says), "{value}: {message}");
    }
    assert_eq!(app.queue().depth().await.unwrap(), 0);
    // null is the same as absent.
    let id = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": null }))
        .await;
    assert_eq!(app.poll(&id, 0).await["callback"], Value::Null);
}

#[tokio::test]
async fn private_and_special_targets_are_refused_at_submit() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0"), ("WEBHOOK_SECRET", SECRET)])).await;
    for (url, range) in [
        ("http://127.0.0.1:8080/hook", "loopback"),
        ("http://2130706433/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "IPv4-mapped"),
        ("http://10.0.0.5/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://100.64.0.1/", "CGNAT"),
        ("http://[fd00::1]/", "unique-local"),
        ("http://0.0.0.0:6379/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        // By name: localhost resolves to loopback.
        ("http://localhost:8080/hook", "loopback"),
    ] {
        let response = app
            .submit(json!({ "code": "print(1)", "callback_url": url }))
            .await;
        let message = refusal(response).await;
        assert!(message.contains(range), "{url}: {message}");
    }
    assert_eq!(app.queue().depth().await.unwrap(), 0);
    // A public address is accepted, and the job document shows the callback pending.
    let id = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": "https://93.184.216.34/hook" }))
        .await;
    let job = app.poll(&id, 0).await;
    assert_eq!(
        job["callback"],
        json!({ "url": "https://93.184.216.34/hook", "state": "pending", "attempts": 0,
                "last_status": null, "last_error": null }),
        "{job}"
    );
}

#[tokio::test]
async fn allowing_private_targets_opens_loopback_but_never_the_special_ranges() {
    let app = spawn_api(config(&[
        ("RATE_LIMIT", "0"),
        ("WEBHOOK_SECRET", SECRET),
        ("WEBHOOK_ALLOW_PRIVATE", "true"),
    ]))
    .await;
    app.submit_ok(json!({ "code": "print(1)", "callback_url": "http://127.0.0.1:9/hook" }))
        .await;
    app.submit_ok(json!({ "code": "print(1)", "callback_url": "http://localhost:9/hook" }))
        .await;
    for url in [
        "http://0.0.0.0:9/",
        "http://[::ffff:127.0.0.1]/",
        "http://255.255.255.255/",
    ] {
        let response = app
            .submit(json!({ "code": "print(1)", "callback_url": url }))
            .await;
        refusal(response).await;
    }
}

#[tokio::test]
async fn without_a_webhook_secret_callbacks_are_refused_not_sent_unsigned() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    let response = app
        .submit(json!({ "code": "print(1)", "callback_url": "https://example.com/hook" }))
        .await;
    let message = refusal(response).await;
    assert!(message.contains("WEBHOOK_SECRET"), "{message}");
    // A job without one is accepted as ever.
    app.submit_ok(json!({ "code": "print(1)" })).await;
}
