//! The worker registry: each live worker's heartbeat (its slots and how many are busy, expiring
//! unless renewed), liveness checks, and the list `GET /workers` shows.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use redis::AsyncCommands;

use super::jobs::parse_time;
use super::{At, Queue, QueueError, Step, WorkerId};
use crate::keys::heartbeat;

/// A live worker as `GET /workers` shows it (its slots, never its jobs).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkerView {
    pub id: String,
    pub slots: usize,
    pub running: usize,
    /// The runtimes it serves.
    pub runtimes: Vec<String>,
    pub last_heartbeat: DateTime<Utc>,
}

/// How long past its lapse a worker's heartbeat still counts for [`Queue::serving`].
pub const SERVING_GRACE: Duration = Duration::from_secs(60);

/// Whether a runtime's jobs would be run ([`Queue::serving`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serving {
    /// A live worker serves it.
    Served,
    /// No worker is alive at all (starting, restarting, scaled to zero): jobs wait for one.
    NoWorker,
    /// Workers are alive, and none serves it.
    NotServed,
}

impl Queue {
    /// Says this worker is alive (and how busy), serving `runtimes`, for the next `ttl`.
    pub async fn heartbeat(
        &self,
        worker: &WorkerId,
        slots: usize,
        running: usize,
        ttl: Duration,
        runtimes: &[&str],
    ) -> Result<(), QueueError> {
        let key = self.keys.worker(worker);
        let mut conn = self.conn().await?;
        let lapses = Utc::now().timestamp_millis() + ttl.as_millis() as i64;
        let mut pipe = redis::pipe();
        pipe.atomic()
            .hset_multiple(
                &key,
                &[
                    (heartbeat::SLOTS, slots.to_string()),
                    (heartbeat::RUNNING, running.to_string()),
                    (heartbeat::AT, Utc::now().to_rfc3339()),
                    (heartbeat::RUNTIMES, runtimes.join(",")),
                ],
            )
            .pexpire(&key, ttl.as_millis() as i64);
        for runtime in crate::runtimes::all() {
            let serving = self.keys.serving(runtime.name);
            if runtimes.contains(&runtime.name) {
                pipe.zadd(&serving, worker.as_str(), lapses);
                // Kept a day past the last heartbeat of any of its workers.
                pipe.pexpire(&serving, ttl.as_millis() as i64 + 86_400_000);
            } else {
                pipe.zrem(&serving, worker.as_str());
            }
        }
        pipe.query_async::<()>(&mut conn).await.at(Step::Heartbeat)?;
        Ok(())
    }

    /// Whether a live worker serves `runtime` (a heartbeat naming it has not lapsed), and if
    /// not, whether any worker is alive at all.
    ///
    /// A heartbeat counts for [`SERVING_GRACE`] past its lapse: the api's clock and the
    /// workers' may differ by that much, and a worker that crashed a moment ago is usually
    /// restarting (a worker that stops cleanly leaves the set at once).
    pub async fn serving(&self, runtime: &str) -> Result<Serving, QueueError> {
        let now = Utc::now().timestamp_millis() - SERVING_GRACE.as_millis() as i64;
        let mut conn = self.conn().await?;
        let mut pipe = redis::pipe();
        pipe.zcount(self.keys.serving(runtime), now, "+inf");
        for other in crate::runtimes::all() {
            pipe.zcount(self.keys.serving(other.name), now, "+inf");
        }
        let counts: Vec<u64> = pipe.query_async(&mut conn).await.at(Step::ListWorkers)?;
        Ok(if counts[0] > 0 {
            Serving::Served
        } else if counts[1..].iter().all(|n| *n == 0) {
            Serving::NoWorker
        } else {
            Serving::NotServed
        })
    }

    /// The live workers (a current heartbeat), sorted by id.
    pub async fn workers(&self) -> Result<Vec<WorkerView>, QueueError> {
        let mut conn = self.conn().await?;
        let prefix = self.keys.worker_prefix();
        let mut names: Vec<String> = Vec::new();
        {
            let mut keys = conn
                .scan_match::<_, String>(format!("{prefix}*"))
                .await
                .at(Step::ListWorkers)?;
            while let Some(key) = keys.next_item().await {
                names.push(key.at(Step::ListWorkers)?.trim_start_matches(&prefix).to_string());
            }
        }
        names.sort();
        let mut workers = Vec::new();
        for name in names {
            let fields: HashMap<String, String> = conn
                .hgetall(self.keys.worker(&WorkerId::from(name.as_str())))
                .await
                .at(Step::ListWorkers)?;
            let number = |f: &str| fields.get(f).and_then(|v| v.parse().ok()).unwrap_or(0);
            let Some(at) = fields
                .get(heartbeat::AT)
                .and_then(|t| parse_time(heartbeat::AT, t).ok())
            else {
                continue;
            };
            let runtimes = fields
                .get(heartbeat::RUNTIMES)
                .map(|list| {
                    list.split(',')
                        .filter(|r| !r.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                // A worker of an earlier version serves the default runtime only.
                .unwrap_or_else(|| vec![crate::runtimes::DEFAULT.to_string()]);
            workers.push(WorkerView {
                id: name,
                slots: number(heartbeat::SLOTS),
                running: number(heartbeat::RUNNING),
                runtimes,
                last_heartbeat: at,
            });
        }
        Ok(workers)
    }

    /// Removes a stopping worker's heartbeat, and its name from the runtimes it served.
    pub async fn forget_worker(&self, worker: &WorkerId) -> Result<(), QueueError> {
        let mut pipe = redis::pipe();
        pipe.atomic().del(self.keys.worker(worker));
        for runtime in crate::runtimes::all() {
            pipe.zrem(self.keys.serving(runtime.name), worker.as_str());
        }
        pipe.query_async::<()>(&mut self.conn().await?)
            .await
            .at(Step::ForgetWorker)?;
        Ok(())
    }

    /// Whether a worker's heartbeat is current.
    pub async fn worker_alive(&self, worker: &WorkerId) -> Result<bool, QueueError> {
        self.conn()
            .await?
            .exists(self.keys.worker(worker))
            .await
            .at(Step::WorkerAlive)
    }
}
