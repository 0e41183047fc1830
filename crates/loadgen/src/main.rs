//! The service next to its baselines, in one run on one machine: `print("hi")` with the default
//! limits (1 CPU, 100 MiB, 64 processes, no network, read-only root, non-root).
//!
//! Run with `bash scripts/bench.sh` (it builds the release binaries, then runs this tool:
//! `cargo run --release -p sandbox-loadgen`). It prints a table and asserts nothing: speed is measured,
//! never asserted (the machines are shared and noisy).
//!
//! What it starts: a private Redis (append-only, `appendfsync everysec`, as deployed) on a free
//! port, and the release `sandbox-api` and `sandbox-worker` binaries as processes. The worker
//! reaches the Docker engine through a counting proxy, so the Engine API calls per job are
//! counted, as are the Redis commands per job (from `MONITOR`, commands run inside our Lua
//! scripts excluded: those are not round trips).
//!
//! Every row runs under runc (CONTAINER_RUNTIME=runc, like the baselines) except the runtimes
//! section, which runs the same hello-world job under runc and under runsc (when the engine has
//! it) side by side, interleaved, and gives runsc's figures against runc's.
//!
//! Knobs (environment): BENCH_RUNS (sequential runs, default 40), BENCH_SECONDS (length of each
//! throughput run, default 15), BENCH_RUNTIMES_ONLY=1 (the latency rows and the runtimes section
//! only, about 2 minutes), BENCH_WAIT_ONLY=1 (only what `REDIS_WAIT_REPLICAS` costs an accepted
//! submission, about 30 s), BENCH_DATA_ONLY=1 (the baselines and `print("hi")` in the
//! `python-data` runtime beside `python`), BENCH_POLICY_ONLY=1 (the baselines and what `CODE_POLICY=strict`
//! costs a run against `CODE_POLICY=off`, interleaved).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bollard::query_parameters::{RemoveContainerOptionsBuilder, WaitContainerOptionsBuilder};
use bollard::Docker;
use futures_util::StreamExt;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const HELLO: &str = "print(\"hi\")";
const FLOOD: &str = "chunk = 'y' * 1_000_000\nfor _ in range(50):\n    print(chunk)\nprint('end')";
/// The runtime image's interpreter, run directly (no launcher) by the baselines.
const PYTHON_HI: [&str; 3] = ["python3", "-c", "print(\"hi\")"];

fn knob(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn root() -> PathBuf {
    // The workspace root: crates/loadgen is two levels below it.
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn image() -> String {
    std::env::var("RUNTIME_IMAGE").unwrap_or_else(|_| "sandbox-runtime:latest".into())
}

// ---------------------------------------------------------------------------------------------
// Figures

#[derive(Default, Clone)]
struct Latencies(Vec<Duration>);

impl Latencies {
    fn push(&mut self, d: Duration) {
        self.0.push(d);
    }

    fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.0.clone();
        sorted.sort();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }

    fn summary(&self) -> String {
        format!(
            "p50 {:>6.1} ms  p90 {:>6.1} ms  p99 {:>6.1} ms  (n={})",
            ms(self.percentile(50.0)),
            ms(self.percentile(90.0)),
            ms(self.percentile(99.0)),
            self.0.len()
        )
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Row {
    what: String,
    figure: String,
    ratio: String,
}

fn row(rows: &mut Vec<Row>, what: &str, figure: String, ratio: String) {
    println!("  {what}: {figure}   {ratio}");
    rows.push(Row {
        what: what.to_string(),
        figure,
        ratio,
    });
}

// ---------------------------------------------------------------------------------------------
// Processes: a private Redis, the api, workers

struct Proc {
    name: String,
    child: Child,
}

impl Proc {
    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    /// SIGTERM, then wait: the worker removes its pool's containers on the way out.
    fn stop(mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.pid().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("{} did not stop; killing it", self.name);
        let _ = self.child.kill();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_redis(dir: &Path, port: u16) -> Proc {
    start_redis_node(dir, port, None)
}

/// A Redis as [`start_redis`]; a replica of the one on `primary` if given.
fn start_redis_node(dir: &Path, port: u16, primary: Option<u16>) -> Proc {
    std::fs::create_dir_all(dir).unwrap();
    let primary = primary.map(|p| p.to_string());
    let replica_of: Vec<&str> = match &primary {
        Some(p) => vec!["--replicaof", "127.0.0.1", p],
        None => vec![],
    };
    let child = Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", ""])
        .args(replica_of)
        .args(["--appendonly", "yes", "--appendfsync", "everysec"])
        .arg("--dir")
        .arg(dir)
        .stdout(Stdio::null())
        .spawn()
        .expect("redis-server (scripts/setup.sh installs it)");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Proc {
        name: "redis".into(),
        child,
    }
}

#[derive(Clone)]
struct Stack {
    redis_url: String,
    prefix: String,
    docker_host: String,
}

impl Stack {
    fn env(&self, extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut vars = vec![
            ("REDIS_URL".to_string(), self.redis_url.clone()),
            ("REDIS_PREFIX".to_string(), self.prefix.clone()),
            ("RATE_LIMIT".to_string(), "0".to_string()),
            ("MAX_QUEUE_LENGTH".to_string(), "10000000".to_string()),
            ("RUST_LOG".to_string(), "warn".to_string()),
            ("DOCKER_HOST".to_string(), self.docker_host.clone()),
            // The baselines run under runc, so the rows compared with them do too; the
            // runtimes section sets CONTAINER_RUNTIME itself (a later entry wins).
            ("CONTAINER_RUNTIME".to_string(), "runc".to_string()),
        ];
        for (k, v) in extra {
            vars.push((k.to_string(), v.to_string()));
        }
        vars
    }

    fn spawn(&self, binary: &str, extra: &[(&str, &str)]) -> Proc {
        let path = root().join("target/release").join(binary);
        let child = Command::new(&path)
            .envs(self.env(extra))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("{}: {e} (run scripts/bench.sh, which builds it)", path.display()));
        Proc {
            name: binary.to_string(),
            child,
        }
    }

    async fn api(&self, port: u16) -> (Proc, String) {
        self.api_with(port, &[]).await
    }

    async fn api_with(&self, port: u16, extra: &[(&str, &str)]) -> (Proc, String) {
        let bind = format!("127.0.0.1:{port}");
        let mut vars = vec![("BIND_ADDR", bind.as_str())];
        vars.extend_from_slice(extra);
        let api = self.spawn("sandbox-api", &vars);
        let url = format!("http://{bind}");
        let http = reqwest::Client::new();
        for _ in 0..200 {
            if http
                .get(format!("{url}/readyz"))
                .send()
                .await
                .is_ok_and(|r| r.status() == 200)
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        (api, url)
    }

    /// A worker, back once its warm pool is full (the pool is what a warm worker has): as many
    /// running containers under its name as `WARM_POOL_SIZE` (default 2) says, or 30 s.
    async fn worker(&self, name: &str, extra: &[(&str, &str)]) -> Proc {
        let mut vars = vec![("WORKER_ID", name)];
        vars.extend_from_slice(extra);
        let worker = self.spawn("sandbox-worker", &vars);
        let pool: usize = extra
            .iter()
            .find(|(k, _)| *k == "WARM_POOL_SIZE")
            .map_or(2, |(_, v)| v.parse().unwrap());
        let label = format!("label=sandbox.worker={name}");
        for _ in 0..300 {
            let listed = Command::new("docker")
                .args(["ps", "-q", "--filter", &label, "--filter", "status=running"])
                .output()
                .expect("docker");
            if String::from_utf8_lossy(&listed.stdout).lines().count() >= pool {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // A moment for its first read of the stream and its exit-event subscription.
        tokio::time::sleep(Duration::from_millis(500)).await;
        worker
    }
}

// ---------------------------------------------------------------------------------------------
// A counting proxy in front of the Docker engine's socket

#[derive(Clone, Default)]
struct EngineCalls(Arc<Mutex<BTreeMap<String, u64>>>);

impl EngineCalls {
    fn take(&self) -> BTreeMap<String, u64> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }

    /// Counts the HTTP requests in what the client wrote: `POST /v1.41/containers/<id>/start`
    /// counts as `POST containers/{id}/start`.
    fn count(&self, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes);
        for line in text.split("\r\n").filter(|l| l.ends_with(" HTTP/1.1")) {
            let mut parts = line.split(' ');
            let (Some(method), Some(path)) = (parts.next(), parts.next()) else {
                continue;
            };
            let path = path.split('?').next().unwrap_or_default();
            let path: Vec<&str> = path
                .split('/')
                .filter(|s| !s.is_empty() && !s.starts_with("v1."))
                .map(|s| {
                    if s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
                        "{id}"
                    } else {
                        s
                    }
                })
                .collect();
            *self
                .0
                .lock()
                .unwrap()
                .entry(format!("{method} {}", path.join("/")))
                .or_default() += 1;
        }
    }
}

async fn engine_proxy(socket: PathBuf, calls: EngineCalls) {
    let _ = std::fs::remove_file(&socket);
    let listener = tokio::net::UnixListener::bind(&socket).expect("proxy socket");
    loop {
        let Ok((client, _)) = listener.accept().await else {
            continue;
        };
        let calls = calls.clone();
        tokio::spawn(async move {
            let Ok(engine) = tokio::net::UnixStream::connect("/var/run/docker.sock").await else {
                return;
            };
            let (mut client_read, mut client_write) = client.into_split();
            let (mut engine_read, mut engine_write) = engine.into_split();
            let upstream = async {
                let mut buf = vec![0u8; 64 * 1024];
                while let Ok(n) = client_read.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                    calls.count(&buf[..n]);
                    if engine_write.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
                let _ = engine_write.shutdown().await;
            };
            let downstream = async {
                let _ = tokio::io::copy(&mut engine_read, &mut client_write).await;
                let _ = client_write.shutdown().await;
            };
            tokio::join!(upstream, downstream);
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Redis commands per job, from MONITOR

struct Monitor {
    child: Child,
    file: PathBuf,
}

fn monitor(port: u16, file: PathBuf) -> Monitor {
    let out = std::fs::File::create(&file).unwrap();
    let child = Command::new("redis-cli")
        .args(["-p", &port.to_string(), "monitor"])
        .stdout(out)
        .spawn()
        .expect("redis-cli");
    std::thread::sleep(Duration::from_millis(300));
    Monitor { child, file }
}

impl Monitor {
    /// Commands clients sent (not those run by scripts), by name.
    fn stop(mut self) -> BTreeMap<String, u64> {
        std::thread::sleep(Duration::from_millis(300));
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut counts = BTreeMap::new();
        for line in std::fs::read_to_string(&self.file).unwrap_or_default().lines() {
            // 1700000000.123456 [0 127.0.0.1:41234] "evalsha" "…" …   (scripts: [0 lua])
            if line.contains(" lua]") || !line.contains('[') {
                continue;
            }
            if let Some(command) = line.split('"').nth(1) {
                *counts.entry(command.to_lowercase()).or_default() += 1;
            }
        }
        counts
    }
}

fn per_job(counts: &BTreeMap<String, u64>, jobs: u64) -> String {
    let total: u64 = counts.values().sum();
    let parts: Vec<String> = counts
        .iter()
        .map(|(k, v)| format!("{k} {:.2}", *v as f64 / jobs as f64))
        .collect();
    format!("{:.2} per job ({})", total as f64 / jobs as f64, parts.join(", "))
}

// ---------------------------------------------------------------------------------------------
// Clients

async fn submit_and_wait(http: &reqwest::Client, url: &str, code: &str) -> Result<Value, String> {
    submit_body_and_wait(http, url, &json!({ "code": code })).await
}

/// [`submit_and_wait`] for any submission body.
async fn submit_body_and_wait(http: &reqwest::Client, url: &str, body: &Value) -> Result<Value, String> {
    let response = http
        .post(format!("{url}/jobs"))
        .json(body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if response.status() != 202 {
        return Err(format!("submit: {}", response.status()));
    }
    let id = response.json::<Value>().await.map_err(|e| e.to_string())?["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    loop {
        let job: Value = http
            .get(format!("{url}/jobs/{id}?wait=30"))
            .send()
            .await
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        match job["status"].as_str() {
            Some("completed") | Some("failed") => return Ok(job),
            _ => continue,
        }
    }
}

/// Submits `body` and waits for its job.
async fn submit_body(http: &reqwest::Client, url: &str, body: &Value) -> Result<Value, String> {
    let response = http
        .post(format!("{url}/jobs"))
        .json(body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if response.status() != 202 {
        return Err(format!("submit: {}", response.status()));
    }
    let id = response.json::<Value>().await.map_err(|e| e.to_string())?["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    loop {
        let job: Value = http
            .get(format!("{url}/jobs/{id}?wait=30"))
            .send()
            .await
            .map_err(|e| e.to_string())?
            .json()
            .await
            .map_err(|e| e.to_string())?;
        if job["status"] == "completed" || job["status"] == "failed" {
            return Ok(job);
        }
    }
}

const ECHO: &str = "print(input())";
const BATCH_CASES: usize = 20;

/// A 20-case batch of `print(input())` against the same 20 inputs as separate jobs, one after
/// another and all at once, in rounds: the median wall time of each (submit to last result).
async fn batch_against_jobs(url: &str, rounds: usize) -> (Latencies, Latencies, Latencies, u64) {
    let http = reqwest::Client::new();
    let inputs: Vec<String> = (0..BATCH_CASES).map(|i| format!("case {i}")).collect();
    let tests: Vec<Value> = inputs
        .iter()
        .map(|i| json!({ "stdin": format!("{i}\n"), "expected_stdout": format!("{i}\n") }))
        .collect();
    let batch = json!({ "code": ECHO, "tests": tests });
    let (mut batches, mut serial, mut parallel, mut errors) = (
        Latencies::default(),
        Latencies::default(),
        Latencies::default(),
        0,
    );
    // One of each first, not counted: connections and caches.
    let _ = submit_body(&http, url, &batch).await;
    for _ in 0..rounds {
        let began = Instant::now();
        match submit_body(&http, url, &batch).await {
            Ok(job) if job["result"]["summary"]["passed"] == BATCH_CASES => batches.push(began.elapsed()),
            other => {
                eprintln!("unexpected batch: {other:?}");
                errors += 1;
            }
        }
        let began = Instant::now();
        for input in &inputs {
            let body = json!({ "code": ECHO, "stdin": format!("{input}\n") });
            match submit_body(&http, url, &body).await {
                Ok(job) if job["result"]["stdout"] == format!("{input}\n") => {}
                _ => errors += 1,
            }
        }
        serial.push(began.elapsed());
        let began = Instant::now();
        let jobs = inputs.iter().map(|input| {
            let body = json!({ "code": ECHO, "stdin": format!("{input}\n") });
            let http = http.clone();
            async move { submit_body(&http, url, &body).await }
        });
        for job in futures_util::future::join_all(jobs).await {
            if !job.is_ok_and(|job| job["result"]["outcome"] == "success") {
                errors += 1;
            }
        }
        parallel.push(began.elapsed());
    }
    (batches, serial, parallel, errors)
}

/// The batch row: the batch's median against the separate jobs', with the ratios.
async fn batch_rows(url: &str, rows: &mut Vec<Row>, rounds: usize) {
    println!("\n## a {BATCH_CASES}-case batch against {BATCH_CASES} separate jobs (pool on)");
    let (batches, serial, parallel, errors) = batch_against_jobs(url, rounds).await;
    let batch = ms(batches.percentile(50.0));
    row(
        rows,
        &format!("one batch of {BATCH_CASES} cases of print(input())"),
        format!("p50 {batch:.1} ms (n={}, errors {errors})", batches.0.len()),
        "1.00 ×".into(),
    );
    for (what, lat) in [
        ("one after another", &serial),
        ("all submitted at once", &parallel),
    ] {
        let p50 = ms(lat.percentile(50.0));
        row(
            rows,
            &format!("{BATCH_CASES} separate jobs, {what}"),
            format!("p50 {p50:.1} ms (n={})", lat.0.len()),
            format!("batch {:.1} × faster", p50 / batch),
        );
    }
}

fn hello_ok(job: &Value) -> bool {
    job["status"] == "completed" && job["result"]["stdout"] == "hi\n"
}

/// Sequential submit-to-result of `print("hi")`; `pause` between runs.
async fn sequential(url: &str, runs: u64, pause: Duration) -> (Latencies, u64) {
    let http = reqwest::Client::new();
    let (mut latencies, mut errors) = (Latencies::default(), 0);
    // One run first, not counted: connections and caches.
    let _ = submit_and_wait(&http, url, HELLO).await;
    tokio::time::sleep(pause.max(Duration::from_millis(500))).await;
    for _ in 0..runs {
        let started = Instant::now();
        match submit_and_wait(&http, url, HELLO).await {
            Ok(job) if hello_ok(&job) => latencies.push(started.elapsed()),
            Ok(job) => {
                errors += 1;
                eprintln!("unexpected: {job}");
            }
            Err(e) => {
                errors += 1;
                eprintln!("error: {e}");
            }
        }
        tokio::time::sleep(pause).await;
    }
    (latencies, errors)
}

/// Sequential submit-to-result of `print("hi")` against several services in turn — one job to
/// each, then the next round — so that they share the machine's noise alike; `pause` after
/// every job. Latencies and errors per service, in `urls`' order.
async fn interleaved(urls: &[String], runs: u64, pause: Duration) -> Vec<(Latencies, u64)> {
    interleaved_code(urls, runs, pause, HELLO, "hi\n").await
}

/// [`interleaved`] for any program whose run must complete with `expect` on stdout.
async fn interleaved_code(
    urls: &[String],
    runs: u64,
    pause: Duration,
    code: &str,
    expect: &str,
) -> Vec<(Latencies, u64)> {
    let http = reqwest::Client::new();
    let mut out = vec![(Latencies::default(), 0u64); urls.len()];
    let ok = |job: &Value| job["status"] == "completed" && job["result"]["stdout"] == expect;
    for url in urls {
        // One run each first, not counted: connections and caches.
        let _ = submit_and_wait(&http, url, code).await;
    }
    tokio::time::sleep(pause.max(Duration::from_millis(500))).await;
    for _ in 0..runs {
        for (url, (latencies, errors)) in urls.iter().zip(out.iter_mut()) {
            let started = Instant::now();
            match submit_and_wait(&http, url, code).await {
                Ok(job) if ok(&job) => latencies.push(started.elapsed()),
                other => {
                    *errors += 1;
                    eprintln!("unexpected: {other:?}");
                }
            }
            tokio::time::sleep(pause).await;
        }
    }
    out
}

fn p50_p95(latencies: &Latencies) -> String {
    format!(
        "p50 {:>6.1} ms  p95 {:>6.1} ms  (n={})",
        ms(latencies.percentile(50.0)),
        ms(latencies.percentile(95.0)),
        latencies.0.len()
    )
}

/// The runtimes the engine has registered, as the docker CLI lists them.
fn engine_runtimes() -> Vec<String> {
    let out = Command::new("docker")
        .args([
            "info",
            "--format",
            "{{range $name, $_ := .Runtimes}}{{$name}} {{end}}",
        ])
        .output()
        .expect("docker");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(String::from)
        .collect()
}

/// `clients` loops of `attempt` (each with its own HTTP client) for `seconds`: successes per
/// second, failures, and the latencies of the successes.
async fn load<F, Fut>(url: &str, clients: usize, seconds: u64, attempt: F) -> (f64, u64, Latencies)
where
    F: Fn(reqwest::Client, String) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (url, stop, attempt) = (url.to_string(), stop.clone(), attempt.clone());
        tasks.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let (mut latencies, mut errors) = (Latencies::default(), 0u64);
            while !stop.load(Ordering::Relaxed) {
                let t = Instant::now();
                if attempt(http.clone(), url.clone()).await {
                    latencies.push(t.elapsed());
                } else {
                    errors += 1;
                }
            }
            (latencies, errors)
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let (mut all, mut errors) = (Latencies::default(), 0);
    for task in tasks {
        let (l, e) = task.await.unwrap();
        all.0.extend(l.0);
        errors += e;
    }
    (all.0.len() as f64 / started.elapsed().as_secs_f64(), errors, all)
}

/// `clients` loops of submit-and-wait: jobs per second, errors, latencies.
async fn throughput(url: &str, clients: usize, seconds: u64) -> (f64, u64, Latencies) {
    load(url, clients, seconds, |http, url| async move {
        submit_and_wait(&http, &url, HELLO)
            .await
            .is_ok_and(|job| hello_ok(&job))
    })
    .await
}

/// Submissions only (no worker runs): accepted per second, errors, latencies.
async fn accept_only(url: &str, clients: usize, seconds: u64) -> (f64, u64, Latencies) {
    load(url, clients, seconds, |http, url| async move {
        let response = http
            .post(format!("{url}/jobs"))
            .json(&json!({ "code": HELLO }))
            .send()
            .await;
        match response {
            Ok(r) if r.status() == 202 => r.bytes().await.is_ok(),
            _ => false,
        }
    })
    .await
}

/// What `REDIS_WAIT_REPLICAS=1` costs an accepted submission: accept-only with no replica, with
/// a replica attached (replication alone), and with the api waiting for it (`WAIT 1`), each
/// against a fresh api; the benchmark's Redis is flushed after each.
async fn wait_cost(stack: &Stack, scratch: &Path, redis_port: u16, rows: &mut Vec<Row>) {
    println!("\n## api, accept only: what waiting for a replica costs (REDIS_WAIT_REPLICAS)");
    let seconds = 5;
    let flush = || {
        let flushed = Command::new("redis-cli")
            .args(["-p", &redis_port.to_string(), "flushall"])
            .output()
            .expect("redis-cli");
        assert!(flushed.status.success(), "FLUSHALL on the benchmark's Redis");
    };
    let mut measure = async |label: &str, extra: &[(&str, &str)]| {
        let port = free_port();
        let bind = format!("127.0.0.1:{port}");
        let mut vars = vec![("BIND_ADDR", bind.as_str())];
        vars.extend_from_slice(extra);
        let api = stack.spawn("sandbox-api", &vars);
        let url = format!("http://{bind}");
        let http = reqwest::Client::new();
        for _ in 0..200 {
            if http
                .get(format!("{url}/readyz"))
                .send()
                .await
                .is_ok_and(|r| r.status() == 200)
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let (rate, errors, lat) = accept_only(&url, 16, seconds).await;
        row(
            rows,
            label,
            format!("{rate:.0} /s  errors {errors}  {}", lat.summary()),
            String::new(),
        );
        api.stop();
        flush();
    };
    measure("POST /jobs accepted, 16 clients, no replica", &[]).await;
    let replica_port = free_port();
    let replica = start_redis_node(&scratch.join("replica"), replica_port, Some(redis_port));
    let mut synced = false;
    for _ in 0..200 {
        let info = Command::new("redis-cli")
            .args(["-p", &replica_port.to_string(), "info", "replication"])
            .output()
            .expect("redis-cli");
        if String::from_utf8_lossy(&info.stdout).contains("master_link_status:up") {
            synced = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(synced, "the benchmark's replica did not sync");
    measure(
        "POST /jobs accepted, 16 clients, one replica, not waited for",
        &[],
    )
    .await;
    measure(
        "POST /jobs accepted, 16 clients, REDIS_WAIT_REPLICAS=1",
        &[("REDIS_WAIT_REPLICAS", "1"), ("REDIS_WAIT_TIMEOUT", "1")],
    )
    .await;
    replica.stop();
}

// ---------------------------------------------------------------------------------------------
// Baselines

fn time_command(program: &str, args: &[&str], runs: u64) -> Latencies {
    let mut latencies = Latencies::default();
    for i in 0..=runs {
        let started = Instant::now();
        let out = Command::new(program).args(args).output().expect(program);
        let took = started.elapsed();
        assert!(
            String::from_utf8_lossy(&out.stdout) == "hi\n",
            "{program}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if i > 0 {
            latencies.push(took);
        }
    }
    latencies
}

fn docker_run_args(image: &str) -> Vec<String> {
    let mut args: Vec<String> = [
        "run",
        "--rm",
        "--network",
        "none",
        "--cpus",
        "1",
        "--memory",
        "100m",
        "--memory-swap",
        "100m",
        "--pids-limit",
        "64",
        "--read-only",
        "--user",
        "64000:64000",
        "--cap-drop",
        "ALL",
        "--security-opt",
        "no-new-privileges",
        "--init",
        "--log-driver",
        "none",
        "--entrypoint",
        "python3",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(image.to_string());
    args.extend(["-c".to_string(), "print(\"hi\")".to_string()]);
    args
}

/// One one-shot container through the Engine API: create, start, wait, remove — with the
/// worker's own container settings, the program given on the command line instead of stdin.
async fn engine_once(
    docker: &Docker,
    settings: &sandbox_worker::container::Settings,
    prefix: &str,
) -> Duration {
    let owner = sandbox_worker::container::Owner {
        prefix: prefix.to_string(),
        worker: "bench".into(),
    };
    let mut body = sandbox_worker::container::create_body(
        settings,
        sandbox_worker::container::labels(&owner, None),
        *settings.job_uids.start(),
    );
    body.entrypoint = Some(PYTHON_HI.iter().map(|s| s.to_string()).collect());
    body.attach_stdin = Some(false);
    body.open_stdin = Some(false);
    body.stdin_once = Some(false);
    let started = Instant::now();
    let id = docker.create_container(None, body).await.expect("create").id;
    docker.start_container(&id, None).await.expect("start");
    let wait = WaitContainerOptionsBuilder::default()
        .condition("not-running")
        .build();
    let _ = docker.wait_container(&id, Some(wait)).next().await;
    let remove = RemoveContainerOptionsBuilder::default().force(true).build();
    docker.remove_container(&id, Some(remove)).await.expect("remove");
    started.elapsed()
}

async fn engine_sequential(
    docker: &Docker,
    settings: &sandbox_worker::container::Settings,
    prefix: &str,
    runs: u64,
) -> Latencies {
    let mut latencies = Latencies::default();
    engine_once(docker, settings, prefix).await;
    for _ in 0..runs {
        latencies.push(engine_once(docker, settings, prefix).await);
    }
    latencies
}

/// The engine's ceiling: `concurrency` loops of one-shot containers for `seconds`.
async fn engine_ceiling(
    docker: &Docker,
    settings: &sandbox_worker::container::Settings,
    prefix: &str,
    concurrency: usize,
    seconds: u64,
) -> (f64, Latencies) {
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (docker, settings, prefix, stop) =
            (docker.clone(), settings.clone(), prefix.to_string(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Latencies::default();
            while !stop.load(Ordering::Relaxed) {
                latencies.push(engine_once(&docker, &settings, &prefix).await);
            }
            latencies
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut all = Latencies::default();
    for task in tasks {
        all.0.extend(task.await.unwrap().0);
    }
    (all.0.len() as f64 / started.elapsed().as_secs_f64(), all)
}

// ---------------------------------------------------------------------------------------------

fn machine() -> String {
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|m| m.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_default();
    let engine = Command::new("docker")
        .args(["version", "--format", "{{.Server.Version}}"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    format!(
        "{cpus} CPUs ({model}), Docker engine {engine}, load average at start {}",
        load.split(' ').take(3).collect::<Vec<_>>().join(" ")
    )
}

fn ratio(ours: f64, base: f64) -> String {
    if base > 0.0 {
        format!("{:.2} ×", ours / base)
    } else {
        "-".into()
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let runs = knob("BENCH_RUNS", 40);
    let seconds = knob("BENCH_SECONDS", 15);
    let image = image();
    let stamp = uuid::Uuid::new_v4().simple().to_string();
    let prefix = format!("bench-{}", &stamp[..8]);
    let scratch = std::env::temp_dir().join(format!("sandbox-bench-{}", &stamp[..8]));
    std::fs::create_dir_all(&scratch).unwrap();
    println!("# sandbox benchmark: print(\"hi\") with the default limits");
    println!("machine: {}", machine());
    println!("sequential runs: {runs}; throughput runs: {seconds} s each\n");

    let redis_port = free_port();
    let redis = start_redis(&scratch.join("redis"), redis_port);
    let calls = EngineCalls::default();
    let socket = scratch.join("docker.sock");
    tokio::spawn(engine_proxy(socket.clone(), calls.clone()));
    let stack = Stack {
        redis_url: format!("redis://127.0.0.1:{redis_port}"),
        prefix: prefix.clone(),
        docker_host: format!("unix://{}", socket.display()),
    };
    let docker = sandbox_worker::connect_docker().await.expect("a Docker engine");
    let mut vars = std::collections::HashMap::new();
    vars.insert("RUNTIME_IMAGE".to_string(), image.clone());
    let config = sandbox::Config::from_vars(&vars).unwrap();
    let settings = sandbox_worker::container::Settings::from_config(&config, "runc");
    let mut rows = Vec::new();

    if knob("BENCH_WAIT_ONLY", 0) == 1 {
        wait_cost(&stack, &scratch, redis_port, &mut rows).await;
        redis.stop();
        let _ = std::fs::remove_dir_all(&scratch);
        print_table(&rows);
        return;
    }

    println!("## latency, sequential");
    let bare = time_command(PYTHON_HI[0], &PYTHON_HI[1..], runs);
    row(
        &mut rows,
        "bare python3 -c (no isolation)",
        bare.summary(),
        String::new(),
    );
    let docker_run = time_command(
        "docker",
        &docker_run_args(&image)
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        runs,
    );
    let base = ms(docker_run.percentile(50.0));
    row(
        &mut rows,
        "docker run --rm, same limits (baseline)",
        docker_run.summary(),
        "1.00 ×".into(),
    );
    if knob("BENCH_DATA_ONLY", 0) == 1 {
        data_side_by_side(&stack, &mut rows, runs, base).await;
        redis.stop();
        let _ = std::fs::remove_dir_all(&scratch);
        print_table(&rows);
        return;
    }
    if knob("BENCH_POLICY_ONLY", 0) == 1 {
        policy_side_by_side(&stack, &mut rows, runs, base).await;
        redis.stop();
        let _ = std::fs::remove_dir_all(&scratch);
        print_table(&rows);
        return;
    }
    row(
        &mut rows,
        "bare python3 -c, p50 vs baseline",
        String::new(),
        ratio(ms(bare.percentile(50.0)), base),
    );
    let cold = engine_sequential(&docker, &settings, &prefix, runs).await;
    row(
        &mut rows,
        "Engine API: create, start, wait, remove",
        cold.summary(),
        ratio(ms(cold.percentile(50.0)), base),
    );

    let (api, url) = stack.api(free_port()).await;
    let api_idle = api.rss_kib();
    if knob("BENCH_BATCH_ONLY", 0) == 1 {
        let worker = stack.worker("bench-batch", &[("WARM_POOL_SIZE", "2")]).await;
        batch_rows(&url, &mut rows, knob("BENCH_BATCH_ROUNDS", 5) as usize).await;
        worker.stop();
        api.stop();
        redis.stop();
        let _ = std::fs::remove_dir_all(&scratch);
        print_table(&rows);
        return;
    }
    for (label, pool) in [("pool off", "0"), ("pool on (WARM_POOL_SIZE=2)", "2")] {
        let worker = stack
            .worker(&format!("bench-{pool}"), &[("WARM_POOL_SIZE", pool)])
            .await;
        let (lat, errors) = sequential(&url, runs, Duration::ZERO).await;
        row(
            &mut rows,
            &format!("ours, submit to result, back to back, {label}"),
            format!("{}  errors {errors}", lat.summary()),
            ratio(ms(lat.percentile(50.0)), base),
        );
        calls.take();
        let watch = monitor(redis_port, scratch.join(format!("monitor-{pool}.txt")));
        let (lat, errors) = sequential(&url, runs, Duration::from_millis(300)).await;
        let redis_calls = watch.stop();
        let engine_calls = calls.take();
        row(
            &mut rows,
            &format!("ours, submit to result, 300 ms apart, {label}"),
            format!("{}  errors {errors}", lat.summary()),
            ratio(ms(lat.percentile(50.0)), base),
        );
        // The uncounted first run is in the counts too.
        let jobs = runs + 1;
        println!(
            "    Redis commands (api and worker, heartbeats included): {}",
            per_job(&redis_calls, jobs)
        );
        println!("    Engine API calls: {}", per_job(&engine_calls, jobs));
        if pool != "0" {
            batch_rows(&url, &mut rows, knob("BENCH_BATCH_ROUNDS", 5) as usize).await;
        }
        worker.stop();
    }

    runtimes_side_by_side(&stack, &mut rows, runs, base).await;
    data_side_by_side(&stack, &mut rows, runs, base).await;
    policy_side_by_side(&stack, &mut rows, runs, base).await;
    if knob("BENCH_RUNTIMES_ONLY", 0) == 1 {
        api.stop();
        redis.stop();
        let _ = std::fs::remove_dir_all(&scratch);
        print_table(&rows);
        return;
    }

    println!("\n## throughput, {seconds} s each");
    let (ceiling2, lat) = engine_ceiling(&docker, &settings, &prefix, 2, seconds).await;
    row(
        &mut rows,
        "engine ceiling, one-shot containers, concurrency 2",
        format!("{ceiling2:.2} /s  {}", lat.summary()),
        "1.00 ×".into(),
    );
    // The same worker without its pool: what the pool's refill costs, or brings, under load.
    let worker = stack.worker("bench-t0", &[("WARM_POOL_SIZE", "0")]).await;
    let (rate, errors, lat) = throughput(&url, 8, seconds).await;
    row(
        &mut rows,
        "ours, 1 worker × 2 slots, 8 clients, pool off",
        format!("{rate:.2} jobs/s  errors {errors}  {}", lat.summary()),
        ratio(rate, ceiling2),
    );
    worker.stop();
    let worker = stack.worker("bench-t1", &[]).await;
    let (rate, errors, lat) = throughput(&url, 8, seconds).await;
    row(
        &mut rows,
        "ours, 1 worker × 2 slots, 8 clients",
        format!("{rate:.2} jobs/s  errors {errors}  {}", lat.summary()),
        ratio(rate, ceiling2),
    );
    let worker2 = stack.worker("bench-t2", &[]).await;
    let (ceiling4, lat) = engine_ceiling(&docker, &settings, &prefix, 4, seconds).await;
    row(
        &mut rows,
        "engine ceiling, concurrency 4 (2 workers' slots)",
        format!("{ceiling4:.2} /s  {}", lat.summary()),
        "1.00 ×".into(),
    );
    let (rate, errors, lat) = throughput(&url, 8, seconds).await;
    row(
        &mut rows,
        "ours, 2 workers × 2 slots, 8 clients",
        format!("{rate:.2} jobs/s  errors {errors}  {}", lat.summary()),
        ratio(rate, ceiling4),
    );
    worker.stop();
    worker2.stop();

    println!("\n## api, accept only (no worker; validation on)");
    let accept_seconds = 5;
    let (rate, errors, lat) = accept_only(&url, 16, accept_seconds).await;
    row(
        &mut rows,
        "POST /jobs accepted, 16 clients",
        format!("{rate:.0} /s  errors {errors}  {}", lat.summary()),
        String::new(),
    );
    // Those submissions stay queued (no worker ran them); the next worker must not start behind
    // tens of thousands of them. This Redis is the benchmark's own.
    let flushed = Command::new("redis-cli")
        .args(["-p", &redis_port.to_string(), "flushall"])
        .output()
        .expect("redis-cli");
    assert!(flushed.status.success(), "FLUSHALL on the benchmark's Redis");

    wait_cost(&stack, &scratch, redis_port, &mut rows).await;

    println!("\n## memory (VmRSS)");
    row(
        &mut rows,
        "api, idle",
        format!("{:.1} MiB", api_idle as f64 / 1024.0),
        String::new(),
    );
    let worker = stack.worker("bench-m", &[("EXECUTION_TIMEOUT", "20")]).await;
    let idle = worker.rss_kib();
    row(
        &mut rows,
        "worker, idle (pool full)",
        format!("{:.1} MiB", idle as f64 / 1024.0),
        String::new(),
    );
    let http = reqwest::Client::new();
    let flood = submit_and_wait(&http, &url, FLOOD).await;
    let after = worker.rss_kib();
    // Only a flood that ran, and was cut at MAX_OUTPUT_SIZE, makes the figure mean anything.
    let flooded = flood
        .as_ref()
        .is_ok_and(|j| j["result"]["outcome"] == "success" && j["result"]["stdout_truncated"] == true);
    let figure = if flooded {
        format!(
            "{:.1} MiB (growth {:+.1} MiB)",
            after as f64 / 1024.0,
            (after as f64 - idle as f64) / 1024.0
        )
    } else {
        format!("no figure: the flood did not run as expected: {flood:?}")
    };
    row(
        &mut rows,
        "worker after a 50 MB output flood",
        figure,
        String::new(),
    );
    worker.stop();
    api.stop();
    redis.stop();
    let _ = std::fs::remove_dir_all(&scratch);

    print_table(&rows);
}

fn print_table(rows: &[Row]) {
    println!("\n## table");
    println!("| measurement | figure | ratio |");
    println!("|---|---|---|");
    for r in rows {
        if !r.figure.is_empty() || !r.ratio.is_empty() {
            println!("| {} | {} | {} |", r.what, r.figure, r.ratio);
        }
    }
    println!("\nratios: latency p50 against `docker run --rm` (runc), runsc rows also against runc in the same rounds; throughput against the engine's ceiling at the same concurrency.");
}

/// A program of the kind a course or a judge runs: a dataclass, a `match` with class patterns
/// (which the launcher rewrites), an enum, collections and json; what the run-time wall does
/// per run (parsing and rewriting the program, the guards) grows with such code.
const TYPICAL: &str = r#"import json, collections, dataclasses, enum, functools
@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int
class Kind(enum.Enum):
    ORIGIN = 0
    AXIS = 1
    PLANE = 2
def kind(p):
    match p:
        case Point(0, 0):
            return Kind.ORIGIN
        case Point(0, _) | Point(_, 0):
            return Kind.AXIS
        case Point(x=x, y=y):
            return Kind.PLANE
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
points = [Point(i % 3, i % 5) for i in range(30)]
counts = collections.Counter(kind(p).name for p in points)
print(json.dumps(dict(sorted(counts.items()))), fib(30))
"#;
const TYPICAL_OUT: &str = "{\"AXIS\": 12, \"ORIGIN\": 2, \"PLANE\": 16} 832040\n";

/// What the policy costs a run: a stack with `CODE_POLICY=strict` (the default) and one with
/// `CODE_POLICY=off` (no static check, no run-time wall: the launcher runs the program as it
/// is), both under runc with the warm pool, up at once and submitted to in turn, 300 ms apart,
/// so both see the same noise; strict's p50 against off's, for `print("hi")` and [`TYPICAL`].
async fn policy_side_by_side(stack: &Stack, rows: &mut Vec<Row>, runs: u64, base: f64) {
    println!("\n## the policy's cost: CODE_POLICY=strict against off, runc, pool on, interleaved");
    let mut procs = Vec::new();
    let mut urls = Vec::new();
    for policy in ["strict", "off"] {
        let mut own = stack.clone();
        own.prefix = format!("{}-policy-{policy}", stack.prefix);
        let (api, url) = own.api_with(free_port(), &[("CODE_POLICY", policy)]).await;
        let vars = [("CODE_POLICY", policy), ("WARM_POOL_SIZE", "2")];
        procs.push(own.worker(&format!("bench-policy-{policy}"), &vars).await);
        procs.push(api);
        urls.push(url);
    }
    for (label, code, expect) in [
        ("print(\"hi\")", HELLO, "hi\n"),
        ("a typical program", TYPICAL, TYPICAL_OUT),
    ] {
        let results = interleaved_code(&urls, runs, Duration::from_millis(300), code, expect).await;
        for (policy, (lat, errors)) in ["strict", "off"].iter().zip(&results) {
            row(
                rows,
                &format!("{label}, CODE_POLICY={policy}"),
                format!("{}  errors {errors}", p50_p95(lat)),
                ratio(ms(lat.percentile(50.0)), base),
            );
        }
        if let [(strict, _), (off, _)] = results.as_slice() {
            let p = |l: &Latencies, q| ms(l.percentile(q));
            row(
                rows,
                &format!("{label}: strict against off"),
                format!(
                    "p50 {:.3} × ({:+.1} %), p95 {:.3} ×",
                    p(strict, 50.0) / p(off, 50.0),
                    (p(strict, 50.0) / p(off, 50.0) - 1.0) * 100.0,
                    p(strict, 95.0) / p(off, 95.0)
                ),
                String::new(),
            );
        }
    }
    for proc in procs {
        proc.stop();
    }
}

/// The language runtimes side by side (docs/runtimes.md), under runc: one api and one worker
/// serving both `python` and `python-data`, and `print("hi")` submitted to each runtime in turn
/// so both see the same noise; each p50 against the `docker run --rm` baseline (`base`, ms), and
/// python-data's against python's. With the pool on (one container each in the worker's two
/// slots) the pause after each job is long enough for the pool to have made its next container
/// (a python-data one loads numpy, pandas, matplotlib and scipy first: about 1–2 s): the latency
/// of a job that finds one ready. With the pool off, every job makes its container and waits
/// for the launcher to be ready: the latency of a burst that empties the pool.
async fn data_side_by_side(stack: &Stack, rows: &mut Vec<Row>, runs: u64, base: f64) {
    println!("\n## language runtimes side by side: print(\"hi\"), submit to result, runc, interleaved");
    let names = ["python", "python-data"];
    for (label, pool, pause) in [
        ("pool on, 3 s apart", "2", Duration::from_secs(3)),
        ("pool off, 300 ms apart", "0", Duration::from_millis(300)),
    ] {
        let mut own = stack.clone();
        own.prefix = format!("{}-data-{pool}", stack.prefix);
        let (api, url) = own.api(free_port()).await;
        let vars = [
            ("RUNTIMES", "python,python-data"),
            ("WARM_POOL_SIZE", pool),
            ("CONTAINER_RUNTIME", "runc"),
        ];
        let worker = own.worker(&format!("bench-data-{pool}"), &vars).await;
        let http = reqwest::Client::new();
        let bodies: Vec<Value> = names
            .iter()
            .map(|runtime| json!({ "code": HELLO, "runtime": runtime }))
            .collect();
        let mut results = vec![(Latencies::default(), 0u64); names.len()];
        for body in &bodies {
            // One run each first, not counted: connections, and the pools' first fill.
            let _ = submit_body_and_wait(&http, &url, body).await;
        }
        tokio::time::sleep(pause.max(Duration::from_secs(3))).await;
        for _ in 0..runs {
            for (body, (lat, errors)) in bodies.iter().zip(results.iter_mut()) {
                let started = Instant::now();
                match submit_body_and_wait(&http, &url, body).await {
                    Ok(job) if hello_ok(&job) => lat.push(started.elapsed()),
                    Ok(job) => {
                        *errors += 1;
                        eprintln!("unexpected: {job}");
                    }
                    Err(e) => {
                        *errors += 1;
                        eprintln!("error: {e}");
                    }
                }
                tokio::time::sleep(pause).await;
            }
        }
        for (name, (lat, errors)) in names.iter().zip(&results) {
            row(
                rows,
                &format!("print(\"hi\") in runtime {name}, {label}"),
                format!("{}  errors {errors}", p50_p95(lat)),
                ratio(ms(lat.percentile(50.0)), base),
            );
        }
        if let [(python, _), (data, _)] = results.as_slice() {
            let p = |l: &Latencies, q| ms(l.percentile(q));
            row(
                rows,
                &format!("python-data against python, {label}"),
                format!(
                    "p50 {:.3} × ({:+.1} %), p95 {:.3} ×",
                    p(data, 50.0) / p(python, 50.0),
                    (p(data, 50.0) / p(python, 50.0) - 1.0) * 100.0,
                    p(data, 95.0) / p(python, 95.0)
                ),
                String::new(),
            );
        }
        worker.stop();
        api.stop();
    }
}

/// runc and runsc side by side: a stack (api and worker, its own prefix) per runtime, both up at
/// once, and `print("hi")` submitted to each in turn, 300 ms apart, so both see the same noise:
/// p50 and p95 submit to result, with the warm pool (the default) and without, each runtime's
/// p50 against the `docker run --rm` baseline (`base`, ms) and runsc's against runc's.
async fn runtimes_side_by_side(stack: &Stack, rows: &mut Vec<Row>, runs: u64, base: f64) {
    println!("\n## runtimes side by side: submit to result, 300 ms apart, interleaved");
    let registered = engine_runtimes();
    let runtimes: Vec<&str> = ["runc", "runsc"]
        .into_iter()
        .filter(|r| registered.iter().any(|g| g == r))
        .collect();
    if !runtimes.contains(&"runsc") {
        println!("  runsc is not registered with the engine: runc only");
    }
    for (label, pool) in [("pool on (WARM_POOL_SIZE=2)", "2"), ("pool off", "0")] {
        let mut apis = Vec::new();
        let mut workers = Vec::new();
        let mut urls = Vec::new();
        for runtime in &runtimes {
            let mut own = stack.clone();
            own.prefix = format!("{}-{runtime}-{pool}", stack.prefix);
            let (api, url) = own.api(free_port()).await;
            let name = format!("bench-{runtime}-{pool}");
            let vars = [("CONTAINER_RUNTIME", *runtime), ("WARM_POOL_SIZE", pool)];
            workers.push(own.worker(&name, &vars).await);
            apis.push(api);
            urls.push(url);
        }
        let results = interleaved(&urls, runs, Duration::from_millis(300)).await;
        for (runtime, (lat, errors)) in runtimes.iter().zip(&results) {
            row(
                rows,
                &format!("hello world under {runtime}, {label}"),
                format!("{}  errors {errors}", p50_p95(lat)),
                ratio(ms(lat.percentile(50.0)), base),
            );
        }
        if let [(runc, _), (runsc, _)] = results.as_slice() {
            let p = |l: &Latencies, q| ms(l.percentile(q));
            row(
                rows,
                &format!("runsc against runc, {label}"),
                format!(
                    "p50 {:.2} ×, p95 {:.2} ×",
                    p(runsc, 50.0) / p(runc, 50.0),
                    p(runsc, 95.0) / p(runc, 95.0)
                ),
                String::new(),
            );
        }
        for worker in workers {
            worker.stop();
        }
        for api in apis {
            api.stop();
        }
    }
}
