//! Every outcome of the HTTP contract (docs/api.md), end to end.

use std::time::Duration;

use chrono::DateTime;
use serde_json::{json, Value};

use crate::support::{assert_no_containers, spawn_app, stdout};

#[tokio::test]
async fn hello_world_round_trip() {
    let app = spawn_app(&[]).await;
    let response = app.submit(json!({ "code": "print(\"hi\")" })).await;
    assert_eq!(response.status(), 202);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "queued");
    let id = body["id"].as_str().unwrap();
    assert_eq!(location, format!("/jobs/{id}"));

    let job = app.finished(id).await;
    assert_eq!(job["id"], id);
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["error"], Value::Null);
    let result = &job["result"];
    assert_eq!(result["outcome"], "success");
    assert_eq!(result["exit_code"], 0);
    assert_eq!(result["stdout"], "hi\n");
    assert_eq!(result["stderr"], "");
    assert_eq!(result["stdout_truncated"], false);
    assert_eq!(result["stderr_truncated"], false);
    assert!(result["duration_ms"].as_u64().is_some());
    for field in ["created_at", "started_at", "finished_at"] {
        DateTime::parse_from_rfc3339(job[field].as_str().unwrap()).expect(field);
    }
    let prefix = app.config.redis_prefix.clone();
    app.stop().await; // and with it the worker's warm pool
    assert_no_containers(&prefix).await;
}

#[tokio::test]
async fn stdin_reaches_the_program() {
    let app = spawn_app(&[]).await;
    let code = "try:\n    while True:\n        print(input()[::-1])\nexcept EOFError:\n    print('end')\n";
    let job = app.run(code, "abc\nxyz\n").await;
    assert_eq!(stdout(&job), "cba\nzyx\nend\n", "{job}");
}

#[tokio::test]
async fn a_non_zero_exit_is_a_runtime_error_with_its_code() {
    let app = spawn_app(&[]).await;
    let job = app.run("print('before')\nraise SystemExit(3)", "").await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["result"]["outcome"], "runtime_error");
    assert_eq!(job["result"]["exit_code"], 3);
    assert_eq!(stdout(&job), "before\n");

    let job = app.run("raise SystemExit('fatal: bad input')", "").await;
    assert_eq!(job["result"]["exit_code"], 1);
    assert_eq!(job["result"]["stderr"], "fatal: bad input\n");
}

#[tokio::test]
async fn tracebacks_show_the_users_file_and_lines_only() {
    let app = spawn_app(&[]).await;
    let job = app.run("def f(x):\n    return 10 / x\n\nf(0)\n", "").await;
    assert_eq!(job["result"]["outcome"], "runtime_error");
    assert_eq!(job["result"]["exit_code"], 1);
    let stderr = job["result"]["stderr"].as_str().unwrap();
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("File \"main.py\", line 4, in <module>\n    f(0)\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("File \"main.py\", line 2, in f\n    return 10 / x\n"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("launcher"),
        "the launcher's frames are hidden: {stderr}"
    );
}

/// EXECUTION_TIMEOUT is 3 s; a killed job must be finished within 3 s + 2 s.
async fn assert_times_out(code: &str) {
    let app = spawn_app(&[]).await;
    let job = app.run(code, "").await;
    assert_eq!(job["status"], "completed", "{job}");
    let result = &job["result"];
    assert_eq!(result["outcome"], "timeout", "{job}");
    assert_eq!(result["exit_code"], Value::Null);
    let duration = result["duration_ms"].as_u64().unwrap();
    assert!((3000..=5000).contains(&duration), "duration_ms {duration}");
    let started = DateTime::parse_from_rfc3339(job["started_at"].as_str().unwrap()).unwrap();
    let finished = DateTime::parse_from_rfc3339(job["finished_at"].as_str().unwrap()).unwrap();
    let took = (finished - started).to_std().unwrap();
    assert!(
        took <= Duration::from_secs(5),
        "finished {took:?} after it started"
    );
    let prefix = app.config.redis_prefix.clone();
    app.stop().await; // and with it the worker's warm pool
    assert_no_containers(&prefix).await;
}

#[tokio::test]
async fn a_busy_loop_is_killed_at_the_time_limit() {
    assert_times_out("print('spinning', flush=True)\nwhile True:\n    pass\n").await;
}

#[tokio::test]
async fn a_sleeper_is_killed_at_the_time_limit() {
    assert_times_out("import time\ntime.sleep(10)\n").await;
}

#[tokio::test]
async fn output_written_before_a_timeout_is_kept() {
    let app = spawn_app(&[]).await;
    let job = app
        .run("import time\nprint('started')\ntime.sleep(10)\n", "")
        .await;
    assert_eq!(job["result"]["outcome"], "timeout");
    assert_eq!(stdout(&job), "started\n");
}

#[tokio::test]
async fn a_memory_bomb_is_stopped_by_the_memory_limit() {
    let app = spawn_app(&[]).await;
    let code =
        "print('allocating', flush=True)\nchunks = []\nwhile True:\n    chunks.append('x' * (1 << 20))\n";
    let job = app.run(code, "").await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["result"]["outcome"], "memory_limit", "{job}");
    assert_eq!(job["result"]["exit_code"], 137);
    assert_eq!(stdout(&job), "allocating\n");
    let prefix = app.config.redis_prefix.clone();
    app.stop().await; // and with it the worker's warm pool
    assert_no_containers(&prefix).await;
}

#[tokio::test]
async fn a_python_memory_error_is_a_runtime_error() {
    let app = spawn_app(&[]).await;
    // One allocation far over the limit fails inside Python before the kernel is involved.
    let job = app.run("x = bytearray(1 << 40)", "").await;
    assert_eq!(job["result"]["outcome"], "runtime_error", "{job}");
    assert!(
        job["result"]["stderr"].as_str().unwrap().contains("MemoryError"),
        "{job}"
    );
}

#[tokio::test]
async fn a_flood_is_capped_at_max_output_size() {
    let app = spawn_app(&[]).await;
    let job = app
        .run("print('x' * 5_000_000)\nprint('done', flush=True)", "")
        .await;
    assert_eq!(job["result"]["outcome"], "success", "{job:.200}");
    assert_eq!(stdout(&job).len(), 102_400);
    assert!(stdout(&job).bytes().all(|b| b == b'x'));
    assert_eq!(job["result"]["stdout_truncated"], true);
    assert_eq!(job["result"]["stderr_truncated"], false);
}

#[tokio::test]
async fn terminal_control_sequences_are_stripped() {
    let app = spawn_app(&[]).await;
    let code = r#"print("\x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x1b]52;c;SGVsbG8=\x07bell\x07\r\x9b")"#;
    let job = app.run(code, "").await;
    assert_eq!(stdout(&job), "red link bell\n", "{job}");
}

#[tokio::test]
async fn stdout_and_stderr_are_kept_apart() {
    let app = spawn_app(&[]).await;
    let job = app.run("print('out')\nraise SystemExit('err')", "").await;
    assert_eq!(stdout(&job), "out\n");
    assert_eq!(job["result"]["stderr"], "err\n");
}
