//! `GET /jobs/{id}?wait=`: many waiters on one job share one watcher (and its Redis reads),
//! and held polls are capped per client and in all.

use std::time::Duration;

use chrono::Utc;
use sandbox::job::{JobId, JobResult, JobSpec, Outcome, Status, Terminal};
use sandbox_api::finished::Finished;
use serde_json::{json, Value};

use crate::support::{config, spawn_api, spawn_app};

/// A reqwest client whose connections come from `source`: another client for the api.
fn client_from(source: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(source.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap()
}

#[tokio::test]
async fn many_waiters_on_one_job_share_one_watcher_and_all_get_the_result() {
    let config = config(&[]);
    let queue = sandbox::queue::Queue::new(&config.redis_url, &config.redis_prefix).unwrap();
    let (finished, listening) = Finished::listen(queue.clone());
    let job = JobSpec {
        id: JobId::new(),
        code: "print(1)".into(),
        stdin: String::new(),
        created_at: Utc::now(),
        limits: Default::default(),
        shown_limits: None,
        callback_url: None,
        tests: None,
        runtime: sandbox::runtimes::DEFAULT,
        files: Vec::new(),
    };
    queue.enqueue(&job, 100).await.unwrap();
    let current = queue.job(job.id).await.unwrap().unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    let waiters: Vec<_> = (0..200)
        .map(|_| {
            let finished = finished.clone();
            let current = current.clone();
            tokio::spawn(async move { finished.wait(current, deadline).await })
        })
        .collect();
    // Every waiter has joined once the one watcher exists and they are all parked on it.
    for _ in 0..100 {
        if finished.watched() == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        finished.watched(),
        1,
        "one watcher for the job, whatever the number of waiters"
    );

    let result = JobResult {
        outcome: Outcome::Success,
        exit_code: Some(0),
        stdout: "1\n".into(),
        stderr: String::new(),
        stdout_truncated: false,
        stderr_truncated: false,
        duration_ms: 5,
        cpu_ms: None,
        peak_memory_bytes: None,
        files: Vec::new(),
        files_truncated: false,
        tests: None,
        summary: None,
    };
    let written = queue
        .finish(
            job.id,
            None,
            &Terminal::Completed(result),
            Utc::now(),
            Duration::from_secs(60),
        )
        .await
        .unwrap();
    assert!(written);
    for waiter in waiters {
        let view = tokio::time::timeout(Duration::from_secs(30), waiter)
            .await
            .expect("woken before the deadline")
            .unwrap();
        assert_eq!(view.status, Status::Completed);
        assert_eq!(view.result.unwrap().stdout, "1\n");
    }
    // The watcher leaves with the job.
    for _ in 0..100 {
        if finished.watched() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(finished.watched(), 0);
    listening.abort();
}

#[tokio::test]
async fn many_polls_of_one_running_job_all_get_its_result() {
    let app = spawn_app(&[("MAX_WAITS_PER_CLIENT", "100")]).await;
    let id = app
        .submit_ok(json!({ "code": "import time\ntime.sleep(1)\nprint('done')" }))
        .await;
    let polls: Vec<_> = (0..50)
        .map(|_| {
            let http = app.http.clone();
            let url = app.url(&format!("/jobs/{id}?wait=30"));
            tokio::spawn(async move {
                let response = http.get(url).send().await.unwrap();
                assert_eq!(response.status(), 200);
                assert!(response.headers().get("wait-limited").is_none());
                response.json::<Value>().await.unwrap()
            })
        })
        .collect();
    for poll in polls {
        let job = poll.await.unwrap();
        assert_eq!(job["status"], "completed", "{job}");
        assert_eq!(job["result"]["stdout"], "done\n", "{job}");
    }
}

#[tokio::test]
async fn held_polls_are_capped_per_client_and_in_all() {
    // No worker: the job stays queued, so every wait is held to its end.
    let app = spawn_api(config(&[("MAX_WAITS_PER_CLIENT", "2"), ("MAX_WAITS", "3")])).await;
    let id = app.submit_ok(json!({ "code": "print(1)" })).await;
    let url = app.url(&format!("/jobs/{id}?wait=30"));
    let poll = |http: reqwest::Client, url: String| async move {
        let response = http.get(url).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let limited = response.headers().get("wait-limited").is_some();
        let job: Value = response.json().await.unwrap();
        assert_eq!(job["status"], "queued", "{job}");
        limited
    };
    let first = client_from("127.0.0.1");
    let held: Vec<_> = (0..2)
        .map(|_| tokio::spawn(poll(first.clone(), url.clone())))
        .collect();
    // Both held before the next ones are sent (a pause, not a timing assertion).
    tokio::time::sleep(Duration::from_secs(1)).await;
    // A third of the same client is answered at once, with the current state.
    let third = tokio::time::timeout(Duration::from_secs(20), poll(first.clone(), url.clone()))
        .await
        .expect("a poll over the cap is not held");
    assert!(third, "over the per-client cap: Wait-Limited");
    let metrics = app
        .http
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        crate::support::sample(&metrics, r#"sandbox_api_limited_total{cap="waits_per_client"}"#) >= 1.0,
        "{metrics}"
    );
    // Another client's wait is held (one second of it, the cap is not its).
    let other = client_from("127.0.0.2");
    let short = app.url(&format!("/jobs/{id}?wait=1"));
    assert!(!poll(other.clone(), short).await, "another client's wait is held");
    // With one more held by another client, the api's cap (3) is reached for everybody.
    let third_held = tokio::spawn(poll(other.clone(), url.clone()));
    tokio::time::sleep(Duration::from_secs(1)).await;
    let over_total = tokio::time::timeout(
        Duration::from_secs(20),
        poll(client_from("127.0.0.3"), url.clone()),
    )
    .await
    .expect("a poll over the total cap is not held");
    assert!(over_total, "over MAX_WAITS: Wait-Limited");
    third_held.abort();
    for h in held {
        h.abort();
    }
}
