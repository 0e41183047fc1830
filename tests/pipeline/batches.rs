//! Test-case batches end to end: one job, one container, the program once per case — each
//! verdict, each case's own figures, nothing carried from one case to the next, and a
//! container that breaks failing the cases left (docs/architecture.md, "Test-case batches").
//! Under CODE_POLICY=strict (the default) with the warm pool and without, and one batch with
//! the policy off (the container and the launcher's parent alone).

use serde_json::{json, Value};

use crate::support::spawn_app;

/// The finished job of `body` on a worker with WARM_POOL_SIZE `pool` (and `extra` settings).
async fn batch(pool: &str, extra: &[(&str, &str)], body: Value) -> Value {
    let mut settings = vec![("WARM_POOL_SIZE", pool), ("EXECUTION_TIMEOUT", "20")];
    settings.extend_from_slice(extra);
    let app = spawn_app(&settings).await;
    let id = app.submit_ok(body).await;
    let job = app.finished(&id).await;
    assert_eq!(job["status"], "completed", "{job}");
    eprintln!("pool {pool}: {}", job["result"]);
    job
}

fn cases(job: &Value) -> &Vec<Value> {
    job["result"]["tests"]
        .as_array()
        .unwrap_or_else(|| panic!("no tests in {job}"))
}

fn verdicts(job: &Value) -> Vec<&str> {
    cases(job)
        .iter()
        .map(|case| case["verdict"].as_str().unwrap())
        .collect()
}

const EVERY_VERDICT: &str = "s = input()
if s == 'loop':
    while True:
        pass
if s == 'big':
    hog = 'x' * (300 * 1024 * 1024)
if s == 'crash':
    raise ValueError('boom')
print(s)
";

#[tokio::test]
async fn every_verdict_comes_from_one_container_and_the_cases_after_a_kill_still_run() {
    for pool in ["2", "0"] {
        let job = batch(
            pool,
            &[],
            json!({
                "code": EVERY_VERDICT,
                "limits": { "time_ms": 2000 },
                "tests": [
                    { "stdin": "a\n", "expected_stdout": "a" },
                    { "stdin": "b\n", "expected_stdout": "c\n" },
                    { "stdin": "loop\n", "expected_stdout": "" },
                    { "stdin": "big\n", "expected_stdout": "" },
                    { "stdin": "crash\n", "expected_stdout": "" },
                    { "stdin": "d\n" },
                    { "stdin": "e\n", "expected_stdout": "e\n\n" },
                ],
            }),
        )
        .await;
        assert_eq!(
            verdicts(&job),
            [
                "accepted",
                "wrong_answer",
                "timeout",
                "memory_limit",
                "runtime_error",
                "completed",
                "accepted"
            ],
            "pool {pool}: {job}"
        );
        let cases = cases(&job);
        let exit_codes: Vec<Value> = cases.iter().map(|c| c["exit_code"].clone()).collect();
        assert_eq!(
            exit_codes,
            [
                json!(0),
                json!(0),
                Value::Null,
                json!(137),
                json!(1),
                json!(0),
                json!(0)
            ],
            "{job}"
        );
        assert_eq!(cases[1]["stdout"], "b\n");
        assert!(
            cases[4]["stderr"].as_str().unwrap().contains("ValueError: boom"),
            "{job}"
        );
        assert_eq!(cases[5]["stdout"], "d\n");
        // The time limit is per case: the loop was stopped near it, not at the job's sum.
        let late = cases[2]["duration_ms"].as_u64().unwrap();
        assert!((2000..10_000).contains(&late), "{job}");
        let result = &job["result"];
        assert_eq!(
            result["summary"],
            json!({ "passed": 3, "total": 7, "first_failed": 1 }),
            "{job}"
        );
        // The job's own outcome: its first case whose program did not exit 0.
        assert_eq!(result["outcome"], "timeout", "{job}");
        assert_eq!(job["limits"]["time_ms"], 2000);
    }
}

const FIGURES: &str = "import time
s = input()
if s == 'busy':
    t = time.process_time()
    while time.process_time() - t < 1:
        pass
elif s == 'allocate':
    b = bytearray(50 * 1024 * 1024)
    for i in range(0, len(b), 4096):
        b[i] = 1
else:
    time.sleep(0.5)
print(s)
";

#[tokio::test]
async fn each_case_has_its_own_cpu_time_and_memory_peak() {
    for pool in ["2", "0"] {
        let job = batch(
            pool,
            &[],
            json!({
                "code": FIGURES,
                "tests": [{ "stdin": "busy" }, { "stdin": "allocate" }, { "stdin": "sleep" }],
            }),
        )
        .await;
        assert_eq!(verdicts(&job), ["completed"; 3], "{job}");
        let figure = |case: usize, field: &str| {
            cases(&job)[case][field]
                .as_u64()
                .unwrap_or_else(|| panic!("no {field} in case {case}: {job}"))
        };
        assert!((700..=1500).contains(&figure(0, "cpu_ms")), "pool {pool}: {job}");
        assert!(figure(1, "peak_memory_bytes") >= 50 << 20, "pool {pool}: {job}");
        assert!(figure(1, "peak_memory_bytes") <= 100 << 20, "pool {pool}: {job}");
        // Not what the busy case used: each case's figures are its own.
        assert!(figure(2, "cpu_ms") < 200, "pool {pool}: {job}");
        assert!(figure(2, "peak_memory_bytes") < 50 << 20, "pool {pool}: {job}");
        assert!(figure(2, "duration_ms") >= 500, "{job}");
        // The job's own figures are the container's, every case included.
        assert!(
            job["result"]["cpu_ms"].as_u64().unwrap() >= figure(0, "cpu_ms"),
            "{job}"
        );
    }
}

const TMP: &str = "s = input()
if s == 'write':
    with open('/tmp/left', 'w') as f:
        f.write('x')
    print('wrote')
else:
    try:
        open('/tmp/left').read()
        print('still there')
    except FileNotFoundError:
        print('gone')
";

#[tokio::test]
async fn a_file_written_to_tmp_in_one_case_is_gone_in_the_next() {
    for pool in ["2", "0"] {
        let job = batch(
            pool,
            &[],
            json!({
                "code": TMP,
                "compare": "exact",
                "tests": [
                    { "stdin": "write", "expected_stdout": "wrote\n" },
                    { "stdin": "read", "expected_stdout": "gone\n" },
                ],
            }),
        )
        .await;
        assert_eq!(verdicts(&job), ["accepted", "accepted"], "pool {pool}: {job}");
    }
}

/// With CODE_POLICY=off a case can fork: what it leaves behind is killed before the next case
/// starts, and a case that kills the launcher's parent makes every case after it fail.
const UNWALLED: &str = "import os, sys, time
s = input()
if s == 'fork':
    if os.fork() == 0:
        time.sleep(1)
        print('leftover', flush=True)
        open('/tmp/late', 'w').write('x')
        os._exit(0)
    print('forked')
elif s == 'check':
    time.sleep(2)
    print(os.path.exists('/tmp/late'))
elif s == 'break':
    os.kill(os.getppid(), 9)
    time.sleep(5)
else:
    print(s)
";

#[tokio::test]
async fn without_the_policy_a_leftover_cannot_reach_the_next_case_and_a_broken_container_fails_the_rest() {
    for pool in ["2", "0"] {
        let job = batch(
            pool,
            &[("CODE_POLICY", "off")],
            json!({
                "code": UNWALLED,
                "tests": [
                    { "stdin": "fork", "expected_stdout": "forked" },
                    { "stdin": "check", "expected_stdout": "False" },
                    { "stdin": "break", "expected_stdout": "" },
                    { "stdin": "a", "expected_stdout": "a" },
                ],
            }),
        )
        .await;
        let cases = cases(&job);
        assert_eq!(
            &verdicts(&job)[..2],
            ["accepted", "accepted"],
            "pool {pool}: {job}"
        );
        assert!(
            !cases[1]["stdout"].as_str().unwrap().contains("leftover"),
            "{job}"
        );
        // The container ended under the third case: it and the fourth did not pass.
        for case in &cases[2..] {
            assert_eq!(case["verdict"], "runtime_error", "pool {pool}: {job}");
            assert_eq!(case["exit_code"], Value::Null, "{job}");
        }
        assert_eq!(job["result"]["summary"]["passed"], 2, "{job}");
    }
}
