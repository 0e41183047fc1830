//! The Redis side of the pipeline. [`Queue`] is the handle (one multiplexed connection, the
//! keys under one [`Prefix`]); its methods live in the module of the part they serve:
//!
//! - [`admission`]: what a submission passes in the api — the shared rate-limit window, the
//!   idempotency key, the storage quota — and the atomic enqueue.
//! - [`consumer`]: the workers' side of the stream — the consumer group, reads, pending entries
//!   and claims, discarding an entry, pruning departed consumers.
//! - [`jobs`]: job records — a poll's read, `running`, the terminal state written once, and the
//!   pub/sub channel of finished jobs.
//! - [`webhooks`]: the webhooks due — claimed with a lease, settled, never lost with a worker.
//! - [`workers`]: the worker registry — heartbeats, liveness, `GET /workers`.
//! - `script`: the Lua scripts of `queue/scripts/`, loaded once and called with named KEYS
//!   and ARGV.
//!
//! Every multi-step change is one Lua script, so Redis applies it atomically: a job record never
//! exists without its stream entry (or the reverse), and a result is written at most once and the
//! entry acknowledged in the same step.

pub mod admission;
mod connect;
pub mod consumer;
pub mod jobs;
mod script;
pub mod webhooks;
pub mod workers;

use std::sync::Arc;
use std::time::Duration;

use redis::aio::ConnectionManagerConfig;
use redis::AsyncConnectionConfig;

use crate::config::{Config, RedisHa, ReplicaWait};
use connect::{Conn, Shared, Spare, Target};

pub use crate::ids::{EntryId, WorkerId};
use crate::keys::Keys;
pub use crate::keys::Prefix;
pub use admission::{Enqueued, Idempotency, Quota, RateDecision};
pub use consumer::{Consumer, Delivery, Pending};
pub use jobs::{Claim, Malformed};
pub use webhooks::{Settle, WebhookClaim};
pub use workers::{Serving, WorkerView};

/// How long one Redis command may take before the call fails: generous, because a slow answer
/// under load is better than a spurious 503, yet bounded so that a hung Redis is reported.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(5);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

/// The step a Redis call failed in, as [`QueueError::Unavailable`] reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::Display)]
pub enum Step {
    #[strum(to_string = "opening the client")]
    Open,
    #[strum(to_string = "connecting")]
    Connect,
    #[strum(to_string = "ping")]
    Ping,
    #[strum(to_string = "rate limit")]
    RateLimit,
    #[strum(to_string = "enqueue")]
    Enqueue,
    #[strum(to_string = "wait for replicas")]
    Replicate,
    #[strum(to_string = "withdraw an unreplicated job")]
    Withdraw,
    #[strum(to_string = "queue depth")]
    Depth,
    #[strum(to_string = "read job")]
    ReadJob,
    #[strum(to_string = "mark running")]
    MarkRunning,
    #[strum(to_string = "finish")]
    Finish,
    #[strum(to_string = "subscribe to finished jobs")]
    Subscribe,
    #[strum(to_string = "create the consumer group")]
    CreateGroup,
    #[strum(to_string = "read the stream")]
    Read,
    #[strum(to_string = "list pending entries")]
    Pending,
    #[strum(to_string = "claim")]
    Claim,
    #[strum(to_string = "discard")]
    Discard,
    #[strum(to_string = "trim the stream")]
    Trim,
    #[strum(to_string = "prune consumers")]
    PruneConsumers,
    #[strum(to_string = "heartbeat")]
    Heartbeat,
    #[strum(to_string = "list workers")]
    ListWorkers,
    #[strum(to_string = "forget worker")]
    ForgetWorker,
    #[strum(to_string = "worker liveness")]
    WorkerAlive,
    #[strum(to_string = "claim a webhook")]
    WebhookClaim,
    #[strum(to_string = "settle a webhook")]
    WebhookSettle,
}

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("redis is unavailable ({step}): {source}")]
    Unavailable {
        step: Step,
        #[source]
        source: redis::RedisError,
    },
    #[error("the queue holds its maximum of {0} jobs")]
    Full(u64),
    /// REDIS_WAIT_REPLICAS replicas did not confirm a write within REDIS_WAIT_TIMEOUT. From an
    /// enqueue: the job was taken back, nothing of it is left to run. From a finish: the result
    /// is stored on the primary only, and the worker stores it again.
    #[error("{acked} of {wanted} replicas confirmed the write within {timeout:?}")]
    NotReplicated {
        wanted: u32,
        acked: u32,
        timeout: Duration,
    },
    /// The client's stored jobs are at its STORAGE_QUOTA; the oldest leaves it in
    /// `retry_after_secs` (None when nothing is stored: the job alone is over the quota).
    #[error("the client stores {used} bytes, at its quota")]
    OverQuota {
        used: u64,
        retry_after_secs: Option<u64>,
    },
    #[error("job record {key} is corrupt: {reason}")]
    Corrupt {
        key: String,
        #[source]
        reason: Malformed,
    },
}

impl QueueError {
    /// Redis unreachable at `step`: for tests of what callers do then.
    #[cfg(any(test, feature = "testing"))]
    pub fn unreachable(step: Step) -> QueueError {
        let source = redis::RedisError::from((redis::ErrorKind::Io, "connection refused"));
        QueueError::Unavailable { step, source }
    }
}

/// `.at(step)` on a Redis result: its error as [`QueueError::Unavailable`] in that step.
pub(crate) trait At<T> {
    fn at(self, step: Step) -> Result<T, QueueError>;
}

impl<T> At<T> for redis::RedisResult<T> {
    fn at(self, step: Step) -> Result<T, QueueError> {
        self.map_err(|source| QueueError::Unavailable { step, source })
    }
}

#[derive(Clone)]
pub struct Queue {
    /// Where the primary is: REDIS_URL, or what the Sentinels say ([`connect`]).
    target: Arc<Target>,
    /// One multiplexed connection, made on first use, for every command but the blocking read:
    /// concurrent commands share it (pipelined), it reconnects by itself, and, unlike a pool's
    /// connections, costs no health-check round trip (`UNWATCH` + `PING`) before each use.
    /// With Sentinels, a sign of failover drops it and the next command finds the new primary.
    shared: Arc<Shared>,
    /// REDIS_WAIT_REPLICAS: an enqueue is confirmed by this many replicas before it counts.
    wait: Option<ReplicaWait>,
    /// Connections of enqueues that wait (`WAIT` blocks its connection).
    spare: Arc<Spare>,
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
    pub fn new(redis_url: &str, prefix: impl Into<Prefix>) -> Result<Queue, QueueError> {
        Queue::with_ha(redis_url, &RedisHa::default(), prefix)
    }

    /// The queue of a whole configuration: REDIS_URL or the Sentinels, REDIS_PREFIX, and the
    /// replicas an enqueue waits for.
    pub fn from_config(config: &Config) -> Result<Queue, QueueError> {
        Queue::with_ha(&config.redis_url, &config.redis_ha, config.redis_prefix.as_str())
    }

    pub fn with_ha(redis_url: &str, ha: &RedisHa, prefix: impl Into<Prefix>) -> Result<Queue, QueueError> {
        Ok(Queue {
            target: Arc::new(Target::new(redis_url, ha).at(Step::Open)?),
            shared: Arc::default(),
            wait: ha.wait,
            spare: Arc::default(),
            keys: Keys::new(prefix),
        })
    }

    /// A client for the primary as of now (with Sentinels, asked of them).
    async fn client(&self) -> Result<redis::Client, QueueError> {
        self.target.client().await.at(Step::Connect)
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// This queue (the same connections), with its job stream `runtime`'s: what a worker's
    /// reads, claims, acknowledgements and trims of that runtime's jobs go through.
    pub fn for_runtime(&self, runtime: &'static str) -> Queue {
        Queue {
            keys: self.keys.for_runtime(runtime),
            ..self.clone()
        }
    }

    async fn conn(&self) -> Result<Conn, QueueError> {
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(CONNECT_TIMEOUT))
            .set_response_timeout(Some(RESPONSE_TIMEOUT))
            // Reconnecting is retried in the background; a command fails at once meanwhile.
            .set_number_of_retries(2);
        self.shared
            .get(&self.target, config, &connection_config(RESPONSE_TIMEOUT))
            .await
            .at(Step::Connect)
    }

    /// A script on a connection of its own, then, if `wrote` says its reply is a write,
    /// `WAIT replicas timeout` on the same connection (WAIT counts that connection's writes):
    /// the reply, and how many replicas confirmed (None when nothing was written).
    async fn invoke_replicated(
        &self,
        call: script::Call,
        step: Step,
        wait: ReplicaWait,
        wrote: impl Fn(&redis::Value) -> bool,
    ) -> Result<(redis::Value, Option<u32>), QueueError> {
        let mut conn = match self.spare.take() {
            Some(conn) => conn,
            None => self
                .client()
                .await?
                .get_multiplexed_async_connection_with_config(&connection_config(
                    wait.timeout + RESPONSE_TIMEOUT,
                ))
                .await
                .at(Step::Connect)?,
        };
        let reply: redis::Value = match call.invoke(&mut conn).await {
            Ok(reply) => reply,
            Err(err) => {
                if connect::lost_primary(&err) {
                    self.spare.clear();
                }
                return Err(err).at(step);
            }
        };
        if !wrote(&reply) {
            self.spare.put(conn);
            return Ok((reply, None));
        }
        let acked: redis::RedisResult<u32> = redis::cmd("WAIT")
            .arg(wait.replicas)
            .arg(wait.timeout.as_millis().max(1) as u64)
            .query_async(&mut conn)
            .await;
        match acked {
            Ok(acked) => {
                self.spare.put(conn);
                Ok((reply, Some(acked)))
            }
            Err(err) => {
                if connect::lost_primary(&err) {
                    self.spare.clear();
                }
                Err(err).at(Step::Replicate)
            }
        }
    }

    pub async fn ping(&self) -> Result<(), QueueError> {
        let _: String = redis::cmd("PING")
            .query_async(&mut self.conn().await?)
            .await
            .at(Step::Ping)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unavailable_queue_says_which_step_failed_and_keeps_the_cause() {
        let cause = redis::RedisError::from(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
        let err = Err::<(), _>(cause).at(Step::RateLimit).unwrap_err();
        assert!(
            err.to_string().starts_with("redis is unavailable (rate limit): "),
            "{err}"
        );
        let source = std::error::Error::source(&err).expect("the redis error is the source");
        assert!(source.downcast_ref::<redis::RedisError>().is_some());
    }

    #[test]
    fn a_bad_url_fails_in_opening() {
        let err = Queue::new("http://nowhere", "p").unwrap_err();
        assert!(
            matches!(err, QueueError::Unavailable { step: Step::Open, .. }),
            "{err}"
        );
    }
}
