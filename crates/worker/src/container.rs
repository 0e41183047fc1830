//! The container a job runs in, as a pure function of the limits: what the engine enforces is
//! decided here, in one place, and unit-tested field by field.

use std::collections::HashMap;

use bollard::models::{ContainerCreateBody, HostConfig, HostConfigLogConfig, ResourcesUlimits};
use sandbox::config::{Config, Limits};

use crate::seccomp;

/// The runtime image's own default user (its `USER`), for a container made without the worker.
/// The worker never uses it: each job container runs as a uid of its own from JOB_UIDS.
pub const IMAGE_USER: &str = "64000:64000";
/// Where the program runs; read-only like the rest of the root filesystem.
pub const WORKDIR: &str = "/sandbox";
/// The launcher that receives the code over stdin (runtime/launcher.py).
pub const ENTRYPOINT: [&str; 5] = ["/usr/bin/python3", "-I", "-u", "-B", "/opt/sandbox/launcher.py"];

/// Labels on every job container: the service, the deployment (REDIS_PREFIX), the worker and
/// the job, so clean-up only ever touches a deployment's own containers.
pub const LABEL_SERVICE: &str = "sandbox.service";
pub const LABEL_PREFIX: &str = "sandbox.prefix";
pub const LABEL_WORKER: &str = "sandbox.worker";
pub const LABEL_JOB: &str = "sandbox.job";
pub const SERVICE: &str = "sandbox";

/// Size of the writable scratch space at /tmp; counted against the memory limit as well.
const TMP_SIZE: &str = "16m";
/// Size of /dev/shm (multiprocessing, POSIX semaphores); also counted against memory.
const SHM_BYTES: i64 = 16 << 20;

/// Stack size of the job's processes (Linux's usual default, made explicit).
const STACK_BYTES: i64 = 8 << 20;

/// What every job container of a worker is made of.
#[derive(Debug, Clone)]
pub struct Settings {
    pub limits: Limits,
    pub image: String,
    /// The engine's OCI runtime, as chosen at the worker's start ([`crate::container_runtime`]
    /// resolves CONTAINER_RUNTIME against the engine): `runc`, or `runsc` for gVisor.
    pub runtime: String,
    /// WARM_POOL_SIZE and WARM_POOL_MAX_AGE: containers made ahead (see [`crate::pool`]).
    pub pool_size: usize,
    pub pool_max_age: std::time::Duration,
    /// What the launcher's run-time wall enforces: `None` when CODE_POLICY is off, else the
    /// allow-list of modules.
    pub runtime_policy: Option<Vec<String>>,
    /// The attribute names the launcher's guarded getattr refuses by a computed name
    /// ([`sandbox::validate::Policy::runtime_refused_names`]).
    pub runtime_refused_names: Vec<String>,
    /// JOB_UIDS: the uids containers are given, one each (see [`crate::uids`]).
    pub job_uids: std::ops::RangeInclusive<u32>,
    /// MAX_CONCURRENT: containers of this worker at once, pooled ones included.
    pub max_containers: usize,
    /// CGROUP_ROOT: the host's cgroup tree, for each job's accounting ([`crate::accounting`]).
    pub cgroup_root: std::path::PathBuf,
    /// The runtime (of [`sandbox::runtimes`]) its containers are of: its image, its
    /// environment, its modules.
    pub runtime_name: &'static str,
    /// The runtime's own environment (`NAME=value`), beyond the worker's.
    pub runtime_env: Vec<String>,
    /// MAX_ARTIFACT_FILES and MAX_ARTIFACT_BYTES: what a run returns of its `out/`.
    pub artifacts: Artifacts,
}

/// What a run returns of the files it wrote under `out/`, at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Artifacts {
    pub files: usize,
    pub bytes: usize,
}

impl Settings {
    /// The settings of `config` for the default runtime, with `runtime` the name
    /// CONTAINER_RUNTIME resolved to.
    pub fn from_config(config: &Config, runtime: &str) -> Settings {
        Settings::for_runtime(config, runtime, sandbox::runtimes::default_runtime())
    }

    /// The settings of `config` for containers of `of` (a runtime of the registry), with
    /// `runtime` the name CONTAINER_RUNTIME resolved to.
    pub fn for_runtime(config: &Config, runtime: &str, of: &'static sandbox::runtimes::Runtime) -> Settings {
        let image = if of.name == sandbox::runtimes::DEFAULT {
            config.runtime_image.clone()
        } else {
            config
                .runtime_images
                .get(of.name)
                .cloned()
                .unwrap_or_else(|| of.default_image.to_string())
        };
        Settings {
            limits: config.limits.for_runtime(of),
            image,
            runtime: runtime.to_string(),
            pool_size: config.warm_pool_size,
            pool_max_age: config.warm_pool_max_age,
            runtime_policy: config
                .policy
                .enforced()
                .then(|| config.policy.for_runtime(of).allowed_modules().to_vec()),
            runtime_refused_names: config.policy.for_runtime(of).runtime_refused_names(),
            job_uids: config.job_uids.clone(),
            max_containers: config.max_concurrent,
            cgroup_root: config.cgroup_root.clone(),
            runtime_name: of.name,
            runtime_env: of.env.iter().map(|(k, v)| format!("{k}={v}")).collect(),
            artifacts: Artifacts {
                files: config.max_artifact_files,
                bytes: config.max_artifact_bytes,
            },
        }
    }
}

/// Who owns a container: written on it as labels.
#[derive(Debug, Clone)]
pub struct Owner {
    pub prefix: String,
    pub worker: String,
}

/// The labels of a container made for `job`, or (`None`) of one made ahead for the warm pool,
/// whose job is not known yet (labels cannot change once the container exists).
pub fn labels(owner: &Owner, job: Option<&str>) -> HashMap<String, String> {
    let mut labels = HashMap::from([
        (LABEL_SERVICE.to_string(), SERVICE.to_string()),
        (LABEL_PREFIX.to_string(), owner.prefix.clone()),
        (LABEL_WORKER.to_string(), owner.worker.clone()),
    ]);
    if let Some(job) = job {
        labels.insert(LABEL_JOB.to_string(), job.to_string());
    }
    labels
}

fn ulimit(name: &str, limit: i64) -> ResourcesUlimits {
    ResourcesUlimits {
        name: Some(name.to_string()),
        soft: Some(limit),
        hard: Some(limit),
    }
}

/// The job's whole environment. The launcher reads its run-time policy from it before the
/// program starts (the warm pool's containers exist before their job, so it cannot come with
/// the code).
fn job_env(settings: &Settings) -> Vec<String> {
    let mut env = vec![
        "PATH=/usr/local/bin:/usr/bin:/bin".to_string(),
        "LANG=C.UTF-8".to_string(),
        "HOME=/tmp".to_string(),
        format!("SANDBOX_RUNTIME={}", settings.runtime_name),
    ];
    env.extend(settings.runtime_env.iter().cloned());
    match &settings.runtime_policy {
        // SECURITY: the second wall — the launcher refuses, inside the interpreter, what the
        // static check refuses (imports off the list) and what it cannot see (process starts,
        // native calls, /proc/*/mem, exec of strings). It fails closed: without these
        // variables it enforces an empty allow-list.
        Some(modules) => {
            env.push("SANDBOX_CODE_POLICY=strict".to_string());
            env.push(format!("SANDBOX_ALLOWED_MODULES={}", modules.join(",")));
            env.push(format!(
                "SANDBOX_REFUSED_NAMES={}",
                settings.runtime_refused_names.join(",")
            ));
        }
        None => env.push("SANDBOX_CODE_POLICY=off".to_string()),
    }
    env
}

/// The create-container body for one job, whose processes all run as `uid` (and as the group of
/// the same number, with no supplementary group).
pub fn create_body(settings: &Settings, labels: HashMap<String, String>, uid: u32) -> ContainerCreateBody {
    let limits = &settings.limits;
    let host_config = HostConfig {
        // SECURITY: kernel attack surface — gVisor (`runsc`) puts a user-space kernel between
        // the job and the host's; `runc` relies on the seccomp profile below.
        runtime: Some(settings.runtime.clone()),
        // SECURITY: CPU starvation of the host and other jobs — at most `cpus` CPUs.
        nano_cpus: Some((limits.cpus * 1e9).round() as i64),
        // SECURITY: memory exhaustion — a hard cap, and swap equal to it so swap is no way around.
        memory: Some(limits.memory_bytes),
        memory_swap: Some(limits.memory_bytes),
        // SECURITY: fork and thread bombs — processes and threads capped per container.
        pids_limit: Some(limits.pids),
        // SECURITY: network abuse (attacks, exfiltration, reaching internal services): no
        // interface but loopback.
        network_mode: Some("none".to_string()),
        // SECURITY: persistence and tampering — the image cannot be written; only a small
        // tmpfs at /tmp, where nothing can be executed, set-uid or a device.
        readonly_rootfs: Some(true),
        tmpfs: Some(HashMap::from([(
            "/tmp".to_string(),
            format!("rw,noexec,nosuid,nodev,size={TMP_SIZE}"),
        )])),
        shm_size: Some(SHM_BYTES),
        // SECURITY: privilege escalation — no capabilities at all, and no way to gain any
        // through set-uid binaries.
        cap_drop: Some(vec!["ALL".to_string()]),
        // SECURITY: kernel attack surface — the engine's default seccomp profile, applied
        // explicitly and tightened (see seccomp.rs for each system call removed).
        security_opt: Some(vec![
            "no-new-privileges".to_string(),
            format!("seccomp={}", *seccomp::PROFILE),
        ]),
        privileged: Some(false),
        // SECURITY: host devices — none beyond the engine's minimal /dev (null, zero, random…).
        devices: Some(vec![]),
        // SECURITY: escaped children — an init as PID 1 reaps them, and the whole process tree
        // dies with the container.
        init: Some(true),
        // SECURITY: shared-memory channels to other containers or the host.
        ipc_mode: Some("private".to_string()),
        // SECURITY: filling the host's disk through the engine's log of a flood — no log at all;
        // output is read from the attach stream, capped as it is read.
        log_config: Some(HostConfigLogConfig {
            typ: Some("none".to_string()),
            config: Some(HashMap::new()),
        }),
        // SECURITY: a job under memory pressure is the first thing the host's OOM killer takes.
        oom_score_adj: Some(1000),
        // SECURITY: resource abuse inside the limits — core dumps off (they would land in a
        // read-only tree, and can leak memory contents), bounded open files and file sizes,
        // an explicit stack; RLIMIT_NPROC as high as the pids limit. The kernel counts
        // RLIMIT_NPROC per uid across the host, so it only means "this job's processes" because
        // no other container runs as this uid (crate::uids): a second cap on forks, which holds
        // even where the pids cgroup is not enforced.
        ulimits: Some(vec![
            ulimit("core", 0),
            ulimit("nofile", 256),
            ulimit("fsize", 16 << 20),
            ulimit("stack", STACK_BYTES),
            ulimit("nproc", limits.pids),
        ]),
        auto_remove: Some(false),
        ..Default::default()
    };
    ContainerCreateBody {
        image: Some(settings.image.clone()),
        entrypoint: Some(ENTRYPOINT.iter().map(|s| s.to_string()).collect()),
        cmd: Some(vec![]),
        // SECURITY: running as root inside the container — an unprivileged uid, and one no other
        // container has while this one exists: the kernel's per-uid limits (inotify instances,
        // RLIMIT_NPROC, pending signals, pipe pages) are then this job's alone (crate::uids).
        user: Some(format!("{uid}:{uid}")),
        working_dir: Some(WORKDIR.to_string()),
        // SECURITY: leaking the worker's secrets — the job sees only this environment.
        env: Some(job_env(settings)),
        hostname: Some("sandbox".to_string()),
        network_disabled: Some(true),
        // Code and stdin arrive over the attach stream; closing our stdin closes the program's
        // without closing its stdout and stderr.
        attach_stdin: Some(true),
        attach_stdout: Some(true),
        attach_stderr: Some(true),
        open_stdin: Some(true),
        stdin_once: Some(true),
        tty: Some(false),
        labels: Some(labels),
        host_config: Some(host_config),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn settings() -> Settings {
        let limits = Limits {
            cpus: 0.5,
            memory_bytes: 100 << 20,
            pids: 64,
            timeout: Duration::from_secs(3),
            output_bytes: 1024,
        };
        Settings {
            limits,
            image: "img:1".into(),
            runtime: "runsc".into(),
            pool_size: 0,
            pool_max_age: Duration::from_secs(60),
            runtime_policy: Some(vec!["math".into(), "json".into()]),
            runtime_refused_names: vec!["_os".into(), "sys".into()],
            job_uids: 5000..=5009,
            max_containers: 2,
            cgroup_root: "/sys/fs/cgroup".into(),
            runtime_name: "python",
            runtime_env: Vec::new(),
            artifacts: Artifacts {
                files: 4,
                bytes: 1024,
            },
        }
    }

    fn body() -> ContainerCreateBody {
        let owner = Owner {
            prefix: "p".into(),
            worker: "w1".into(),
        };
        create_body(&settings(), labels(&owner, Some("job-1")), 5003)
    }

    #[test]
    fn every_limit_is_the_engines() {
        let host = body().host_config.unwrap();
        assert_eq!(host.nano_cpus, Some(500_000_000));
        assert_eq!(host.memory, Some(100 << 20));
        assert_eq!(host.memory_swap, host.memory, "swap equal to memory: no swap");
        assert_eq!(host.pids_limit, Some(64));
        assert_eq!(host.network_mode.as_deref(), Some("none"));
        assert_eq!(host.readonly_rootfs, Some(true));
        assert_eq!(host.cap_drop, Some(vec!["ALL".to_string()]));
        let security = host.security_opt.unwrap();
        assert_eq!(security[0], "no-new-privileges");
        assert_eq!(security[1], format!("seccomp={}", *seccomp::PROFILE));
        assert_eq!(host.runtime.as_deref(), Some("runsc"));
        assert_eq!(host.devices, Some(vec![]));
        let ulimits: Vec<(String, i64)> = host
            .ulimits
            .unwrap()
            .into_iter()
            .map(|u| (u.name.unwrap(), u.hard.unwrap()))
            .collect();
        for name in ["core", "nofile", "fsize", "stack", "nproc"] {
            assert!(ulimits.iter().any(|(n, _)| n == name), "{name}");
        }
        assert!(ulimits.contains(&("core".to_string(), 0)));
        assert!(
            ulimits.contains(&("nproc".to_string(), 64)),
            "as high as the pids limit"
        );
        assert_eq!(host.privileged, Some(false));
        assert_eq!(host.init, Some(true));
        assert_eq!(host.log_config.unwrap().typ.as_deref(), Some("none"));
        assert!(
            host.binds.is_none() && host.mounts.is_none(),
            "no host path is mounted"
        );
        let tmp = &host.tmpfs.unwrap()["/tmp"];
        for option in ["noexec", "nosuid", "nodev", "size="] {
            assert!(tmp.contains(option), "{tmp}");
        }
    }

    #[test]
    fn the_job_runs_unprivileged_with_nothing_of_the_workers_environment() {
        let body = body();
        assert_eq!(body.user.as_deref(), Some("5003:5003"), "the uid it was given");
        let env = body.env.unwrap();
        assert!(env.iter().all(|v| ["PATH=", "LANG=", "HOME=", "SANDBOX_"]
            .iter()
            .any(|p| v.starts_with(p))));
        assert!(env.contains(&"SANDBOX_CODE_POLICY=strict".to_string()));
        assert!(env.contains(&"SANDBOX_ALLOWED_MODULES=math,json".to_string()));
        assert!(env.contains(&"SANDBOX_REFUSED_NAMES=_os,sys".to_string()));
        assert_eq!(body.network_disabled, Some(true));
        assert_eq!(body.tty, Some(false));
        assert_eq!((body.open_stdin, body.stdin_once), (Some(true), Some(true)));
    }

    #[test]
    fn with_the_policy_off_the_launcher_is_told_so_and_gets_no_list() {
        let settings = Settings {
            runtime_policy: None,
            runtime_refused_names: Vec::new(),
            ..settings()
        };
        let env = create_body(&settings, HashMap::new(), 5000).env.unwrap();
        assert!(env.contains(&"SANDBOX_CODE_POLICY=off".to_string()));
        assert!(!env.iter().any(|v| v.starts_with("SANDBOX_ALLOWED_MODULES=")));
    }

    #[test]
    fn containers_are_labelled_with_their_owner() {
        let labels = body().labels.unwrap();
        assert_eq!(labels[LABEL_SERVICE], SERVICE);
        assert_eq!(labels[LABEL_PREFIX], "p");
        assert_eq!(labels[LABEL_WORKER], "w1");
        assert_eq!(labels[LABEL_JOB], "job-1");
    }
}
