//! Shared by every end-to-end test binary: a fresh api (and worker) per test, on its own Redis
//! key prefix and port, so tests never share state and run in parallel.
#![allow(dead_code)] // each test binary uses its own part of this module

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

use bollard::query_parameters::ListContainersOptionsBuilder;
use bollard::Docker;
use sandbox::config::Config;
use sandbox::queue::Queue;
use sandbox::ValidatedCode;
use sandbox_worker::container::{Owner, Settings, LABEL_PREFIX};
use sandbox_worker::executor::Executor;
use serde_json::{json, Value};
use tokio::sync::oneshot;

/// CONTAINER_RUNTIME as the tests read it: the environment's, else `runc`. The service's default
/// is `auto` (gVisor when the engine has it), but a bare `cargo test` pins runc, so that which
/// runtime a pass covers is always said: `scripts/test.sh` runs the suites with
/// CONTAINER_RUNTIME=runc and the containment suite again with CONTAINER_RUNTIME=runsc, and
/// `tests/containment/runtime.rs` covers `auto` itself. CONTAINER_RUNTIME=auto runs a suite
/// under whatever `auto` picks on this engine.
pub fn requested_runtime() -> String {
    std::env::var("CONTAINER_RUNTIME").unwrap_or_else(|_| "runc".into())
}

/// The runtime the tests' job containers run under: [`requested_runtime`], with `auto`
/// resolved the worker's way against the engine's registered runtimes (asked once, through the
/// docker CLI, since this is called outside any async runtime too).
pub fn runtime() -> String {
    static RESOLVED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    RESOLVED
        .get_or_init(|| {
            let wanted = config(&[]).container_runtime;
            let listed = std::process::Command::new("docker")
                .args([
                    "info",
                    "--format",
                    "{{range $name, $_ := .Runtimes}}{{$name}} {{end}}",
                ])
                .output()
                .expect("docker info");
            let text = String::from_utf8_lossy(&listed.stdout).to_string();
            let registered: Vec<&str> = text.split_whitespace().collect();
            wanted.choose(&registered).unwrap_or_else(|err| panic!("{err}"))
        })
        .clone()
}

/// Whether job containers run under gVisor (`runsc`). Some limits behave differently there — the
/// sandbox's own kernel threads count towards the pids limit and its memory; a memory kill ends
/// the whole sandbox — so containment means the same outcome class and an unaffected host
/// (docs/testing.md, Conventions).
pub fn gvisor() -> bool {
    runtime() == sandbox::config::GVISOR
}

pub fn redis_url() -> String {
    std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

/// Prefixes this test binary used, for [`remove_leftovers`].
static PREFIXES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn register(prefix: &str) {
    static AT_EXIT: std::sync::Once = std::sync::Once::new();
    PREFIXES.lock().unwrap().push(prefix.to_string());
    // SAFETY: registers a plain function with no arguments, once.
    AT_EXIT.call_once(|| unsafe {
        libc::atexit(remove_leftovers);
    });
}

/// When the test binary exits: a test that ends without stopping its worker (most pipeline
/// tests) has it dropped with the test's runtime, not shut down, so the worker's warm pool — or
/// a container it was making for the pool at that moment — stays on the engine. Those of this
/// binary's prefixes are removed here. Containers a job used are checked by the tests that stop
/// their stack ([`all_removed`], [`assert_no_containers`]), not here.
extern "C" fn remove_leftovers() {
    let prefixes = std::mem::take(&mut *PREFIXES.lock().unwrap());
    for round in 0..3 {
        let listed = std::process::Command::new("docker")
            .args(["ps", "-a", "--filter", "label=sandbox.service=sandbox"])
            .args(["--format", "{{.ID}} {{.Label \"sandbox.prefix\"}}"])
            .output();
        let Ok(listed) = listed else { return };
        let ids: Vec<String> = String::from_utf8_lossy(&listed.stdout)
            .lines()
            .filter_map(|line| line.split_once(' '))
            .filter(|(_, prefix)| prefixes.iter().any(|p| p == prefix))
            .map(|(id, _)| id.to_string())
            .collect();
        if ids.is_empty() {
            return;
        }
        let _ = std::process::Command::new("docker")
            .args(["rm", "-f"])
            .args(&ids)
            .output();
        // A create the engine was still carrying out may land after the listing.
        if round < 2 {
            std::thread::sleep(Duration::from_secs(1));
        }
    }
}

/// A configuration with a fresh prefix; `overrides` are environment variables.
pub fn config(overrides: &[(&str, &str)]) -> Config {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("REDIS_URL".into(), redis_url());
    vars.insert(
        "REDIS_PREFIX".into(),
        format!("test-{}", uuid::Uuid::new_v4().simple()),
    );
    for inherited in ["RUNTIME_IMAGE", "WARM_POOL_SIZE"] {
        if let Ok(value) = std::env::var(inherited) {
            vars.insert(inherited.into(), value);
        }
    }
    vars.insert("CONTAINER_RUNTIME".into(), requested_runtime());
    for (k, v) in overrides {
        vars.insert(k.to_string(), v.to_string());
    }
    register(&vars["REDIS_PREFIX"]);
    Config::from_vars(&vars).expect("test configuration")
}

pub struct TestApp {
    pub addr: SocketAddr,
    pub config: Config,
    pub http: reqwest::Client,
    stops: Vec<oneshot::Sender<()>>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

/// Starts an api on 127.0.0.1:0 with the given configuration.
pub async fn spawn_api(config: Config) -> TestApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel();
    let api_config = config.clone();
    let task = tokio::spawn(async move {
        sandbox_api::run(listener, api_config, async move {
            let _ = stopped.await;
        })
        .await
        .expect("api runs");
    });
    TestApp {
        addr,
        config,
        http: reqwest::Client::new(),
        stops: vec![stop],
        tasks: vec![task],
    }
}

/// An api and one worker sharing a fresh prefix.
pub async fn spawn_app(overrides: &[(&str, &str)]) -> TestApp {
    let mut app = spawn_api(config(overrides)).await;
    app.start_worker().await;
    app
}

pub async fn docker() -> Docker {
    sandbox_worker::connect_docker()
        .await
        .expect("a Docker engine (run scripts/setup.sh)")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn queue(&self) -> Queue {
        Queue::new(&self.config.redis_url, &self.config.redis_prefix).unwrap()
    }

    pub async fn start_worker(&mut self) {
        let (stop, stopped) = oneshot::channel();
        let config = self.config.clone();
        let docker = docker().await;
        self.tasks.push(tokio::spawn(async move {
            sandbox_worker::run(config, docker, async move {
                let _ = stopped.await;
            })
            .await
            .expect("worker runs");
        }));
        self.stops.push(stop);
    }

    /// Stops the api and workers, letting running jobs finish.
    pub async fn stop(mut self) {
        self.stops.clear();
        for task in self.tasks.drain(..) {
            task.await.unwrap();
        }
    }

    pub async fn submit(&self, body: Value) -> reqwest::Response {
        self.http
            .post(self.url("/jobs"))
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// Submits code, expects 202, and returns the id.
    pub async fn submit_ok(&self, body: Value) -> String {
        let response = self.submit(body).await;
        let status = response.status();
        let json: Value = response.json().await.unwrap();
        assert_eq!(status, 202, "{json}");
        json["id"].as_str().unwrap().to_string()
    }

    pub async fn poll(&self, id: &str, wait: u64) -> Value {
        let response = self
            .http
            .get(self.url(&format!("/jobs/{id}?wait={wait}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }

    /// Polls until the job is terminal (or 60 s pass).
    pub async fn finished(&self, id: &str) -> Value {
        for _ in 0..3 {
            let job = self.poll(id, 20).await;
            if job["status"] == "completed" || job["status"] == "failed" {
                return job;
            }
        }
        panic!("job {id} not finished after 60 s");
    }

    /// Submits code and returns the finished job.
    pub async fn run(&self, code: &str, stdin: &str) -> Value {
        let id = self.submit_ok(json!({ "code": code, "stdin": stdin })).await;
        self.finished(&id).await
    }
}

/// An executor of its own for tests of the container layer, with the default limits unless
/// `overrides` change them, and its warm pool started (`WARM_POOL_SIZE` from the environment,
/// so the suite runs with the pool on and off). End the test with [`after_the_job`] or
/// [`all_removed`]: they remove the pool's containers too.
///
/// CODE_POLICY is off here (unless `overrides` set it): these tests run [`unchecked`] code to
/// prove the container alone holds, so the launcher's run-time wall is off too.
pub async fn executor(overrides: &[(&str, &str)]) -> (Executor, Owner) {
    let mut vars = vec![("CODE_POLICY", "off")];
    vars.extend_from_slice(overrides);
    let config = config(&vars);
    let owner = Owner {
        prefix: config.redis_prefix.clone(),
        worker: "test-worker".into(),
    };
    let executor = Executor::new(docker().await, settings(&config).await, owner.clone());
    executor.start_pool();
    // Full before the test's first job, so that the job does run in a pooled container.
    for _ in 0..600 {
        if executor.pooled() >= config.warm_pool_size {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        executor.pooled() >= config.warm_pool_size,
        "the warm pool did not fill in 30 s"
    );
    (executor, owner)
}

/// The container settings of `config`, its CONTAINER_RUNTIME resolved as a worker does at start.
pub async fn settings(config: &Config) -> Settings {
    let runtime = sandbox_worker::container_runtime(&docker().await, &config.container_runtime)
        .await
        .expect("CONTAINER_RUNTIME is registered with the engine");
    Settings::from_config(config, &runtime)
}

/// Whether this test run has a warm pool (`WARM_POOL_SIZE`, 2 unless set).
pub fn warm_pool() -> bool {
    config(&[]).warm_pool_size > 0
}

/// Code that only passes a permissive policy: the container alone must hold it.
pub fn unchecked(code: &str) -> ValidatedCode {
    sandbox::validate::Policy::permissive()
        .validate(code)
        .expect("syntactically valid test code")
}

/// After a hostile job: the next job on the same executor runs normally and finds nothing the
/// earlier one left, and no container of the test is left on the engine.
pub async fn after_the_job(executor: &Executor, prefix: &str) {
    let probe = "import os\nprint(os.listdir('/tmp'), os.listdir('/dev/shm'), 'clean')";
    let next = executor
        .run_labelled("next", &unchecked(probe), "")
        .await
        .expect("the engine still runs jobs");
    assert_eq!(next.stdout, "[] [] clean\n", "the next job: {next:?}");
    all_removed(executor, prefix).await;
}

/// Every container the executor made is gone once it shuts down (its pool emptied): none was
/// left behind by a job.
pub async fn all_removed(executor: &Executor, prefix: &str) {
    executor.shutdown().await;
    assert_no_containers(prefix).await;
}

/// Ids of the containers of a test's prefix (with `label`s and `status`es besides, when given).
async fn list(prefix: &str, labels: &[String], statuses: &[&str]) -> Vec<String> {
    let mut label = vec![format!("{LABEL_PREFIX}={prefix}")];
    label.extend_from_slice(labels);
    let mut filters = HashMap::from([("label", label)]);
    if !statuses.is_empty() {
        filters.insert("status", statuses.iter().map(|s| s.to_string()).collect());
    }
    let options = ListContainersOptionsBuilder::default()
        .all(true)
        .filters(&filters)
        .build();
    let list = docker().await.list_containers(Some(options)).await.unwrap();
    list.into_iter().filter_map(|c| c.id).collect()
}

/// Job containers of a test's prefix still on the engine.
pub async fn containers_of(prefix: &str) -> Vec<String> {
    list(prefix, &[], &[]).await
}

/// Job containers of a test's prefix made by one worker (by its `sandbox.worker` label).
pub async fn containers_of_worker(prefix: &str, worker: &str) -> Vec<String> {
    list(prefix, &[format!("sandbox.worker={worker}")], &[]).await
}

/// Job containers of a test's prefix that are not running (exited, dead, or never started).
pub async fn stopped_containers_of(prefix: &str) -> Vec<String> {
    list(prefix, &[], &["created", "exited", "dead"]).await
}

/// Waits (briefly) for removal, which may finish just after the result is stored.
pub async fn assert_no_containers(prefix: &str) {
    for _ in 0..50 {
        if containers_of(prefix).await.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "containers of {prefix} left behind: {:?}",
        containers_of(prefix).await
    );
}

pub fn stdout(job: &Value) -> &str {
    job["result"]["stdout"]
        .as_str()
        .unwrap_or_else(|| panic!("no stdout in {job}"))
}

/// The value of the sample `series` (name and labels, exactly as rendered); 0 when absent.
pub fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .filter_map(|line| line.rsplit_once(' '))
        .find(|(name, _)| *name == series)
        .map(|(_, value)| value.parse().unwrap())
        .unwrap_or(0.0)
}
