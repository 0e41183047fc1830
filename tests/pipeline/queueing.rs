//! The queue between api and workers: nothing accepted is lost, workers respect their slots.

use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use serde_json::json;

use crate::support::{config, spawn_api, spawn_app, stdout};

#[tokio::test]
async fn a_job_submitted_while_no_worker_runs_is_run_when_one_starts() {
    let mut app = spawn_api(config(&[])).await;
    let id = app.submit_ok(json!({ "code": "print(6 * 7)" })).await;
    let job = app.poll(&id, 1).await;
    assert_eq!(job["status"], "queued", "{job}");
    assert_eq!(job["started_at"], serde_json::Value::Null);
    assert_eq!(job["result"], serde_json::Value::Null);

    app.start_worker().await;
    let job = app.finished(&id).await;
    assert_eq!(stdout(&job), "42\n", "{job}");
}

#[tokio::test]
async fn a_worker_runs_at_most_max_concurrent_jobs_at_once() {
    let app = spawn_app(&[("MAX_CONCURRENT", "2"), ("RATE_LIMIT", "0")]).await;
    let mut ids = Vec::new();
    for _ in 0..5 {
        ids.push(
            app.submit_ok(json!({ "code": "import time\ntime.sleep(1)" }))
                .await,
        );
    }
    let mut spans: Vec<(DateTime<FixedOffset>, DateTime<FixedOffset>)> = Vec::new();
    for id in &ids {
        let job = app.finished(id).await;
        assert_eq!(job["result"]["outcome"], "success", "{job}");
        let time = |f: &str| DateTime::parse_from_rfc3339(job[f].as_str().unwrap()).unwrap();
        spans.push((time("started_at"), time("finished_at")));
    }
    // At the start of each job, count the jobs running then (itself included).
    let most = spans
        .iter()
        .map(|(start, _)| spans.iter().filter(|(s, f)| s <= start && start < f).count())
        .max()
        .unwrap();
    assert!(most <= 2, "{most} jobs ran at once: {spans:?}");
    assert!(most == 2, "the two slots were used in parallel: {spans:?}");
}

#[tokio::test]
async fn finished_jobs_expire_after_result_ttl() {
    let app = spawn_app(&[("RESULT_TTL", "1")]).await;
    let id = app.submit_ok(json!({ "code": "print(1)" })).await;
    app.finished(&id).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let response = app
        .http
        .get(app.url(&format!("/jobs/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn a_worker_stopped_mid_job_finishes_and_stores_it_first() {
    let mut app = spawn_api(config(&[])).await;
    app.start_worker().await;
    let id = app
        .submit_ok(json!({ "code": "import time\nprint('a', flush=True)\ntime.sleep(1.5)\nprint('b')" }))
        .await;
    // Wait for it to start, then stop everything: the running job must still be stored.
    for _ in 0..100 {
        if app.poll(&id, 0).await["status"] == "running" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let queue = app.queue();
    app.stop().await;
    let job = queue.job(id.parse().unwrap()).await.unwrap().unwrap();
    let result = job.result.expect("stored before the worker stopped");
    assert_eq!(result.stdout, "a\nb\n");
    assert_eq!(queue.depth().await.unwrap(), 0, "the entry was acknowledged");
}

#[tokio::test]
async fn consumers_of_gone_workers_are_pruned_from_the_group() {
    let app = spawn_api(config(&[])).await;
    let queue = app.queue();
    queue.ensure_group().await.unwrap();
    for name in ["gone", "alive", "me"] {
        // A consumer joins the group with its first delivery; acknowledged, it holds nothing.
        app.submit_ok(json!({ "code": "print(1)" })).await;
        let mut consumer = queue
            .consumer(&name.into(), Duration::from_millis(100))
            .await
            .unwrap();
        let delivery = consumer.next().await.unwrap().expect("the job just submitted");
        queue.discard(&delivery.entry_id).await.unwrap();
    }
    queue
        .heartbeat(&"alive".into(), 2, 0, Duration::from_secs(30), &["python"])
        .await
        .unwrap();
    assert_eq!(
        queue.prune_consumers(&"me".into()).await.unwrap(),
        1,
        "only the gone worker's consumer"
    );
    assert_eq!(queue.prune_consumers(&"me".into()).await.unwrap(), 0);
}

#[tokio::test]
async fn a_job_whose_workers_keep_dying_fails_after_max_attempts() {
    let mut app = spawn_api(config(&[("MAX_ATTEMPTS", "1")])).await;
    let id = app.submit_ok(json!({ "code": "print('never')" })).await;
    // A worker that received the job and died before storing anything (no heartbeat, no ack).
    let queue = app.queue();
    queue.ensure_group().await.unwrap();
    let mut ghost = queue
        .consumer(&"ghost".into(), Duration::from_millis(100))
        .await
        .unwrap();
    let first = ghost.next().await.unwrap().expect("the job");
    assert_eq!(first.attempts, 1);

    app.start_worker().await;
    let job = app.finished(&id).await;
    assert_eq!(job["status"], "failed", "{job}");
    assert_eq!(job["error"]["code"], "too_many_attempts", "{job}");
    assert_eq!(job["result"], serde_json::Value::Null);
    assert_eq!(queue.depth().await.unwrap(), 0, "acknowledged, not looping");
}

#[tokio::test]
async fn a_dead_workers_job_is_taken_over_and_run() {
    let mut app = spawn_api(config(&[])).await;
    let id = app.submit_ok(json!({ "code": "print('second try')" })).await;
    let queue = app.queue();
    queue.ensure_group().await.unwrap();
    let mut ghost = queue
        .consumer(&"ghost".into(), Duration::from_millis(100))
        .await
        .unwrap();
    ghost.next().await.unwrap().expect("the job");

    app.start_worker().await;
    let job = app.finished(&id).await;
    assert_eq!(stdout(&job), "second try\n", "{job}");
}

#[tokio::test]
async fn storing_a_result_publishes_the_jobs_id_once() {
    use futures_util::StreamExt;
    use sandbox::job::{JobFailure, Terminal};

    let app = spawn_api(config(&[])).await;
    let queue = app.queue();
    let mut finished = Box::pin(queue.finished_jobs().await.unwrap());
    let id = app.submit_ok(json!({ "code": "print(1)" })).await;
    let job_id: sandbox::job::JobId = id.parse().unwrap();
    let failure = Terminal::Failed(JobFailure {
        code: sandbox::job::FailureCode::Internal,
        message: "stored by the test".into(),
    });
    let now = chrono::Utc::now();
    assert!(queue
        .finish(job_id, None, &failure, now, Duration::from_secs(60))
        .await
        .unwrap());
    // A second store changes nothing, and says nothing.
    assert!(!queue
        .finish(job_id, None, &failure, now, Duration::from_secs(60))
        .await
        .unwrap());
    let first = tokio::time::timeout(Duration::from_secs(5), finished.next()).await;
    assert_eq!(first.unwrap(), Some(job_id));
    let second = tokio::time::timeout(Duration::from_millis(500), finished.next()).await;
    assert!(second.is_err(), "published twice: {second:?}");
    // And a poll waiting on it has its answer.
    assert_eq!(app.poll(&id, 5).await["status"], "failed");
}
