//! What the fault tests control: worker processes, a Redis of their own, a TCP proxy.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sandbox::config::Config;
use serde_json::json;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use crate::support::TestApp;

/// The release worker binary that `scripts/setup.sh` builds (or SANDBOX_WORKER_BIN).
pub fn worker_binary() -> PathBuf {
    let path = std::env::var_os("SANDBOX_WORKER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            // The workspace's target directory (this crate is tests/, one below the root), or
            // CARGO_TARGET_DIR when the build was pointed elsewhere.
            let target = option_env!("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target")));
            target.join("release/sandbox-worker")
        });
    assert!(
        path.exists(),
        "{} is missing: run scripts/setup.sh first",
        path.display()
    );
    path
}

/// A `sandbox-worker` process, killed when dropped.
pub struct WorkerProcess {
    child: Child,
}

impl WorkerProcess {
    pub fn start(config: &Config, name: &str) -> WorkerProcess {
        let webhook = &config.webhook;
        let mut command = Command::new(worker_binary());
        command.env_clear();
        // The configuration's webhook settings (a worker delivers the callbacks).
        if let Some(secret) = &webhook.secret {
            command.env("WEBHOOK_SECRET", String::from_utf8(secret.clone()).unwrap());
        }
        let child = command
            .env("WEBHOOK_ALLOW_PRIVATE", webhook.allow_private.to_string())
            .env("WEBHOOK_MAX_ATTEMPTS", webhook.max_attempts.to_string())
            .env("WEBHOOK_RETRY_BASE", webhook.retry_base.as_secs_f64().to_string())
            .env("WEBHOOK_TIMEOUT", webhook.timeout.as_secs_f64().to_string())
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("REDIS_URL", &config.redis_url)
            .env("REDIS_PREFIX", &config.redis_prefix)
            .env("RUNTIME_IMAGE", &config.runtime_image)
            // The default runtime only, as every test's workers (a pooled python-data container
            // loads its packages for seconds, which a stopping worker waits for).
            .env("RUNTIMES", "python")
            .env("CONTAINER_RUNTIME", config.container_runtime.to_string())
            .env("WORKER_ID", name)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .spawn()
            .expect("starting the worker binary");
        WorkerProcess { child }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL: no clean-up of any kind.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// SIGTERM, then the exit status (None if it did not exit within `bound`).
    pub async fn terminate(mut self, bound: Duration) -> Option<std::process::ExitStatus> {
        Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .unwrap();
        let deadline = Instant::now() + bound;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        None
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A Redis of the test's own, with append-only persistence, that it can crash and restart.
pub struct PrivateRedis {
    pub port: u16,
    dir: PathBuf,
    child: Option<Child>,
}

impl PrivateRedis {
    pub async fn start() -> PrivateRedis {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = std::env::temp_dir().join(format!("sandbox-faults-redis-{port}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut redis = PrivateRedis {
            port,
            dir,
            child: None,
        };
        redis.launch().await;
        redis
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    async fn launch(&mut self) {
        let child = Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
            ])
            .args(["--appendonly", "yes", "--appendfsync", "everysec"])
            .arg("--dir")
            .arg(&self.dir)
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server");
        self.child = Some(child);
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", self.port)).await.is_ok() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("redis-server did not start on {}", self.port);
    }

    /// Kills Redis with SIGKILL (a crash), then starts it again on its data.
    pub async fn crash_and_restart(&mut self, down_for: Duration) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
        tokio::time::sleep(down_for).await;
        self.launch().await;
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A TCP proxy the test can cut: every connection through it is dropped, and new ones refused,
/// until it is restored.
pub struct Proxy {
    pub addr: SocketAddr,
    cut: watch::Sender<bool>,
    _accepting: tokio::task::JoinHandle<()>,
}

impl Proxy {
    pub async fn start(target: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (cut, cut_rx) = watch::channel(false);
        let accepting = tokio::spawn(async move {
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else {
                    return;
                };
                let mut cut_rx = cut_rx.clone();
                if *cut_rx.borrow() {
                    continue; // dropped at once: the connection is refused in effect
                }
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(target).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = cut_rx.wait_for(|cut| *cut) => {}
                    }
                });
            }
        });
        Proxy {
            addr,
            cut,
            _accepting: accepting,
        }
    }

    pub fn cut(&self) {
        self.cut.send_replace(true);
    }

    pub fn restore(&self) {
        self.cut.send_replace(false);
    }
}

/// Submits `count` jobs printing their number (retrying a 503 while Redis is down, up to
/// `patience`), and returns the ids of those accepted with their expected output.
pub async fn submit_numbered(app: &TestApp, count: usize, sleep: f64) -> Vec<(String, String)> {
    let mut accepted = Vec::new();
    for i in 0..count {
        let code = format!("import time\ntime.sleep({sleep})\nprint({i})");
        let response = app.submit(json!({ "code": code })).await;
        if response.status() == 202 {
            let body: serde_json::Value = response.json().await.unwrap();
            accepted.push((body["id"].as_str().unwrap().to_string(), format!("{i}\n")));
        } else {
            assert_eq!(response.status(), 503, "only an outage may refuse a submission");
        }
    }
    accepted
}

/// Figures of a run: what was accepted, and how it ended.
#[derive(Debug, Default)]
pub struct Tally {
    pub submitted: usize,
    pub completed: usize,
    pub failed: usize,
    pub lost: usize,
    pub wrong_output: usize,
}

/// Waits (up to `bound`) for every job to be terminal, then counts.
pub async fn tally(app: &TestApp, jobs: &[(String, String)], bound: Duration) -> Tally {
    let deadline = Instant::now() + bound;
    let queue = app.queue();
    let mut tally = Tally {
        submitted: jobs.len(),
        ..Tally::default()
    };
    for (id, expected) in jobs {
        let id = id.parse().unwrap();
        let job = loop {
            let job = loop {
                match queue.job(id).await {
                    Ok(job) => break job,
                    Err(_) if Instant::now() < deadline => {
                        tokio::time::sleep(Duration::from_millis(200)).await
                    }
                    Err(err) => panic!("redis stayed unavailable: {err}"),
                }
            };
            match job {
                Some(job) if job.status.is_terminal() || Instant::now() >= deadline => break Some(job),
                None => break None,
                Some(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        match job {
            Some(job) if job.status == sandbox::job::Status::Completed => {
                tally.completed += 1;
                if job.result.map(|r| r.stdout) != Some(expected.clone()) {
                    tally.wrong_output += 1;
                }
            }
            Some(job) if job.status == sandbox::job::Status::Failed => tally.failed += 1,
            _ => tally.lost += 1,
        }
    }
    tally
}

/// Whether the flag flips within `bound`.
pub async fn eventually(bound: Duration, mut check: impl AsyncFnMut() -> bool) -> bool {
    let deadline = Instant::now() + bound;
    while Instant::now() < deadline {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}
