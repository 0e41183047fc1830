//! Workers dying, cut off, or stopped: no job is lost, none is run into a second result.

use std::time::{Duration, Instant};

use sandbox::job::{JobId, Status};
use serde_json::json;

use crate::harness::{eventually, submit_numbered, tally, Proxy, WorkerProcess};
use crate::support::{config, spawn_api, TestApp};

/// The jobs a worker holds right now (its pending entries).
async fn held_by(app: &TestApp, worker: &str) -> Vec<JobId> {
    let client = redis::Client::open(app.config.redis_url.as_str()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let stream = format!("{}:jobs", app.config.redis_prefix);
    let rows: Vec<(String, String, u64, u64)> = redis::cmd("XPENDING")
        .arg(&stream)
        .arg(sandbox::keys::GROUP)
        .arg("-")
        .arg("+")
        .arg(100)
        .arg(worker)
        .query_async(&mut conn)
        .await
        .unwrap();
    let mut jobs = Vec::new();
    for (entry, ..) in rows {
        let found: Vec<(String, Vec<(String, String)>)> = redis::cmd("XRANGE")
            .arg(&stream)
            .arg(&entry)
            .arg(&entry)
            .query_async(&mut conn)
            .await
            .unwrap();
        for (_, fields) in found {
            if let Some((_, id)) = fields.iter().find(|(k, _)| k == "id") {
                jobs.push(id.parse().unwrap());
            }
        }
    }
    jobs
}

/// Seconds until every one of `jobs` is terminal.
async fn recovery(app: &TestApp, jobs: &[JobId], since: Instant) -> Duration {
    let queue = app.queue();
    for id in jobs {
        let done = eventually(Duration::from_secs(120), async || {
            queue
                .job(*id)
                .await
                .ok()
                .flatten()
                .is_some_and(|j| j.status.is_terminal())
        })
        .await;
        assert!(done, "job {id} held by the killed worker never finished");
    }
    since.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_workers_three_hundred_jobs_and_one_killed_twice_lose_nothing() {
    let config = config(&[("RATE_LIMIT", "0")]);
    let app = spawn_api(config.clone()).await;
    let mut workers: Vec<WorkerProcess> = ["fault-w1", "fault-w2", "fault-w3"]
        .iter()
        .map(|n| WorkerProcess::start(&config, n))
        .collect();
    let started = Instant::now();
    let jobs = submit_numbered(&app, 300, 0.0).await;
    assert_eq!(jobs.len(), 300);
    let queue = app.queue();

    // First kill a third of the way: restarted under the same name, it takes its own jobs back.
    assert!(
        eventually(Duration::from_secs(120), async || queue.depth().await.unwrap()
            <= 200)
        .await
    );
    let held = held_by(&app, "fault-w1").await;
    let killed_at = Instant::now();
    workers.remove(0).kill();
    workers.push(WorkerProcess::start(&config, "fault-w1"));
    let first = recovery(&app, &held, killed_at).await;

    // Second kill two thirds of the way: replaced by a worker of another name, its jobs wait for
    // its heartbeat to lapse and are taken over by the others.
    assert!(
        eventually(Duration::from_secs(120), async || queue.depth().await.unwrap()
            <= 100)
        .await
    );
    let held_again = held_by(&app, "fault-w1").await;
    let killed_again_at = Instant::now();
    workers.pop().unwrap().kill();
    workers.push(WorkerProcess::start(&config, "fault-w4"));
    let second = recovery(&app, &held_again, killed_again_at).await;

    let tally = tally(&app, &jobs, Duration::from_secs(180)).await;
    println!(
        "kill -9 twice: submitted {} completed {} failed {} lost {} wrong {}; held at the kills {} and {}, \
         recovered in {:.1} s (same name) and {:.1} s (taken over); all done in {:.1} s",
        tally.submitted,
        tally.completed,
        tally.failed,
        tally.lost,
        tally.wrong_output,
        held.len(),
        held_again.len(),
        first.as_secs_f64(),
        second.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    assert_eq!(tally.lost, 0);
    assert_eq!(tally.completed, 300, "{tally:?}");
    assert_eq!(tally.wrong_output, 0);
    assert_eq!(queue.depth().await.unwrap(), 0, "every entry acknowledged");
    // What the killed worker's containers (its jobs' and its warm pool's) became: removed by
    // the live workers' reaper once its heartbeat lapsed.
    let prefix = config.redis_prefix.clone();
    let reaped = eventually(Duration::from_secs(150), async || {
        crate::support::containers_of_worker(&prefix, "fault-w1")
            .await
            .is_empty()
    })
    .await;
    println!(
        "the killed worker's containers were gone {:.1} s after the second kill",
        killed_again_at.elapsed().as_secs_f64()
    );
    assert!(
        reaped,
        "orphans left: {:?}",
        crate::support::containers_of_worker(&prefix, "fault-w1").await
    );
    drop(workers);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_worker_cut_off_mid_job_is_replaced_and_its_late_result_changes_nothing() {
    let base = config(&[]);
    // The Redis of the test run (REDIS_URL), reached through a proxy that can cut the worker off.
    let url = reqwest::Url::parse(&base.redis_url).expect("REDIS_URL is a URL");
    let host = url.host_str().expect("REDIS_URL names a host");
    let redis_addr = tokio::net::lookup_host((host, url.port().unwrap_or(6379)))
        .await
        .expect("REDIS_URL's host resolves")
        .next()
        .expect("REDIS_URL's host has an address");
    let proxy = Proxy::start(redis_addr).await;
    let mut via_proxy = base.clone();
    let mut proxied = url.clone();
    proxied
        .set_ip_host(proxy.addr.ip())
        .expect("a redis:// URL takes a host");
    proxied
        .set_port(Some(proxy.addr.port()))
        .expect("a redis:// URL takes a port");
    via_proxy.redis_url = proxied.to_string();
    via_proxy.worker_id = Some("cut-off".into());
    let mut app = spawn_api(base.clone()).await;

    // Only the worker behind the proxy runs at first, so the job is its.
    let (stop_a, stopped_a) = tokio::sync::oneshot::channel::<()>();
    let docker = crate::support::docker().await;
    let worker_a = tokio::spawn(sandbox_worker::run(via_proxy, docker, async move {
        let _ = stopped_a.await;
    }));
    let id = app
        .submit_ok(json!({ "code": "import time\ntime.sleep(2)\nprint('ran')" }))
        .await;
    let queue = app.queue();
    let job_id: JobId = id.parse().unwrap();
    assert!(
        eventually(Duration::from_secs(30), async || {
            queue
                .job(job_id)
                .await
                .unwrap()
                .is_some_and(|j| j.status == Status::Running)
        })
        .await
    );
    let cut_at = Instant::now();
    proxy.cut();
    app.start_worker().await;

    assert!(
        eventually(Duration::from_secs(90), async || {
            queue
                .job(job_id)
                .await
                .unwrap()
                .is_some_and(|j| j.status.is_terminal())
        })
        .await,
        "the other worker completed the job"
    );
    let recovered = cut_at.elapsed();
    let first = queue.job(job_id).await.unwrap().unwrap();
    assert_eq!(first.status, Status::Completed);
    assert_eq!(first.result.as_ref().unwrap().stdout, "ran\n");

    // The cut-off worker comes back and stores its own (late) result: nothing changes.
    proxy.restore();
    tokio::time::sleep(Duration::from_secs(8)).await;
    let after = queue.job(job_id).await.unwrap().unwrap();
    assert_eq!(
        after, first,
        "the late result neither duplicated nor overwrote the first"
    );
    assert_eq!(queue.depth().await.unwrap(), 0);
    println!(
        "cut off mid-job: submitted 1 completed 1 failed 0 lost 0; taken over after {:.1} s",
        recovered.as_secs_f64()
    );
    stop_a.send(()).unwrap();
    worker_a.await.unwrap().unwrap();
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_lets_running_jobs_finish_and_nothing_is_taken_over_after() {
    let config = config(&[]);
    let app = spawn_api(config.clone()).await;
    let worker = WorkerProcess::start(&config, "terminated");
    let jobs = submit_numbered(&app, 2, 2.0).await;
    let queue = app.queue();
    let ids: Vec<JobId> = jobs.iter().map(|(id, _)| id.parse().unwrap()).collect();
    assert!(
        eventually(Duration::from_secs(30), async || {
            let mut running = 0;
            for id in &ids {
                running += queue
                    .job(*id)
                    .await
                    .unwrap()
                    .is_some_and(|j| j.status == Status::Running) as u32;
            }
            running == 2
        })
        .await,
        "both jobs running"
    );
    let status = worker
        .terminate(Duration::from_secs(30))
        .await
        .expect("the worker exited");
    assert!(status.success(), "{status:?}");
    let tally = tally(&app, &jobs, Duration::from_secs(1)).await;
    assert_eq!(
        (tally.completed, tally.wrong_output, tally.lost),
        (2, 0, 0),
        "{tally:?}"
    );
    assert_eq!(
        queue.depth().await.unwrap(),
        0,
        "acknowledged: nothing left to take over"
    );
    println!("SIGTERM: submitted 2 completed 2 failed 0 lost 0");
}

/// The race of a worker restarted under its old WORKER_ID: at start it lists its previous
/// life's entries and claims them with no minimum idle time. If another worker took one of them
/// over between that listing and the claim (the old life looked dead to it), a plain XCLAIM
/// with min-idle 0 hands it to the restarted worker as well, and the job runs twice in one
/// attempt (seen 70 ms apart). A claim must only succeed while the entry is where it was seen.
#[tokio::test]
async fn a_restarted_worker_never_claims_an_entry_another_worker_took_over_meanwhile() {
    let config = config(&[]);
    let _teardown = sandbox_testkit::Teardown::new(&config);
    let queue = sandbox::queue::Queue::new(&config.redis_url, &config.redis_prefix).unwrap();
    queue.ensure_group().await.unwrap();
    let job = sandbox::job::JobSpec {
        id: JobId::new(),
        code: "print(1)".into(),
        stdin: String::new(),
        created_at: chrono::Utc::now(),
        limits: Default::default(),
        shown_limits: None,
        callback_url: None,
        tests: None,
        runtime: sandbox::runtimes::DEFAULT,
        files: Vec::new(),
    };
    queue.enqueue(&job, 100).await.unwrap();
    let block = Duration::from_millis(100);
    let name = sandbox::queue::WorkerId::from("w");
    // The first life of worker w reads the job, then dies holding it.
    let mut first_life = queue.consumer(&name, block).await.unwrap();
    let delivered = first_life.next().await.unwrap().expect("the job is delivered");
    assert_eq!(delivered.attempts, 1);
    drop(first_life);
    // w, restarted, lists what its previous life held...
    let mut restarted = queue.consumer(&name, block).await.unwrap();
    let seen = restarted.pending(Duration::ZERO, 32).await.unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].consumer, name);
    // ...meanwhile worker b takes it over from what it saw of it...
    let mut other = queue.consumer(&"b".into(), block).await.unwrap();
    let seen_by_other = other.pending(Duration::ZERO, 32).await.unwrap();
    let taken = other.claim(&seen_by_other[0], Duration::ZERO).await.unwrap();
    assert!(taken.is_some(), "b takes the entry over");
    // ...and w's claim, on what it saw before, must come back empty: the job is b's now.
    let again = restarted.claim(&seen[0], Duration::ZERO).await.unwrap();
    assert!(
        again.is_none(),
        "the restarted worker claimed an entry worker b had taken over: the job would run twice in \
         attempt {}",
        seen[0].deliveries + 1
    );
    let now = restarted.pending(Duration::ZERO, 32).await.unwrap();
    assert_eq!(
        (now[0].consumer.as_str(), now[0].deliveries),
        ("b", 2),
        "held by b, delivered twice: {now:?}"
    );
    // Where it was seen, a claim still works: b's own, as its previous life (say) left it.
    let mut b_again = queue.consumer(&"b".into(), block).await.unwrap();
    assert!(b_again.claim(&now[0], Duration::ZERO).await.unwrap().is_some());
}
