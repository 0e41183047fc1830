//! Webhooks end to end: a receiver of the test's own on a free loopback port, the real api,
//! Redis, worker and engine. Delivery signed (the test checks the signature with its own HMAC),
//! retried after failures, given up after WEBHOOK_MAX_ATTEMPTS, never following a redirect,
//! refused at delivery for a private target the worker may not reach, and not lost when the
//! worker stops mid-delivery.

use std::time::Duration;

use serde_json::{json, Value};

use crate::support::receiver::{verified, Answer, Hit, Receiver, BOUND, SECRET};
use crate::support::{spawn_api, spawn_app, TestApp};

fn settings(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut all = vec![
        ("WEBHOOK_SECRET", SECRET),
        ("WEBHOOK_ALLOW_PRIVATE", "true"),
        ("WEBHOOK_RETRY_BASE", "0.1"),
        ("RATE_LIMIT", "0"),
    ];
    all.extend_from_slice(extra);
    all
}

/// Polls the job until its callback is no longer pending.
async fn settled(app: &TestApp, id: &str) -> Value {
    let deadline = tokio::time::Instant::now() + BOUND;
    loop {
        let job = app.poll(id, 0).await;
        if job["callback"]["state"] != "pending" {
            return job;
        }
        assert!(tokio::time::Instant::now() < deadline, "still pending: {job}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_finished_job_is_posted_signed_to_its_callback_url() {
    let mut receiver = Receiver::start([], Answer::Status(200)).await;
    let app = spawn_app(&settings(&[])).await;
    let id = app
        .submit_ok(json!({ "code": "print(input())", "stdin": "hello", "callback_url": receiver.url }))
        .await;
    let hit = receiver.next().await;
    assert_eq!(hit.path, "/hook");
    let body = verified(&hit);
    assert_eq!(body["id"], id.as_str());
    assert_eq!(body["status"], "completed", "{body}");
    assert_eq!(body["result"]["stdout"], "hello\n");
    assert_eq!(hit.headers["x-sandbox-job"], id.as_str());
    assert_eq!(hit.headers["x-sandbox-attempt"], "1");
    // A body altered in transit fails the receiver's check.
    let forged = Hit {
        path: hit.path.clone(),
        headers: hit.headers.clone(),
        body: axum::body::Bytes::from(
            String::from_utf8(hit.body.to_vec())
                .unwrap()
                .replace("hello", "HELLO"),
        ),
    };
    assert!(std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| verified(&forged))).is_err());

    let job = settled(&app, &id).await;
    assert_eq!(
        job["callback"],
        json!({ "url": receiver.url, "state": "delivered", "attempts": 1, "last_status": 200,
                "last_error": null }),
        "{job}"
    );
}

#[tokio::test]
async fn failed_attempts_are_retried_until_one_succeeds() {
    let mut receiver = Receiver::start([Answer::Status(500), Answer::Status(500)], Answer::Status(204)).await;
    let app = spawn_app(&settings(&[])).await;
    let id = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": receiver.url }))
        .await;
    for attempt in 1..=3 {
        let hit = receiver.next().await;
        assert_eq!(hit.headers["x-sandbox-attempt"], attempt.to_string().as_str());
        assert_eq!(verified(&hit)["id"], id.as_str());
    }
    let job = settled(&app, &id).await;
    let callback = &job["callback"];
    assert_eq!(callback["state"], "delivered", "{job}");
    assert_eq!(callback["attempts"], 3);
    assert_eq!(callback["last_status"], 204);
    assert_eq!(callback["last_error"], Value::Null);
    assert!(receiver.received().is_empty());
}

#[tokio::test]
async fn after_webhook_max_attempts_failures_the_callback_is_failed() {
    let mut receiver = Receiver::start([], Answer::Status(503)).await;
    let app = spawn_app(&settings(&[("WEBHOOK_MAX_ATTEMPTS", "3")])).await;
    let id = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": receiver.url }))
        .await;
    let job = settled(&app, &id).await;
    let callback = &job["callback"];
    assert_eq!(callback["state"], "failed", "{job}");
    assert_eq!(callback["attempts"], 3);
    assert_eq!(callback["last_status"], 503);
    assert!(callback["last_error"].as_str().unwrap().contains("503"), "{job}");
    assert_eq!(receiver.received().len(), 3);
    // Given up: the webhooks set holds nothing more for it.
    let mut redis = redis::Client::open(app.config.redis_url.as_str())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let due: Vec<String> = redis::cmd("ZRANGE")
        .arg(app.queue().keys().webhooks())
        .arg(0)
        .arg(-1)
        .query_async(&mut redis)
        .await
        .unwrap();
    assert!(due.is_empty(), "{due:?}");
}

#[tokio::test]
async fn a_redirect_is_never_followed() {
    let mut receiver = Receiver::start([], Answer::Status(200)).await;
    let elsewhere = receiver.url.replace("/hook?judge=1", "/elsewhere");
    let mut redirecting = Receiver::start([], Answer::Redirect(elsewhere)).await;
    let app = spawn_app(&settings(&[("WEBHOOK_MAX_ATTEMPTS", "2")])).await;
    let id = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": redirecting.url }))
        .await;
    let job = settled(&app, &id).await;
    let callback = &job["callback"];
    assert_eq!(callback["state"], "failed", "{job}");
    assert_eq!(callback["last_status"], 302);
    assert!(
        callback["last_error"]
            .as_str()
            .unwrap()
            .contains("redirects are not followed"),
        "{job}"
    );
    assert_eq!(redirecting.received().len(), 2);
    assert!(
        receiver.received().is_empty(),
        "the redirect's target was requested"
    );
}

#[tokio::test]
async fn a_worker_that_may_not_reach_private_addresses_refuses_at_delivery() {
    let mut receiver = Receiver::start([], Answer::Status(200)).await;
    // The api was told private targets are fine; the worker was not.
    let mut app = spawn_api(crate::support::config(&settings(&[(
        "WEBHOOK_MAX_ATTEMPTS",
        "2",
    )])))
    .await;
    app.config.webhook.allow_private = false;
    app.start_worker().await;
    let by_address = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": receiver.url }))
        .await;
    let by_name = app
        .submit_ok(json!({ "code": "print(2)",
            "callback_url": receiver.url.replace("127.0.0.1", "localhost") }))
        .await;
    for id in [by_address, by_name] {
        let job = settled(&app, &id).await;
        let callback = &job["callback"];
        assert_eq!(callback["state"], "failed", "{job}");
        assert_eq!(callback["last_status"], Value::Null);
        assert!(
            callback["last_error"].as_str().unwrap().contains("loopback"),
            "{job}"
        );
    }
    assert!(receiver.received().is_empty(), "a private target was reached");
}

#[tokio::test]
async fn a_delivery_under_way_when_its_worker_stops_is_made_by_the_next_worker() {
    // The first attempt is held open: its worker stops while it is under way.
    let mut receiver = Receiver::start([Answer::Hang], Answer::Status(200)).await;
    let first = spawn_app(&settings(&[("WEBHOOK_TIMEOUT", "3")])).await;
    let id = first
        .submit_ok(json!({ "code": "print(1)", "callback_url": receiver.url }))
        .await;
    let hit = receiver.next().await;
    assert_eq!(hit.headers["x-sandbox-attempt"], "1");
    first.stop().await;
    let job = first.queue().job(id.parse().unwrap()).await.unwrap().unwrap();
    let callback = job.callback.expect("a callback");
    assert_eq!(callback.state, sandbox::job::CallbackState::Pending);
    assert_eq!(callback.attempts, 1);

    // A worker started afterwards (a restart, or another worker) makes it once the lease ends.
    let mut second = spawn_api(first.config.clone()).await;
    second.start_worker().await;
    let hit = receiver.next().await;
    assert_eq!(hit.headers["x-sandbox-attempt"], "2");
    assert_eq!(verified(&hit)["id"], id.as_str());
    let job = settled(&second, &id).await;
    assert_eq!(job["callback"]["state"], "delivered", "{job}");
    assert_eq!(job["callback"]["attempts"], 2);
}

/// The Redis side alone, as workers use it: the finish step makes a webhook due; any worker's
/// claim takes it (the one that finished it may be dead); a claim holds it for its lease only;
/// a dead claimer's late settle changes nothing; the last allowed attempt lost with its worker
/// is given up.
#[tokio::test]
async fn a_due_webhook_outlives_the_worker_that_finished_or_claimed_it() {
    use sandbox::job::{CallbackState, FailureCode, JobFailure, Terminal};
    use sandbox::queue::Settle;

    let lease = Duration::from_millis(300);
    // No worker: the test plays them.
    let app = spawn_api(crate::support::config(&settings(&[]))).await;
    let id = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": "http://127.0.0.1:9/hook" }))
        .await;
    let (finisher, first, second) = (app.queue(), app.queue(), app.queue());
    assert_eq!(
        first.claim_webhook(lease, 2).await.unwrap(),
        None,
        "not terminal, not due"
    );
    let failure = Terminal::Failed(JobFailure {
        code: FailureCode::Internal,
        message: "test".into(),
    });
    let job_id = id.parse().unwrap();
    assert!(finisher
        .finish(
            job_id,
            None,
            &failure,
            chrono::Utc::now(),
            Duration::from_secs(600)
        )
        .await
        .unwrap());
    drop(finisher);

    let claim = first.claim_webhook(lease, 2).await.unwrap().expect("due");
    assert_eq!((claim.id, claim.attempt), (job_id, 1));
    assert_eq!(
        second.claim_webhook(lease, 2).await.unwrap(),
        None,
        "held by the lease"
    );
    // The first claimer dies; once its lease ends the next attempt is anyone's.
    let deadline = tokio::time::Instant::now() + BOUND;
    let again = loop {
        if let Some(claim) = second.claim_webhook(lease, 2).await.unwrap() {
            break claim;
        }
        assert!(tokio::time::Instant::now() < deadline, "never claimed again");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!((again.id, again.attempt), (job_id, 2));
    assert!(
        !first
            .settle_webhook(&claim, &Settle::Delivered, Some(200), None)
            .await
            .unwrap(),
        "a dead claimer's late word is ignored"
    );
    // The second attempt's worker dies too: with WEBHOOK_MAX_ATTEMPTS=2 the next claim gives
    // the callback up instead of making a third.
    let deadline = tokio::time::Instant::now() + BOUND;
    loop {
        assert_eq!(first.claim_webhook(lease, 2).await.unwrap(), None);
        let callback = first.job(job_id).await.unwrap().unwrap().callback.unwrap();
        if callback.state == CallbackState::Failed {
            assert_eq!(callback.attempts, 2);
            assert_eq!(
                callback.last_error.as_deref(),
                Some(sandbox::queue::webhooks::LOST)
            );
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "never given up: {callback:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
