//! What the CLI sends and how it reads answers the real api does not give (yet), against a
//! scripted server that records each request.

use crate::harness::{json_response, sandbox, scripted};

const ACCEPTED: &str = r#"{"id":"3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10","status":"queued"}"#;
const DONE: &str = r#"{"id":"3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10","status":"completed",
  "created_at":"2026-01-01T00:00:00Z","started_at":"2026-01-01T00:00:00Z","finished_at":"2026-01-01T00:00:01Z",
  "result":{"outcome":"success","exit_code":0,"stdout":"ok\n","stderr":"","stdout_truncated":false,
  "stderr_truncated":false,"duration_ms":5},"error":null}"#;

fn header<'a>(request: &'a str, name: &str) -> Option<&'a str> {
    request.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

#[tokio::test]
async fn retries_carry_the_same_idempotency_key_and_the_api_key() {
    let (url, server) = scripted(vec![
        json_response(
            "503 Service Unavailable",
            "Retry-After: 1\r\n",
            r#"{"error":{"code":"unavailable","message":"the job queue cannot be reached"}}"#,
        ),
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", DONE),
    ])
    .await;
    let out = sandbox(&url, &["run", "-", "--api-key", "s3cret"], Some("print('ok')\n")).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "ok\n");
    let requests = server.await.unwrap();
    let (first, second, poll) = (&requests[0], &requests[1], &requests[2]);
    assert!(first.starts_with("POST /jobs HTTP/1.1\r\n"), "{first}");
    let key = header(first, "idempotency-key").expect("an Idempotency-Key");
    assert!(uuid::Uuid::parse_str(key).is_ok(), "a random key: {key}");
    assert_eq!(
        header(second, "idempotency-key"),
        Some(key),
        "the same key on the retry"
    );
    for request in &requests {
        assert_eq!(
            header(request, "authorization"),
            Some("Bearer s3cret"),
            "{request}"
        );
    }
    assert!(header(first, "content-type")
        .unwrap()
        .starts_with("application/json"));
    assert!(
        poll.starts_with("GET /jobs/3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10?wait=30 HTTP/1.1\r\n"),
        "a long poll: {poll}"
    );
}

#[tokio::test]
async fn each_invocation_has_its_own_idempotency_key() {
    let mut keys = Vec::new();
    for _ in 0..2 {
        let (url, server) = scripted(vec![
            json_response("202 Accepted", "", ACCEPTED),
            json_response("200 OK", "", DONE),
        ])
        .await;
        assert_eq!(sandbox(&url, &["run", "-"], Some("print('ok')\n")).await.code, 0);
        let requests = server.await.unwrap();
        assert_eq!(header(&requests[0], "authorization"), None, "no key, no header");
        keys.push(header(&requests[0], "idempotency-key").unwrap().to_string());
    }
    assert_ne!(keys[0], keys[1]);
}

#[tokio::test]
async fn unauthorized_is_a_client_error_with_a_hint() {
    let (url, _server) = scripted(vec![json_response(
        "401 Unauthorized",
        "",
        r#"{"error":{"code":"unauthorized","message":"a valid API key is required"}}"#,
    )])
    .await;
    let out = sandbox(&url, &["run", "-"], Some("print(1)\n")).await;
    assert_eq!(out.code, 122, "{out:?}");
    assert_eq!(
        out.stderr,
        "sandbox: HTTP 401 unauthorized: a valid API key is required\n\
         sandbox: the service wants an API key: --api-key or SANDBOX_API_KEY\n"
    );
}

#[tokio::test]
async fn an_answer_that_is_not_the_apis_json_is_a_service_error() {
    let html = "<html><body>hello</body></html>";
    let (url, _server) = scripted(vec![format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    )])
    .await;
    let out = sandbox(&url, &["status", "3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10"], None).await;
    assert_eq!(out.code, 123, "{out:?}");
    assert!(
        out.stderr
            .contains("answered HTTP 200 with a body of type text/html that is not the API's JSON"),
        "{out:?}"
    );
}

#[tokio::test]
async fn a_failed_job_is_a_service_error() {
    let failed = r#"{"id":"3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10","status":"failed","created_at":"2026-01-01T00:00:00Z",
      "started_at":null,"finished_at":"2026-01-01T00:05:00Z","result":null,
      "error":{"code":"engine_unavailable","message":"the container engine did not answer"}}"#;
    let (url, _server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", failed),
    ])
    .await;
    let out = sandbox(&url, &["run", "-"], Some("print(1)\n")).await;
    assert_eq!(out.code, 123, "{out:?}");
    assert_eq!(
        out.stderr,
        "sandbox: job 3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10 failed: the service could not run it \
         (engine_unavailable): the container engine did not answer\n"
    );
}

#[tokio::test]
async fn a_poll_the_service_did_not_hold_is_followed_by_a_pause_not_a_spin() {
    const QUEUED: &str = r#"{"id":"3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10","status":"queued",
      "created_at":"2026-01-01T00:00:00Z","started_at":null,"finished_at":null,"result":null,"error":null}"#;
    let (url, server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "Wait-Limited: true\r\n", QUEUED),
        json_response("200 OK", "", DONE),
    ])
    .await;
    let started = std::time::Instant::now();
    let out = sandbox(&url, &["run", "-"], Some("print('ok')\n")).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "ok\n");
    // The pause is a sleep of one second, so this lower bound holds on any machine.
    assert!(
        started.elapsed() >= std::time::Duration::from_secs(1),
        "polled again at once"
    );
    assert_eq!(server.await.unwrap().len(), 3);
}

#[tokio::test]
async fn time_and_memory_limits_travel_as_the_jobs_limits() {
    let body_of = |request: &str| -> serde_json::Value {
        serde_json::from_str(request.split_once("\r\n\r\n").unwrap().1).unwrap()
    };
    let (url, server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", DONE),
    ])
    .await;
    let args = ["run", "-", "--time-ms", "500", "--memory-mb", "64"];
    assert_eq!(sandbox(&url, &args, Some("print('ok')\n")).await.code, 0);
    let body = body_of(&server.await.unwrap()[0]);
    assert_eq!(
        body["limits"],
        serde_json::json!({ "time_ms": 500, "memory_mb": 64 }),
        "{body}"
    );

    let (url, server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", DONE),
    ])
    .await;
    assert_eq!(
        sandbox(&url, &["run", "-", "--time-ms", "700"], Some("print('ok')\n"))
            .await
            .code,
        0
    );
    let body = body_of(&server.await.unwrap()[0]);
    assert_eq!(body["limits"], serde_json::json!({ "time_ms": 700 }), "{body}");

    let (url, server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", DONE),
    ])
    .await;
    assert_eq!(sandbox(&url, &["run", "-"], Some("print('ok')\n")).await.code, 0);
    let body = body_of(&server.await.unwrap()[0]);
    assert!(body.get("limits").is_none(), "no flags, no limits: {body}");
}
