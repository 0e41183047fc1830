//! The warm pool: a pooled container serves one job, counts time from the code's delivery, and
//! is never used once it died or aged.

use std::time::Duration;

use bollard::query_parameters::KillContainerOptionsBuilder;
use sandbox::job::{JobId, LimitRequest, Outcome};

use crate::support::{all_removed, containers_of, docker, executor, gvisor, unchecked};

/// The ids of the pool's containers now (on the engine: those no job label names).
async fn pooled_ids(executor: &sandbox_worker::executor::Executor, prefix: &str) -> Vec<String> {
    let docker = docker().await;
    let mut ids = Vec::new();
    for id in containers_of(prefix).await {
        // An aged one may be removed between the listing and the inspection.
        let Ok(info) = docker.inspect_container(&id, None).await else {
            continue;
        };
        let labels = info.config.unwrap().labels.unwrap_or_default();
        let running = info.state.and_then(|s| s.running) == Some(true);
        if running
            && !labels.contains_key("sandbox.job")
            && executor.container_of("probe").as_ref() != Some(&id)
        {
            ids.push(id);
        }
    }
    ids.sort();
    ids
}

#[tokio::test]
async fn a_pooled_container_that_died_is_discarded_not_used() {
    let (executor, owner) = executor(&[("WARM_POOL_SIZE", "1")]).await;
    let victims = pooled_ids(&executor, &owner.prefix).await;
    assert_eq!(victims.len(), 1, "one container waits in the pool");
    let kill = KillContainerOptionsBuilder::default().signal("SIGKILL").build();
    docker()
        .await
        .kill_container(&victims[0], Some(kill))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let result = executor
        .run_labelled("probe", &unchecked("print('ran')"), "")
        .await
        .unwrap();
    assert_eq!(
        (result.outcome, result.stdout.as_str()),
        (Outcome::Success, "ran\n"),
        "{result:?}"
    );
    all_removed(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn pooled_containers_are_replaced_when_they_age() {
    let (executor, owner) = executor(&[("WARM_POOL_SIZE", "1"), ("WARM_POOL_MAX_AGE", "1")]).await;
    let first = pooled_ids(&executor, &owner.prefix).await;
    assert_eq!(first.len(), 1);
    let mut replaced = false;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let now = pooled_ids(&executor, &owner.prefix).await;
        if now.len() == 1 && now != first {
            replaced = true;
            break;
        }
    }
    assert!(
        replaced,
        "the pooled container was not replaced after WARM_POOL_MAX_AGE"
    );
    // The aged one is gone from the engine, not only from the pool (its removal runs in the
    // background, beside the refill: it may finish just after the replacement is up).
    let mut gone = false;
    for _ in 0..50 {
        if !containers_of(&owner.prefix).await.contains(&first[0]) {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(gone, "the aged container {} was removed", first[0]);
    all_removed(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn the_clock_starts_when_the_code_arrives_not_when_the_container_started() {
    let (executor, owner) = executor(&[("WARM_POOL_SIZE", "1"), ("EXECUTION_TIMEOUT", "3")]).await;
    // The pooled container has been up for 2 s before the job; the job then needs 2 s of its
    // 3 s. Counted from the container's start, it would be killed.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let code = "import time\ntime.sleep(2)\nprint('in time')";
    let result = executor
        .run_labelled("probe", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(
        (result.outcome, result.stdout.as_str()),
        (Outcome::Success, "in time\n"),
        "{result:?}"
    );
    assert!(result.duration_ms >= 2000, "{result:?}");
    all_removed(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn every_job_gets_a_container_of_its_own() {
    let (executor, owner) = executor(&[("WARM_POOL_SIZE", "2")]).await;
    // Each job leaves a mark where the next one would see it if it shared the container.
    let code = "import os, time\nprint(sorted(os.listdir('/tmp')))\nopen('/tmp/mark', 'w').write('x')\ntime.sleep(0.5)";
    let mut containers = Vec::new();
    for i in 0..4 {
        let job = format!("job-{i}");
        let running = tokio::spawn({
            let (executor, job) = (executor.clone(), job.clone());
            async move { executor.run_labelled(&job, &unchecked(code), "").await }
        });
        let mut seen = None;
        while seen.is_none() && !running.is_finished() {
            seen = executor.container_of(&job);
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let result = running.await.unwrap().unwrap();
        assert_eq!(result.stdout, "['out']\n", "{result:?}");
        containers.push(seen.expect("the job's container was seen"));
    }
    let mut distinct = containers.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 4, "four jobs, four containers: {containers:?}");
    all_removed(&executor, &owner.prefix).await;
}

/// A job asking for less memory than MEMORY_LIMIT: under runc the pooled container's limit is
/// lowered through the engine and the job runs in it; runsc cannot update a running
/// container, so there the job gets one made under its limit. Either way the limit holds.
#[tokio::test]
async fn a_smaller_memory_limit_holds_in_a_pooled_container() {
    let (executor, owner) = executor(&[("WARM_POOL_SIZE", "1")]).await;
    assert_eq!(pooled_ids(&executor, &owner.prefix).await.len(), 1);
    let code = "b = bytearray(50 * 1024 * 1024)\nfor i in range(0, len(b), 4096):\n    b[i] = 1\nprint('allocated')\n";
    let limits = LimitRequest {
        memory_mb: Some(30),
        ..LimitRequest::default()
    };
    let (result, timings) = executor
        .run_timed(JobId::new(), &unchecked(code), "", &limits)
        .await
        .unwrap();
    assert_eq!(result.outcome, Outcome::MemoryLimit, "{result:?}");
    assert_eq!(timings.pooled, !gvisor(), "{timings:?}");
    // The next job, at the worker's own limit, allocates the same and runs.
    let result = executor
        .run_labelled("after", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    all_removed(&executor, &owner.prefix).await;
}
