//! A worker SIGKILLed while its webhook attempt is under way (the job finished, the delivery
//! not made): the next worker makes it, signed, once the dead one's lease ends.

use std::time::Duration;

use serde_json::json;

use crate::harness::{eventually, WorkerProcess};
use crate::support::receiver::{verified, Answer, Receiver, SECRET};
use crate::support::{config, spawn_api};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_worker_killed_mid_delivery_loses_no_webhook() {
    let config = config(&[
        ("WEBHOOK_SECRET", SECRET),
        ("WEBHOOK_ALLOW_PRIVATE", "true"),
        ("WEBHOOK_TIMEOUT", "3"),
        ("WEBHOOK_RETRY_BASE", "0.1"),
    ]);
    let app = spawn_api(config.clone()).await;
    // The first attempt is never answered: its worker is killed while it waits.
    let mut receiver = Receiver::start([Answer::Hang], Answer::Status(200)).await;
    let first = WorkerProcess::start(&config, "hook-w1");
    let id = app
        .submit_ok(json!({ "code": "print(1)", "callback_url": receiver.url }))
        .await;
    let hit = receiver.next().await;
    assert_eq!(hit.headers["x-sandbox-attempt"], "1");
    first.kill();
    let job = app.poll(&id, 0).await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["callback"]["state"], "pending", "{job}");

    let _second = WorkerProcess::start(&config, "hook-w2");
    let hit = receiver.next().await;
    assert_eq!(hit.headers["x-sandbox-attempt"], "2");
    assert_eq!(verified(&hit)["id"], id.as_str());
    assert!(
        eventually(Duration::from_secs(30), async || {
            app.poll(&id, 0).await["callback"]["state"] == "delivered"
        })
        .await,
        "{}",
        app.poll(&id, 0).await
    );
    println!("webhook: worker killed mid-delivery, delivered by the next one (2 attempts)");
}
