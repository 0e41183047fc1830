//! `limits` of `POST /jobs`: each a whole number from 1 to the server's own limit, or 400
//! `invalid_request` naming the field and the cap; the job document echoes what applies.

use serde_json::{json, Value};

use crate::support::{config, spawn_api};

#[tokio::test]
async fn each_bad_limit_is_refused_naming_the_field_and_its_cap() {
    let app = spawn_api(config(&[("RATE_LIMIT", "0")])).await;
    let cases = [
        (json!({ "time_ms": 0 }), "limits.time_ms", "3000"),
        (json!({ "time_ms": -5 }), "limits.time_ms", "3000"),
        (json!({ "time_ms": 3001 }), "limits.time_ms", "EXECUTION_TIMEOUT"),
        (json!({ "time_ms": 1.5 }), "limits.time_ms", "3000"),
        (json!({ "time_ms": "500" }), "limits.time_ms", "3000"),
        (json!({ "memory_mb": 101 }), "limits.memory_mb", "MEMORY_LIMIT"),
        (json!({ "memory_mb": 0 }), "limits.memory_mb", "100"),
        (
            json!({ "output_bytes": 102_401 }),
            "limits.output_bytes",
            "MAX_OUTPUT_SIZE",
        ),
        (json!({ "cpus": 2 }), "limits.cpus", "time_ms"),
        (json!(5), "`limits`", "object"),
    ];
    for (limits, field, cap) in cases {
        let response = app.submit(json!({ "code": "print(1)", "limits": limits })).await;
        assert_eq!(response.status(), 400, "{limits}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "invalid_request", "{body}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(
            message.contains(field) && message.contains(cap),
            "{limits}: {message}"
        );
    }
    assert_eq!(
        app.queue().depth().await.unwrap(),
        0,
        "nothing refused was enqueued"
    );
}

#[tokio::test]
async fn the_job_document_shows_the_limits_that_apply() {
    let app = spawn_api(config(&[])).await;
    let asked = app
        .submit_ok(json!({ "code": "print(1)", "limits": { "time_ms": 3000, "memory_mb": 1 } }))
        .await;
    let job = app.poll(&asked, 0).await;
    assert_eq!(
        job["limits"],
        json!({ "time_ms": 3000, "memory_mb": 1, "output_bytes": 102400 }),
        "{job}"
    );
    for limits in [json!(null), json!({})] {
        let id = app
            .submit_ok(json!({ "code": "print(1)", "limits": limits }))
            .await;
        let job = app.poll(&id, 0).await;
        assert_eq!(
            job["limits"],
            json!({ "time_ms": 3000, "memory_mb": 100, "output_bytes": 102400 }),
            "the server's own: {job}"
        );
    }
}
