//! Shared by every end-to-end test binary: a fresh api (and worker) per test, on its own Redis
//! key prefix and port, so tests never share state and run in parallel.
//!
//! Everything a test starts here is torn down when it is dropped, however the test ends (a
//! failed assertion unwinds through the drops too): the api and workers are stopped, the job
//! containers of the test's prefix removed from the engine, and the prefix's Redis keys deleted
//! ([`Teardown`]). Drops cannot await, so the teardown blocks: the api and workers run on a
//! runtime of their own ([`TestApp`]), stopped from a thread of its own, and the engine and
//! Redis are cleaned up with the docker CLI and a synchronous Redis connection, which work
//! inside and outside any tokio runtime.
#![allow(dead_code)] // each test binary uses its own part of this module

pub mod receiver;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
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

/// How long a dropped app's api and workers get to stop on their own (a worker finishes its
/// running jobs and empties its warm pool) before their runtime is shut down under them.
const STOP_GRACE: Duration = Duration::from_secs(3);

/// Test apps and executors alive per prefix: the prefix is cleaned up when its last one drops
/// (two apps may share one, as the rate-limit tests' do).
static LIVE: Mutex<Option<HashMap<String, usize>>> = Mutex::new(None);

/// Cleans up after a test's prefix when dropped (the last one of a prefix, when several are
/// alive): removes the job containers labelled with it from the engine and deletes its Redis
/// keys. [`TestApp`] and [`TestExecutor`] hold one; a test that makes its own workers from a
/// bare [`config`] can hold one too. Blocking, so it works in `Drop`, inside or outside a
/// tokio runtime.
pub struct Teardown {
    prefix: String,
    redis_url: String,
}

impl Teardown {
    pub fn new(config: &Config) -> Teardown {
        let mut live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
        *live
            .get_or_insert_with(HashMap::new)
            .entry(config.redis_prefix.clone())
            .or_default() += 1;
        Teardown {
            prefix: config.redis_prefix.clone(),
            redis_url: config.redis_url.clone(),
        }
    }
}

impl Drop for Teardown {
    fn drop(&mut self) {
        {
            let mut live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
            let counts = live.get_or_insert_with(HashMap::new);
            let count = counts.entry(self.prefix.clone()).or_default();
            *count = count.saturating_sub(1);
            if *count > 0 {
                return;
            }
            counts.remove(&self.prefix);
        }
        remove_containers(&self.prefix);
        delete_keys(&self.redis_url, &self.prefix);
    }
}

/// Removes every container labelled with `prefix` (`docker rm -f`). A create the engine was
/// still carrying out when the workers stopped may land after a listing, so the engine is asked
/// again after a pause, and again while it still shows some.
fn remove_containers(prefix: &str) {
    for round in 0..4 {
        if round > 0 {
            std::thread::sleep(Duration::from_millis(if round == 1 { 500 } else { 1000 }));
        }
        let listed = std::process::Command::new("docker")
            .args(["ps", "-aq", "--filter"])
            .arg(format!("label={LABEL_PREFIX}={prefix}"))
            .output();
        let Ok(listed) = listed else { return };
        let ids: Vec<String> = String::from_utf8_lossy(&listed.stdout)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        if ids.is_empty() && round > 0 {
            return;
        }
        if !ids.is_empty() {
            let _ = std::process::Command::new("docker")
                .args(["rm", "-f"])
                .args(&ids)
                .output();
        }
    }
}

/// Deletes the keys of `prefix` (`PREFIX:*`); a Redis that does not answer (a test's deliberately
/// unreachable REDIS_URL) holds none of them.
fn delete_keys(redis_url: &str, prefix: &str) {
    let Ok(client) = redis::Client::open(redis_url) else {
        return;
    };
    let Ok(mut connection) = client.get_connection_with_timeout(Duration::from_secs(2)) else {
        return;
    };
    let pattern = format!("{prefix}:*");
    let mut cursor: u64 = 0;
    loop {
        let Ok((next, keys)): redis::RedisResult<(u64, Vec<Vec<u8>>)> = redis::cmd("SCAN")
            .arg(cursor)
            .arg("MATCH")
            .arg(&pattern)
            .arg("COUNT")
            .arg(1000)
            .query(&mut connection)
        else {
            return;
        };
        if !keys.is_empty() {
            let _: redis::RedisResult<()> = redis::cmd("DEL").arg(&keys).query(&mut connection);
        }
        if next == 0 {
            return;
        }
        cursor = next;
    }
}

/// The runtime image the tests use when RUNTIME_IMAGE is not set: this checkout's own,
/// content-addressed tag (`runtime/build-image.sh --inputs-tag`, which scripts/setup.sh builds),
/// so a bare `cargo test` after setup runs in the image of this checkout's launcher.
fn runtime_image() -> Option<String> {
    static TAG: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    TAG.get_or_init(|| inputs_tag(&[])).clone()
}

/// The python-data runtime's image of this checkout, as [`runtime_image`].
fn runtime_image_data() -> Option<String> {
    static TAG: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    TAG.get_or_init(|| inputs_tag(&["--runtime", "python-data"]))
        .clone()
}

/// `runtime/build-image.sh ARGS --inputs-tag`: the tag naming the image of these inputs.
fn inputs_tag(args: &[&str]) -> Option<String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../runtime/build-image.sh");
    let output = std::process::Command::new("bash")
        .arg(script)
        .args(args)
        .arg("--inputs-tag")
        .output()
        .ok()?;
    let tag = String::from_utf8_lossy(&output.stdout).trim().to_string();
    (output.status.success() && !tag.is_empty()).then_some(tag)
}

/// A prefix no other test has: `test-UUID`, or `test-RUN-UUID` when SANDBOX_TEST_RUN names the
/// run (scripts/test.sh sets it), so that a run's clean-up and final check take in its own
/// tests' containers and keys and never those of another run sharing the engine and Redis.
pub fn fresh_prefix() -> String {
    let id = uuid::Uuid::new_v4().simple();
    match std::env::var("SANDBOX_TEST_RUN") {
        Ok(run) if !run.is_empty() => format!("test-{run}-{id}"),
        _ => format!("test-{id}"),
    }
}

/// A configuration with a fresh prefix ([`fresh_prefix`]); `overrides` are environment variables.
pub fn config(overrides: &[(&str, &str)]) -> Config {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("REDIS_URL".into(), redis_url());
    vars.insert("REDIS_PREFIX".into(), fresh_prefix());
    // A test's workers serve the default runtime unless it asks for more (RUNTIMES): a
    // python-data container, pooled, costs a second of CPU and a hundred MiB.
    vars.insert("RUNTIMES".into(), "python".into());
    for inherited in ["RUNTIME_IMAGE", "RUNTIME_IMAGE_PYTHON_DATA", "WARM_POOL_SIZE"] {
        if let Ok(value) = std::env::var(inherited) {
            vars.insert(inherited.into(), value);
        }
    }
    if !vars.contains_key("RUNTIME_IMAGE") {
        if let Some(image) = runtime_image() {
            vars.insert("RUNTIME_IMAGE".into(), image);
        }
    }
    if !vars.contains_key("RUNTIME_IMAGE_PYTHON_DATA") {
        if let Some(image) = runtime_image_data() {
            vars.insert("RUNTIME_IMAGE_PYTHON_DATA".into(), image);
        }
    }
    vars.insert("CONTAINER_RUNTIME".into(), requested_runtime());
    for (k, v) in overrides {
        vars.insert(k.to_string(), v.to_string());
    }
    Config::from_vars(&vars).expect("test configuration")
}

/// An api (and workers) of a test, on a tokio runtime of their own. Dropped, it stops them —
/// letting them finish for [`STOP_GRACE`], then shutting their runtime down — and then its
/// [`Teardown`] removes the prefix's job containers and Redis keys.
pub struct TestApp {
    pub addr: SocketAddr,
    pub config: Config,
    pub http: reqwest::Client,
    // Dropped in this order: the stack stops before its prefix is cleaned up.
    stack: Stack,
    _teardown: Teardown,
}

/// The runtime an app's api and workers run on, and how to stop them. Their own runtime, not
/// the test's: a drop can then wait for them (from another thread) even when it happens on the
/// test's only runtime thread.
struct Stack {
    runtime: Option<tokio::runtime::Runtime>,
    stops: Mutex<Vec<oneshot::Sender<()>>>,
    tasks: Mutex<Vec<tokio::task::JoinHandle<()>>>,
}

impl Stack {
    fn new() -> Stack {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("test-app")
            .enable_all()
            .build()
            .expect("a tokio runtime for the test app");
        Stack {
            runtime: Some(runtime),
            stops: Mutex::default(),
            tasks: Mutex::default(),
        }
    }

    /// Runs `service` (given the future that resolves when it is to stop) on the stack.
    fn spawn<F>(&self, service: impl FnOnce(oneshot::Receiver<()>) -> F)
    where
        F: std::future::Future<Output = ()> + Send + 'static,
    {
        let (stop, stopped) = oneshot::channel();
        let runtime = self.runtime.as_ref().expect("a running stack");
        let task = runtime.spawn(service(stopped));
        self.stops.lock().unwrap().push(stop);
        self.tasks.lock().unwrap().push(task);
    }

    async fn stop(&self) {
        self.stops.lock().unwrap().clear();
        let tasks: Vec<_> = self.tasks.lock().unwrap().drain(..).collect();
        for task in tasks {
            task.await.unwrap();
        }
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        let stops = std::mem::take(self.stops.get_mut().unwrap_or_else(|e| e.into_inner()));
        drop(stops);
        let tasks = std::mem::take(self.tasks.get_mut().unwrap_or_else(|e| e.into_inner()));
        let Some(runtime) = self.runtime.take() else {
            return;
        };
        // A runtime may not be blocked on or dropped on a runtime's thread, which a test's
        // drop may well be: both happen on a thread of their own.
        let stopping = std::thread::spawn(move || {
            runtime.block_on(async {
                let _ = tokio::time::timeout(STOP_GRACE, async {
                    for task in tasks {
                        let _ = task.await;
                    }
                })
                .await;
            });
            runtime.shutdown_timeout(Duration::from_secs(1));
        });
        let _ = stopping.join();
    }
}

/// Starts an api on 127.0.0.1:0 (a free port) with the given configuration.
pub async fn spawn_api(config: Config) -> TestApp {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = listener.local_addr().unwrap();
    let stack = Stack::new();
    let api_config = config.clone();
    stack.spawn(move |stopped| async move {
        // Made here, so that it is registered with the stack's runtime.
        let listener = tokio::net::TcpListener::from_std(listener).unwrap();
        sandbox_api::run(listener, api_config, async move {
            let _ = stopped.await;
        })
        .await
        .expect("api runs");
    });
    TestApp {
        addr,
        _teardown: Teardown::new(&config),
        config,
        http: reqwest::Client::new(),
        stack,
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

    /// Starts another worker on the app's prefix (on the app's runtime, with its own engine
    /// connection).
    pub async fn start_worker(&mut self) {
        let config = self.config.clone();
        self.stack.spawn(move |stopped| async move {
            let docker = docker().await;
            sandbox_worker::run(config, docker, async move {
                let _ = stopped.await;
            })
            .await
            .expect("worker runs");
        });
    }

    /// Stops the api and workers, letting running jobs finish (a worker empties its warm pool
    /// too). The prefix's containers and keys are left for the test to look at; they go when
    /// the app is dropped.
    pub async fn stop(&self) {
        self.stack.stop().await;
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
/// [`all_removed`]: they remove the pool's containers too, and check that nothing else is
/// left. Dropped, the executor is torn down anyway ([`TestExecutor`]).
///
/// CODE_POLICY is off here (unless `overrides` set it): these tests run [`unchecked`] code to
/// prove the container alone holds, so the launcher's run-time wall is off too.
pub async fn executor(overrides: &[(&str, &str)]) -> (TestExecutor, Owner) {
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
    let executor = TestExecutor {
        executor,
        shut_down: AtomicBool::new(false),
        _teardown: Teardown::new(&config),
    };
    (executor, owner)
}

/// An [`Executor`] of a test (it derefs to one). Dropped without [`all_removed`], it stops its
/// pool where it can — on a multi-thread test runtime; on a current-thread one the pool's tasks
/// cannot run while the drop blocks it — and its [`Teardown`] removes the prefix's containers.
pub struct TestExecutor {
    executor: Executor,
    shut_down: AtomicBool,
    _teardown: Teardown,
}

impl Deref for TestExecutor {
    type Target = Executor;

    fn deref(&self) -> &Executor {
        &self.executor
    }
}

impl Drop for TestExecutor {
    fn drop(&mut self) {
        if self.shut_down.load(Ordering::SeqCst) {
            return;
        }
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return;
        };
        if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread {
            let executor = &self.executor;
            tokio::task::block_in_place(|| {
                handle.block_on(async {
                    let _ = tokio::time::timeout(STOP_GRACE, executor.shutdown()).await;
                })
            });
        }
    }
}

/// The container settings of `config`, its CONTAINER_RUNTIME resolved as a worker does at start.
pub async fn settings(config: &Config) -> Settings {
    let runtime = sandbox_worker::container_runtime(&docker().await, &config.container_runtime)
        .await
        .expect("CONTAINER_RUNTIME is registered with the engine");
    // SANDBOX_TEST_RUNTIME=python-data: the same suites with that runtime's image and
    // environment, under the test's own limits (the container's walls are what these prove;
    // with CODE_POLICY=off nothing is loaded ahead, so 100 MiB is as much room as python has).
    match std::env::var("SANDBOX_TEST_RUNTIME") {
        Ok(name) if !name.is_empty() => {
            let of = sandbox::runtimes::find(&name).expect("SANDBOX_TEST_RUNTIME names a runtime");
            Settings {
                limits: config.limits.clone(),
                ..Settings::for_runtime(config, &runtime, of)
            }
        }
        _ => Settings::from_config(config, &runtime),
    }
}

/// The runtime these tests' executors run ([`settings`]: SANDBOX_TEST_RUNTIME, else `python`).
pub fn test_runtime() -> &'static sandbox::runtimes::Runtime {
    match std::env::var("SANDBOX_TEST_RUNTIME") {
        Ok(name) if !name.is_empty() => {
            sandbox::runtimes::find(&name).expect("SANDBOX_TEST_RUNTIME names a runtime")
        }
        _ => sandbox::runtimes::default_runtime(),
    }
}

/// The environment a job container of [`test_runtime`] has beyond the worker's own four
/// variables (PATH, LANG, HOME, SANDBOX_CODE_POLICY): the runtime's name, its variables, and
/// those its image sets (python-data's matplotlib settings), as `NAME=value`, sorted.
pub fn runtime_env() -> Vec<String> {
    let runtime = test_runtime();
    let mut env = vec![format!("SANDBOX_RUNTIME={}", runtime.name)];
    env.extend(runtime.env.iter().map(|(k, v)| format!("{k}={v}")));
    if runtime.name == "python-data" {
        env.push("MPLCONFIGDIR=/usr/share/sandbox/matplotlib".into());
    }
    env.sort();
    env.dedup();
    env
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
pub async fn after_the_job(executor: &TestExecutor, prefix: &str) {
    // /tmp holds the empty out/ the launcher makes for every run, and nothing else.
    let probe =
        "import os\nprint(os.listdir('/tmp'), os.listdir('/tmp/out'), os.listdir('/dev/shm'), 'clean')";
    let next = executor
        .run_labelled("next", &unchecked(probe), "")
        .await
        .expect("the engine still runs jobs");
    assert_eq!(next.stdout, "['out'] [] [] clean\n", "the next job: {next:?}");
    all_removed(executor, prefix).await;
}

/// Every container the executor made is gone once it shuts down (its pool emptied): none was
/// left behind by a job.
pub async fn all_removed(executor: &TestExecutor, prefix: &str) {
    executor.shutdown().await;
    executor.shut_down.store(true, Ordering::SeqCst);
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

/// Job containers of a test's prefix that are running (what `docker ps` lists).
pub async fn running_containers_of(prefix: &str) -> Vec<String> {
    list(prefix, &[], &["running"]).await
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
