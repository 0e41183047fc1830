//! `GET /metrics`: this api's counters, and the queue-wide gauges read from Redis.

use serde_json::json;

use crate::support::{config, sample, spawn_api, TestApp};

async fn scrape(app: &TestApp) -> String {
    let response = app.http.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"].to_str().unwrap().to_string();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    response.text().await.unwrap()
}

#[tokio::test]
async fn metrics_count_a_submission_and_a_rejection_by_rule() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    let before = scrape(&app).await;
    assert_eq!(app.submit(json!({ "code": "print(1)" })).await.status(), 202);
    assert_eq!(app.submit(json!({ "code": "import os" })).await.status(), 422);
    assert_eq!(app.submit(json!({ "code": "print(" })).await.status(), 422);
    let after = scrape(&app).await;

    // Other tests of this binary share the process's counters and run in parallel: these only
    // grow, so each must have grown by at least this test's share.
    let grew = |series: &str| sample(&after, series) - sample(&before, series);
    assert!(grew("sandbox_jobs_submitted_total") >= 1.0, "{after}");
    let forbidden = r#"sandbox_jobs_rejected_total{code="forbidden_code",rule="forbidden-import"}"#;
    assert!(grew(forbidden) >= 1.0, "{after}");
    assert!(
        grew(r#"sandbox_jobs_rejected_total{code="syntax_error"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        after.contains("# TYPE sandbox_jobs_rejected_total counter"),
        "{after}"
    );

    // The queue-wide gauges are this deployment's alone (its own Redis prefix): exact.
    assert_eq!(sample(&after, "sandbox_queue_depth"), 1.0, "{after}");
    assert_eq!(sample(&after, "sandbox_workers_live"), 0.0, "{after}");
    assert!(after.contains("# TYPE sandbox_queue_depth gauge"), "{after}");
}
