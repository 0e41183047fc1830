//! The workers' side of the job stream: the consumer group, a consumer's reads, entries
//! delivered and not acknowledged (pending) and their claims, discarding an entry that holds no
//! runnable job, and pruning the consumers of departed workers.

use std::collections::HashMap;
use std::time::Duration;

use redis::streams::{StreamClaimReply, StreamId, StreamReadOptions, StreamReadReply};
use redis::AsyncCommands;

use super::jobs::parse_time;
use super::script::{lua, Lua};
use super::{connection_config, At, EntryId, Malformed, Queue, QueueError, Step, WorkerId, RESPONSE_TIMEOUT};
use crate::job::{JobSpec, LimitRequest};
use crate::keys::{self, entry};

pub(super) static TRIM: Lua = lua!("trim.lua", keys: ["stream"], args: ["group"]);
pub(super) static CLAIM: Lua = lua!("claim.lua",
    keys: ["stream"],
    args: ["group", "me", "entry_id", "seen_consumer", "seen_deliveries", "min_idle"],
);

/// A stream entry handed to this consumer.
#[derive(Debug)]
pub struct Delivery {
    /// The runtime whose stream it came from (its acknowledgement goes there).
    pub runtime: &'static str,
    pub entry_id: EntryId,
    /// The job, or why the entry could not be read as one.
    pub spec: Result<JobSpec, Malformed>,
    /// How many times the entry has been delivered, this time included.
    pub attempts: u64,
}

/// An entry delivered to a consumer and not yet acknowledged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The runtime whose stream holds it.
    pub runtime: &'static str,
    pub entry_id: EntryId,
    pub consumer: WorkerId,
    pub idle: Duration,
    pub deliveries: u64,
}

impl Queue {
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
            other => other.at(Step::CreateGroup),
        }
    }

    /// A consumer in the group of this queue's stream, on a connection of its own: a blocking
    /// read must not hold up other commands, and needs a response timeout longer than its block.
    pub async fn consumer(&self, name: &WorkerId, block: Duration) -> Result<Consumer, QueueError> {
        self.consumer_of(name, block, &[self.keys.runtime()]).await
    }

    /// A consumer of the streams of `runtimes` at once (one blocking read waits on all of
    /// them), as [`Queue::consumer`].
    pub async fn consumer_of(
        &self,
        name: &WorkerId,
        block: Duration,
        runtimes: &[&'static str],
    ) -> Result<Consumer, QueueError> {
        let conn = self
            .client()
            .await?
            .get_multiplexed_async_connection_with_config(&connection_config(block + RESPONSE_TIMEOUT))
            .await
            .at(Step::Connect)?;
        Ok(Consumer {
            conn,
            name: name.clone(),
            block,
            streams: runtimes
                .iter()
                .map(|runtime| (*runtime, self.keys.stream_of(runtime)))
                .collect(),
        })
    }

    /// Removes from the consumer group the consumers of workers that are gone and hold no entry,
    /// so that the group does not grow with every worker ever started. Returns how many.
    pub async fn prune_consumers(&self, me: &WorkerId) -> Result<usize, QueueError> {
        let mut conn = self.conn().await?;
        let consumers: Vec<HashMap<String, redis::Value>> = redis::cmd("XINFO")
            .arg("CONSUMERS")
            .arg(self.keys.stream())
            .arg(keys::GROUP)
            .query_async(&mut conn)
            .await
            .at(Step::PruneConsumers)?;
        let mut pruned = 0;
        for consumer in consumers {
            let name: Option<String> = consumer
                .get("name")
                .and_then(|v| redis::from_redis_value(v.clone()).ok());
            let pending: Option<i64> = consumer
                .get("pending")
                .and_then(|v| redis::from_redis_value(v.clone()).ok());
            let (Some(name), Some(0)) = (name.map(WorkerId::from), pending) else {
                continue;
            };
            if &name != me && !self.worker_alive(&name).await? {
                let _: i64 = redis::cmd("XGROUP")
                    .arg("DELCONSUMER")
                    .arg(self.keys.stream())
                    .arg(keys::GROUP)
                    .arg(&name)
                    .query_async(&mut conn)
                    .await
                    .at(Step::PruneConsumers)?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }

    /// Acknowledges an entry that carries no runnable job, then trims the stream.
    pub async fn discard(&self, entry_id: &EntryId) -> Result<(), QueueError> {
        let mut conn = self.conn().await?;
        let _: i64 = conn
            .xack(self.keys.stream(), keys::GROUP, &[entry_id])
            .await
            .at(Step::Discard)?;
        self.trim().await?;
        Ok(())
    }

    /// Who holds a pending entry and how many times it was delivered; `None` once it is
    /// acknowledged (or gone). A worker checks it still holds an entry — same consumer, same
    /// delivery count — before it retries the engine or stores a failure, so it never stores
    /// over the run of a worker that took the entry over.
    pub async fn entry_holder(&self, entry_id: &EntryId) -> Result<Option<(WorkerId, u64)>, QueueError> {
        let mut conn = self.conn().await?;
        let rows: Vec<(String, String, u64, u64)> = redis::cmd("XPENDING")
            .arg(self.keys.stream())
            .arg(keys::GROUP)
            .arg(entry_id.as_str())
            .arg(entry_id.as_str())
            .arg(1)
            .query_async(&mut conn)
            .await
            .at(Step::Pending)?;
        Ok(rows
            .into_iter()
            .next()
            .map(|(_, consumer, _, deliveries)| (WorkerId::from(consumer), deliveries)))
    }

    /// Removes the entries of finished jobs older than every waiting or running one
    /// (`scripts/trim.lua`): never one still needed, and none one by one, which would leave the
    /// consumer group's lag unknown to an autoscaler. Returns how many were removed.
    pub async fn trim(&self) -> Result<u64, QueueError> {
        TRIM.call()
            .key("stream", self.keys.stream())
            .arg("group", keys::GROUP)
            .invoke(&mut self.conn().await?)
            .await
            .at(Step::Trim)
    }

    /// Jobs waiting or running: the consumer group's lag (entries not yet delivered) plus its
    /// pending entries (delivered, not acknowledged). The stream's length, which also counts the
    /// finished entries behind the oldest running job, when the group is missing or its lag
    /// unknown (a stream whose entries an earlier version deleted one by one).
    pub async fn unfinished(&self) -> Result<u64, QueueError> {
        let mut conn = self.conn().await?;
        let groups: redis::RedisResult<Vec<HashMap<String, redis::Value>>> = redis::cmd("XINFO")
            .arg("GROUPS")
            .arg(self.keys.stream())
            .query_async(&mut conn)
            .await;
        if let Ok(groups) = groups {
            for group in groups {
                let name: Option<String> = group
                    .get("name")
                    .and_then(|v| redis::from_redis_value(v.clone()).ok());
                if name.as_deref() != Some(keys::GROUP) {
                    continue;
                }
                let count = |field: &str| -> Option<u64> {
                    group
                        .get(field)
                        .and_then(|v| redis::from_redis_value(v.clone()).ok())
                };
                if let (Some(lag), Some(pending)) = (count("lag"), count("pending")) {
                    return Ok(lag + pending);
                }
            }
        }
        conn.xlen(self.keys.stream()).await.at(Step::Depth)
    }
}

/// One consumer of the job streams of one or more runtimes.
pub struct Consumer {
    conn: redis::aio::MultiplexedConnection,
    name: WorkerId,
    block: Duration,
    /// Each runtime read, and its stream.
    streams: Vec<(&'static str, String)>,
}

impl Consumer {
    pub fn name(&self) -> &WorkerId {
        &self.name
    }

    /// The next new entry for this consumer, waiting up to the block time; `None` if none came.
    pub async fn next(&mut self) -> Result<Option<Delivery>, QueueError> {
        let options = StreamReadOptions::default()
            .group(keys::GROUP, self.name.as_str())
            .count(1)
            .block(self.block.as_millis() as usize);
        let keys: Vec<&str> = self.streams.iter().map(|(_, key)| key.as_str()).collect();
        let ids = vec![">"; keys.len()];
        let reply: Option<StreamReadReply> = self
            .conn
            .xread_options(&keys, &ids, &options)
            .await
            .at(Step::Read)?;
        let Some(stream) = reply.and_then(|r| r.keys.into_iter().find(|k| !k.ids.is_empty())) else {
            return Ok(None);
        };
        let runtime = self.runtime_of(&stream.key);
        Ok(stream
            .ids
            .into_iter()
            .next()
            .map(|entry| delivery(runtime, entry, 1)))
    }

    fn runtime_of(&self, stream: &str) -> &'static str {
        self.streams
            .iter()
            .find(|(_, key)| key == stream)
            .map_or(crate::runtimes::DEFAULT, |(runtime, _)| runtime)
    }

    fn stream_of(&self, runtime: &str) -> &str {
        self.streams
            .iter()
            .find(|(r, _)| *r == runtime)
            .map_or("", |(_, key)| key.as_str())
    }

    /// Entries delivered and not acknowledged for at least `min_idle`, oldest first in each
    /// stream, the streams in turn (at most `count` of each).
    pub async fn pending(&mut self, min_idle: Duration, count: usize) -> Result<Vec<Pending>, QueueError> {
        let mut all = Vec::new();
        for (runtime, stream) in self.streams.clone() {
            all.extend(self.pending_in(runtime, &stream, min_idle, count).await?);
        }
        Ok(all)
    }

    async fn pending_in(
        &mut self,
        runtime: &'static str,
        stream: &str,
        min_idle: Duration,
        count: usize,
    ) -> Result<Vec<Pending>, QueueError> {
        let rows: Vec<(String, String, u64, u64)> = redis::cmd("XPENDING")
            .arg(stream)
            .arg(keys::GROUP)
            .arg("IDLE")
            .arg(min_idle.as_millis() as u64)
            .arg("-")
            .arg("+")
            .arg(count)
            .query_async(&mut self.conn)
            .await
            .at(Step::Pending)?;
        Ok(rows
            .into_iter()
            .map(|(entry_id, consumer, idle_ms, deliveries)| Pending {
                runtime,
                entry_id: EntryId::from_redis(entry_id),
                consumer: WorkerId::from(consumer),
                idle: Duration::from_millis(idle_ms),
                deliveries,
            })
            .collect())
    }

    /// Takes over a pending entry, only if it is still as `pending` saw it — held by the same
    /// consumer and delivered as many times — and idle at least `min_idle`: of two workers
    /// racing for it, one gets it, whatever `min_idle` (a restarted worker claims its own with
    /// none), so a job runs at most once per attempt.
    pub async fn claim(
        &mut self,
        pending: &Pending,
        min_idle: Duration,
    ) -> Result<Option<Delivery>, QueueError> {
        let stream = self.stream_of(pending.runtime).to_string();
        let reply: StreamClaimReply = CLAIM
            .call()
            .key("stream", &stream)
            .arg("group", keys::GROUP)
            .arg("me", self.name.as_str())
            .arg("entry_id", pending.entry_id.as_str())
            .arg("seen_consumer", pending.consumer.as_str())
            .arg("seen_deliveries", pending.deliveries)
            .arg("min_idle", min_idle.as_millis() as u64)
            .invoke(&mut self.conn)
            .await
            .at(Step::Claim)?;
        Ok(reply
            .ids
            .into_iter()
            .next()
            .map(|entry| delivery(pending.runtime, entry, pending.deliveries + 1)))
    }
}

fn delivery(runtime: &'static str, entry: StreamId, attempts: u64) -> Delivery {
    let text = |field: &'static str| -> Result<String, Malformed> {
        entry.get::<String>(field).ok_or(Malformed::Missing(field))
    };
    let spec = (|| {
        Ok(JobSpec {
            id: text(entry::ID)?.parse().map_err(Malformed::Id)?,
            code: text(entry::CODE)?,
            stdin: text(entry::STDIN)?,
            created_at: parse_time(entry::CREATED_AT, &text(entry::CREATED_AT)?)?,
            // An entry written before limits travelled asks for none.
            limits: match entry.get::<String>(entry::LIMITS) {
                Some(json) => serde_json::from_str(&json).map_err(|source| Malformed::Json {
                    field: entry::LIMITS,
                    source,
                })?,
                None => LimitRequest::default(),
            },
            shown_limits: None,
            callback_url: None,
            // An entry without the field has no test cases.
            tests: match entry.get::<String>(entry::TESTS) {
                Some(json) => Some(serde_json::from_str(&json).map_err(|source| Malformed::Json {
                    field: entry::TESTS,
                    source,
                })?),
                None => None,
            },
            // The stream says which: an entry's own field only repeats it.
            runtime,
            // An entry without the field has no input files.
            files: match entry.get::<String>(entry::FILES) {
                Some(json) => serde_json::from_str(&json).map_err(|source| Malformed::Json {
                    field: entry::FILES,
                    source,
                })?,
                None => Vec::new(),
            },
        })
    })();
    Delivery {
        runtime,
        entry_id: EntryId::from_redis(entry.id),
        spec,
        attempts,
    }
}
