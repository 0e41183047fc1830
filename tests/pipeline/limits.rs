//! Per-request `limits` under the server's own, end to end; and a worker's containers, pooled
//! ones included, within MAX_CONCURRENT.

use std::time::Duration;

use serde_json::{json, Value};

use crate::support::{running_containers_of, spawn_app, stdout};

#[tokio::test]
async fn a_shorter_time_limit_stops_a_busy_loop_at_about_half_a_second() {
    for pool in ["2", "0"] {
        let app = spawn_app(&[("WARM_POOL_SIZE", pool)]).await;
        let id = app
            .submit_ok(json!({ "code": "while True:\n    pass\n", "limits": { "time_ms": 500 } }))
            .await;
        let job = app.finished(&id).await;
        let result = &job["result"];
        assert_eq!(result["outcome"], "timeout", "pool {pool}: {job}");
        let duration = result["duration_ms"].as_u64().unwrap();
        // The server's own limit is 3 s (EXECUTION_TIMEOUT).
        assert!(
            (500..2000).contains(&duration),
            "pool {pool}: duration_ms {duration}"
        );
        assert_eq!(
            job["limits"],
            json!({ "time_ms": 500, "memory_mb": 100, "output_bytes": 102400 }),
            "{job}"
        );
    }
}

#[tokio::test]
async fn a_smaller_memory_limit_holds_in_pooled_and_cold_containers() {
    let code = "b = bytearray(50 * 1024 * 1024)\nfor i in range(0, len(b), 4096):\n    b[i] = 1\nprint('allocated')\n";
    for pool in ["2", "0"] {
        let app = spawn_app(&[("WARM_POOL_SIZE", pool)]).await;
        let id = app
            .submit_ok(json!({ "code": code, "limits": { "memory_mb": 30 } }))
            .await;
        let job = app.finished(&id).await;
        assert_eq!(job["result"]["outcome"], "memory_limit", "pool {pool}: {job}");
        assert_eq!(job["limits"]["memory_mb"], 30, "{job}");
        // The same program within the server's own limit runs.
        let job = app.run(code, "").await;
        assert_eq!(job["result"]["outcome"], "success", "pool {pool}: {job}");
        assert_eq!(job["limits"]["memory_mb"], 100, "{job}");
    }
}

#[tokio::test]
async fn a_smaller_output_limit_truncates() {
    let app = spawn_app(&[]).await;
    let id = app
        .submit_ok(json!({ "code": "print('x' * 100)", "limits": { "output_bytes": 10 } }))
        .await;
    let job = app.finished(&id).await;
    assert_eq!(job["result"]["outcome"], "success", "{job}");
    assert_eq!(stdout(&job), "xxxxxxxxxx");
    assert_eq!(job["result"]["stdout_truncated"], true);
    assert_eq!(job["limits"]["output_bytes"], 10);
}

/// MAX_CONCURRENT=2 with a pool of 4 asked for: jobs and pooled containers together never
/// pass 2 on the engine, sampled while jobs run.
#[tokio::test]
async fn a_worker_never_has_more_containers_than_max_concurrent() {
    let app = spawn_app(&[("MAX_CONCURRENT", "2"), ("WARM_POOL_SIZE", "4")]).await;
    let prefix = app.config.redis_prefix.clone();
    let mut ids = Vec::new();
    for _ in 0..5 {
        ids.push(
            app.submit_ok(json!({ "code": "import time\ntime.sleep(0.7)\nprint('done')" }))
                .await,
        );
    }
    let sampling = async {
        let (mut most, mut samples) = (0, 0);
        loop {
            let running = running_containers_of(&prefix).await.len();
            most = most.max(running);
            samples += 1;
            tokio::time::sleep(Duration::from_millis(50)).await;
            if samples >= 20 && samples % 10 == 0 {
                let queue_done = all_completed(&app, &ids).await;
                if queue_done {
                    return (most, samples);
                }
            }
        }
    };
    let (most, samples) = tokio::time::timeout(Duration::from_secs(60), sampling)
        .await
        .expect("the jobs finish");
    assert!(most <= 2, "{most} containers at once (of {samples} samples)");
    assert!(most >= 1, "the sampling saw the jobs' containers");
    for id in &ids {
        let job = app.finished(id).await;
        assert_eq!(stdout(&job), "done\n", "{job}");
    }
}

async fn all_completed(app: &crate::support::TestApp, ids: &[String]) -> bool {
    for id in ids {
        let job: Value = app.poll(id, 0).await;
        if job["status"] != "completed" {
            return false;
        }
    }
    true
}
