//! A worker's memory during an output flood: alone in its test binary, so the process's RSS is
//! the executor's alone.
use sandbox_testkit as support;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sandbox::job::Outcome;

fn rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap();
    kb * 1024
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_50_mb_flood_does_not_grow_the_workers_memory() {
    let (executor, owner) = support::executor(&[("EXECUTION_TIMEOUT", "20")]).await;
    // Warm up: the first run allocates the client's and runtime's buffers once.
    executor
        .run_labelled("warm", &support::unchecked("print('x' * 200_000)"), "")
        .await
        .unwrap();
    let baseline = rss_bytes();
    let peak = Arc::new(AtomicU64::new(baseline));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = tokio::spawn({
        let (peak, done) = (peak.clone(), done.clone());
        async move {
            while !done.load(Ordering::Relaxed) {
                peak.fetch_max(rss_bytes(), Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
    });
    let code = "chunk = 'y' * 1_000_000\nfor _ in range(50):\n    print(chunk)\nprint('end')";
    let result = executor
        .run_labelled("flood", &support::unchecked(code), "")
        .await
        .unwrap();
    done.store(true, Ordering::Relaxed);
    sampler.await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{:?}", result.outcome);
    assert!(result.stdout_truncated);
    assert_eq!(result.stdout.len(), 102_400);

    let growth = peak.load(Ordering::Relaxed).saturating_sub(baseline);
    let allowed = 2 * 102_400 + (8 << 20);
    println!(
        "RSS baseline {} KiB, peak growth {} KiB (allowed {} KiB)",
        baseline >> 10,
        growth >> 10,
        allowed >> 10
    );
    assert!(
        growth <= allowed,
        "RSS grew by {growth} bytes during a 50 MB flood"
    );
    support::all_removed(&executor, &owner.prefix).await;
}
