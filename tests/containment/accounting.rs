//! Each run's figures at the executor: the job's own in a pooled container (the idle
//! launcher's start is not the job's), in a fresh one alike, and none — rather than smaller
//! ones — for a program that ends past the launcher (docs/architecture.md, "Resource
//! accounting").

use sandbox::job::{JobId, JobResult, LimitRequest};

use crate::support::{all_removed, executor, gvisor, unchecked};

const BUSY: &str = "import time\nt = time.process_time()\nwhile time.process_time() - t < 1:\n    pass\n";
const SLEEP: &str = "import time\ntime.sleep(0.5)\n";

/// Runs `code` on an executor with WARM_POOL_SIZE `pool` (a full pool before the job) and a
/// generous time limit: on a loaded machine a second of CPU takes longer on the wall.
async fn run(pool: &str, code: &str) -> JobResult {
    let (executor, owner) = executor(&[("WARM_POOL_SIZE", pool), ("EXECUTION_TIMEOUT", "20")]).await;
    let (result, timings) = executor
        .run_timed(JobId::new(), &unchecked(code), "", &LimitRequest::default())
        .await
        .unwrap();
    assert_eq!(timings.pooled, pool != "0", "{timings:?}");
    all_removed(&executor, &owner.prefix).await;
    result
}

#[tokio::test]
async fn a_jobs_cpu_is_its_own_in_a_pooled_container_and_a_fresh_one() {
    for pool in ["1", "0"] {
        let busy = run(pool, BUSY).await;
        let cpu = busy.cpu_ms.unwrap_or_else(|| panic!("no cpu_ms: {busy:?}"));
        let most = if gvisor() { 2000 } else { 1500 };
        assert!((700..=most).contains(&cpu), "pool {pool}: {busy:?}");
        let idle = run(pool, SLEEP).await;
        let cpu = idle.cpu_ms.unwrap_or_else(|| panic!("no cpu_ms: {idle:?}"));
        // Under gVisor the sandbox's own kernel is in the figure (docs/container-runtimes.md).
        let most = if gvisor() { 500 } else { 200 };
        assert!(cpu < most, "pool {pool}: {idle:?}");
        assert!(idle.peak_memory_bytes.is_some_and(|peak| peak > 0), "{idle:?}");
    }
}

#[tokio::test]
async fn a_program_that_ends_past_the_launcher_has_no_figures_and_the_engines_exit_code() {
    let result = run("1", "import os\nprint('bye', flush=True)\nos._exit(7)\n").await;
    assert_eq!(result.exit_code, Some(7), "{result:?}");
    assert_eq!(result.stdout, "bye\n");
    assert_eq!(
        (result.cpu_ms, result.peak_memory_bytes),
        (None, None),
        "{result:?}"
    );
}

#[tokio::test]
async fn a_forged_end_marker_is_only_output() {
    // The marker's form with a nonce of the program's choosing: not the run's, so it is the
    // program's stderr, and the run ends when the program does.
    let code = "import os, time\nos.write(2, b'\\x00' + b'0' * 32 + b'\\x00')\ntime.sleep(0.3)\nprint('still here')\n";
    let result = run("1", code).await;
    assert_eq!(result.stdout, "still here\n", "{result:?}");
    assert_eq!(result.exit_code, Some(0));
    assert!(result.duration_ms >= 300, "{result:?}");
    assert!(result.cpu_ms.is_some(), "{result:?}");
}
