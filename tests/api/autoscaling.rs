//! What an autoscaler reads from Redis (KEDA's redis-streams scaler, deploy/kubernetes/): the
//! job stream's consumer group, which must exist before any worker does, and its lag, which
//! must stay known: `XINFO GROUPS` may answer nil once entries are deleted from the middle of
//! the stream (tombstones), and the scaler then has no number to scale on. Finished entries are
//! therefore trimmed from the front, never past the oldest entry still waiting or running.

use std::collections::HashMap;
use std::time::Duration;

use sandbox::keys;
use serde_json::json;

use crate::support::{config, spawn_api, TestApp};

/// The stream's consumer groups as `XINFO GROUPS` lists them: name, pending and lag (`None`
/// when Redis cannot tell it).
async fn groups(app: &TestApp) -> Vec<(String, i64, Option<i64>)> {
    let client = redis::Client::open(app.config.redis_url.as_str()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let stream = app.queue().keys().stream();
    let reply: redis::RedisResult<Vec<HashMap<String, redis::Value>>> = redis::cmd("XINFO")
        .arg("GROUPS")
        .arg(&stream)
        .query_async(&mut conn)
        .await;
    let Ok(groups) = reply else {
        return Vec::new(); // no stream yet
    };
    groups
        .into_iter()
        .map(|g| {
            let name: String = redis::from_redis_value(g["name"].clone()).unwrap();
            let pending: i64 = redis::from_redis_value(g["pending"].clone()).unwrap();
            let lag = match &g["lag"] {
                redis::Value::Nil => None,
                v => Some(redis::from_redis_value(v.clone()).unwrap()),
            };
            (name, pending, lag)
        })
        .collect()
}

#[tokio::test]
async fn the_api_makes_the_consumer_group_at_start_before_any_worker() {
    let app = spawn_api(config(&[])).await;
    let mut seen = Vec::new();
    for _ in 0..200 {
        seen = groups(&app).await;
        if !seen.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        seen,
        vec![(keys::GROUP.to_string(), 0, Some(0))],
        "no worker has run"
    );

    // Jobs accepted before any worker are the group's lag, and making the group again (a second
    // api, a worker) keeps them: it is not made anew from the stream's end.
    for i in 0..3 {
        app.submit_ok(json!({ "code": format!("print({i})") })).await;
    }
    assert_eq!(groups(&app).await, vec![(keys::GROUP.to_string(), 0, Some(3))]);
    app.queue().ensure_group().await.unwrap();
    let second = spawn_api(app.config.clone()).await;
    second.submit_ok(json!({ "code": "print(3)" })).await;
    assert_eq!(groups(&app).await, vec![(keys::GROUP.to_string(), 0, Some(4))]);
}

#[tokio::test]
async fn the_lag_stays_known_and_no_waiting_or_running_entry_is_trimmed() {
    let app = spawn_api(config(&[])).await;
    for i in 0..4 {
        app.submit_ok(json!({ "code": format!("print({i})") })).await;
    }
    let queue = app.queue();
    queue.ensure_group().await.unwrap();
    let client = redis::Client::open(app.config.redis_url.as_str()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let stream = queue.keys().stream();
    let mut len = async move || -> i64 {
        redis::cmd("XLEN")
            .arg(&stream)
            .query_async(&mut conn)
            .await
            .unwrap()
    };
    let mut slow = queue
        .consumer(&"slow".into(), Duration::from_millis(100))
        .await
        .unwrap();
    let mut quick = queue
        .consumer(&"quick".into(), Duration::from_millis(100))
        .await
        .unwrap();

    // The oldest entry runs long; the next one finishes first (acknowledged, and the stream
    // trimmed, as a finished job's entry is: `discard` does the same).
    let long = slow.next().await.unwrap().expect("job 0");
    let short = quick.next().await.unwrap().expect("job 1");
    queue.discard(&short.entry_id).await.unwrap();
    assert_eq!(
        groups(&app).await,
        vec![(keys::GROUP.to_string(), 1, Some(2))],
        "one running (pending), two waiting (lag), and the lag known"
    );
    assert_eq!(len().await, 4, "nothing trimmed past the running entry");
    assert_eq!(queue.depth().await.unwrap(), 3, "waiting or running");

    // The running entry finishes: the finished ones before the first waiting one go.
    queue.discard(&long.entry_id).await.unwrap();
    assert_eq!(groups(&app).await, vec![(keys::GROUP.to_string(), 0, Some(2))]);
    assert_eq!(len().await, 2, "the two waiting entries are kept");

    for expected in [1, 0] {
        let delivery = quick.next().await.unwrap().expect("a waiting job");
        assert_eq!(
            len().await,
            expected + 1,
            "a delivered entry is kept until it finishes"
        );
        queue.discard(&delivery.entry_id).await.unwrap();
        assert_eq!(
            groups(&app).await,
            vec![(keys::GROUP.to_string(), 0, Some(expected))]
        );
        assert_eq!(len().await, expected);
    }
    assert_eq!(queue.depth().await.unwrap(), 0);
}
