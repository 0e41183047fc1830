//! What a submission passes on its way into the queue: the shared rate-limit window, the
//! idempotency key and the storage quota, then the atomic enqueue (record and stream entry).

use std::time::Duration;

use super::script::{lua, Lua};
use super::{At, Malformed, Queue, QueueError, Step};
use crate::job::{CallbackState, JobId, JobSpec, Status};
use crate::keys::{entry, record};

/// The rate limit's sliding window.
const RATE_WINDOW: Duration = Duration::from_secs(60);

pub(super) static ENQUEUE: Lua = lua!("enqueue.lua",
    keys: ["stream", "record", "idempotency", "storage", "storage_total"],
    args: [
        "max_len", "status_field", "queued", "created_at_field", "created_at",
        "entry_id_field", "id", "entry_code_field", "code", "entry_stdin_field", "stdin",
        "entry_created_at_field", "idempotency_ttl", "quota_limit", "quota_hold_ms", "cost",
        "client", "client_field", "cost_field", "limits_field", "limits", "entry_limits_field",
        "requested_limits", "group", "callback_url_field", "callback_url", "callback_state_field",
        "pending", "entry_tests_field", "tests", "entry_runtime_field", "runtime",
        "entry_files_field", "files",
    ],
);

pub(super) static WITHDRAW: Lua = lua!("withdraw.lua",
    keys: ["record", "idempotency", "storage", "storage_total"],
    args: ["status_field", "queued", "id", "with_idempotency", "cost"],
);

pub(super) static RATE_LIMIT: Lua = lua!("rate_limit.lua",
    keys: ["window_key"],
    args: ["limit", "window_ms", "member"],
);

/// The answer of the rate limiter for one submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateDecision {
    Allowed,
    /// Over the limit; the oldest counted submission leaves the window in this many seconds.
    Limited {
        retry_after_secs: u64,
    },
}

/// A client's `Idempotency-Key` on a submission, remembered for `ttl`.
#[derive(Debug, Clone, Copy)]
pub struct Idempotency<'a> {
    pub client: &'a str,
    pub key: &'a str,
    pub ttl: Duration,
}

/// A client's storage quota on a submission: its stored jobs (code, stdin, results) may
/// hold `limit` bytes; an unfinished job's bytes are counted for `hold` (by when its record
/// has surely expired), a finished one's until its record expires.
#[derive(Debug, Clone, Copy)]
pub struct Quota<'a> {
    pub client: &'a str,
    pub limit: u64,
    pub hold: Duration,
}

/// What [`Queue::enqueue_once`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enqueued {
    /// The job was written and queued.
    New,
    /// A job was already accepted under the same idempotency key: this one, nothing written.
    Existing(JobId),
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("limits serialise: plain structs of numbers")
}

/// Whole seconds, rounded up, and at least one: "retry now" would be refused again.
fn whole_secs(wait_ms: u64) -> u64 {
    wait_ms.div_ceil(1000).max(1)
}

impl Queue {
    /// Writes the job record and its stream entry in one atomic step, unless the stream already
    /// holds `max_len` jobs.
    pub async fn enqueue(&self, job: &JobSpec, max_len: u64) -> Result<(), QueueError> {
        self.enqueue_once(job, max_len, None).await.map(drop)
    }

    /// As [`Queue::enqueue`]; with an idempotency key, the same step first looks the key up and,
    /// if a job was already accepted under it, enqueues nothing and returns that job's id; else it
    /// enqueues and remembers the key for its TTL. One script, so two concurrent retries cannot
    /// both enqueue. With a [`Quota`], the job is enqueued only if the client's stored bytes plus
    /// its code and stdin stay within the quota, and they are counted for the client.
    pub async fn enqueue_once(
        &self,
        job: &JobSpec,
        max_len: u64,
        idempotency: Option<&Idempotency<'_>>,
    ) -> Result<Enqueued, QueueError> {
        self.enqueue_counted(job, max_len, idempotency, None).await
    }

    /// [`Queue::enqueue_once`] with a storage quota.
    pub async fn enqueue_counted(
        &self,
        job: &JobSpec,
        max_len: u64,
        idempotency: Option<&Idempotency<'_>>,
        quota: Option<&Quota<'_>>,
    ) -> Result<Enqueued, QueueError> {
        let (idempotency_key, idempotency_ttl) = match idempotency {
            Some(i) => (
                self.keys.idempotency(i.client, i.key),
                i.ttl.as_secs().max(1).to_string(),
            ),
            None => (self.keys.idempotency("", ""), String::new()),
        };
        let client = quota.map(|q| q.client).unwrap_or("");
        let tests = job.tests.as_ref().map(to_json).unwrap_or_default();
        let files = if job.files.is_empty() {
            String::new()
        } else {
            serde_json::to_string(&job.files).expect("input files serialise")
        };
        let (quota_limit, quota_hold_ms, cost) = match quota {
            Some(q) => (
                q.limit.to_string(),
                q.hold.as_millis() as u64,
                job.code.len() + job.stdin.len() + tests.len() + job.files_bytes(),
            ),
            None => (String::new(), 0, 0),
        };
        let enqueue = ENQUEUE
            .call()
            .key("stream", self.keys.stream_of(job.runtime))
            .key("record", self.keys.job(job.id))
            .key("idempotency", &idempotency_key)
            .key("storage", self.keys.storage(client))
            .key("storage_total", self.keys.storage_total(client))
            .arg("max_len", max_len)
            .arg("status_field", record::STATUS)
            .arg("queued", Status::Queued.as_str())
            .arg("created_at_field", record::CREATED_AT)
            .arg("created_at", job.created_at.to_rfc3339())
            .arg("entry_id_field", entry::ID)
            .arg("id", job.id.to_string())
            .arg("entry_code_field", entry::CODE)
            .arg("code", &job.code)
            .arg("entry_stdin_field", entry::STDIN)
            .arg("stdin", &job.stdin)
            .arg("entry_created_at_field", entry::CREATED_AT)
            .arg("idempotency_ttl", &idempotency_ttl)
            .arg("quota_limit", &quota_limit)
            .arg("quota_hold_ms", quota_hold_ms)
            .arg("cost", cost)
            .arg("client", client)
            .arg("client_field", record::CLIENT)
            .arg("cost_field", record::COST)
            .arg("limits_field", record::LIMITS)
            .arg(
                "limits",
                job.shown_limits.as_ref().map(to_json).unwrap_or_default(),
            )
            .arg("entry_limits_field", entry::LIMITS)
            .arg("requested_limits", to_json(&job.limits))
            .arg("group", crate::keys::GROUP)
            .arg("callback_url_field", record::CALLBACK_URL)
            .arg("callback_url", job.callback_url.as_deref().unwrap_or(""))
            .arg("callback_state_field", record::CALLBACK_STATE)
            .arg("pending", CallbackState::Pending.as_str())
            .arg("entry_tests_field", entry::TESTS)
            .arg("tests", &tests)
            .arg("entry_runtime_field", entry::RUNTIME)
            .arg(
                "runtime",
                if job.runtime == crate::runtimes::DEFAULT {
                    ""
                } else {
                    job.runtime
                },
            )
            .arg("entry_files_field", entry::FILES)
            .arg("files", &files);
        let reply: redis::Value = match self.wait {
            None => enqueue.invoke(&mut self.conn().await?).await.at(Step::Enqueue)?,
            Some(wait) => {
                let (reply, acked) = self
                    .invoke_replicated(enqueue, Step::Enqueue, wait, |reply| {
                        *reply == redis::Value::Int(1)
                    })
                    .await?;
                if let Some(acked) = acked.filter(|acked| *acked < wait.replicas) {
                    let withdrawn = self
                        .withdraw(
                            job.id,
                            idempotency.map(|_| idempotency_key.as_str()),
                            client,
                            quota.map(|_| cost),
                        )
                        .await?;
                    if withdrawn {
                        return Err(QueueError::NotReplicated {
                            wanted: wait.replicas,
                            acked,
                            timeout: wait.timeout,
                        });
                    }
                    // A worker took it within the wait: it runs, and its result is stored as
                    // any other's, so the job is answered as accepted.
                    tracing::warn!(job_id = %job.id, acked, "the replicas did not confirm the job in time, \
                        but a worker had already started it: accepted");
                }
                reply
            }
        };
        match reply {
            redis::Value::Int(1) => Ok(Enqueued::New),
            redis::Value::Int(_) => Err(QueueError::Full(max_len)),
            redis::Value::Array(values) => {
                let numbers: Vec<i64> = values
                    .into_iter()
                    .map(|v| redis::from_redis_value(v).unwrap_or(-1))
                    .collect();
                let (used, wait_ms) = (
                    numbers.first().copied().unwrap_or(0),
                    numbers.get(1).copied().unwrap_or(-1),
                );
                Err(QueueError::OverQuota {
                    used: used.max(0) as u64,
                    retry_after_secs: (wait_ms >= 0).then(|| whole_secs(wait_ms as u64)),
                })
            }
            other => redis::from_redis_value::<String>(other)
                .map_err(Malformed::Reply)
                .and_then(|id| id.parse().map_err(Malformed::Id))
                .map(Enqueued::Existing)
                .map_err(|reason| QueueError::Corrupt {
                    key: idempotency_key,
                    reason,
                }),
        }
    }

    /// Takes back a job whose enqueue the replicas did not confirm in time, unless a worker has
    /// already started it; whether it was taken back.
    async fn withdraw(
        &self,
        id: JobId,
        idempotency_key: Option<&str>,
        client: &str,
        cost: Option<usize>,
    ) -> Result<bool, QueueError> {
        let withdrawn: i64 = WITHDRAW
            .call()
            .key("record", self.keys.job(id))
            .key("idempotency", idempotency_key.unwrap_or(""))
            .key("storage", self.keys.storage(client))
            .key("storage_total", self.keys.storage_total(client))
            .arg("status_field", record::STATUS)
            .arg("queued", Status::Queued.as_str())
            .arg("id", id.to_string())
            .arg(
                "with_idempotency",
                if idempotency_key.is_some() { "1" } else { "" },
            )
            .arg("cost", cost.map(|c| c.to_string()).unwrap_or_default())
            .invoke(&mut self.conn().await?)
            .await
            .at(Step::Withdraw)?;
        Ok(withdrawn == 1)
    }

    /// Counts one submission of `client` in its sliding window, shared by every api process
    /// (the clock is Redis's, so their clocks need not agree). A refused submission is not
    /// counted, so `Retry-After` stays true.
    pub async fn rate_limit(&self, client: &str, limit: u32) -> Result<RateDecision, QueueError> {
        if limit == 0 {
            return Ok(RateDecision::Allowed);
        }
        let wait_ms: i64 = RATE_LIMIT
            .call()
            .key("window_key", self.keys.rate(client))
            .arg("limit", limit)
            .arg("window_ms", RATE_WINDOW.as_millis() as u64)
            .arg("member", JobId::new().to_string())
            .invoke(&mut self.conn().await?)
            .await
            .at(Step::RateLimit)?;
        Ok(if wait_ms < 0 {
            RateDecision::Allowed
        } else {
            RateDecision::Limited {
                retry_after_secs: whole_secs(wait_ms as u64),
            }
        })
    }
}
