//! Workers on several engines: three `dockerd` instances of the test's own on this machine, one
//! worker on each against one Redis prefix, a few hundred jobs, and one engine killed mid-run:
//! its worker stops reading and its jobs finish on the two others; when the engine comes back,
//! the worker reads again and its leftover containers are removed.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::cluster::{api_up, eventually, free_port, service, submit_load, tally, Process, TempDir};

const ENGINES: usize = 3;
const JOBS: usize = 300;

/// A `dockerd` of the test's own: its socket, data root, exec root, pid file and an empty
/// config file under `dir`, and a bridge of its own (never `--bridge=none`, which deletes the
/// host's `docker0`). Dropping it removes its containers, stops it, unmounts what it left
/// mounted, and deletes the directory and the bridge.
struct Engine {
    dir: PathBuf,
    bridge: String,
    cidr: String,
    child: Option<Child>,
}

impl Engine {
    fn new(root: &Path, n: usize, tag: u32) -> Engine {
        let dir = root.join(format!("e{n}"));
        for sub in ["data", "exec"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        std::fs::write(dir.join("daemon.json"), "{}").unwrap();
        let bridge = format!("sbxe{tag}{n}");
        let cidr = format!("10.{}.{}.1/24", 200 + tag % 50, n + 10 * (tag as usize % 20));
        let mut engine = Engine {
            dir,
            bridge,
            cidr,
            child: None,
        };
        ip(&["link", "add", &engine.bridge, "type", "bridge"]);
        ip(&["addr", "add", &engine.cidr, "dev", &engine.bridge]);
        ip(&["link", "set", &engine.bridge, "up"]);
        engine.launch();
        engine
    }

    fn socket(&self) -> PathBuf {
        self.dir.join("docker.sock")
    }

    fn host(&self) -> String {
        format!("unix://{}", self.socket().display())
    }

    fn launch(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("dockerd.log"))
            .unwrap();
        let namespace = format!("sbx-{}", self.bridge);
        let child = Command::new("dockerd")
            .arg("-H")
            .arg(self.host())
            .arg("--data-root")
            .arg(self.dir.join("data"))
            .arg("--exec-root")
            .arg(self.dir.join("exec"))
            .arg("--pidfile")
            .arg(self.dir.join("dockerd.pid"))
            .arg("--config-file")
            .arg(self.dir.join("daemon.json"))
            .args(["--bridge", &self.bridge])
            .args(["--iptables=false", "--ip6tables=false"])
            .args(["--containerd-namespace", &namespace])
            .args(["--containerd-plugins-namespace", &format!("{namespace}-plugins")])
            .args(["--default-runtime", "runc"])
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("starting dockerd");
        self.child = Some(child);
    }

    fn docker(&self, args: &[&str]) -> Output {
        Command::new("docker")
            .arg("-H")
            .arg(self.host())
            .args(args)
            .output()
            .expect("running docker")
    }

    async fn answers(&self) -> bool {
        eventually(Duration::from_secs(60), || {
            self.docker(&["version", "--format", "{{.Server.Version}}"])
                .status
                .success()
        })
        .await
    }

    /// `docker save | docker -H … load`: the runtime image, from the host's engine.
    fn load(&self, image: &str) {
        let mut save = Command::new("docker")
            .args(["save", image])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let load = Command::new("docker")
            .arg("-H")
            .arg(self.host())
            .arg("load")
            .stdin(save.stdout.take().unwrap())
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(
            save.wait().unwrap().success() && load.success(),
            "loading {image}"
        );
    }

    /// The ids of the containers on this engine a worker labelled (running or not).
    fn containers_of(&self, worker: &str) -> Vec<String> {
        let filter = format!("label=sandbox.worker={worker}");
        let out = self.docker(&["ps", "-aq", "--no-trunc", "--filter", &filter]);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// The ids of the containers a worker labelled, read from the data root while the engine
    /// is down (the engine's own record of them, `containers/<id>/config.v2.json`): once it
    /// answers again the worker may remove them before anyone could list them.
    fn containers_on_disk(&self, worker: &str) -> Vec<String> {
        let mut ids = Vec::new();
        let dir = self.dir.join("data").join("containers");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let Ok(text) = std::fs::read_to_string(entry.path().join("config.v2.json")) else {
                continue;
            };
            let Ok(config) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            if config["Config"]["Labels"]["sandbox.worker"] == worker {
                ids.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        ids
    }

    /// SIGKILL: the engine crashes (its containerd goes with it; the containers' shims stay).
    fn crash(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every process whose command line names this engine's directory (its containerd, the
    /// shims of its containers), found by id.
    fn own_processes(&self) -> Vec<i32> {
        let needle = self.dir.to_string_lossy().to_string();
        let mut pids = Vec::new();
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            if String::from_utf8_lossy(&cmdline).contains(&needle) {
                pids.push(pid);
            }
        }
        pids
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        if self.child.is_some() {
            let ids = self.docker(&["ps", "-aq"]);
            for id in String::from_utf8_lossy(&ids.stdout).lines() {
                let _ = self.docker(&["rm", "-f", "-v", id]);
            }
            if let Some(child) = self.child.as_mut() {
                unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
                for _ in 0..200 {
                    if child.try_wait().ok().flatten().is_some() {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }
            self.crash();
        }
        for pid in self.own_processes() {
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(300));
        // What the engine left mounted under its directory, deepest first.
        let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
        let needle = self.dir.to_string_lossy().to_string();
        let mut points: Vec<&str> = mounts
            .lines()
            .filter_map(|l| l.split_whitespace().nth(1))
            .filter(|p| p.starts_with(&needle))
            .collect();
        points.sort_by_key(|p| std::cmp::Reverse(p.len()));
        for point in points {
            let _ = Command::new("umount").args(["-l", point]).status();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        let _ = Command::new("ip")
            .args(["link", "del", &self.bridge])
            .stderr(Stdio::null())
            .status();
    }
}

fn ip(args: &[&str]) {
    let status = Command::new("ip").args(args).status().unwrap();
    assert!(status.success(), "ip {args:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "starts three dockerd instances of its own and the release binaries; scripts/test-scale.sh runs it"]
async fn an_engine_killed_mid_run_loses_no_job_and_is_cleaned_when_it_comes_back() {
    let config = sandbox_testkit::config(&[]);
    let _teardown = sandbox_testkit::Teardown::new(&config);
    // A short directory: containerd's sockets live under the exec roots (108-byte limit).
    let root = TempDir(PathBuf::from(format!("/tmp/sbxeng-{}", std::process::id())));
    std::fs::create_dir_all(root.path()).unwrap();
    let tag = std::process::id() % 1000;
    // Declared after `root`: the engines go (unmounted, stopped) before their directory.
    let mut engines: Vec<Engine> = (0..ENGINES).map(|n| Engine::new(root.path(), n, tag)).collect();
    for engine in &engines {
        assert!(
            engine.answers().await,
            "engine {} did not start",
            engine.dir.display()
        );
        engine.load(&config.runtime_image);
    }

    let logs = TempDir::new("engines-logs");
    let api_port = free_port();
    let env: HashMap<String, String> = [
        ("REDIS_URL", config.redis_url.as_str()),
        ("REDIS_PREFIX", config.redis_prefix.as_str()),
        ("RUNTIME_IMAGE", config.runtime_image.as_str()),
        ("RUNTIMES", "python"),
        ("CONTAINER_RUNTIME", "runc"),
        ("RATE_LIMIT", "0"),
        ("MAX_CONCURRENT", "2"),
        ("BIND_ADDR", &format!("127.0.0.1:{api_port}")),
        ("RUST_LOG", "info"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let _api = service("sandbox-api", &env, &logs.path().join("api.log"));
    let mut workers: Vec<Process> = engines
        .iter()
        .enumerate()
        .map(|(n, engine)| {
            let mut env = env.clone();
            env.insert("WORKER_ID".into(), format!("eng-{n}"));
            env.insert("DOCKER_HOST".into(), engine.host());
            service(
                "sandbox-worker",
                &env,
                &logs.path().join(format!("worker-{n}.log")),
            )
        })
        .collect();
    let base = format!("http://127.0.0.1:{api_port}");
    api_up(&base).await;
    let http = reqwest::Client::new();
    let live = |body: String, name: &str| body.contains(&format!("\"{name}\""));
    let workers_body = || async {
        match http.get(format!("{base}/workers")).send().await {
            Ok(r) => r.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    };

    // The load; once a third is accepted, engine 1 dies (its worker holds jobs by then).
    let accepted = Arc::new(AtomicUsize::new(0));
    let load = tokio::spawn(submit_load(
        base.clone(),
        JOBS,
        6,
        Duration::from_secs(60),
        accepted.clone(),
    ));
    // Its worker has containers by then (a job's, or the warm pool's): they are what the
    // engine keeps, stopped, and the worker must remove when it comes back.
    assert!(
        eventually(Duration::from_secs(120), || accepted.load(Ordering::SeqCst)
            >= JOBS / 3
            && !engines[1].containers_of("eng-1").is_empty())
        .await,
        "the first jobs were not accepted, or engine 1's worker made no container"
    );
    engines[1].crash();
    let at_kill = accepted.load(Ordering::SeqCst);
    let (jobs, refused) = load.await.unwrap();
    let tally = tally(&base, &jobs, refused, Duration::from_secs(300)).await;
    let mut stepped_down = false;
    for _ in 0..60 {
        if !live(workers_body().await, "eng-1") {
            stepped_down = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }

    // What the worker made before the crash, as the stopped engine recorded it (the worker
    // may remove them as soon as the engine answers, so they are read before it does); the
    // containers it makes from now on (its warm pool) are its own live ones.
    let leftovers = engines[1].containers_on_disk("eng-1");
    // The engine comes back: its worker resumes and removes its leftover containers.
    engines[1].launch();
    assert!(engines[1].answers().await, "engine 1 did not come back");
    let mut resumed = false;
    for _ in 0..120 {
        if live(workers_body().await, "eng-1") {
            resumed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    // The reaper removes its own stopped containers past ORPHAN_GRACE (30 s), every 30 s.
    let cleaned = eventually(Duration::from_secs(120), || {
        let now = engines[1].containers_of("eng-1");
        leftovers.iter().all(|id| !now.contains(id))
    })
    .await;
    println!(
        "three engines, engine 1 killed with {at_kill} jobs accepted: {tally}; engine 1's worker \
         stepped down: {stepped_down}, resumed: {resumed}, its leftover containers at restart: \
         {}, cleaned: {cleaned}",
        leftovers.len()
    );
    for worker in &mut workers {
        worker.terminate(Duration::from_secs(30)).await;
    }
    if tally.lost > 0 || tally.completed != tally.submitted || !cleaned || !resumed {
        for n in 0..ENGINES {
            let text =
                std::fs::read_to_string(logs.path().join(format!("worker-{n}.log"))).unwrap_or_default();
            let tail: Vec<&str> = text.lines().rev().take(25).collect();
            let _ = writeln!(
                std::io::stderr(),
                "--- worker-{n} (newest first)\n{}",
                tail.join("\n")
            );
        }
    }
    assert_eq!(tally.submitted, JOBS);
    assert_eq!(tally.lost, 0, "{tally}");
    assert_eq!(
        tally.completed, tally.submitted,
        "every job completed, none failed: {tally}"
    );
    assert_eq!(tally.wrong_output, 0, "{tally}");
    assert!(
        stepped_down,
        "engine 1's worker kept its heartbeat with its engine gone"
    );
    assert!(resumed, "engine 1's worker did not come back when its engine did");
    assert!(
        !leftovers.is_empty(),
        "engine 1 kept no container of its worker's: the clean-up was not put to the test"
    );
    assert!(cleaned, "engine 1's worker left containers behind");
}
