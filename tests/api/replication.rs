//! REDIS_WAIT_REPLICAS: `202` only once replicas hold the job. Not confirmed in time, the answer
//! is `503 not_replicated` and the job is withdrawn: nothing of it is left to run or to count.

use std::time::Duration;

use serde_json::json;

use crate::support::{config, spawn_api};

/// The keys under `prefix` now.
async fn keys_of(redis_url: &str, prefix: &str) -> Vec<String> {
    let client = redis::Client::open(redis_url).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let mut keys: Vec<String> = redis::cmd("KEYS")
        .arg(format!("{prefix}:*"))
        .query_async(&mut conn)
        .await
        .unwrap();
    keys.sort();
    keys
}

#[tokio::test]
async fn a_job_no_replica_confirmed_in_time_is_withdrawn_and_answered_503() {
    // The tests' Redis has no replica, so WAIT 1 always times out.
    let mut app = spawn_api(config(&[
        ("RATE_LIMIT", "0"),
        ("REDIS_WAIT_REPLICAS", "1"),
        ("REDIS_WAIT_TIMEOUT", "0.2"),
    ]))
    .await;
    let response = app
        .http
        .post(app.url("/jobs"))
        .header("idempotency-key", "order-1")
        .json(&json!({ "code": "print(1)" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "1");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_replicated", "{body}");

    // Withdrawn: no job record, no idempotency key, nothing counted in the client's quota; the
    // stream entry alone is left, for the next worker to discard.
    let prefix = &app.config.redis_prefix.clone();
    let keys = keys_of(&app.config.redis_url, prefix).await;
    assert!(
        keys.iter().all(|k| !k.contains(":job:") && !k.contains(":idem")),
        "{keys:?}"
    );
    let client = redis::Client::open(app.config.redis_url.as_str()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    for key in keys.iter().filter(|k| k.contains(":storage-total:")) {
        let total: i64 = redis::cmd("GET").arg(key).query_async(&mut conn).await.unwrap();
        assert_eq!(total, 0, "{key} still counts the withdrawn job");
    }
    let stream = format!("{prefix}:jobs");
    let queued: u64 = redis::cmd("XLEN")
        .arg(&stream)
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(queued, 1, "the entry is left for a worker to discard");

    // A worker reads the entry, finds no job, and discards it: it never runs.
    app.start_worker().await;
    let mut left = queued;
    for _ in 0..100 {
        left = redis::cmd("XLEN")
            .arg(&stream)
            .query_async(&mut conn)
            .await
            .unwrap();
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "the withdrawn job's entry was discarded");
    let keys = keys_of(&app.config.redis_url, prefix).await;
    assert!(
        keys.iter().all(|k| !k.contains(":job:")),
        "no record appeared: the job never ran: {keys:?}"
    );
}
