//! Webhooks end to end: a receiver of the test's own on a free loopback port, the real api,
//! Redis, worker and engine. Delivery signed (the test checks the signature with its own HMAC),
//! retried after failures, given up after WEBHOOK_MAX_ATTEMPTS, never following a redirect,
//! refused at delivery for a private target the worker may not reach, and not lost when the
//! worker stops mid-delivery.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use hmac::{KeyInit, Mac};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use crate::support::{spawn_api, spawn_app, TestApp};

const SECRET: &str = "whsec_test_0123456789";
/// How long a test waits for something that should happen in well under a second.
const BOUND: Duration = Duration::from_secs(60);

/// What the receiver answers a request with.
#[derive(Debug, Clone)]
enum Answer {
    Status(u16),
    Redirect(String),
    /// Never answers (the request stays open until the sender gives up).
    Hang,
}

/// A request the receiver got.
#[derive(Debug)]
struct Hit {
    path: String,
    headers: HeaderMap,
    body: Bytes,
}

struct Script {
    answers: Mutex<VecDeque<Answer>>,
    /// Once the script runs out.
    then: Answer,
    hits: mpsc::UnboundedSender<Hit>,
}

/// A webhook receiver on 127.0.0.1 at a free port, answering as scripted.
struct Receiver {
    url: String,
    hits: mpsc::UnboundedReceiver<Hit>,
    _server: tokio::task::JoinHandle<()>,
}

impl Receiver {
    async fn start(answers: impl IntoIterator<Item = Answer>, then: Answer) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (sender, hits) = mpsc::unbounded_channel();
        let script = Arc::new(Script {
            answers: Mutex::new(answers.into_iter().collect()),
            then,
            hits: sender,
        });
        let app = axum::Router::new().fallback(receive).with_state(script);
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Receiver {
            url: format!("http://{addr}/hook?judge=1"),
            hits,
            _server: server,
        }
    }

    async fn next(&mut self) -> Hit {
        tokio::time::timeout(BOUND, self.hits.recv())
            .await
            .expect("a delivery within the bound")
            .expect("the receiver runs")
    }

    /// Requests received so far and not yet taken.
    fn received(&mut self) -> Vec<Hit> {
        std::iter::from_fn(|| self.hits.try_recv().ok()).collect()
    }
}

async fn receive(State(script): State<Arc<Script>>, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    let answer = script
        .answers
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or_else(|| script.then.clone());
    let _ = script.hits.send(Hit {
        path: uri.path().to_string(),
        headers,
        body,
    });
    match answer {
        Answer::Status(code) => StatusCode::from_u16(code).unwrap().into_response(),
        Answer::Redirect(to) => (StatusCode::FOUND, [("location", to)]).into_response(),
        Answer::Hang => std::future::pending().await,
    }
}

/// The receiver's own check, as docs/api.md tells a receiver to make it: HMAC-SHA256 of
/// `<timestamp>.<body>` with the shared secret, hex, after `sha256=`; a timestamp within five
/// minutes. Returns the body as JSON.
fn verified(hit: &Hit) -> Value {
    let header = |name: &str| {
        hit.headers
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .to_str()
            .unwrap()
            .to_string()
    };
    let timestamp = header("x-sandbox-timestamp");
    let seconds: i64 = timestamp.parse().unwrap();
    assert!(
        (chrono::Utc::now().timestamp() - seconds).abs() < 300,
        "timestamp {timestamp}"
    );
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(&hit.body);
    let signature = header("x-sandbox-signature");
    let hex = signature.strip_prefix("sha256=").expect("sha256= prefix");
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    mac.verify_slice(&bytes).expect("the signature verifies");
    assert_eq!(header("content-type"), "application/json");
    serde_json::from_slice(&hit.body).unwrap()
}

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
        body: Bytes::from(
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
