//! `sandbox status` against the real api.

use serde_json::{json, Value};

use crate::harness::{finish, sandbox};
use crate::support::{config, spawn_api, spawn_app};

#[tokio::test]
async fn status_of_a_finished_job_prints_its_output_and_exits_as_run_would() {
    let app = spawn_app(&[]).await;
    let job = app.run("print('out')\nraise SystemExit(3)", "").await;
    let id = job["id"].as_str().unwrap();

    // As `run` prints it: the program's output, exactly, and its exit code.
    let out = sandbox(&app.url(""), &["status", id], None).await;
    assert_eq!(out.code, 3, "{out:?}");
    assert_eq!(out.stdout, "out\n");
    assert_eq!(out.stderr, "");

    let out = sandbox(&app.url(""), &["status", id, "--json"], None).await;
    assert_eq!(out.code, 3, "{out:?}");
    let printed: Value = serde_json::from_str(&out.stdout).expect("--json prints JSON");
    assert_eq!(printed, job, "the job as the api answers it");
    finish(app).await;
}

#[tokio::test]
async fn status_of_a_queued_job_exits_119() {
    let app = spawn_api(config(&[])).await;
    let id = app.submit_ok(json!({ "code": "print(1)" })).await;
    let out = sandbox(&app.url(""), &["status", &id], None).await;
    assert_eq!(out.code, 119, "{out:?}");
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        format!("sandbox: job {id} is queued; `sandbox status {id} --wait 30` waits for it to finish\n")
    );
}

#[tokio::test]
async fn status_of_an_unknown_id_is_a_client_error() {
    let app = spawn_api(config(&[])).await;
    let unknown = uuid::Uuid::new_v4().to_string();
    let out = sandbox(&app.url(""), &["status", &unknown], None).await;
    assert_eq!(out.code, 122, "{out:?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.starts_with("sandbox: HTTP 404 not_found: "), "{out:?}");
}

#[tokio::test]
async fn status_of_an_invalid_id_is_a_client_error_and_never_leaves_the_jobs_path() {
    let app = spawn_api(config(&[])).await;
    let out = sandbox(&app.url(""), &["status", "NOT-A-UUID"], None).await;
    assert_eq!(out.code, 122, "{out:?}");
    assert!(
        out.stderr.starts_with("sandbox: HTTP 400 invalid_id: "),
        "{out:?}"
    );
    // Refused before any request: `..` would otherwise ask for another path (/healthz).
    let out = sandbox(&app.url(""), &["status", "../healthz"], None).await;
    assert_eq!(out.code, 122, "{out:?}");
    assert!(out.stderr.contains("is not a job id"), "{out:?}");
}
