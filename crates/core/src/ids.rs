//! The ids that are strings on the wire, as types of their own: a worker's name and a stream
//! entry's id (the Redis key prefix is `keys::Prefix`). A leaf module: the queue and the keys
//! both name them.
use std::fmt;

/// A worker's name: its consumer name in the group, its heartbeat's key, its containers' label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WorkerId(String);

impl WorkerId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for WorkerId {
    fn from(name: String) -> WorkerId {
        WorkerId(name)
    }
}

impl From<&str> for WorkerId {
    fn from(name: &str) -> WorkerId {
        WorkerId(name.to_string())
    }
}

impl fmt::Display for WorkerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for WorkerId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl redis::ToRedisArgs for WorkerId {
    fn write_redis_args<W: ?Sized + redis::RedisWrite>(&self, out: &mut W) {
        self.0.write_redis_args(out)
    }
}

/// A stream entry's id, as Redis assigned it (`<ms>-<seq>`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntryId(String);

impl EntryId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An id as Redis gave it.
    pub(crate) fn from_redis(id: String) -> EntryId {
        EntryId(id)
    }
}

impl From<&str> for EntryId {
    fn from(id: &str) -> EntryId {
        EntryId(id.to_string())
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl redis::ToRedisArgs for EntryId {
    fn write_redis_args<W: ?Sized + redis::RedisWrite>(&self, out: &mut W) {
        self.0.write_redis_args(out)
    }
}
