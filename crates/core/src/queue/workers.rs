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
    pub last_heartbeat: DateTime<Utc>,
}

impl Queue {
    /// Says this worker is alive (and how busy) for the next `ttl`.
    pub async fn heartbeat(
        &self,
        worker: &WorkerId,
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
            .await
            .at(Step::Heartbeat)?;
        Ok(())
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
    pub async fn forget_worker(&self, worker: &WorkerId) -> Result<(), QueueError> {
        let _: i64 = self
            .conn()
            .await?
            .del(self.keys.worker(worker))
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
