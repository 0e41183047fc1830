//! Routing and the service endpoints.

use serde_json::Value;

use crate::support::{config, spawn_api};

#[tokio::test]
async fn unknown_routes_and_methods_answer_in_the_error_shape() {
    let app = spawn_api(config(&[])).await;
    let response = app.http.get(app.url("/nope")).send().await.unwrap();
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");

    let response = app.http.delete(app.url("/jobs")).send().await.unwrap();
    assert_eq!(response.status(), 405);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "method_not_allowed");
}

#[tokio::test]
async fn health_and_readiness() {
    let app = spawn_api(config(&[])).await;
    assert_eq!(
        app.http.get(app.url("/healthz")).send().await.unwrap().status(),
        200
    );
    assert_eq!(
        app.http.get(app.url("/readyz")).send().await.unwrap().status(),
        200
    );
}

#[tokio::test]
async fn workers_lists_live_workers_with_their_slots_and_no_job_ids() {
    let mut app = spawn_api(config(&[])).await;
    let list = |app: &crate::support::TestApp| {
        let url = app.url("/workers");
        let http = app.http.clone();
        async move { http.get(url).send().await.unwrap().json::<Value>().await.unwrap() }
    };
    assert_eq!(list(&app).await, serde_json::json!({ "workers": [] }));
    app.start_worker().await;
    let mut seen = Value::Null;
    for _ in 0..50 {
        seen = list(&app).await;
        if seen["workers"].as_array().is_some_and(|w| w.len() == 1) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let worker = &seen["workers"][0];
    assert_eq!(worker["slots"], 2, "{seen}");
    assert_eq!(worker["running"], 0, "{seen}");
    assert!(worker["id"].as_str().is_some_and(|id| !id.is_empty()));
    chrono::DateTime::parse_from_rfc3339(worker["last_heartbeat"].as_str().unwrap()).unwrap();
    let fields: Vec<&String> = worker.as_object().unwrap().keys().collect();
    assert_eq!(
        fields,
        ["id", "last_heartbeat", "running", "runtimes", "slots"],
        "nothing else, no job ids"
    );
    assert_eq!(worker["runtimes"], serde_json::json!(["python"]), "{seen}");
    // A worker that stops says goodbye.
    app.stop().await;
}
