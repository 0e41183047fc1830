//! Every Redis key, the consumer group and the field names, in one place: the api and the worker
//! never spell a key. Every key starts with `REDIS_PREFIX`, so several deployments (or parallel
//! test runs) share one Redis without seeing each other.

use std::fmt;

use crate::ids::WorkerId;
use crate::job::JobId;

/// The consumer group every worker reads the job stream through.
pub const GROUP: &str = "workers";

/// Fields of a job's stream entry.
pub mod entry {
    pub const ID: &str = "id";
    pub const CODE: &str = "code";
    pub const STDIN: &str = "stdin";
    pub const CREATED_AT: &str = "created_at";
    /// The limits the submission asked for (JSON of a `LimitRequest`; absent: none).
    pub const LIMITS: &str = "limits";
    /// A batch's test cases (JSON of a `TestBatch`; absent: the job has none).
    pub const TESTS: &str = "tests";
    /// The job's runtime (absent: the default, `python`).
    pub const RUNTIME: &str = "runtime";
    /// Input files (JSON of `[InputFile]`; absent: none).
    pub const FILES: &str = "files";
}

/// Fields of a worker's heartbeat (a hash).
pub mod heartbeat {
    pub const SLOTS: &str = "slots";
    pub const RUNNING: &str = "running";
    pub const AT: &str = "at";
    /// The runtimes it serves, comma-separated.
    pub const RUNTIMES: &str = "runtimes";
}

/// Fields of a job's record (a hash).
pub mod record {
    pub const STATUS: &str = "status";
    pub const CREATED_AT: &str = "created_at";
    pub const STARTED_AT: &str = "started_at";
    pub const FINISHED_AT: &str = "finished_at";
    pub const RESULT: &str = "result";
    pub const ERROR: &str = "error";
    /// The limits the job runs under (JSON of a `JobLimits`).
    pub const LIMITS: &str = "limits";
    /// The client the job is counted for under STORAGE_QUOTA (set only with a quota).
    pub const CLIENT: &str = "client";
    /// The bytes of code and stdin counted for it.
    pub const COST: &str = "cost";
    /// The job's `callback_url` (set only with one), and its delivery: state, attempts begun,
    /// the last answer's status and the last error, and the token of the attempt under way.
    pub const CALLBACK_URL: &str = "callback_url";
    pub const CALLBACK_STATE: &str = "callback_state";
    pub const CALLBACK_ATTEMPTS: &str = "callback_attempts";
    pub const CALLBACK_STATUS: &str = "callback_status";
    pub const CALLBACK_ERROR: &str = "callback_error";
    pub const CALLBACK_CLAIM: &str = "callback_claim";
}

/// REDIS_PREFIX: the first segment of every key (its form is checked where the configuration
/// is read).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Prefix(String);

impl Prefix {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Prefix {
    fn from(prefix: &str) -> Prefix {
        Prefix(prefix.to_string())
    }
}

impl From<&String> for Prefix {
    fn from(prefix: &String) -> Prefix {
        Prefix(prefix.clone())
    }
}

impl From<String> for Prefix {
    fn from(prefix: String) -> Prefix {
        Prefix(prefix)
    }
}

impl fmt::Display for Prefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone)]
pub struct Keys {
    prefix: Prefix,
    /// The runtime whose job stream [`Keys::stream`] names.
    runtime: &'static str,
}

impl Keys {
    pub fn new(prefix: impl Into<Prefix>) -> Keys {
        Keys {
            prefix: prefix.into(),
            runtime: crate::runtimes::DEFAULT,
        }
    }

    /// These keys with [`Keys::stream`] naming `runtime`'s job stream.
    pub fn for_runtime(&self, runtime: &'static str) -> Keys {
        Keys {
            prefix: self.prefix.clone(),
            runtime,
        }
    }

    /// The runtime whose job stream [`Keys::stream`] names.
    pub fn runtime(&self) -> &'static str {
        self.runtime
    }

    pub fn prefix(&self) -> &Prefix {
        &self.prefix
    }

    /// The job stream: one entry per job waiting or running; finished entries are trimmed from the
    /// front once no older one is needed (`queue/scripts/trim.lua`).
    ///
    /// Each runtime has a stream of its own (`python`'s is the one every version had), so a
    /// worker reads only jobs it can run.
    pub fn stream(&self) -> String {
        self.stream_of(self.runtime)
    }

    /// `runtime`'s job stream.
    pub fn stream_of(&self, runtime: &str) -> String {
        if runtime == crate::runtimes::DEFAULT {
            format!("{}:jobs", self.prefix)
        } else {
            format!("{}:jobs:{runtime}", self.prefix)
        }
    }

    /// The workers serving `runtime`: a sorted set of worker names, each scored with the time
    /// (ms) its heartbeat lapses; what the api asks before it accepts a job of that runtime.
    pub fn serving(&self, runtime: &str) -> String {
        format!("{}:serving:{runtime}", self.prefix)
    }

    /// A job's record: status, timestamps, result or error.
    pub fn job(&self, id: JobId) -> String {
        format!("{}:job:{id}", self.prefix)
    }

    /// A live worker's heartbeat: a hash of its slots, expiring unless renewed.
    pub fn worker(&self, name: &WorkerId) -> String {
        format!("{}{name}", self.worker_prefix())
    }

    /// [`Keys::worker`] without its worker: what every heartbeat's key starts with.
    pub fn worker_prefix(&self) -> String {
        format!("{}:worker:", self.prefix)
    }

    /// The pub/sub channel a job's id is published on once its terminal state is stored: what
    /// wakes the api's `?wait=` polls.
    pub fn finished(&self) -> String {
        format!("{}:finished", self.prefix)
    }

    /// The webhooks due: a sorted set of job ids, each scored with the time (ms, Redis's clock)
    /// from which any worker may claim its next attempt. A claim pushes the score out by a lease,
    /// so a worker that dies mid-delivery leaves it to be claimed again when the lease ends.
    pub fn webhooks(&self) -> String {
        format!("{}:webhooks", self.prefix)
    }

    /// A client's rate-limit window: a sorted set of submission times.
    pub fn rate(&self, client: &str) -> String {
        format!("{}:rate:{client}", self.prefix)
    }

    /// What a client has stored, for STORAGE_QUOTA: a sorted set of `<job id>:s:<bytes>` (its
    /// code and stdin) and `<job id>:r:<bytes>` (its result), each scored with the time (ms) by
    /// which the job's record has expired. The client is written with its length first, as in
    /// [`Keys::idempotency`].
    pub fn storage(&self, client: &str) -> String {
        format!("{}{}:{client}", self.storage_prefix(), client.len())
    }

    /// The sum of the bytes in [`Keys::storage`] (a string, kept beside it).
    pub fn storage_total(&self, client: &str) -> String {
        format!("{}{}:{client}", self.storage_total_prefix(), client.len())
    }

    /// [`Keys::storage`] without its client: the finish script builds the key from the
    /// client named in the job's record.
    pub fn storage_prefix(&self) -> String {
        format!("{}:storage:", self.prefix)
    }

    pub fn storage_total_prefix(&self) -> String {
        format!("{}:storage-total:", self.prefix)
    }

    /// The job a client's `Idempotency-Key` was first answered with (a string, expiring).
    ///
    /// The client is written with its length first: a client name may hold `:` (an IPv6
    /// network), so `client:key` alone could name two different pairs.
    pub fn idempotency(&self, client: &str, key: &str) -> String {
        format!("{}:idempotency:{}:{client}:{key}", self.prefix, client.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_starts_with_the_prefix() {
        let keys = Keys::new("p1");
        let id = JobId::new();
        for key in [
            keys.stream(),
            keys.job(id),
            keys.rate("127.0.0.1"),
            keys.worker(&WorkerId::from("w")),
            keys.idempotency("127.0.0.1", "k"),
            keys.storage("127.0.0.1"),
            keys.storage_total("127.0.0.1"),
            keys.webhooks(),
            keys.stream_of("python-data"),
            keys.serving("python"),
        ] {
            assert!(key.starts_with("p1:"), "{key}");
        }
    }

    #[test]
    fn idempotency_keys_of_different_clients_never_collide() {
        let keys = Keys::new("p");
        assert_ne!(
            keys.idempotency("2001:db8::/64", "k"),
            keys.idempotency("2001:db8:", ":/64:k")
        );
        assert_ne!(keys.idempotency("a:b", "c"), keys.idempotency("a", "b:c"));
    }
}
