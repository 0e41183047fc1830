//! Configuration: every environment variable the service reads, parsed once at start.
//!
//! Names and defaults are the prototype's (RATE_LIMIT, EXECUTION_TIMEOUT, MEMORY_LIMIT, …). A
//! value that does not parse is a [`ConfigError`] naming the variable and what was expected, and
//! the binaries stop on it: a typo must not silently fall back to a default.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::validate::Policy;

/// A variable that is set but does not hold what it must.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {var}={value:?}: expected {expected}")]
pub struct ConfigError {
    pub var: &'static str,
    pub value: String,
    pub expected: &'static str,
}

/// The limits a job runs under; every one of them is enforced by the engine except the
/// wall-clock limit, which the worker enforces by killing the container.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// CPU_LIMIT: CPUs, as `docker run --cpus`.
    pub cpus: f64,
    /// MEMORY_LIMIT in bytes, as `docker run --memory` reads it (binary units).
    pub memory_bytes: i64,
    /// PIDS_LIMIT: processes and threads in the container.
    pub pids: i64,
    /// EXECUTION_TIMEOUT: wall clock from the moment the code is delivered.
    pub timeout: Duration,
    /// MAX_OUTPUT_SIZE: bytes kept of each of stdout and stderr, after sanitising.
    pub output_bytes: usize,
}

/// Bytes of a MiB: `memory_mb` of a job's limits counts in these.
pub const MIB: i64 = 1 << 20;

impl Limits {
    /// The server's own limits, as a job's `limits` shows them (MEMORY_LIMIT in whole MiB).
    pub fn caps(&self) -> crate::job::JobLimits {
        crate::job::JobLimits {
            time_ms: self.timeout.as_millis() as u64,
            memory_mb: (self.memory_bytes / MIB) as u64,
            output_bytes: self.output_bytes as u64,
        }
    }

    /// The limits a job that asked for `request` runs under, as its `limits` shows them: each
    /// asked-for value, never above the server's; the server's where none was asked for.
    pub fn effective(&self, request: &crate::job::LimitRequest) -> crate::job::JobLimits {
        let caps = self.caps();
        let pick = |asked: Option<u64>, cap: u64| asked.map_or(cap, |v| v.clamp(1, cap.max(1)));
        crate::job::JobLimits {
            time_ms: pick(request.time_ms, caps.time_ms),
            memory_mb: pick(request.memory_mb, caps.memory_mb),
            output_bytes: pick(request.output_bytes, caps.output_bytes),
        }
    }

    /// These limits for a job of `runtime`: the memory at least what the runtime needs
    /// ([`crate::runtimes::Runtime::min_memory_bytes`]).
    pub fn for_runtime(&self, runtime: &crate::runtimes::Runtime) -> Limits {
        Limits {
            memory_bytes: self.memory_bytes.max(runtime.min_memory_bytes),
            ..self.clone()
        }
    }

    /// These limits narrowed by `request` ([`Limits::effective`]); what it does not ask for
    /// stays exactly the server's (MEMORY_LIMIT to the byte).
    pub fn narrowed(&self, request: &crate::job::LimitRequest) -> Limits {
        let effective = self.effective(request);
        let mut limits = self.clone();
        if request.time_ms.is_some() {
            limits.timeout = Duration::from_millis(effective.time_ms);
        }
        if request.memory_mb.is_some() {
            limits.memory_bytes = (effective.memory_mb as i64 * MIB).min(self.memory_bytes);
        }
        if request.output_bytes.is_some() {
            limits.output_bytes = effective.output_bytes as usize;
        }
        limits
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    /// RATE_LIMIT: submissions per client per sliding 60 s; 0 turns limiting off.
    pub rate_limit: u32,
    pub limits: Limits,
    /// MAX_CONCURRENT: jobs running at once in one worker process.
    pub max_concurrent: usize,
    /// MAX_CODE_SIZE: bytes of `code` (UTF-8).
    pub max_code_size: usize,
    /// MAX_STDIN_SIZE: bytes of `stdin` (UTF-8).
    pub max_stdin_size: usize,
    /// MAX_BODY_SIZE: bytes of a whole `POST /jobs` body.
    pub max_body_size: usize,
    /// MAX_TESTS: test cases in one submission's `tests`.
    pub max_tests: usize,
    /// MAX_QUEUE_LENGTH: jobs waiting or running before submissions get 503 `queue_full`.
    pub max_queue_length: u64,
    /// RESULT_TTL: how long a finished job stays pollable.
    pub result_ttl: Duration,
    /// JOB_DEADLINE: a job not started this long after it was accepted fails as `expired`.
    pub job_deadline: Duration,
    /// MAX_ATTEMPTS: deliveries of one job (a worker died with it) before it fails.
    pub max_attempts: u64,
    /// TRUSTED_PROXIES: peers whose `X-Forwarded-For` is believed (addresses or CIDR ranges).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub redis_url: String,
    /// REDIS_SENTINELS, REDIS_MASTER_NAME, REDIS_WAIT_REPLICAS, REDIS_WAIT_TIMEOUT: Redis behind
    /// Sentinel, and how many replicas must hold an accepted job before it is answered 202.
    pub redis_ha: RedisHa,
    /// REDIS_PREFIX: the first segment of every key the service writes.
    pub redis_prefix: String,
    pub bind_addr: SocketAddr,
    /// UI_DIR: the built web UI (`web/dist`, relative to the working directory) that the api
    /// serves at `GET /`; read per request, so the api starts, and its tests run, without it.
    pub ui_dir: PathBuf,
    /// CGROUP_ROOT: where a worker sees the host's cgroup tree (`/sys/fs/cgroup`; in a
    /// container of its own, a read-only bind mount of it), to read each job's resource
    /// accounting (see the worker's `accounting` module).
    pub cgroup_root: PathBuf,
    /// RUNTIME_IMAGE: the default runtime's (`python`) execution image.
    pub runtime_image: String,
    /// Every runtime's image, by runtime name (RUNTIME_IMAGE, RUNTIME_IMAGE_PYTHON_DATA, …:
    /// [`crate::runtimes::Runtime::image_var`]).
    pub runtime_images: std::collections::BTreeMap<&'static str, String>,
    /// RUNTIMES: the runtimes a worker serves, by name; `None` (unset): every runtime whose
    /// image the engine has.
    pub runtimes: Option<Vec<&'static str>>,
    /// MAX_FILES and MAX_FILES_SIZE: input files of one submission (`files`), and their
    /// decoded bytes together.
    pub max_files: usize,
    pub max_files_size: usize,
    /// MAX_ARTIFACT_FILES and MAX_ARTIFACT_BYTES: files returned from a run's `out/`, and
    /// their bytes together.
    pub max_artifact_files: usize,
    pub max_artifact_bytes: usize,
    /// CONTAINER_RUNTIME: the engine's OCI runtime for job containers: `auto` (the default:
    /// gVisor when the engine has it), or a runtime by name, such as `runc` or `runsc`.
    pub container_runtime: ContainerRuntime,
    /// WORKER_ID: a worker's name in the consumer group and on its containers' labels.
    pub worker_id: Option<String>,
    /// WARM_POOL_SIZE: containers each worker keeps created and started ahead, each waiting for
    /// one job's code (0 turns the pool off).
    pub warm_pool_size: usize,
    /// WARM_POOL_MAX_AGE: a pooled container older than this is replaced, never used.
    pub warm_pool_max_age: Duration,
    /// JOB_UIDS: the uids job containers run as, `FIRST-LAST`; each container has one of its
    /// own while it exists (see the worker's `uids` module).
    pub job_uids: std::ops::RangeInclusive<u32>,
    /// CODE_POLICY, ALLOWED_MODULES, FORBIDDEN_BUILTINS, FORBIDDEN_ATTRIBUTES: the static
    /// rules, and (through the worker) the launcher's run-time wall.
    pub policy: Policy,
    /// API_KEYS and API_KEYS_FILE: when any is set, `POST /jobs` needs one of them.
    pub api_keys: ApiKeys,
    /// LOG_FORMAT: `text` (for people) or `json` (one object per line, for log collectors).
    pub log_format: LogFormat,
    /// METRICS_ADDR: where a worker serves its metrics (`GET /metrics`); none by default.
    pub metrics_addr: Option<SocketAddr>,
    /// The api's own connection and resource bounds.
    pub server: ServerLimits,
    /// WEBHOOK_*: callbacks (`callback_url`).
    pub webhook: WebhookConfig,
}

/// How callbacks (`callback_url`) are signed, sent and retried.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookConfig {
    /// WEBHOOK_SECRET: the HMAC-SHA256 key of every delivery's signature. Unset, callbacks are
    /// refused at submit (never sent unsigned).
    pub secret: Option<Vec<u8>>,
    /// WEBHOOK_MAX_ATTEMPTS: deliveries of one callback before it is given up (`failed`).
    pub max_attempts: u32,
    /// WEBHOOK_RETRY_BASE: the pause after the first failed attempt; each next one doubles,
    /// up to [`WEBHOOK_RETRY_MAX`].
    pub retry_base: Duration,
    /// WEBHOOK_TIMEOUT: one delivery's bound, connect to answer head.
    pub timeout: Duration,
    /// WEBHOOK_ALLOW_PRIVATE: callbacks may reach private, loopback, link-local, CGNAT and
    /// unique-local addresses (a receiver in the same private network; the tests on loopback).
    pub allow_private: bool,
}

/// The longest pause between two attempts of one callback.
pub const WEBHOOK_RETRY_MAX: Duration = Duration::from_secs(3600);

impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The secret itself is never printed.
        f.debug_struct("WebhookConfig")
            .field("secret", &self.secret.as_ref().map(|_| "<set>"))
            .field("max_attempts", &self.max_attempts)
            .field("retry_base", &self.retry_base)
            .field("timeout", &self.timeout)
            .field("allow_private", &self.allow_private)
            .finish()
    }
}

impl WebhookConfig {
    /// The pause after failed attempt number `attempt` (1-based): WEBHOOK_RETRY_BASE × 2^(n-1),
    /// at most [`WEBHOOK_RETRY_MAX`].
    pub fn retry_after(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1).min(30));
        self.retry_base.saturating_mul(factor).min(WEBHOOK_RETRY_MAX)
    }

    /// How long a claimed delivery is held before another worker may take it over (its worker
    /// died or stopped mid-delivery): the request's bound and room to store what it got.
    pub fn lease(&self) -> Duration {
        self.timeout + Duration::from_secs(5)
    }
}

/// What one client, and all of them together, may hold of the api: connections, long polls,
/// stored results. Each closes a way of exhausting the api or Redis with cheap requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerLimits {
    /// HEADER_READ_TIMEOUT: a request's head (request line and headers) must have arrived
    /// this long after the connection started waiting for it — after it was accepted, or after
    /// the previous answer on a keep-alive connection — else the connection is closed.
    // SECURITY: slowloris — a client sending a head a byte at a time, or opening connections
    // and never sending anything, or keeping idle keep-alive connections, holds a descriptor
    // and a task each for no longer than this.
    pub header_read_timeout: Duration,
    /// WRITE_TIMEOUT: one write of an answer may wait this long for the client to read.
    // SECURITY: a client that asks for answers and never reads them (a full receive window)
    // would hold the connection, its task and the buffered answer for ever.
    pub write_timeout: Duration,
    /// MAX_CONNECTIONS: open connections in all.
    // SECURITY: descriptor exhaustion — past this, a new connection is answered 503 and closed
    // instead of the process running out of descriptors (and failing to reach Redis).
    pub max_connections: usize,
    /// MAX_CONNECTIONS_PER_CLIENT: open connections from one client (an IPv4 address or an
    /// IPv6 /64; peers in TRUSTED_PROXIES are counted only in the total).
    // SECURITY: one client holding thousands of idle or half-sent connections would use up
    // MAX_CONNECTIONS for everybody; this keeps room for the others.
    pub max_connections_per_client: usize,
    /// MAX_WAITS: `GET /jobs/{id}?wait=` polls held at once, in all.
    // SECURITY: every held poll is a task, a connection and a share of the fallback reads;
    // past this, polls are answered at once with the job's current state.
    pub max_waits: usize,
    /// MAX_WAITS_PER_CLIENT: held polls of one client.
    // SECURITY: one client cannot take all of MAX_WAITS.
    pub max_waits_per_client: usize,
    /// STORAGE_QUOTA: bytes of jobs (code, stdin, and room for their results) one client may
    /// have stored in Redis at once; 0 = no quota.
    // SECURITY: Redis exhaustion — without it, one client within its rate limit could fill
    // Redis with a day's worth (RESULT_TTL) of maximal submissions and results.
    pub storage_quota: u64,
}

/// Which OCI runtime job containers run under (CONTAINER_RUNTIME). The choice against what the
/// engine has registered is [`ContainerRuntime::choose`]; the worker makes it once, at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContainerRuntime {
    /// `auto`: gVisor (`runsc`) when the engine has it registered, else `runc`.
    Auto,
    /// A runtime by name; a worker whose engine lacks it refuses to start.
    Named(String),
}

/// gVisor's runtime, preferred by `auto` for its user-space kernel between job and host.
pub const GVISOR: &str = "runsc";
/// The engine's usual runtime, which `auto` falls back to.
pub const RUNC: &str = "runc";

/// CONTAINER_RUNTIME names a runtime the engine does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "CONTAINER_RUNTIME={requested}: the Docker engine has no runtime of that name (registered: \
     {}); register it in the engine's daemon.json (scripts/setup.sh does so for runsc), or \
     use auto",
    registered.join(", ")
)]
pub struct UnknownRuntime {
    pub requested: String,
    pub registered: Vec<String>,
}

impl ContainerRuntime {
    /// The runtime to use, given the names the engine has registered (its `info` → `Runtimes`):
    /// for `auto`, `runsc` when registered, else `runc`; a named one only when registered.
    pub fn choose<S: AsRef<str>>(&self, registered: &[S]) -> Result<String, UnknownRuntime> {
        let has = |name: &str| registered.iter().any(|r| r.as_ref() == name);
        match self {
            ContainerRuntime::Auto if has(GVISOR) => Ok(GVISOR.to_string()),
            ContainerRuntime::Auto => Ok(RUNC.to_string()),
            ContainerRuntime::Named(name) if has(name) => Ok(name.clone()),
            ContainerRuntime::Named(name) => {
                let mut registered: Vec<String> = registered.iter().map(|r| r.as_ref().to_string()).collect();
                registered.sort();
                Err(UnknownRuntime {
                    requested: name.clone(),
                    registered,
                })
            }
        }
    }
}

impl std::fmt::Display for ContainerRuntime {
    /// As CONTAINER_RUNTIME spells it: `auto`, or the name.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContainerRuntime::Auto => f.write_str("auto"),
            ContainerRuntime::Named(name) => f.write_str(name),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// The keys that may submit jobs, kept as SHA-256 digests: the keys themselves are never
/// printed (`Debug` shows only how many there are) and comparing digests takes the same time
/// whatever the presented key's length.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ApiKeys(Vec<[u8; 32]>);

impl std::fmt::Debug for ApiKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ApiKeys({} configured)", self.0.len())
    }
}

/// Fewer characters than this and a key could be guessed.
const MIN_KEY_LEN: usize = 16;

impl ApiKeys {
    /// Whether keys are configured at all (if not, submissions need none).
    pub fn enabled(&self) -> bool {
        !self.0.is_empty()
    }

    // SECURITY: key guessing by timing — the presented key is hashed and its digest compared
    // with every configured digest in constant time, without stopping at a match, so neither
    // where a key differs nor which key matched nor the key's length shows in the time taken.
    pub fn verify(&self, presented: &str) -> bool {
        let digest: [u8; 32] = Sha256::digest(presented.as_bytes()).into();
        let mut found = subtle::Choice::from(0);
        for key in &self.0 {
            found |= key.ct_eq(&digest);
        }
        found.into()
    }

    fn add(&mut self, key: &str) -> Result<(), &'static str> {
        let ok = key.len() >= MIN_KEY_LEN && key.bytes().all(|b| b.is_ascii_graphic() && b != b',');
        if !ok {
            return Err("keys of at least 16 printable ASCII characters, without spaces or commas");
        }
        self.0.push(Sha256::digest(key.as_bytes()).into());
        Ok(())
    }
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_vars(&std::env::vars().collect())
    }

    /// Reads the given variables; what is absent takes its default.
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<Config, ConfigError> {
        let env = Env(vars);
        let max_code_size = env.parse("MAX_CODE_SIZE", 65536, positive_usize)?;
        let max_stdin_size = env.parse("MAX_STDIN_SIZE", 65536, any_usize)?;
        let max_files_size = env.parse("MAX_FILES_SIZE", 1 << 20, any_usize)?;
        // Room for JSON escapes: a code point can take up to six bytes as `\uXXXX`; input
        // files, mostly base64 (4/3 of their bytes) or plain text, get twice their size.
        let default_body = 6 * (max_code_size + max_stdin_size) + 2 * max_files_size + 4096;
        let limits = Limits {
            cpus: env.parse("CPU_LIMIT", 1.0, cpus)?,
            memory_bytes: env.parse("MEMORY_LIMIT", 100 << 20, memory_size)?,
            pids: env.parse("PIDS_LIMIT", 64, pids)?,
            timeout: env.parse("EXECUTION_TIMEOUT", Duration::from_secs(3), seconds)?,
            output_bytes: env.parse("MAX_OUTPUT_SIZE", 102_400, positive_usize)?,
        };
        Config {
            rate_limit: env.parse("RATE_LIMIT", 10, |s| {
                s.parse()
                    .map_err(|_| "a whole number of submissions per minute (0 = off)")
            })?,
            limits,
            max_concurrent: env.parse("MAX_CONCURRENT", 2, positive_usize)?,
            max_code_size,
            max_stdin_size,
            max_body_size: env.parse("MAX_BODY_SIZE", default_body, positive_usize)?,
            max_tests: env.parse("MAX_TESTS", 64, positive_usize)?,
            max_queue_length: env.parse("MAX_QUEUE_LENGTH", 10_000, |s| {
                s.parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or("a positive number of jobs")
            })?,
            result_ttl: env.parse("RESULT_TTL", Duration::from_secs(86_400), seconds)?,
            job_deadline: env.parse("JOB_DEADLINE", Duration::from_secs(300), seconds)?,
            max_attempts: env.parse("MAX_ATTEMPTS", 3, |s| {
                s.parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or("a positive number of deliveries")
            })?,
            trusted_proxies: env.parse("TRUSTED_PROXIES", Vec::new(), networks)?,
            redis_url: env.parse("REDIS_URL", "redis://127.0.0.1:6379".into(), redis_url)?,
            redis_prefix: env.parse("REDIS_PREFIX", "sandbox".into(), redis_prefix)?,
            redis_ha: redis_ha(&env)?,
            bind_addr: env.parse("BIND_ADDR", ([0, 0, 0, 0], 8000).into(), |s| {
                s.parse().map_err(|_| "an address and port such as 0.0.0.0:8000")
            })?,
            ui_dir: env.parse("UI_DIR", PathBuf::from("web/dist"), ui_dir)?,
            cgroup_root: env.parse("CGROUP_ROOT", PathBuf::from("/sys/fs/cgroup"), directory)?,
            runtime_image: env.parse("RUNTIME_IMAGE", "sandbox-runtime:latest".into(), image)?,
            runtime_images: runtime_images(&env)?,
            runtimes: env.optional("RUNTIMES", runtime_names)?,
            max_files: env.parse("MAX_FILES", 16, files)?,
            max_files_size,
            max_artifact_files: env.parse("MAX_ARTIFACT_FILES", 16, files)?,
            max_artifact_bytes: env.parse("MAX_ARTIFACT_BYTES", 1 << 20, any_usize)?,
            container_runtime: env.parse("CONTAINER_RUNTIME", ContainerRuntime::Auto, runtime)?,
            worker_id: env.optional("WORKER_ID", redis_prefix)?,
            warm_pool_size: env.parse("WARM_POOL_SIZE", 2, |s| {
                s.parse::<usize>()
                    .ok()
                    .filter(|n| *n <= 64)
                    .ok_or("a whole number of containers, 0 to 64 (0 = no pool)")
            })?,
            warm_pool_max_age: env.parse("WARM_POOL_MAX_AGE", Duration::from_secs(300), seconds)?,
            job_uids: env.parse("JOB_UIDS", DEFAULT_JOB_UIDS, uid_range)?,
            policy: policy(&env)?,
            api_keys: api_keys(&env)?,
            log_format: env.parse("LOG_FORMAT", LogFormat::Text, |s| match s {
                "text" => Ok(LogFormat::Text),
                "json" => Ok(LogFormat::Json),
                _ => Err("text or json"),
            })?,
            metrics_addr: env.optional("METRICS_ADDR", |s| {
                s.parse()
                    .map_err(|_| "an address and port such as 127.0.0.1:9100")
            })?,
            server: ServerLimits {
                header_read_timeout: env.parse("HEADER_READ_TIMEOUT", Duration::from_secs(10), seconds)?,
                write_timeout: env.parse("WRITE_TIMEOUT", Duration::from_secs(30), seconds)?,
                max_connections: env.parse("MAX_CONNECTIONS", 1024, count)?,
                max_connections_per_client: env.parse("MAX_CONNECTIONS_PER_CLIENT", 64, count)?,
                max_waits: env.parse("MAX_WAITS", 1024, count)?,
                max_waits_per_client: env.parse("MAX_WAITS_PER_CLIENT", 32, count)?,
                storage_quota: env.parse("STORAGE_QUOTA", 64 << 20, |s| {
                    s.parse::<u64>()
                        .map_err(|_| "a whole number of bytes (0 = no quota)")
                })?,
            },
            webhook: WebhookConfig {
                secret: env.optional("WEBHOOK_SECRET", |s| {
                    (s.len() >= 16)
                        .then(|| s.as_bytes().to_vec())
                        .ok_or("a secret of at least 16 characters")
                })?,
                max_attempts: env.parse("WEBHOOK_MAX_ATTEMPTS", 8, |s| {
                    s.parse::<u32>()
                        .ok()
                        .filter(|n| (1..=100).contains(n))
                        .ok_or("a number of attempts from 1 to 100")
                })?,
                retry_base: env.parse("WEBHOOK_RETRY_BASE", Duration::from_secs(5), seconds)?,
                timeout: env.parse("WEBHOOK_TIMEOUT", Duration::from_secs(10), |s| {
                    seconds(s).and_then(|d| {
                        (d <= Duration::from_secs(60))
                            .then_some(d)
                            .ok_or("a positive number of seconds, at most 60")
                    })
                })?,
                allow_private: env.parse("WEBHOOK_ALLOW_PRIVATE", false, |s| match s {
                    "true" | "1" => Ok(true),
                    "false" | "0" | "" => Ok(false),
                    _ => Err("true or false"),
                })?,
            },
        }
        .checked(vars)
    }
}

impl Config {
    /// The configuration as a whole, beyond each variable alone: JOB_UIDS must hold a uid for
    /// every container a worker can have at once (its running jobs and its warm pool).
    fn checked(self, vars: &HashMap<String, String>) -> Result<Config, ConfigError> {
        let uids = u64::from(self.job_uids.end() - self.job_uids.start()) + 1;
        if uids < (self.max_concurrent + self.warm_pool_size) as u64 {
            return Err(ConfigError {
                var: "JOB_UIDS",
                value: vars.get("JOB_UIDS").cloned().unwrap_or_default(),
                expected: "at least MAX_CONCURRENT + WARM_POOL_SIZE uids: one per container a \
                           worker can have at once",
            });
        }
        Ok(self)
    }

    /// What to warn about when the api listens beyond loopback with no API keys: anyone who
    /// can reach the port can run code on the service (none when keys are set or the address
    /// is a loopback one).
    pub fn open_to_the_network(&self) -> Option<String> {
        // SECURITY: an anonymous code-execution service on the network — said at start, since
        // the default address (0.0.0.0, the prototype's) takes every interface.
        (!self.bind_addr.ip().is_loopback() && !self.api_keys.enabled()).then(|| {
            format!(
                "the api listens on {} (beyond loopback) with no API_KEYS: anyone who can reach this port \
                 can run code here; set API_KEYS, or BIND_ADDR=127.0.0.1:{} (in a container: publish the \
                 port on 127.0.0.1 only)",
                self.bind_addr,
                self.bind_addr.port()
            )
        })
    }

    /// Logs a warning when CODE_POLICY is off: both walls of the policy are down and only the
    /// container holds a job in.
    pub fn warn_if_policy_off(&self) {
        if !self.policy.enforced() {
            tracing::warn!(
                "CODE_POLICY=off: the static and the run-time policy are off, only the container \
                 holds a job in; for testing the container layer, never for production"
            );
        }
    }
}

/// CODE_POLICY (`strict`, the default, or `off`) and the lists. FORBIDDEN_MODULES is retired:
/// set, it is an error rather than silently ignored, since the allow-list replaced it.
fn policy(env: &Env) -> Result<Policy, ConfigError> {
    if let Some(value) = env.0.get("FORBIDDEN_MODULES") {
        return Err(ConfigError {
            var: "FORBIDDEN_MODULES",
            value: value.clone(),
            expected: "nothing: it was retired; ALLOWED_MODULES lists the modules a program may import",
        });
    }
    let strict = env.parse("CODE_POLICY", true, |s| match s {
        "strict" => Ok(true),
        "off" => Ok(false),
        _ => Err("strict, or off (testing the container alone, never in production)"),
    })?;
    Ok(if strict {
        Policy::with_lists(
            env.list("ALLOWED_MODULES"),
            env.list("FORBIDDEN_BUILTINS"),
            env.list("FORBIDDEN_ATTRIBUTES"),
        )
    } else {
        Policy::syntax_only()
    })
}

/// API_KEYS (comma-separated) and API_KEYS_FILE (one key per line; blank lines and lines
/// starting with `#` are skipped), together. Either one set with no key in it is an error, not a
/// way to turn keys off: an operator who meant to require keys must not get an open api.
fn api_keys(env: &Env) -> Result<ApiKeys, ConfigError> {
    let mut keys = ApiKeys::default();
    let error = |var, value: &str, expected| ConfigError {
        var,
        value: value.to_string(),
        expected,
    };
    if let Some(value) = env.0.get("API_KEYS") {
        // The value is a secret: never repeated in an error.
        let mut any = false;
        for key in value.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            keys.add(key)
                .map_err(|expected| error("API_KEYS", "<redacted>", expected))?;
            any = true;
        }
        if !any {
            return Err(error("API_KEYS", "", "at least one key, comma-separated"));
        }
    }
    if let Some(path) = env.0.get("API_KEYS_FILE") {
        let text = std::fs::read_to_string(path.trim())
            .map_err(|_| error("API_KEYS_FILE", path, "a readable file of keys, one per line"))?;
        let mut any = false;
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            keys.add(line)
                .map_err(|expected| error("API_KEYS_FILE", path, expected))?;
            any = true;
        }
        if !any {
            return Err(error("API_KEYS_FILE", path, "a file with at least one key"));
        }
    }
    Ok(keys)
}

/// Redis behind Sentinel, and the replication an accepted job waits for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RedisHa {
    /// REDIS_SENTINELS: `host:port` of each Sentinel, comma-separated. Set, every process asks
    /// them for the primary of REDIS_MASTER_NAME (and asks again after losing it); REDIS_URL's
    /// host and port are then unused, its user, password and database are the primary's.
    pub sentinels: Vec<String>,
    /// REDIS_MASTER_NAME: the name the Sentinels monitor the primary under (`mymaster`).
    pub master_name: String,
    /// REDIS_WAIT_REPLICAS / REDIS_WAIT_TIMEOUT: after the enqueue, `WAIT replicas timeout`
    /// before the api answers 202; `None` (REDIS_WAIT_REPLICAS=0, the default) waits for none.
    pub wait: Option<ReplicaWait>,
}

/// `WAIT replicas timeout`: the api answers 202 only once this many replicas hold the job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplicaWait {
    pub replicas: u32,
    pub timeout: Duration,
}

fn redis_ha(env: &Env<'_>) -> Result<RedisHa, ConfigError> {
    let sentinels = env.optional("REDIS_SENTINELS", |s| {
        let list: Vec<String> = s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let valid = |a: &String| {
            a.rsplit_once(':')
                .is_some_and(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok_and(|p| p > 0))
        };
        if list.is_empty() || !list.iter().all(valid) {
            return Err("comma-separated host:port of each Sentinel, such as 10.0.0.1:26379,10.0.0.2:26379");
        }
        Ok(list)
    })?;
    let master_name = env.parse("REDIS_MASTER_NAME", "mymaster".to_string(), |s| {
        if !s.is_empty() && s.chars().all(|c| c.is_ascii_graphic()) {
            Ok(s.to_string())
        } else {
            Err("the name the Sentinels monitor the primary under, such as mymaster")
        }
    })?;
    let replicas = env.parse("REDIS_WAIT_REPLICAS", 0u32, |s| {
        s.parse::<u32>()
            .map_err(|_| "a whole number of replicas (0 = do not wait)")
    })?;
    let timeout = env.parse("REDIS_WAIT_TIMEOUT", Duration::from_secs(1), |s| {
        seconds(s).and_then(|d| {
            // WAIT's timeout is in whole milliseconds and 0 means for ever: never that.
            (d >= Duration::from_millis(1))
                .then_some(d)
                .ok_or("seconds, at least 0.001")
        })
    })?;
    Ok(RedisHa {
        sentinels: sentinels.unwrap_or_default(),
        master_name,
        wait: (replicas > 0).then_some(ReplicaWait { replicas, timeout }),
    })
}

struct Env<'a>(&'a HashMap<String, String>);

impl Env<'_> {
    fn parse<T>(
        &self,
        var: &'static str,
        default: T,
        parse: impl Fn(&str) -> Result<T, &'static str>,
    ) -> Result<T, ConfigError> {
        Ok(self.optional(var, parse)?.unwrap_or(default))
    }

    fn optional<T>(
        &self,
        var: &'static str,
        parse: impl Fn(&str) -> Result<T, &'static str>,
    ) -> Result<Option<T>, ConfigError> {
        match self.0.get(var) {
            None => Ok(None),
            Some(value) => parse(value.trim()).map(Some).map_err(|expected| ConfigError {
                var,
                value: value.clone(),
                expected,
            }),
        }
    }

    /// A comma-separated list; set to the empty string it is an empty list.
    fn list(&self, var: &str) -> Option<Vec<String>> {
        self.0.get(var).map(|value| {
            value
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
    }
}

fn positive_usize(s: &str) -> Result<usize, &'static str> {
    s.parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or("a positive whole number of bytes")
}

fn count(s: &str) -> Result<usize, &'static str> {
    s.parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or("a positive whole number")
}

fn files(s: &str) -> Result<usize, &'static str> {
    s.parse().map_err(|_| "a whole number of files (0 = none)")
}

fn any_usize(s: &str) -> Result<usize, &'static str> {
    s.parse().map_err(|_| "a whole number of bytes")
}

/// JOB_UIDS' default: 65536 uids that nothing on a usual Linux host hands out — above the
/// regular users (1000–59999), Debian's system ranges (60000–64999, with libvirt-qemu at 64055),
/// nobody (65534), the subordinate ranges `useradd` gives rootless containers (from 100000, up
/// to 600100000 by default) and systemd's container range (524288–1879048191), below 2^31.
pub const DEFAULT_JOB_UIDS: std::ops::RangeInclusive<u32> = 2_000_000_000..=2_000_065_535;

/// `FIRST-LAST`, both inclusive, never root or a usual user's uid, below 2^31.
fn uid_range(s: &str) -> Result<std::ops::RangeInclusive<u32>, &'static str> {
    const EXPECTED: &str = "a range of uids FIRST-LAST, from 1000 up, below 2147483647, such as \
                            2000000000-2000065535";
    let (first, last) = s.split_once('-').ok_or(EXPECTED)?;
    let first: u32 = first.trim().parse().map_err(|_| EXPECTED)?;
    let last: u32 = last.trim().parse().map_err(|_| EXPECTED)?;
    if first < 1000 || first > last || last >= i32::MAX as u32 {
        return Err(EXPECTED);
    }
    Ok(first..=last)
}

fn seconds(s: &str) -> Result<Duration, &'static str> {
    const EXPECTED: &str = "a positive number of seconds";
    let secs: f64 = s.parse().map_err(|_| EXPECTED)?;
    if !(secs.is_finite() && secs > 0.0 && secs <= 1e9) {
        return Err(EXPECTED);
    }
    Ok(Duration::from_secs_f64(secs))
}

fn cpus(s: &str) -> Result<f64, &'static str> {
    const EXPECTED: &str = "a number of CPUs from 0.01, such as 1 or 0.5";
    let cpus: f64 = s.parse().map_err(|_| EXPECTED)?;
    if cpus.is_finite() && (0.01..=1024.0).contains(&cpus) {
        Ok(cpus)
    } else {
        Err(EXPECTED)
    }
}

fn pids(s: &str) -> Result<i64, &'static str> {
    // Fewer than 8 cannot even start the interpreter and the init process.
    s.parse::<i64>()
        .ok()
        .filter(|n| (8..=1 << 22).contains(n))
        .ok_or("a number of processes from 8")
}

/// Docker's memory syntax: a number with an optional unit b, k, m or g (binary, any case).
fn memory_size(s: &str) -> Result<i64, &'static str> {
    const EXPECTED: &str = "a size such as 100m or 1g (at least 6m, Docker's minimum)";
    let lower = s.to_ascii_lowercase();
    let (digits, shift) = match lower.strip_suffix('b').unwrap_or(&lower) {
        d if d.ends_with('k') => (&d[..d.len() - 1], 10),
        d if d.ends_with('m') => (&d[..d.len() - 1], 20),
        d if d.ends_with('g') => (&d[..d.len() - 1], 30),
        d => (d, 0),
    };
    let n: i64 = digits.parse().map_err(|_| EXPECTED)?;
    n.checked_mul(1 << shift)
        .filter(|b| *b >= 6 << 20)
        .ok_or(EXPECTED)
}

fn redis_url(s: &str) -> Result<String, &'static str> {
    if s.starts_with("redis://") || s.starts_with("rediss://") || s.starts_with("unix://") {
        Ok(s.to_string())
    } else {
        Err("a URL such as redis://127.0.0.1:6379")
    }
}

fn redis_prefix(s: &str) -> Result<String, &'static str> {
    let ok =
        !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    if ok {
        Ok(s.to_string())
    } else {
        Err("1 to 64 characters among A-Z a-z 0-9 - _ .")
    }
}

/// Each runtime's image, from its variable (RUNTIME_IMAGE for `python`).
fn runtime_images(env: &Env) -> Result<std::collections::BTreeMap<&'static str, String>, ConfigError> {
    crate::runtimes::all()
        .iter()
        .map(|runtime| {
            Ok((
                runtime.name,
                env.parse(runtime.image_var, runtime.default_image.to_string(), image)?,
            ))
        })
        .collect()
}

/// RUNTIMES: a comma-separated list of runtime names, each known, at least one.
fn runtime_names(s: &str) -> Result<Vec<&'static str>, &'static str> {
    let mut names = Vec::new();
    for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let runtime =
            crate::runtimes::find(name).ok_or("a comma-separated list of runtimes: python, python-data")?;
        if !names.contains(&runtime.name) {
            names.push(runtime.name);
        }
    }
    if names.is_empty() {
        return Err("a comma-separated list of runtimes: python, python-data");
    }
    Ok(names)
}

fn runtime(s: &str) -> Result<ContainerRuntime, &'static str> {
    let ok =
        !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    match s {
        "auto" => Ok(ContainerRuntime::Auto),
        _ if ok => Ok(ContainerRuntime::Named(s.to_string())),
        _ => Err("auto, or the name of a runtime registered with the engine, such as runc or runsc"),
    }
}

/// Comma-separated addresses (`10.0.0.1`) or ranges (`10.0.0.0/8`).
fn networks(s: &str) -> Result<Vec<ipnet::IpNet>, &'static str> {
    const EXPECTED: &str = "comma-separated addresses or CIDR ranges, such as 10.0.0.1,172.16.0.0/12";
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<ipnet::IpNet>()
                .or_else(|_| p.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| EXPECTED)
        })
        .collect()
}

fn image(s: &str) -> Result<String, &'static str> {
    if !s.is_empty() && !s.contains(char::is_whitespace) {
        Ok(s.to_string())
    } else {
        Err("an image reference such as sandbox-runtime:latest")
    }
}

fn directory(s: &str) -> Result<PathBuf, &'static str> {
    if s.is_empty() {
        Err("a directory, such as /sys/fs/cgroup")
    } else {
        Ok(PathBuf::from(s))
    }
}

fn ui_dir(s: &str) -> Result<PathBuf, &'static str> {
    if s.is_empty() {
        Err("a directory, such as web/dist")
    } else {
        Ok(PathBuf::from(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_vars(
            &pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_jobs_limits_narrow_the_servers_and_never_pass_them() {
        use crate::job::{JobLimits, LimitRequest};
        let limits = config(&[("MEMORY_LIMIT", "100000000")]).unwrap().limits;
        let caps = JobLimits {
            time_ms: 3000,
            memory_mb: 95,
            output_bytes: 102_400,
        };
        assert_eq!(limits.caps(), caps, "MEMORY_LIMIT in whole MiB");
        let none = LimitRequest::default();
        assert_eq!(limits.effective(&none), caps);
        assert_eq!(
            limits.narrowed(&none),
            limits,
            "nothing asked: the server's to the byte"
        );
        let asked = LimitRequest {
            time_ms: Some(500),
            memory_mb: Some(30),
            output_bytes: Some(10),
        };
        let narrowed = limits.narrowed(&asked);
        assert_eq!(narrowed.timeout, Duration::from_millis(500));
        assert_eq!(narrowed.memory_bytes, 30 << 20);
        assert_eq!(narrowed.output_bytes, 10);
        assert_eq!((narrowed.cpus, narrowed.pids), (limits.cpus, limits.pids));
        // A worker whose own limits are lower than what the api allowed keeps its own.
        let over = LimitRequest {
            time_ms: Some(60_000),
            memory_mb: Some(4096),
            output_bytes: Some(1 << 30),
        };
        assert_eq!(limits.effective(&over), caps);
        assert_eq!(limits.narrowed(&over).memory_bytes, 95 << 20);
    }

    #[test]
    fn listening_beyond_loopback_with_no_keys_is_warned_about() {
        let open = config(&[]).unwrap().open_to_the_network().unwrap();
        assert!(
            open.contains("0.0.0.0:8000") && open.contains("API_KEYS"),
            "{open}"
        );
        assert!(open.contains("BIND_ADDR=127.0.0.1:8000"), "{open}");
        assert_eq!(
            config(&[("BIND_ADDR", "127.0.0.1:9000")])
                .unwrap()
                .open_to_the_network(),
            None
        );
        assert_eq!(
            config(&[("BIND_ADDR", "[::1]:9000")])
                .unwrap()
                .open_to_the_network(),
            None
        );
        let keyed = config(&[("API_KEYS", "0123456789abcdef0123")]).unwrap();
        assert_eq!(keyed.open_to_the_network(), None);
    }

    #[test]
    fn defaults_are_the_prototypes() {
        let c = config(&[]).unwrap();
        assert_eq!(c.rate_limit, 10);
        assert_eq!(c.limits.timeout, Duration::from_secs(3));
        assert_eq!(c.limits.memory_bytes, 100 * 1024 * 1024);
        assert_eq!(c.limits.cpus, 1.0);
        assert_eq!(c.limits.pids, 64);
        assert_eq!(c.limits.output_bytes, 102_400);
        assert_eq!(c.max_concurrent, 2);
        assert_eq!(c.max_code_size, 65536);
        assert_eq!(c.max_stdin_size, 65536);
        assert_eq!(c.max_body_size, 6 * (65536 + 65536) + 2 * (1 << 20) + 4096);
        assert_eq!((c.max_files, c.max_files_size), (16, 1 << 20));
        assert_eq!((c.max_artifact_files, c.max_artifact_bytes), (16, 1 << 20));
        assert_eq!(c.runtimes, None);
        assert_eq!(c.runtime_images["python-data"], "sandbox-runtime-data:latest");
        assert_eq!(c.result_ttl, Duration::from_secs(86_400));
        assert_eq!(c.redis_url, "redis://127.0.0.1:6379");
        assert_eq!(c.redis_prefix, "sandbox");
        assert_eq!(c.bind_addr.to_string(), "0.0.0.0:8000");
        assert_eq!(c.ui_dir, PathBuf::from("web/dist"));
        assert_eq!(c.runtime_image, "sandbox-runtime:latest");
        assert_eq!(c.container_runtime, ContainerRuntime::Auto);
        assert_eq!(c.server.header_read_timeout, Duration::from_secs(10));
        assert_eq!(c.server.write_timeout, Duration::from_secs(30));
        assert_eq!(c.server.max_connections, 1024);
        assert_eq!(c.server.max_connections_per_client, 64);
        assert_eq!(c.server.max_waits, 1024);
        assert_eq!(c.server.max_waits_per_client, 32);
        assert_eq!(c.server.storage_quota, 64 << 20);
        assert_eq!(c.job_uids, 2_000_000_000..=2_000_065_535);
    }

    #[test]
    fn job_uids_are_a_range_with_a_uid_for_every_container_at_once() {
        assert_eq!(
            config(&[("JOB_UIDS", "5000-5003")]).unwrap().job_uids,
            5000..=5003
        );
        for bad in [
            "5000",
            "0-100",
            "999-2000",
            "6000-5000",
            "5000-2147483647",
            "a-b",
            "-",
        ] {
            let err = config(&[("JOB_UIDS", bad)]).unwrap_err();
            assert_eq!(err.var, "JOB_UIDS", "{bad}");
        }
        // Two running jobs and a pool of two need four uids.
        assert!(config(&[("JOB_UIDS", "5000-5003")]).is_ok());
        let err = config(&[("JOB_UIDS", "5000-5002")]).unwrap_err();
        assert_eq!(err.var, "JOB_UIDS");
        assert!(
            err.to_string().contains("MAX_CONCURRENT + WARM_POOL_SIZE"),
            "{err}"
        );
        assert!(config(&[("JOB_UIDS", "5000-5002"), ("WARM_POOL_SIZE", "1")]).is_ok());
    }

    #[test]
    fn container_runtime_is_auto_or_a_name() {
        let named = |name: &str| ContainerRuntime::Named(name.to_string());
        for (value, expected) in [
            ("auto", ContainerRuntime::Auto),
            (" auto ", ContainerRuntime::Auto),
            ("runc", named("runc")),
            ("runsc", named("runsc")),
            ("runsc-kvm", named("runsc-kvm")),
        ] {
            let c = config(&[("CONTAINER_RUNTIME", value)]).unwrap();
            assert_eq!(c.container_runtime, expected, "{value:?}");
        }
        assert_eq!(ContainerRuntime::Auto.to_string(), "auto");
        assert_eq!(named("runsc").to_string(), "runsc");
        for bad in ["", "run c", "runsc;rm", "a/b"] {
            let err = config(&[("CONTAINER_RUNTIME", bad)]).unwrap_err();
            assert_eq!(err.var, "CONTAINER_RUNTIME", "{bad:?}");
            assert!(err.to_string().contains("auto"), "{err}");
        }
    }

    #[test]
    fn auto_prefers_gvisor_and_a_named_runtime_must_be_registered() {
        let named = |name: &str| ContainerRuntime::Named(name.to_string());
        let auto = ContainerRuntime::Auto;
        assert_eq!(auto.choose(&["runc", "runsc"]).unwrap(), "runsc");
        assert_eq!(auto.choose(&["runsc", "runc"]).unwrap(), "runsc");
        assert_eq!(auto.choose(&["runc"]).unwrap(), "runc");
        assert_eq!(auto.choose(&["runc", "io.containerd.runc.v2"]).unwrap(), "runc");
        // An engine that lists nothing still runs runc (its built-in default).
        assert_eq!(auto.choose::<&str>(&[]).unwrap(), "runc");
        assert_eq!(named("runc").choose(&["runc", "runsc"]).unwrap(), "runc");
        assert_eq!(named("runsc").choose(&["runc", "runsc"]).unwrap(), "runsc");

        let err = named("runsc")
            .choose(&["runc", "io.containerd.runc.v2"])
            .unwrap_err();
        assert_eq!(err.requested, "runsc");
        assert_eq!(err.registered, ["io.containerd.runc.v2", "runc"]);
        let text = err.to_string();
        assert!(
            text.contains("CONTAINER_RUNTIME=runsc")
                && text.contains("registered: io.containerd.runc.v2, runc"),
            "{text}"
        );
    }

    #[test]
    fn memory_limit_reads_like_docker() {
        assert_eq!(memory_size("100m"), Ok(100 << 20));
        assert_eq!(memory_size("1G"), Ok(1 << 30));
        assert_eq!(memory_size("65536k"), Ok(64 << 20));
        assert_eq!(memory_size("104857600"), Ok(100 << 20));
        assert_eq!(memory_size("100mb"), Ok(100 << 20));
        assert!(memory_size("1m").is_err(), "below Docker's minimum");
        assert!(memory_size("lots").is_err());
        assert!(memory_size("-5m").is_err());
        assert!(memory_size("99999999999g").is_err(), "overflow");
    }

    #[test]
    fn redis_behind_sentinels_and_the_replicas_a_job_waits_for() {
        let plain = config(&[]).unwrap().redis_ha;
        assert_eq!(plain.sentinels, Vec::<String>::new(), "one Redis by default");
        assert_eq!(plain.wait, None, "and no waiting for replicas");
        let ha = config(&[
            ("REDIS_SENTINELS", " 10.0.0.1:26379, sentinel-2:26380 ,"),
            ("REDIS_MASTER_NAME", "jobs"),
            ("REDIS_WAIT_REPLICAS", "1"),
            ("REDIS_WAIT_TIMEOUT", "0.25"),
        ])
        .unwrap()
        .redis_ha;
        assert_eq!(ha.sentinels, ["10.0.0.1:26379", "sentinel-2:26380"]);
        assert_eq!(ha.master_name, "jobs");
        assert_eq!(
            ha.wait,
            Some(ReplicaWait {
                replicas: 1,
                timeout: Duration::from_millis(250)
            })
        );
        assert_eq!(
            config(&[("REDIS_SENTINELS", "s:26379")])
                .unwrap()
                .redis_ha
                .master_name,
            "mymaster"
        );
        assert_eq!(
            config(&[("REDIS_WAIT_REPLICAS", "0")]).unwrap().redis_ha.wait,
            None
        );
    }

    #[test]
    fn a_bad_value_names_the_variable_and_what_was_expected() {
        let err = config(&[("EXECUTION_TIMEOUT", "soon")]).unwrap_err();
        assert_eq!(err.var, "EXECUTION_TIMEOUT");
        let text = err.to_string();
        assert!(
            text.contains("EXECUTION_TIMEOUT") && text.contains("seconds"),
            "{text}"
        );
        for (var, value) in [
            ("RATE_LIMIT", "-1"),
            ("CPU_LIMIT", "0"),
            ("PIDS_LIMIT", "2"),
            ("MAX_CONCURRENT", "0"),
            ("MAX_CODE_SIZE", "big"),
            ("REDIS_URL", "localhost:6379"),
            ("REDIS_PREFIX", "has space"),
            ("REDIS_SENTINELS", "10.0.0.1"),
            ("REDIS_SENTINELS", ","),
            ("REDIS_MASTER_NAME", "has space"),
            ("REDIS_WAIT_REPLICAS", "-1"),
            ("REDIS_WAIT_TIMEOUT", "0"),
            ("BIND_ADDR", "8000"),
            ("UI_DIR", " "),
            ("RESULT_TTL", "0"),
            ("EXECUTION_TIMEOUT", "NaN"),
            ("CONTAINER_RUNTIME", "run c"),
            ("MAX_ATTEMPTS", "0"),
            ("TRUSTED_PROXIES", "10.0.0.0/33"),
            ("LOG_FORMAT", "yaml"),
            ("METRICS_ADDR", "9100"),
            ("API_KEYS", ""),
            ("API_KEYS", "short"),
            ("API_KEYS_FILE", "/nonexistent/keys"),
            ("HEADER_READ_TIMEOUT", "0"),
            ("WRITE_TIMEOUT", "never"),
            ("MAX_CONNECTIONS", "0"),
            ("MAX_CONNECTIONS_PER_CLIENT", "-1"),
            ("MAX_WAITS", "0"),
            ("MAX_WAITS_PER_CLIENT", "x"),
            ("STORAGE_QUOTA", "1g"),
        ] {
            assert_eq!(config(&[(var, value)]).unwrap_err().var, var, "{var}={value}");
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        let c = config(&[("TRUSTED_PROXIES", "10.0.0.1, 172.16.0.0/12,::1")]).unwrap();
        let shown: Vec<String> = c.trusted_proxies.iter().map(|n| n.to_string()).collect();
        assert_eq!(shown, ["10.0.0.1/32", "172.16.0.0/12", "::1/128"]);
        assert!(config(&[]).unwrap().trusted_proxies.is_empty());
        assert_eq!(config(&[]).unwrap().max_attempts, 3);
    }

    #[test]
    fn api_keys_are_off_by_default_and_verified_when_set() {
        let c = config(&[]).unwrap();
        assert!(!c.api_keys.enabled());
        assert_eq!(c.log_format, LogFormat::Text);
        assert_eq!(c.metrics_addr, None);

        let c = config(&[("API_KEYS", "k1-0123456789abcdef, k2-0123456789abcdef")]).unwrap();
        assert!(c.api_keys.enabled());
        assert!(c.api_keys.verify("k1-0123456789abcdef"));
        assert!(c.api_keys.verify("k2-0123456789abcdef"));
        assert!(!c.api_keys.verify("k1-0123456789abcde"));
        assert!(!c.api_keys.verify(""));
        let shown = format!("{:?}", c.api_keys);
        assert!(!shown.contains("k1-"), "{shown}");
        let err = config(&[("API_KEYS", "a-secret-but-has space")]).unwrap_err();
        assert!(!err.to_string().contains("secret"), "{err}");

        let file = std::env::temp_dir().join(format!("keys-{}", std::process::id()));
        std::fs::write(&file, "# comment\n\nfile-key-0123456789\n").unwrap();
        let c = config(&[
            ("API_KEYS_FILE", file.to_str().unwrap()),
            ("API_KEYS", "env-key-0123456789"),
        ])
        .unwrap();
        std::fs::remove_file(&file).unwrap();
        assert!(c.api_keys.verify("file-key-0123456789"));
        assert!(c.api_keys.verify("env-key-0123456789"));
        assert!(!c.api_keys.verify("# comment"));
    }

    #[test]
    fn log_format_and_metrics_addr_are_read() {
        let c = config(&[("LOG_FORMAT", "json"), ("METRICS_ADDR", "127.0.0.1:9100")]).unwrap();
        assert_eq!(c.log_format, LogFormat::Json);
        assert_eq!(c.metrics_addr, Some("127.0.0.1:9100".parse().unwrap()));
    }

    #[test]
    fn fractional_timeouts_and_cpus_are_accepted() {
        let c = config(&[("EXECUTION_TIMEOUT", "1.5"), ("CPU_LIMIT", "0.5")]).unwrap();
        assert_eq!(c.limits.timeout, Duration::from_millis(1500));
        assert_eq!(c.limits.cpus, 0.5);
    }

    #[test]
    fn webhooks_need_a_long_secret_and_back_off_by_doubling() {
        let c = config(&[]).unwrap();
        assert_eq!(c.webhook.secret, None);
        assert_eq!(c.webhook.max_attempts, 8);
        assert!(!c.webhook.allow_private);
        assert_eq!(
            config(&[("WEBHOOK_SECRET", "short")]).unwrap_err().var,
            "WEBHOOK_SECRET"
        );
        assert_eq!(
            config(&[("WEBHOOK_MAX_ATTEMPTS", "0")]).unwrap_err().var,
            "WEBHOOK_MAX_ATTEMPTS"
        );
        assert_eq!(
            config(&[("WEBHOOK_ALLOW_PRIVATE", "yes")]).unwrap_err().var,
            "WEBHOOK_ALLOW_PRIVATE"
        );
        assert_eq!(
            config(&[("WEBHOOK_TIMEOUT", "61")]).unwrap_err().var,
            "WEBHOOK_TIMEOUT"
        );
        let c = config(&[
            ("WEBHOOK_SECRET", "0123456789abcdef"),
            ("WEBHOOK_RETRY_BASE", "0.5"),
            ("WEBHOOK_ALLOW_PRIVATE", "true"),
        ])
        .unwrap();
        assert_eq!(c.webhook.secret.as_deref(), Some(&b"0123456789abcdef"[..]));
        assert!(!format!("{:?}", c.webhook).contains("0123456789abcdef"));
        assert!(c.webhook.allow_private);
        let pauses: Vec<u128> = (1..=4).map(|n| c.webhook.retry_after(n).as_millis()).collect();
        assert_eq!(pauses, [500, 1000, 2000, 4000]);
        assert_eq!(c.webhook.retry_after(100), WEBHOOK_RETRY_MAX);
    }

    #[test]
    fn body_limit_follows_the_field_limits() {
        let c = config(&[
            ("MAX_CODE_SIZE", "1000"),
            ("MAX_STDIN_SIZE", "0"),
            ("MAX_FILES_SIZE", "0"),
        ])
        .unwrap();
        assert_eq!(c.max_body_size, 6 * 1000 + 4096);
        let c = config(&[
            ("MAX_CODE_SIZE", "1000"),
            ("MAX_STDIN_SIZE", "0"),
            ("MAX_FILES_SIZE", "100"),
        ])
        .unwrap();
        assert_eq!(c.max_body_size, 6 * 1000 + 200 + 4096);
    }

    #[test]
    fn runtimes_are_names_of_the_registry() {
        let c = config(&[("RUNTIMES", "python-data, python,python-data")]).unwrap();
        assert_eq!(c.runtimes, Some(vec!["python-data", "python"]));
        for bad in ["", " , ", "ruby", "python,ruby"] {
            assert!(config(&[("RUNTIMES", bad)]).is_err(), "{bad:?}");
        }
        let c = config(&[("RUNTIME_IMAGE_PYTHON_DATA", "data:1")]).unwrap();
        assert_eq!(c.runtime_images["python-data"], "data:1");
    }
}
