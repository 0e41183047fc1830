//! What the scale tests start on this machine: Redis nodes and Sentinels of their own, the
//! release `sandbox-api` and `sandbox-worker` binaries, and a load of numbered jobs counted to
//! the end.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A directory of the test's own, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(what: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("sandbox-{what}-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A process killed (SIGKILL) when dropped.
pub struct Process {
    pub name: String,
    child: Option<Child>,
}

impl Process {
    pub fn spawn(name: impl Into<String>, command: &mut Command) -> Process {
        let name = name.into();
        let child = command
            .stdin(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting {name}: {e}"));
        Process {
            name,
            child: Some(child),
        }
    }

    /// SIGKILL: a crash.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGTERM, and up to `bound` for it to exit.
    pub async fn terminate(&mut self, bound: Duration) {
        if let Some(child) = self.child.as_mut() {
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
            let deadline = Instant::now() + bound;
            while Instant::now() < deadline {
                if child.try_wait().unwrap().is_some() {
                    self.child = None;
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            eprintln!(
                "{} did not stop within {bound:?} of SIGTERM; killing it",
                self.name
            );
        }
        self.kill();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A release binary of this workspace (`scripts/setup.sh` builds them): `sandbox-api`,
/// `sandbox-worker`.
pub fn release_binary(name: &str) -> PathBuf {
    let target = option_env!("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target")));
    let path = target.join("release").join(name);
    assert!(
        path.exists(),
        "{} is missing: run scripts/setup.sh (or cargo build --release) first",
        path.display()
    );
    path
}

/// `sandbox-api` or `sandbox-worker` with exactly `env` (and PATH), its log in `log`.
pub fn service(binary: &str, env: &HashMap<String, String>, log: &Path) -> Process {
    let log = std::fs::File::create(log).unwrap();
    let mut command = Command::new(release_binary(binary));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(env)
        .stdout(log.try_clone().unwrap())
        .stderr(log);
    Process::spawn(binary, &mut command)
}

/// A synchronous Redis command to `port`, None if the node does not answer.
pub fn redis_at<T: redis::FromRedisValue>(port: u16, cmd: &mut redis::Cmd) -> Option<T> {
    let client = redis::Client::open(format!("redis://127.0.0.1:{port}")).ok()?;
    let mut conn = client.get_connection_with_timeout(Duration::from_secs(1)).ok()?;
    cmd.query(&mut conn).ok()
}

/// Whether `check` holds within `bound`, asked every 100 ms.
pub async fn eventually(bound: Duration, mut check: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + bound;
    while Instant::now() < deadline {
        if check() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    check()
}

/// What a load run did.
#[derive(Debug, Default)]
pub struct Tally {
    /// Jobs answered 202.
    pub submitted: usize,
    pub completed: usize,
    pub failed: usize,
    /// Answered 202 and never terminal, or gone.
    pub lost: usize,
    pub wrong_output: usize,
    /// Submissions answered 503 (or not answered), then retried.
    pub refused: usize,
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "submitted {} / completed {} / failed {} / lost {} (wrong output {}; submissions refused and retried {})",
            self.submitted, self.completed, self.failed, self.lost, self.wrong_output, self.refused
        )
    }
}

/// Submits `count` jobs printing their number over `parallel` clients, each retrying a refused
/// or unanswered submission (503 during an outage) for up to `patience`; `accepted` counts the
/// 202s as they come. Returns each accepted job's id and expected output, and the refusals.
pub async fn submit_load(
    base: String,
    count: usize,
    parallel: usize,
    patience: Duration,
    accepted: Arc<AtomicUsize>,
) -> (Vec<(String, String)>, usize) {
    let next = Arc::new(AtomicUsize::new(0));
    let refused = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..parallel {
        let (base, next, refused, accepted) =
            (base.to_string(), next.clone(), refused.clone(), accepted.clone());
        tasks.push(tokio::spawn(async move {
            let http = reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap();
            let mut mine = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= count {
                    return mine;
                }
                let body = json!({ "code": format!("print({i})") });
                let deadline = Instant::now() + patience;
                loop {
                    let answer = http.post(format!("{base}/jobs")).json(&body).send().await;
                    match answer {
                        Ok(r) if r.status() == 202 => {
                            let body: Value = r.json().await.unwrap();
                            mine.push((body["id"].as_str().unwrap().to_string(), format!("{i}\n")));
                            accepted.fetch_add(1, Ordering::SeqCst);
                            break;
                        }
                        Ok(r) => {
                            let status = r.status();
                            let text = r.text().await.unwrap_or_default();
                            assert_eq!(status, 503, "only an outage may refuse a submission: {text}");
                        }
                        Err(_) => {}
                    }
                    refused.fetch_add(1, Ordering::SeqCst);
                    assert!(Instant::now() < deadline, "job {i} was refused for {patience:?}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }));
    }
    let mut jobs = Vec::new();
    for task in tasks {
        jobs.extend(task.await.unwrap());
    }
    (jobs, refused.load(Ordering::SeqCst))
}

/// Polls every job through the api until it is terminal (up to `bound` in all), and counts.
pub async fn tally(base: &str, jobs: &[(String, String)], refused: usize, bound: Duration) -> Tally {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(40))
        .build()
        .unwrap();
    let deadline = Instant::now() + bound;
    let mut tally = Tally {
        submitted: jobs.len(),
        refused,
        ..Tally::default()
    };
    for (id, expected) in jobs {
        let job = loop {
            let answer = http.get(format!("{base}/jobs/{id}?wait=10")).send().await;
            let job: Option<Value> = match answer {
                Ok(r) if r.status() == 200 => r.json().await.ok(),
                Ok(r) if r.status() == 404 => break None,
                _ => None,
            };
            match job {
                Some(job) if job["status"] == "completed" || job["status"] == "failed" => break Some(job),
                _ if Instant::now() >= deadline => break None,
                _ => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        match job {
            Some(job) if job["status"] == "completed" => {
                tally.completed += 1;
                if job["result"]["stdout"].as_str() != Some(expected) {
                    tally.wrong_output += 1;
                }
            }
            Some(_) => tally.failed += 1,
            None => tally.lost += 1,
        }
    }
    tally
}

/// Waits for the api at `base` to answer `/healthz`.
pub async fn api_up(base: &str) {
    let http = reqwest::Client::new();
    for _ in 0..200 {
        if http
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the api at {base} did not come up");
}
