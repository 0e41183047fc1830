//! Each job's `cpu_ms` and `peak_memory_bytes`: the kernel's figures for the job's container,
//! with the warm pool and without (docs/architecture.md, "Resource accounting").

use serde_json::Value;

use crate::support::spawn_app;

/// The finished result of `code` run by a worker with WARM_POOL_SIZE `pool`. The time limit is
/// generous: on a loaded machine a second of CPU can take several of wall time.
async fn figures(pool: &str, code: &str) -> Value {
    let app = spawn_app(&[("WARM_POOL_SIZE", pool), ("EXECUTION_TIMEOUT", "20")]).await;
    let job = app.run(code, "").await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(job["result"]["outcome"], "success", "{job}");
    eprintln!("pool {pool}: {}", job["result"]);
    job["result"].clone()
}

fn number(result: &Value, field: &str) -> u64 {
    result[field]
        .as_u64()
        .unwrap_or_else(|| panic!("no {field} in {result}"))
}

const BUSY: &str = "import time\nt = time.process_time()\nwhile time.process_time() - t < 1:\n    pass\n";
const ALLOCATE: &str =
    "b = bytearray(50 * 1024 * 1024)\nfor i in range(0, len(b), 4096):\n    b[i] = 1\nprint(len(b))\n";
const SLEEP: &str = "import time\ntime.sleep(1)\n";

#[tokio::test]
async fn a_second_of_busy_loop_is_about_a_second_of_cpu() {
    for pool in ["2", "0"] {
        let result = figures(pool, BUSY).await;
        let cpu = number(&result, "cpu_ms");
        assert!(
            (700..=1500).contains(&cpu),
            "pool {pool}: cpu_ms {cpu} in {result}"
        );
    }
}

#[tokio::test]
async fn fifty_megabytes_touched_are_in_the_peak() {
    for pool in ["2", "0"] {
        let result = figures(pool, ALLOCATE).await;
        let peak = number(&result, "peak_memory_bytes");
        assert!(peak >= 50 << 20, "pool {pool}: peak {peak} in {result}");
        // The limit (MEMORY_LIMIT, 100 MiB) bounds it.
        assert!(peak <= 100 << 20, "pool {pool}: peak {peak}");
    }
}

#[tokio::test]
async fn a_second_of_sleep_is_almost_no_cpu() {
    for pool in ["2", "0"] {
        let result = figures(pool, SLEEP).await;
        let cpu = number(&result, "cpu_ms");
        assert!(cpu < 200, "pool {pool}: cpu_ms {cpu} in {result}");
        assert!(number(&result, "duration_ms") >= 1000, "{result}");
        assert!(number(&result, "peak_memory_bytes") > 0, "{result}");
    }
}

/// The program prints the CPU time it has used so far, a lower bound of the job's (the
/// machine's load decides how much of its one second of wall time it gets).
#[tokio::test]
async fn a_timed_out_job_has_its_figures_too() {
    let app = spawn_app(&[("EXECUTION_TIMEOUT", "1")]).await;
    let code = "import time\nstart = time.process_time()\nwhile True:\n    print(time.process_time() - start, flush=True)\n    t = time.process_time()\n    while time.process_time() - t < 0.02:\n        pass\n";
    let job = app.run(code, "").await;
    let result = &job["result"];
    assert_eq!(result["outcome"], "timeout", "{job}");
    let used = result["stdout"]
        .as_str()
        .unwrap()
        .lines()
        .filter_map(|line| line.parse::<f64>().ok())
        .fold(0.0, f64::max);
    let cpu = number(result, "cpu_ms");
    // The figures are read just before the kill, and the program runs on until it lands: its
    // last line may be a few of its 20 ms steps later than the reading (seen: 8 ms on a
    // loaded machine).
    assert!(
        cpu as f64 >= used * 1000.0 - 100.0,
        "cpu_ms {cpu} < the program's own {used} s"
    );
    // One CPU (CPU_LIMIT) for about a second.
    assert!(cpu <= 1500, "cpu_ms {cpu}");
    assert!(number(result, "peak_memory_bytes") > 0, "{job}");
}

#[tokio::test]
async fn the_end_marker_never_reaches_the_output_and_exit_codes_stay_the_engines() {
    let app = spawn_app(&[]).await;
    let job = app.run("print('out')\nraise SystemExit(3)\n", "").await;
    let result = &job["result"];
    assert_eq!(result["outcome"], "runtime_error", "{job}");
    assert_eq!(result["exit_code"], 3, "{job}");
    assert_eq!(result["stdout"], "out\n");
    assert_eq!(result["stderr"], "", "{job}");
    assert!(result["cpu_ms"].is_u64(), "{job}");

    let job = app.run("raise ValueError('boom')\n", "").await;
    let result = &job["result"];
    assert_eq!(result["exit_code"], 1, "{job}");
    let stderr = result["stderr"].as_str().unwrap();
    assert!(stderr.ends_with("ValueError: boom\n"), "{job}");
    assert!(!stderr.contains('\0'), "{job}");
}
