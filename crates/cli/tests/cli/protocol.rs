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

#[tokio::test]
async fn runtime_and_files_travel_in_the_submission() {
    let body_of = |request: &str| -> serde_json::Value {
        serde_json::from_str(request.split_once("\r\n\r\n").unwrap().1).unwrap()
    };
    let files = crate::harness::Files::new();
    let csv = files.write("data.csv", "a,b\n1,2\n");
    let raw = files.write("raw.bin", [0xffu8, 0x00, 0x89]);
    let (url, server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", DONE),
    ])
    .await;
    let remote = format!("{raw}=in/raw.bin");
    let args = [
        "run",
        "-",
        "--runtime",
        "python-data",
        "--file",
        &csv,
        "--file",
        &remote,
    ];
    assert_eq!(sandbox(&url, &args, Some("print('ok')\n")).await.code, 0);
    let body = body_of(&server.await.unwrap()[0]);
    assert_eq!(body["runtime"], "python-data", "{body}");
    assert_eq!(
        body["files"],
        serde_json::json!([
            {"path": "data.csv", "content": "a,b\n1,2\n", "encoding": "utf-8"},
            {"path": "in/raw.bin", "content": "/wCJ", "encoding": "base64"},
        ]),
        "{body}"
    );

    // Neither flag: neither field, so a service from before them takes the job as it did.
    let (url, server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", DONE),
    ])
    .await;
    assert_eq!(sandbox(&url, &["run", "-"], Some("print('ok')\n")).await.code, 0);
    let body = body_of(&server.await.unwrap()[0]);
    assert!(
        body.get("runtime").is_none() && body.get("files").is_none(),
        "{body}"
    );
}

#[tokio::test]
async fn a_missing_or_too_large_input_file_is_a_usage_error_before_anything_is_sent() {
    let files = crate::harness::Files::new();
    let big = files.write("big.bin", vec![b'x'; 1024 * 1024 + 1]);
    for (arg, says) in [
        ("/nonexistent/data.csv", "cannot read /nonexistent/data.csv"),
        (big.as_str(), "is too large"),
    ] {
        // Nothing listens: an attempt to send would be a service error (123), not 120.
        let url = format!("http://127.0.0.1:{}", crate::harness::closed_port().await);
        let out = sandbox(&url, &["run", "-", "--file", arg], Some("print(1)\n")).await;
        assert_eq!(out.code, 120, "{out:?}");
        assert!(
            out.stderr.starts_with("sandbox: --file ") && out.stderr.contains(says),
            "{out:?}"
        );
    }
}

/// A completed job whose result carries `files` (base64 of "PNG!" and "a,b\n"), one of them
/// with a path that would leave the directory.
fn done_with_files(files_truncated: bool) -> String {
    format!(
        r#"{{"id":"3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10","status":"completed",
      "created_at":"2026-01-01T00:00:00Z","started_at":"2026-01-01T00:00:00Z","finished_at":"2026-01-01T00:00:01Z",
      "result":{{"outcome":"success","exit_code":0,"stdout":"ok\n","stderr":"","stdout_truncated":false,
      "stderr_truncated":false,"duration_ms":5,
      "files":[{{"path":"../escaped.txt","size":4,"media_type":"text/plain","content_base64":"UE5HIQ=="}},
               {{"path":"chart.png","size":4,"media_type":"image/png","content_base64":"UE5HIQ=="}},
               {{"path":"tables/sum.csv","size":4,"media_type":"text/csv","content_base64":"YSxiCg=="}}],
      "files_truncated":{files_truncated}}},"error":null}}"#
    )
}

#[tokio::test]
async fn out_writes_the_results_files_and_refuses_a_path_that_leaves_it() {
    let files = crate::harness::Files::new();
    let dir = std::path::PathBuf::from(files.write("placeholder", ""))
        .parent()
        .unwrap()
        .to_path_buf();
    let out_dir = dir.join("results");
    let (url, _server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", &done_with_files(true)),
    ])
    .await;
    let out = sandbox(
        &url,
        &["run", "-", "--out", out_dir.to_str().unwrap()],
        Some("print('ok')\n"),
    )
    .await;
    assert_eq!(out.stdout, "ok\n");
    // The program succeeded, but a file was refused: the service's fault.
    assert_eq!(out.code, 123, "{out:?}");
    assert_eq!(std::fs::read(out_dir.join("chart.png")).unwrap(), b"PNG!");
    assert_eq!(std::fs::read(out_dir.join("tables/sum.csv")).unwrap(), b"a,b\n");
    assert!(!dir.join("escaped.txt").exists());
    let results = out_dir.display();
    assert_eq!(
        out.stderr,
        format!(
            "sandbox: not written: the service sent the path \"../escaped.txt\", which it has a `..` component\n\
             sandbox: wrote {results}/chart.png (4 bytes, image/png)\n\
             sandbox: wrote {results}/tables/sum.csv (4 bytes, text/csv)\n\
             sandbox: the program wrote more to out/ than the service returns: only the 3 files above came back\n"
        )
    );
}

#[tokio::test]
async fn without_out_the_results_files_are_listed() {
    let (url, _server) = scripted(vec![
        json_response("202 Accepted", "", ACCEPTED),
        json_response("200 OK", "", &done_with_files(false)),
    ])
    .await;
    let out = sandbox(&url, &["run", "-"], Some("print('ok')\n")).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        out.stderr,
        "sandbox: the program left out/../escaped.txt (4 bytes, text/plain); --out DIR writes it\n\
         sandbox: the program left out/chart.png (4 bytes, image/png); --out DIR writes it\n\
         sandbox: the program left out/tables/sum.csv (4 bytes, text/csv); --out DIR writes it\n"
    );
}
