//! The Redis side of the pipeline: atomic enqueue, consumer-group reads, results written once,
//! and the shared rate-limit window.
//!
//! Every multi-step change is one Lua script, so Redis applies it atomically: a job record never
//! exists without its stream entry (or the reverse), and a result is written at most once and the
//! entry acknowledged in the same step.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use redis::streams::{StreamClaimReply, StreamId, StreamReadOptions, StreamReadReply};
use std::sync::Arc;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{AsyncCommands, AsyncConnectionConfig, Script};
use tokio::sync::OnceCell;

use crate::job::{JobId, JobSpec, JobView, Status, Terminal};
use crate::keys::{self, entry, heartbeat, record, Keys};

/// How long one Redis command may take before the call fails: generous, because a slow answer
/// under load is better than a spurious 503, yet bounded so that a hung Redis is reported.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(5);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// The rate limit's sliding window.
const RATE_WINDOW: Duration = Duration::from_secs(60);

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("redis is unavailable: {0}")]
    Unavailable(String),
    #[error("the queue holds its maximum of {0} jobs")]
    Full(u64),
    /// The client's stored jobs are at its STORAGE_QUOTA; the oldest leaves it in
    /// `retry_after_secs` (None when nothing is stored: the job alone is over the quota).
    #[error("the client stores {used} bytes, at its quota")]
    OverQuota {
        used: u64,
        retry_after_secs: Option<u64>,
    },
    #[error("job record {key} is corrupt: {reason}")]
    Corrupt { key: String, reason: String },
}

impl From<redis::RedisError> for QueueError {
    fn from(err: redis::RedisError) -> QueueError {
        QueueError::Unavailable(err.to_string())
    }
}

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

/// A stream entry handed to this consumer.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub entry_id: String,
    /// The job, or why the entry could not be read as one.
    pub spec: Result<JobSpec, String>,
    /// How many times the entry has been delivered, this time included.
    pub attempts: u64,
}

/// An entry delivered to a consumer and not yet acknowledged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub entry_id: String,
    pub consumer: String,
    pub idle: Duration,
    pub deliveries: u64,
}

/// A live worker as `GET /workers` shows it (its slots, never its jobs).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkerView {
    pub id: String,
    pub slots: usize,
    pub running: usize,
    pub last_heartbeat: DateTime<Utc>,
}

/// What [`Queue::mark_running`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// The job is now `running`, with `started_at` set.
    Started,
    /// The job already has a terminal result (a duplicate delivery): nothing to run.
    AlreadyFinished,
    /// The record is gone (expired or deleted): nothing to run.
    Missing,
}

#[derive(Clone)]
pub struct Queue {
    client: redis::Client,
    /// One multiplexed connection, made on first use, for every command but the blocking read:
    /// concurrent commands share it (pipelined), it reconnects by itself, and, unlike a pool's
    /// connections, costs no health-check round trip (`UNWATCH` + `PING`) before each use.
    shared: Arc<OnceCell<ConnectionManager>>,
    keys: Keys,
}

impl std::fmt::Debug for Queue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Queue")
            .field("prefix", &self.keys.prefix())
            .finish()
    }
}

fn connection_config(response_timeout: Duration) -> AsyncConnectionConfig {
    AsyncConnectionConfig::new()
        .set_connection_timeout(Some(CONNECT_TIMEOUT))
        .set_response_timeout(Some(response_timeout))
}

impl Queue {
    /// Connects lazily, so a Redis that is down at start is no error here (the api answers 503
    /// until it is back, workers retry).
    pub fn new(redis_url: &str, prefix: &str) -> Result<Queue, QueueError> {
        Ok(Queue {
            client: redis::Client::open(redis_url)?,
            shared: Arc::default(),
            keys: Keys::new(prefix),
        })
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// The ids of jobs as they finish (see [`Queue::finish`]), on a connection of its own. The
    /// stream ends when the connection is lost; what finished meanwhile is not replayed.
    pub async fn finished_jobs(&self) -> Result<impl futures_util::Stream<Item = JobId> + use<>, QueueError> {
        use futures_util::StreamExt;
        let mut pubsub = self.client.get_async_pubsub().await?;
        pubsub.subscribe(self.keys.finished()).await?;
        Ok(pubsub
            .into_on_message()
            .filter_map(|message| async move { message.get_payload::<String>().ok()?.parse().ok() }))
    }

    async fn conn(&self) -> Result<ConnectionManager, QueueError> {
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(CONNECT_TIMEOUT))
            .set_response_timeout(Some(RESPONSE_TIMEOUT))
            // Reconnecting is retried in the background; a command fails at once meanwhile.
            .set_number_of_retries(2);
        let shared = self
            .shared
            .get_or_try_init(|| ConnectionManager::new_with_config(self.client.clone(), config))
            .await?;
        Ok(shared.clone())
    }

    pub async fn ping(&self) -> Result<(), QueueError> {
        let _: String = redis::cmd("PING").query_async(&mut self.conn().await?).await?;
        Ok(())
    }

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
        // KEYS: stream, record, idempotency key, storage set, storage total (the last three
        // always named; used only when their ARGV is set). ARGV[12]: idempotency TTL or '';
        // ARGV[13..16]: quota limit or '', hold (ms), cost (bytes), client.
        static SCRIPT: &str = r"
            if ARGV[12] ~= '' then
                local first = redis.call('GET', KEYS[3])
                if first then return first end
            end
            local now = 0
            if ARGV[13] ~= '' then
                local t = redis.call('TIME')
                now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
                -- What expired leaves the client's total.
                local expired = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now)
                local freed = 0
                for _, member in ipairs(expired) do
                    freed = freed + tonumber(string.match(member, ':(%d+)$'))
                end
                if #expired > 0 then
                    redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
                    redis.call('DECRBY', KEYS[5], freed)
                end
                local used = tonumber(redis.call('GET', KEYS[5]) or '0')
                if used + tonumber(ARGV[15]) > tonumber(ARGV[13]) then
                    local oldest = redis.call('ZRANGE', KEYS[4], 0, 0, 'WITHSCORES')
                    if oldest[2] then return {used, tonumber(oldest[2]) - now} end
                    return {used, -1}
                end
            end
            if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[2], ARGV[2], 'queued', ARGV[3], ARGV[4])
            redis.call('XADD', KEYS[1], '*', ARGV[5], ARGV[6], ARGV[7], ARGV[8],
                       ARGV[9], ARGV[10], ARGV[11], ARGV[4])
            if ARGV[12] ~= '' then
                redis.call('SET', KEYS[3], ARGV[6], 'EX', ARGV[12])
            end
            if ARGV[13] ~= '' then
                redis.call('HSET', KEYS[2], ARGV[17], ARGV[16], ARGV[18], ARGV[15])
                redis.call('ZADD', KEYS[4], now + tonumber(ARGV[14]), ARGV[6] .. ':s:' .. ARGV[15])
                redis.call('INCRBY', KEYS[5], ARGV[15])
                local last = redis.call('ZRANGE', KEYS[4], -1, -1, 'WITHSCORES')
                redis.call('PEXPIREAT', KEYS[4], last[2])
                redis.call('PEXPIREAT', KEYS[5], last[2])
            end
            return 1";
        let created_at = job.created_at.to_rfc3339();
        let script = Script::new(SCRIPT);
        let mut invocation = script.key(self.keys.stream());
        let (idempotency_key, idempotency_ttl) = match idempotency {
            Some(i) => (
                self.keys.idempotency(i.client, i.key),
                i.ttl.as_secs().max(1).to_string(),
            ),
            None => (self.keys.idempotency("", ""), String::new()),
        };
        let client = quota.map(|q| q.client).unwrap_or("");
        invocation
            .key(self.keys.job(job.id))
            .key(&idempotency_key)
            .key(self.keys.storage(client))
            .key(self.keys.storage_total(client))
            .arg(max_len)
            .arg(record::STATUS)
            .arg(record::CREATED_AT)
            .arg(&created_at)
            .arg(entry::ID)
            .arg(job.id.to_string())
            .arg(entry::CODE)
            .arg(&job.code)
            .arg(entry::STDIN)
            .arg(&job.stdin)
            .arg(entry::CREATED_AT)
            .arg(&idempotency_ttl);
        match quota {
            Some(q) => invocation
                .arg(q.limit)
                .arg(q.hold.as_millis() as u64)
                .arg(job.code.len() + job.stdin.len())
                .arg(q.client),
            None => invocation.arg("").arg(0).arg(0).arg(""),
        };
        invocation.arg(record::CLIENT).arg(record::COST);
        let reply: redis::Value = invocation.invoke_async(&mut self.conn().await?).await?;
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
                    retry_after_secs: (wait_ms >= 0).then(|| (wait_ms as u64).div_ceil(1000).max(1)),
                })
            }
            other => {
                let first: Result<String, _> = redis::from_redis_value(other);
                first
                    .ok()
                    .and_then(|id| id.parse().ok())
                    .map(Enqueued::Existing)
                    .ok_or_else(|| QueueError::Corrupt {
                        key: idempotency_key,
                        reason: "not a job id".into(),
                    })
            }
        }
    }

    /// Counts one submission of `client` in its sliding window, shared by every api process
    /// (the clock is Redis's, so their clocks need not agree). A refused submission is not
    /// counted, so `Retry-After` stays true.
    pub async fn rate_limit(&self, client: &str, limit: u32) -> Result<RateDecision, QueueError> {
        if limit == 0 {
            return Ok(RateDecision::Allowed);
        }
        static SCRIPT: &str = r"
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
                redis.call('ZADD', KEYS[1], now, ARGV[3] .. ':' .. now)
                redis.call('PEXPIRE', KEYS[1], window)
                return -1
            end
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            return tonumber(oldest[2]) + window - now";
        let wait_ms: i64 = Script::new(SCRIPT)
            .key(self.keys.rate(client))
            .arg(limit)
            .arg(RATE_WINDOW.as_millis() as u64)
            .arg(JobId::new().to_string())
            .invoke_async(&mut self.conn().await?)
            .await?;
        Ok(if wait_ms < 0 {
            RateDecision::Allowed
        } else {
            // Whole seconds, rounded up, and at least one: "retry now" would be refused again.
            RateDecision::Limited {
                retry_after_secs: (wait_ms as u64).div_ceil(1000).max(1),
            }
        })
    }

    /// Jobs in the stream: waiting or running.
    pub async fn depth(&self) -> Result<u64, QueueError> {
        Ok(self.conn().await?.xlen(self.keys.stream()).await?)
    }

    /// A job as a poll shows it; `None` when unknown or expired.
    pub async fn job(&self, id: JobId) -> Result<Option<JobView>, QueueError> {
        let key = self.keys.job(id);
        let fields: HashMap<String, String> = self.conn().await?.hgetall(&key).await?;
        if fields.is_empty() {
            return Ok(None);
        }
        parse_view(id, &fields)
            .map(Some)
            .map_err(|reason| QueueError::Corrupt { key, reason })
    }

    /// Creates the consumer group (and the stream) if missing. From id 0, so that jobs
    /// enqueued before any worker ever ran are delivered too.
    pub async fn ensure_group(&self) -> Result<(), QueueError> {
        let result: redis::RedisResult<()> = self
            .conn()
            .await?
            .xgroup_create_mkstream(self.keys.stream(), keys::GROUP, "0")
            .await;
        match result {
            Err(err) if err.code() == Some("BUSYGROUP") => Ok(()),
            other => Ok(other?),
        }
    }

    /// A consumer in the group, on a connection of its own: a blocking read must not hold up
    /// other commands, and needs a response timeout longer than its block.
    pub async fn consumer(&self, name: &str, block: Duration) -> Result<Consumer, QueueError> {
        let conn = self
            .client
            .get_multiplexed_async_connection_with_config(&connection_config(block + RESPONSE_TIMEOUT))
            .await?;
        Ok(Consumer {
            conn,
            name: name.to_string(),
            block,
            stream: self.keys.stream(),
        })
    }

    /// Moves a queued job to `running`, unless it already finished or is gone.
    pub async fn mark_running(&self, id: JobId, now: DateTime<Utc>) -> Result<Claim, QueueError> {
        static SCRIPT: &str = r"
            local s = redis.call('HGET', KEYS[1], ARGV[1])
            if not s then return 2 end
            if s == 'completed' or s == 'failed' then return 1 end
            redis.call('HSET', KEYS[1], ARGV[1], 'running', ARGV[2], ARGV[3])
            return 0";
        let code: i64 = Script::new(SCRIPT)
            .key(self.keys.job(id))
            .arg(record::STATUS)
            .arg(record::STARTED_AT)
            .arg(now.to_rfc3339())
            .invoke_async(&mut self.conn().await?)
            .await?;
        Ok(match code {
            0 => Claim::Started,
            1 => Claim::AlreadyFinished,
            _ => Claim::Missing,
        })
    }

    /// Stores a job's terminal state — only if it has none yet: the first result wins — sets its
    /// expiry, publishes its id on the `finished` channel, and acknowledges and deletes the
    /// stream entry, all in one step. Returns whether this call wrote the result.
    pub async fn finish(
        &self,
        id: JobId,
        entry_id: &str,
        terminal: &Terminal,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<bool, QueueError> {
        static SCRIPT: &str = r"
            local s = redis.call('HGET', KEYS[1], ARGV[1])
            local written = 0
            if s and s ~= 'completed' and s ~= 'failed' then
                redis.call('HSET', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])
                redis.call('EXPIRE', KEYS[1], ARGV[7])
                redis.call('PUBLISH', KEYS[3], ARGV[10])
                written = 1
                -- STORAGE_QUOTA: the result counts for the client until the record expires,
                -- and so, from now on exactly, do its code and stdin. The keys are built from
                -- the record's client (a standalone Redis, as the service uses, allows it).
                local client = redis.call('HGET', KEYS[1], ARGV[13])
                if client then
                    local cost = redis.call('HGET', KEYS[1], ARGV[14]) or '0'
                    local name = string.len(client) .. ':' .. client
                    local set, total = ARGV[11] .. name, ARGV[12] .. name
                    local t = redis.call('TIME')
                    local expires = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
                        + tonumber(ARGV[7]) * 1000
                    redis.call('ZADD', set, 'XX', expires, ARGV[10] .. ':s:' .. cost)
                    local bytes = string.len(ARGV[6])
                    if redis.call('ZADD', set, 'NX', expires, ARGV[10] .. ':r:' .. bytes) == 1 then
                        redis.call('INCRBY', total, bytes)
                    end
                    local last = redis.call('ZRANGE', set, -1, -1, 'WITHSCORES')
                    redis.call('PEXPIREAT', set, last[2])
                    redis.call('PEXPIREAT', total, last[2])
                end
            end
            if ARGV[9] ~= '' then
                redis.call('XACK', KEYS[2], ARGV[8], ARGV[9])
                redis.call('XDEL', KEYS[2], ARGV[9])
            end
            return written";
        let (status, field, json) = match terminal {
            Terminal::Completed(result) => (Status::Completed, record::RESULT, to_json(result)),
            Terminal::Failed(failure) => (Status::Failed, record::ERROR, to_json(failure)),
        };
        let written: i64 = Script::new(SCRIPT)
            .key(self.keys.job(id))
            .key(self.keys.stream())
            .key(self.keys.finished())
            .arg(record::STATUS)
            .arg(status.as_str())
            .arg(record::FINISHED_AT)
            .arg(now.to_rfc3339())
            .arg(field)
            .arg(json)
            .arg(ttl.as_secs().max(1))
            .arg(keys::GROUP)
            .arg(entry_id)
            .arg(id.to_string())
            .arg(self.keys.storage_prefix())
            .arg(self.keys.storage_total_prefix())
            .arg(record::CLIENT)
            .arg(record::COST)
            .invoke_async(&mut self.conn().await?)
            .await?;
        Ok(written == 1)
    }

    /// Says this worker is alive (and how busy) for the next `ttl`.
    pub async fn heartbeat(
        &self,
        worker: &str,
        slots: usize,
        running: usize,
        ttl: Duration,
    ) -> Result<(), QueueError> {
        let key = self.keys.worker(worker);
        let mut conn = self.conn().await?;
        redis::pipe()
            .atomic()
            .hset_multiple(
                &key,
                &[
                    (heartbeat::SLOTS, slots.to_string()),
                    (heartbeat::RUNNING, running.to_string()),
                    (heartbeat::AT, Utc::now().to_rfc3339()),
                ],
            )
            .pexpire(&key, ttl.as_millis() as i64)
            .query_async::<()>(&mut conn)
            .await?;
        Ok(())
    }

    /// The live workers (a current heartbeat), sorted by id.
    pub async fn workers(&self) -> Result<Vec<WorkerView>, QueueError> {
        let mut conn = self.conn().await?;
        let prefix = self.keys.worker("");
        let mut names: Vec<String> = Vec::new();
        {
            let mut keys = conn.scan_match::<_, String>(format!("{prefix}*")).await?;
            while let Some(key) = keys.next_item().await {
                names.push(key?.trim_start_matches(&prefix).to_string());
            }
        }
        names.sort();
        let mut workers = Vec::new();
        for name in names {
            let fields: HashMap<String, String> = conn.hgetall(self.keys.worker(&name)).await?;
            let number = |f: &str| fields.get(f).and_then(|v| v.parse().ok()).unwrap_or(0);
            let Some(at) = fields.get(heartbeat::AT).and_then(|t| parse_time(t).ok()) else {
                continue;
            };
            workers.push(WorkerView {
                id: name,
                slots: number(heartbeat::SLOTS),
                running: number(heartbeat::RUNNING),
                last_heartbeat: at,
            });
        }
        Ok(workers)
    }

    /// Removes a stopping worker's heartbeat.
    pub async fn forget_worker(&self, worker: &str) -> Result<(), QueueError> {
        let _: i64 = self.conn().await?.del(self.keys.worker(worker)).await?;
        Ok(())
    }

    /// Whether a worker's heartbeat is current.
    pub async fn worker_alive(&self, worker: &str) -> Result<bool, QueueError> {
        Ok(self.conn().await?.exists(self.keys.worker(worker)).await?)
    }

    /// Removes from the consumer group the consumers of workers that are gone and hold no entry,
    /// so that the group does not grow with every worker ever started. Returns how many.
    pub async fn prune_consumers(&self, me: &str) -> Result<usize, QueueError> {
        let mut conn = self.conn().await?;
        let consumers: Vec<HashMap<String, redis::Value>> = redis::cmd("XINFO")
            .arg("CONSUMERS")
            .arg(self.keys.stream())
            .arg(keys::GROUP)
            .query_async(&mut conn)
            .await?;
        let mut pruned = 0;
        for consumer in consumers {
            let name: Option<String> = consumer
                .get("name")
                .and_then(|v| redis::from_redis_value(v.clone()).ok());
            let pending: Option<i64> = consumer
                .get("pending")
                .and_then(|v| redis::from_redis_value(v.clone()).ok());
            let (Some(name), Some(0)) = (name, pending) else {
                continue;
            };
            if name != me && !self.worker_alive(&name).await? {
                let _: i64 = redis::cmd("XGROUP")
                    .arg("DELCONSUMER")
                    .arg(self.keys.stream())
                    .arg(keys::GROUP)
                    .arg(&name)
                    .query_async(&mut conn)
                    .await?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }

    /// Acknowledges and deletes an entry that carries no runnable job.
    pub async fn discard(&self, entry_id: &str) -> Result<(), QueueError> {
        let mut conn = self.conn().await?;
        redis::pipe()
            .atomic()
            .xack(self.keys.stream(), keys::GROUP, &[entry_id])
            .xdel(self.keys.stream(), &[entry_id])
            .query_async::<()>(&mut conn)
            .await?;
        Ok(())
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("job results serialise: plain structs of strings and numbers")
}

/// One consumer of the job stream.
pub struct Consumer {
    conn: redis::aio::MultiplexedConnection,
    name: String,
    block: Duration,
    stream: String,
}

impl Consumer {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The next new entry for this consumer, waiting up to the block time; `None` if none came.
    pub async fn next(&mut self) -> Result<Option<Delivery>, QueueError> {
        let options = StreamReadOptions::default()
            .group(keys::GROUP, &self.name)
            .count(1)
            .block(self.block.as_millis() as usize);
        let reply: Option<StreamReadReply> =
            self.conn.xread_options(&[&self.stream], &[">"], &options).await?;
        Ok(reply
            .and_then(|r| r.keys.into_iter().next())
            .and_then(|k| k.ids.into_iter().next())
            .map(|entry| delivery(entry, 1)))
    }

    /// Entries delivered and not acknowledged for at least `min_idle`, oldest first.
    pub async fn pending(&mut self, min_idle: Duration, count: usize) -> Result<Vec<Pending>, QueueError> {
        let rows: Vec<(String, String, u64, u64)> = redis::cmd("XPENDING")
            .arg(&self.stream)
            .arg(keys::GROUP)
            .arg("IDLE")
            .arg(min_idle.as_millis() as u64)
            .arg("-")
            .arg("+")
            .arg(count)
            .query_async(&mut self.conn)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(entry_id, consumer, idle_ms, deliveries)| Pending {
                entry_id,
                consumer,
                idle: Duration::from_millis(idle_ms),
                deliveries,
            })
            .collect())
    }

    /// Takes over a pending entry, unless another consumer took it (or it was delivered again)
    /// within `min_idle`: of two workers racing for it, one gets it.
    pub async fn claim(
        &mut self,
        pending: &Pending,
        min_idle: Duration,
    ) -> Result<Option<Delivery>, QueueError> {
        let reply: StreamClaimReply = self
            .conn
            .xclaim(
                &self.stream,
                keys::GROUP,
                &self.name,
                min_idle.as_millis() as u64,
                &[&pending.entry_id],
            )
            .await?;
        Ok(reply
            .ids
            .into_iter()
            .next()
            .map(|entry| delivery(entry, pending.deliveries + 1)))
    }
}

fn delivery(entry: StreamId, attempts: u64) -> Delivery {
    let text = |field: &str| -> Result<String, String> {
        entry
            .get::<String>(field)
            .ok_or_else(|| format!("field {field:?} missing"))
    };
    let spec = (|| {
        Ok(JobSpec {
            id: text(entry::ID)?.parse().map_err(|e| format!("id: {e}"))?,
            code: text(entry::CODE)?,
            stdin: text(entry::STDIN)?,
            created_at: parse_time(&text(entry::CREATED_AT)?)?,
        })
    })();
    Delivery {
        entry_id: entry.id,
        spec,
        attempts,
    }
}

fn parse_time(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("timestamp {text:?}: {e}"))
}

fn parse_view(id: JobId, fields: &HashMap<String, String>) -> Result<JobView, String> {
    let get = |name: &str| fields.get(name).map(String::as_str);
    let time = |name: &str| get(name).map(parse_time).transpose();
    let json = |name: &str| -> Result<Option<serde_json::Value>, String> {
        get(name)
            .map(|s| serde_json::from_str(s).map_err(|e| format!("{name}: {e}")))
            .transpose()
    };
    let status: Status = get(record::STATUS)
        .and_then(|s| s.parse().ok())
        .ok_or("status missing or unknown")?;
    Ok(JobView {
        id,
        status,
        created_at: time(record::CREATED_AT)?.ok_or("created_at missing")?,
        started_at: time(record::STARTED_AT)?,
        finished_at: time(record::FINISHED_AT)?,
        result: json(record::RESULT)?
            .map(serde_json::from_value)
            .transpose()
            .map_err(|e| format!("result: {e}"))?,
        error: json(record::ERROR)?
            .map(serde_json::from_value)
            .transpose()
            .map_err(|e| format!("error: {e}"))?,
    })
}
