//! How the queue reaches Redis: at one address (`REDIS_URL`), or at whichever node the
//! Sentinels (`REDIS_SENTINELS`, `REDIS_MASTER_NAME`) name the primary now.
//!
//! redis-rs's `ConnectionManager` reconnects by itself, but always to the address it was made
//! for; after a failover that address is gone, or comes back as a stale primary until the
//! Sentinels demote it, and a write it took then would be lost. So with Sentinels the shared
//! connection is a plain multiplexed one that never reconnects, in a [`Conn`] that watches its
//! own answers: an error that says the node is gone or demoted drops it, and the next command
//! asks the Sentinels again (one caller at a time; redis-rs checks the node's `ROLE` before
//! answering). Without Sentinels nothing is ever dropped: the manager's own reconnecting is all
//! there is, as before.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use redis::aio::{ConnectionLike, ConnectionManager, ConnectionManagerConfig, MultiplexedConnection};
use redis::sentinel::{SentinelClient, SentinelNodeConnectionInfo, SentinelServerType};
use redis::{
    AsyncConnectionConfig, Cmd, IntoConnectionInfo, Pipeline, RedisError, RedisFuture, RedisResult, Value,
};

use crate::config::RedisHa;

/// Where the primary is.
pub(crate) enum Target {
    Direct(redis::Client),
    Sentinel(tokio::sync::Mutex<SentinelClient>),
}

impl Target {
    /// `url` alone, or, with `ha.sentinels`, the Sentinels; then `url`'s user, password and
    /// database are the primary's, its host and port unused.
    pub(crate) fn new(url: &str, ha: &RedisHa) -> RedisResult<Target> {
        if ha.sentinels.is_empty() {
            return Ok(Target::Direct(redis::Client::open(url)?));
        }
        let settings = url.into_connection_info()?.redis_settings().clone();
        let node = SentinelNodeConnectionInfo::default().set_redis_connection_info(settings);
        let sentinels: Vec<String> = ha.sentinels.iter().map(|a| format!("redis://{a}")).collect();
        let client = SentinelClient::build(
            sentinels,
            ha.master_name.clone(),
            Some(node),
            SentinelServerType::Master,
        )?;
        Ok(Target::Sentinel(tokio::sync::Mutex::new(client)))
    }

    /// A client for the primary as of now.
    pub(crate) async fn client(&self) -> RedisResult<redis::Client> {
        match self {
            Target::Direct(client) => Ok(client.clone()),
            Target::Sentinel(sentinel) => sentinel.lock().await.async_get_client().await,
        }
    }

    fn follows_failover(&self) -> bool {
        matches!(self, Target::Sentinel(_))
    }
}

/// Whether `err` says the node answering is no longer the primary, or no longer there.
pub(crate) fn lost_primary(err: &RedisError) -> bool {
    err.is_io_error()
        || err.is_connection_dropped()
        || err.is_connection_refusal()
        || err.is_timeout()
        || err.code() == Some("READONLY")
        || err.to_string().contains("READONLY")
}

/// A connection that reconnects by itself (one address), or one that does not (Sentinels).
#[derive(Clone)]
enum Inner {
    Managed(ConnectionManager),
    Plain(MultiplexedConnection),
}

/// The one multiplexed connection every command but the blocking read shares.
#[derive(Default)]
pub(crate) struct Shared {
    slot: RwLock<Option<(u64, Inner)>>,
    /// One caller at a time makes a new connection (and asks the Sentinels).
    connecting: tokio::sync::Mutex<()>,
    generation: AtomicU64,
}

impl Shared {
    pub(crate) async fn get(
        self: &Arc<Self>,
        target: &Target,
        config: ConnectionManagerConfig,
        plain: &AsyncConnectionConfig,
    ) -> RedisResult<Conn> {
        if let Some(conn) = self.current(target) {
            return Ok(conn);
        }
        let _one = self.connecting.lock().await;
        if let Some(conn) = self.current(target) {
            return Ok(conn);
        }
        let client = target.client().await?;
        let inner = if target.follows_failover() {
            Inner::Plain(client.get_multiplexed_async_connection_with_config(plain).await?)
        } else {
            Inner::Managed(ConnectionManager::new_with_config(client, config).await?)
        };
        let generation = self.generation.fetch_add(1, Ordering::Relaxed) + 1;
        *self.slot.write().expect("never poisoned") = Some((generation, inner));
        Ok(self.current(target).expect("set just above"))
    }

    fn current(self: &Arc<Self>, target: &Target) -> Option<Conn> {
        let slot = self.slot.read().expect("never poisoned");
        let (generation, inner) = slot.as_ref()?;
        Some(Conn {
            inner: inner.clone(),
            watch: target.follows_failover().then(|| (self.clone(), *generation)),
        })
    }

    fn drop_if(&self, generation: u64) {
        let mut slot = self.slot.write().expect("never poisoned");
        if slot.as_ref().is_some_and(|(g, _)| *g == generation) {
            tracing::warn!("lost the Redis primary; asking the Sentinels again");
            *slot = None;
        }
    }
}

/// The shared connection; with Sentinels, one that drops itself on a sign of failover.
#[derive(Clone)]
pub(crate) struct Conn {
    inner: Inner,
    watch: Option<(Arc<Shared>, u64)>,
}

impl Conn {
    fn observe<T>(&self, result: &RedisResult<T>) {
        if let (Err(err), Some((shared, generation))) = (result, &self.watch) {
            if lost_primary(err) {
                shared.drop_if(*generation);
            }
        }
    }
}

impl ConnectionLike for Conn {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        Box::pin(async move {
            let result = match &mut self.inner {
                Inner::Managed(c) => c.req_packed_command(cmd).await,
                Inner::Plain(c) => c.req_packed_command(cmd).await,
            };
            self.observe(&result);
            result
        })
    }

    fn req_packed_commands<'a>(
        &'a mut self,
        pipeline: &'a Pipeline,
        offset: usize,
        count: usize,
    ) -> RedisFuture<'a, Vec<Value>> {
        Box::pin(async move {
            let result = match &mut self.inner {
                Inner::Managed(c) => c.req_packed_commands(pipeline, offset, count).await,
                Inner::Plain(c) => c.req_packed_commands(pipeline, offset, count).await,
            };
            self.observe(&result);
            result
        })
    }

    fn get_db(&self) -> i64 {
        match &self.inner {
            Inner::Managed(c) => c.get_db(),
            Inner::Plain(c) => c.get_db(),
        }
    }
}

/// Connections kept for an enqueue followed by `WAIT`. `WAIT` counts the writes of its own
/// connection, and blocks that connection until it answers: on the shared connection it would
/// hold up every other command, so each enqueue that waits has a connection to itself, returned
/// here after a clean answer and dropped after an error.
#[derive(Default)]
pub(crate) struct Spare {
    idle: Mutex<Vec<MultiplexedConnection>>,
}

/// Idle connections kept for enqueues that wait; more are made when needed, and dropped after.
const SPARE_IDLE_MAX: usize = 64;

impl Spare {
    pub(crate) fn take(&self) -> Option<MultiplexedConnection> {
        self.idle.lock().expect("never poisoned").pop()
    }

    pub(crate) fn put(&self, conn: MultiplexedConnection) {
        let mut idle = self.idle.lock().expect("never poisoned");
        if idle.len() < SPARE_IDLE_MAX {
            idle.push(conn);
        }
    }

    /// After a failover every idle connection is to the old primary.
    pub(crate) fn clear(&self) {
        self.idle.lock().expect("never poisoned").clear();
    }
}
