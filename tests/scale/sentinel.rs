//! Redis behind Sentinel: the primary dies under load, the Sentinels promote the replica, and
//! every job answered 202 reaches a terminal status — the api and the workers find the new
//! primary by themselves.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cluster::{
    api_up, eventually, free_port, redis_at, service, submit_load, tally, Process, TempDir,
};

const MASTER: &str = "sandbox-ha";

/// A Redis node on `port` with append-only persistence in `dir/port`; a replica of `primary`
/// if given.
fn redis_node(dir: &Path, port: u16, primary: Option<u16>) -> Process {
    let data = dir.join(port.to_string());
    std::fs::create_dir_all(&data).unwrap();
    let mut command = Command::new("redis-server");
    command
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", ""])
        .args(["--appendonly", "yes", "--appendfsync", "everysec"])
        .arg("--dir")
        .arg(&data)
        .stdout(Stdio::null());
    if let Some(primary) = primary {
        command.args(["--replicaof", "127.0.0.1", &primary.to_string()]);
    }
    Process::spawn(format!("redis-server :{port}"), &mut command)
}

/// A Sentinel on `port` watching `primary` (quorum 2 of 3, down after 1 s). Debian's
/// `redis-server` package has no `redis-sentinel` command; `redis-server --sentinel` is the same.
fn sentinel(dir: &Path, port: u16, primary: u16) -> Process {
    let conf = dir.join(format!("sentinel-{port}.conf"));
    std::fs::write(
        &conf,
        format!(
            "port {port}\nbind 127.0.0.1\ndir {dir}\n\
             sentinel monitor {MASTER} 127.0.0.1 {primary} 2\n\
             sentinel down-after-milliseconds {MASTER} 1000\n\
             sentinel failover-timeout {MASTER} 10000\n\
             sentinel parallel-syncs {MASTER} 1\n",
            dir = dir.display()
        ),
    )
    .unwrap();
    let mut command = Command::new("redis-server");
    command.arg(&conf).arg("--sentinel").stdout(Stdio::null());
    Process::spawn(format!("sentinel :{port}"), &mut command)
}

/// The primary's port as the Sentinel on `port` names it.
fn primary_of(sentinel: u16) -> Option<u16> {
    let (_, port): (String, String) = redis_at(
        sentinel,
        redis::cmd("SENTINEL").arg("get-master-addr-by-name").arg(MASTER),
    )?;
    port.parse().ok()
}

fn replication(port: u16) -> String {
    redis_at(port, redis::cmd("INFO").arg("replication")).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "starts Redis nodes and Sentinels of its own and the release binaries; scripts/test-scale.sh runs it"]
async fn the_primary_killed_mid_load_loses_no_accepted_job() {
    let config = sandbox_testkit::config(&[]);
    let _teardown = sandbox_testkit::Teardown::new(&config);
    let dir = TempDir::new("sentinel");
    let (primary_port, replica_port) = (free_port(), free_port());
    let mut primary = redis_node(dir.path(), primary_port, None);
    let _replica = redis_node(dir.path(), replica_port, Some(primary_port));
    assert!(
        eventually(Duration::from_secs(20), || replication(replica_port)
            .contains("master_link_status:up"))
        .await,
        "the replica did not sync: {}",
        replication(replica_port)
    );
    let sentinel_ports = [free_port(), free_port(), free_port()];
    let _sentinels: Vec<Process> = sentinel_ports
        .iter()
        .map(|port| sentinel(dir.path(), *port, primary_port))
        .collect();
    // Each Sentinel knows the replica and the two others before anything fails.
    let ready = eventually(Duration::from_secs(30), || {
        sentinel_ports.iter().all(|port| {
            let replicas: Option<Vec<redis::Value>> =
                redis_at(*port, redis::cmd("SENTINEL").arg("replicas").arg(MASTER));
            let others: Option<Vec<redis::Value>> =
                redis_at(*port, redis::cmd("SENTINEL").arg("sentinels").arg(MASTER));
            replicas.is_some_and(|r| r.len() == 1) && others.is_some_and(|s| s.len() == 2)
        })
    })
    .await;
    assert!(ready, "the Sentinels did not discover the replica and each other");

    let logs = TempDir::new("sentinel-logs");
    let sentinels = sentinel_ports
        .iter()
        .map(|p| format!("127.0.0.1:{p}"))
        .collect::<Vec<_>>()
        .join(",");
    let api_port = free_port();
    let env: HashMap<String, String> = [
        ("REDIS_SENTINELS", sentinels.as_str()),
        ("REDIS_MASTER_NAME", MASTER),
        ("REDIS_WAIT_REPLICAS", "1"),
        ("REDIS_WAIT_TIMEOUT", "1"),
        ("REDIS_PREFIX", config.redis_prefix.as_str()),
        ("RUNTIME_IMAGE", config.runtime_image.as_str()),
        ("RUNTIMES", "python"),
        ("CONTAINER_RUNTIME", &config.container_runtime.to_string()),
        ("RATE_LIMIT", "0"),
        ("MAX_CONCURRENT", "2"),
        ("BIND_ADDR", &format!("127.0.0.1:{api_port}")),
        ("RUST_LOG", "info"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let mut api = service("sandbox-api", &env, &logs.path().join("api.log"));
    let mut workers: Vec<Process> = (0..2)
        .map(|n| {
            let mut env = env.clone();
            env.insert("WORKER_ID".into(), format!("ha-{n}"));
            service(
                "sandbox-worker",
                &env,
                &logs.path().join(format!("worker-{n}.log")),
            )
        })
        .collect();
    let base = format!("http://127.0.0.1:{api_port}");
    api_up(&base).await;

    // The load: 400 jobs from 8 clients; after the first 100 are accepted, the primary dies.
    let accepted = Arc::new(AtomicUsize::new(0));
    let load = tokio::spawn(submit_load(
        base.clone(),
        400,
        8,
        Duration::from_secs(90),
        accepted.clone(),
    ));
    assert!(
        eventually(Duration::from_secs(60), || accepted.load(Ordering::SeqCst) >= 100).await,
        "the first 100 jobs were not accepted"
    );
    let killed_at = Instant::now();
    primary.kill();
    let at_kill = accepted.load(Ordering::SeqCst);
    let promoted = eventually(Duration::from_secs(60), || {
        sentinel_ports
            .iter()
            .all(|port| primary_of(*port) == Some(replica_port))
    })
    .await;
    assert!(promoted, "the Sentinels did not promote the replica");
    let failover = killed_at.elapsed();
    // The old primary comes back and the Sentinels make it a replica of the new one: until then
    // the new primary has no replica, and WAIT 1 answers 503 not_replicated.
    let _old_primary_back = redis_node(dir.path(), primary_port, None);
    let (jobs, refused) = load.await.unwrap();
    let tally = tally(&base, &jobs, refused, Duration::from_secs(240)).await;
    println!(
        "sentinel failover: {tally}; {at_kill} accepted when the primary was killed, replica promoted \
         after {:.1} s",
        failover.as_secs_f64()
    );
    let new_role = replication(primary_port);
    api.terminate(Duration::from_secs(10)).await;
    for worker in &mut workers {
        worker.terminate(Duration::from_secs(30)).await;
    }
    let dump = || {
        for name in ["api.log", "worker-0.log", "worker-1.log"] {
            let text = std::fs::read_to_string(logs.path().join(name)).unwrap_or_default();
            let tail: Vec<&str> = text.lines().rev().take(30).collect();
            eprintln!("--- {name} (last lines, newest first)\n{}", tail.join("\n"));
        }
    };
    if tally.lost > 0 || tally.completed != tally.submitted || tally.wrong_output > 0 {
        dump();
    }
    assert_eq!(tally.submitted, 400, "every job was accepted in the end");
    assert_eq!(tally.lost, 0, "{tally}");
    assert_eq!(tally.completed, tally.submitted, "{tally}");
    assert_eq!(tally.wrong_output, 0, "{tally}");
    assert!(
        new_role.contains("role:slave"),
        "the old primary came back as a replica: {new_role}"
    );
}
