//! `sandbox run` through the real api, queue, worker and container.

use serde_json::json;

use crate::harness::{closed_port, finish, sandbox, Files};
use crate::support::{config, gvisor, spawn_api, spawn_app};

#[tokio::test]
async fn a_successful_program_prints_its_stdout_exactly_and_exits_0() {
    let app = spawn_app(&[]).await;
    let files = Files::new();
    let prog = files.write("hello.py", "print('first')\nprint('  second  ', end='')\n");
    let out = sandbox(&app.url(""), &["run", &prog], None).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "first\n  second  ", "no newline added");
    assert_eq!(
        out.stderr, "",
        "no progress or notes when stderr is not a terminal"
    );
    finish(app).await;
}

#[tokio::test]
async fn a_programs_exit_code_and_stderr_pass_through() {
    let app = spawn_app(&[]).await;
    let files = Files::new();
    // `sys` is forbidden by the default policy; SystemExit is what sys.exit raises.
    let prog = files.write(
        "fail.py",
        "print('partial', end='')\nerr = open(2, 'w')\nerr.write('something went wrong\\n')\nerr.flush()\nraise SystemExit(3)\n",
    );
    let out = sandbox(&app.url(""), &["run", &prog], None).await;
    assert_eq!(out.code, 3, "{out:?}");
    assert_eq!(out.stdout, "partial");
    assert_eq!(out.stderr, "something went wrong\n");
    finish(app).await;
}

#[tokio::test]
async fn a_traceback_reaches_stderr_and_the_exit_code_is_1() {
    let app = spawn_app(&[]).await;
    let out = sandbox(&app.url(""), &["run", "-"], Some("print('before')\n1 / 0\n")).await;
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stdout, "before\n");
    assert!(out.stderr.contains("ZeroDivisionError"), "{out:?}");
    assert!(
        !out.stderr.contains("sandbox:"),
        "nothing of ours on a plain error: {out:?}"
    );
    finish(app).await;
}

#[tokio::test]
async fn a_program_killed_by_a_signal_exits_128_plus_its_number() {
    // faulthandler is not on the allow-list; with the policy off (the exit code is what is
    // tested here), its test helper raises SIGSEGV (11) in the process.
    let app = spawn_app(&[("CODE_POLICY", "off")]).await;
    let out = sandbox(
        &app.url(""),
        &["run", "-"],
        Some("import faulthandler\nfaulthandler.disable()\nfaulthandler._sigsegv()\n"),
    )
    .await;
    assert_eq!(out.code, 128 + 11, "{out:?}");
    finish(app).await;
}

#[tokio::test]
async fn stdin_from_a_file_reaches_the_program() {
    let app = spawn_app(&[]).await;
    let files = Files::new();
    let prog = files.write("echo.py", "print(input()[::-1])\nprint(input().upper())\n");
    let input = files.write("input.txt", "abc\nsecond line\n");
    let out = sandbox(&app.url(""), &["run", &prog, "--stdin", &input], None).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "cba\nSECOND LINE\n");
    // `--stdin -`: this command's own standard input.
    let out = sandbox(&app.url(""), &["run", &prog, "--stdin", "-"], Some("xyz\nlast\n")).await;
    assert_eq!((out.code, out.stdout.as_str()), (0, "zyx\nLAST\n"), "{out:?}");
    finish(app).await;
}

#[tokio::test]
async fn the_code_can_come_from_standard_input_and_stdin_from_a_file() {
    let app = spawn_app(&[]).await;
    let files = Files::new();
    let input = files.write("input.txt", "21\n");
    let code = "n = int(input())\nprint(n * 2)\n";
    let out = sandbox(&app.url(""), &["run", "-", "--stdin", &input], Some(code)).await;
    assert_eq!((out.code, out.stdout.as_str()), (0, "42\n"), "{out:?}");
    finish(app).await;
}

#[tokio::test]
async fn a_program_killed_at_the_time_limit_exits_124() {
    let app = spawn_app(&[("EXECUTION_TIMEOUT", "1")]).await;
    let out = sandbox(
        &app.url(""),
        &["run", "-"],
        Some("print('spinning', flush=True)\nwhile True: pass\n"),
    )
    .await;
    assert_eq!(out.code, 124, "{out:?}");
    assert_eq!(out.stdout, "spinning\n", "output before the kill is kept");
    assert!(out.stderr.starts_with("sandbox: timed out"), "{out:?}");
    finish(app).await;
}

#[tokio::test]
async fn a_program_killed_at_the_memory_limit_exits_125() {
    let app = spawn_app(&[]).await;
    let code = "chunks = []\nwhile True:\n    chunks.append('x' * (1 << 20))\n";
    let out = sandbox(&app.url(""), &["run", "-"], Some(code)).await;
    // Under gVisor the engine may report the kill as exit 137 without the OOM flag.
    if !(gvisor() && out.code == 137) {
        assert_eq!(out.code, 125, "{out:?}");
        assert!(out.stderr.contains("sandbox: out of memory"), "{out:?}");
    }
    finish(app).await;
}

#[tokio::test]
async fn truncated_output_is_said_on_stderr() {
    let app = spawn_app(&[("MAX_OUTPUT_SIZE", "100")]).await;
    let out = sandbox(&app.url(""), &["run", "-"], Some("print('x' * 1000)\n")).await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "x".repeat(100));
    assert_eq!(
        out.stderr,
        "sandbox: stdout was truncated: the service kept only its first 100 bytes\n"
    );
    finish(app).await;
}

#[tokio::test]
async fn forbidden_code_exits_121_with_every_violation_its_place_reason_and_hint() {
    let app = spawn_app(&[]).await;
    let files = Files::new();
    let prog = files.write("bad.py", "import os\nx = 1\nprint(eval('1'))\n");
    let out = sandbox(&app.url(""), &["run", &prog], None).await;
    assert_eq!(out.code, 121, "{out:?}");
    assert_eq!(out.stdout, "");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(
        lines[0].starts_with("sandbox: rejected: forbidden code"),
        "{out:?}"
    );
    // Each violation's line, then why and (where there is one) what to do instead.
    assert_eq!(lines.len(), 7, "three lines per violation: {out:?}");
    assert!(
        lines[1].starts_with(&format!("{prog}:1:8: ")) && lines[1].ends_with(": os"),
        "{out:?}"
    );
    assert!(lines[2].starts_with("    why: os runs commands"), "{out:?}");
    assert!(
        lines[3].starts_with("    instead: ") && lines[3].contains("open(path)"),
        "{out:?}"
    );
    assert!(
        lines[4].starts_with(&format!("{prog}:3:7: ")) && lines[4].ends_with(": eval"),
        "{out:?}"
    );
    assert_eq!(
        lines[5], "    why: the builtin `eval` runs a string as code",
        "{out:?}"
    );
    assert!(
        lines[6].starts_with("    instead: ") && lines[6].contains("int()"),
        "{out:?}"
    );
    assert!(
        lines[1].contains("import") && lines[4].contains("call"),
        "the rules are named: {out:?}"
    );
    finish(app).await;
}

#[tokio::test]
async fn a_syntax_error_exits_121_with_its_line_and_column() {
    let app = spawn_app(&[]).await;
    let out = sandbox(&app.url(""), &["run", "-"], Some("x = 1\nprint(x +)\n")).await;
    assert_eq!(out.code, 121, "{out:?}");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines[0], "sandbox: rejected: syntax error", "{out:?}");
    assert!(lines[1].starts_with("<stdin>:2:"), "{out:?}");
    finish(app).await;
}

#[tokio::test]
async fn an_oversized_program_is_a_client_error() {
    let app = spawn_app(&[("MAX_CODE_SIZE", "100")]).await;
    let code = format!("# {}\nprint(1)\n", "x".repeat(200));
    let out = sandbox(&app.url(""), &["run", "-"], Some(&code)).await;
    assert_eq!(out.code, 122, "{out:?}");
    assert!(
        out.stderr.starts_with("sandbox: HTTP 413 code_too_large:"),
        "{out:?}"
    );
    finish(app).await;
}

#[tokio::test]
async fn an_unreachable_service_exits_123() {
    let url = format!("http://127.0.0.1:{}", closed_port().await);
    let out = sandbox(&url, &["run", "-"], Some("print(1)\n")).await;
    assert_eq!(out.code, 123, "{out:?}");
    assert!(
        out.stderr.starts_with("sandbox: cannot reach the service at"),
        "{out:?}"
    );
    assert_eq!(out.stderr.lines().count(), 1, "one line: {out:?}");
}

#[tokio::test]
async fn usage_errors_exit_120() {
    let files = Files::new();
    let prog = files.write("p.py", "print(1)\n");
    let latin1 = files.write("latin1.py", b"print('caf\xe9')\n");
    for (args, expect) in [
        (vec!["run", "/nonexistent/prog.py"], "cannot read FILE"),
        (vec!["run", &latin1], "is not UTF-8"),
        (vec!["run", &prog, "--url", "localhost:8000"], "invalid --url"),
        (vec!["run", "-", "--stdin", "-"], "cannot both be `-`"),
        (vec!["run"], "<FILE>"),
        (vec!["frobnicate"], "unrecognized subcommand"),
    ] {
        let out = sandbox("http://127.0.0.1:9", &args, None).await;
        assert_eq!(out.code, 120, "{args:?}: {out:?}");
        assert!(out.stderr.contains(expect), "{args:?}: {out:?}");
    }
    let out = sandbox("http://127.0.0.1:9", &["--help"], None).await;
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("124    the program timed out"), "{out:?}");
}

#[tokio::test]
async fn a_full_queue_is_retried_after_retry_after_until_the_job_is_accepted() {
    // One queued job and no worker: the queue is full until a worker starts.
    let mut app = spawn_api(config(&[("MAX_QUEUE_LENGTH", "1")])).await;
    app.submit_ok(json!({ "code": "print('first')" })).await;
    let url = app.url("");
    let cli = tokio::spawn(async move { sandbox(&url, &["run", "-"], Some("print('second')\n")).await });
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    app.start_worker().await;
    let out = cli.await.unwrap();
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "second\n");
    assert!(
        out.stderr.starts_with("sandbox: HTTP 503 queue_full: ")
            && out.stderr.contains("retrying in 5 s (1 of 5)"),
        "{out:?}"
    );
    finish(app).await;
}

#[tokio::test]
async fn a_rate_limit_past_every_retry_is_a_client_error() {
    let app = spawn_app(&[("RATE_LIMIT", "1")]).await;
    let first = sandbox(&app.url(""), &["run", "-"], Some("print(1)\n")).await;
    assert_eq!(first.code, 0, "{first:?}");
    let out = sandbox(&app.url(""), &["run", "-", "--retries", "0"], Some("print(2)\n")).await;
    assert_eq!(out.code, 122, "{out:?}");
    assert!(
        out.stderr.starts_with("sandbox: HTTP 429 rate_limited: "),
        "{out:?}"
    );
    assert!(out.stderr.contains("gave up after 0 retries"), "{out:?}");
    finish(app).await;
}

#[tokio::test]
async fn time_ms_narrows_the_time_limit_and_a_limit_past_the_services_is_refused() {
    let app = spawn_app(&[]).await;
    let out = sandbox(
        &app.url(""),
        &["run", "-", "--time-ms", "500"],
        Some("while True: pass\n"),
    )
    .await;
    assert_eq!(out.code, 124, "{out:?}");
    // The service's own limit is 3000 ms (EXECUTION_TIMEOUT): above it is the service's 400.
    let out = sandbox(
        &app.url(""),
        &["run", "-", "--time-ms", "5000"],
        Some("print(1)\n"),
    )
    .await;
    assert_ne!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("limits.time_ms"), "{out:?}");
    let out = sandbox(
        &app.url(""),
        &["run", "-", "--memory-mb", "500"],
        Some("print(1)\n"),
    )
    .await;
    assert!(out.stderr.contains("limits.memory_mb"), "{out:?}");
    let out = sandbox(
        &app.url(""),
        &["run", "-", "--memory-mb", "50"],
        Some("print(1)\n"),
    )
    .await;
    assert_eq!((out.code, out.stdout.as_str()), (0, "1\n"), "{out:?}");
    finish(app).await;
}

#[tokio::test]
async fn input_files_reach_the_program_and_out_files_come_back_with_out() {
    // Needs the api's `files` and `result.files` (issue #15).
    let app = spawn_app(&[]).await;
    let files = Files::new();
    let data = files.write("data.txt", "3\n4\n");
    let raw = files.write("raw.bin", [0xffu8, 0x00, 0x89]);
    let prog = files.write(
        "sum.py",
        "total = sum(int(line) for line in open('data.txt'))\n\
         print(total, open('in/raw.bin', 'rb').read().hex())\n\
         open('out/total.txt', 'w').write(str(total))\n\
         open('out/copy.bin', 'wb').write(open('in/raw.bin', 'rb').read())\n",
    );
    let dest = std::path::PathBuf::from(&data).parent().unwrap().join("results");
    let remote = format!("{raw}=in/raw.bin");
    let out = sandbox(
        &app.url(""),
        &[
            "run",
            &prog,
            "--file",
            &data,
            "--file",
            &remote,
            "--out",
            dest.to_str().unwrap(),
        ],
        None,
    )
    .await;
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout, "7 ff0089\n");
    assert_eq!(std::fs::read(dest.join("total.txt")).unwrap(), b"7");
    assert_eq!(std::fs::read(dest.join("copy.bin")).unwrap(), [0xff, 0x00, 0x89]);
    assert_eq!(
        out.stderr,
        format!(
            "sandbox: wrote {0}/copy.bin (3 bytes, application/octet-stream)\n\
             sandbox: wrote {0}/total.txt (1 byte, text/plain)\n",
            dest.display()
        ),
        "sorted by path, one line each"
    );
    finish(app).await;
}
