//! Redis and the engine going away during a run.

use std::time::{Duration, Instant};

use crate::harness::{submit_numbered, tally, PrivateRedis};
use crate::support::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_redis_crash_and_restart_loses_no_accepted_job() {
    let mut redis = PrivateRedis::start().await;
    let app = spawn_app(&[("REDIS_URL", &redis.url()), ("RATE_LIMIT", "0")]).await;
    let mut jobs = submit_numbered(&app, 20, 0.3).await;
    assert_eq!(jobs.len(), 20);
    let crashed_at = Instant::now();
    redis.crash_and_restart(Duration::from_secs(2)).await;
    let back_after = crashed_at.elapsed();
    jobs.extend(submit_numbered(&app, 20, 0.0).await);
    let tally = tally(&app, &jobs, Duration::from_secs(120)).await;
    println!(
        "Redis crash: submitted {} completed {} failed {} lost {} (Redis back after {:.1} s, all done {:.1} s after the crash)",
        tally.submitted,
        tally.completed,
        tally.failed,
        tally.lost,
        back_after.as_secs_f64(),
        crashed_at.elapsed().as_secs_f64()
    );
    assert_eq!(tally.lost, 0, "{tally:?}");
    assert_eq!(tally.completed, jobs.len(), "{tally:?}");
    assert_eq!(tally.wrong_output, 0);
}

/// Restarts the Docker engine itself, so it runs alone: `scripts/test.sh` runs it with
/// `--ignored` after every other test.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "restarts the Docker engine; scripts/test.sh runs it alone"]
async fn an_engine_restart_leaves_no_job_stuck_running() {
    let app = spawn_app(&[("RATE_LIMIT", "0")]).await;
    let jobs = submit_numbered(&app, 12, 0.5).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let restarted_at = Instant::now();
    let status = std::process::Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../scripts/restart-docker.sh"
        ))
        .status()
        .unwrap();
    assert!(status.success());
    let tally = tally(&app, &jobs, Duration::from_secs(120)).await;
    println!(
        "engine restart: submitted {} completed {} failed {} lost {} (all terminal {:.1} s after the restart began)",
        tally.submitted,
        tally.completed,
        tally.failed,
        tally.lost,
        restarted_at.elapsed().as_secs_f64()
    );
    assert_eq!(tally.lost, 0, "no job stuck queued or running: {tally:?}");
    assert_eq!(tally.completed + tally.failed, jobs.len());
    // Containers the restart stopped (jobs' and the warm pool's) are removed once the engine
    // answers again; the pool is refilled with new ones, which go when the worker stops.
    let prefix = app.config.redis_prefix.clone();
    let cleaned = crate::harness::eventually(Duration::from_secs(90), async || {
        crate::support::stopped_containers_of(&prefix).await.is_empty()
    })
    .await;
    assert!(
        cleaned,
        "left after the restart: {:?}",
        crate::support::stopped_containers_of(&prefix).await
    );
    app.stop().await;
    crate::support::assert_no_containers(&prefix).await;
}
