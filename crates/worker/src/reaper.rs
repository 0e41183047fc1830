//! Clean-up: removes the job containers of a deployment (`REDIS_PREFIX`) whose worker's
//! heartbeat has lapsed (see [`crate::liveness`]) — what a worker killed with SIGKILL, or a
//! lost engine connection, left behind.

use std::collections::HashMap;
use std::time::Duration;

use bollard::models::ContainerSummaryStateEnum;
use bollard::query_parameters::{ListContainersOptionsBuilder, RemoveContainerOptionsBuilder};
use bollard::Docker;
use sandbox::queue::Queue;

use crate::container::{LABEL_PREFIX, LABEL_SERVICE, LABEL_WORKER, SERVICE};

/// A container younger than this is never reaped: its worker may not have written its first
/// heartbeat yet.
pub const ORPHAN_GRACE: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum ReapError {
    #[error("listing containers: {0}")]
    Engine(#[from] bollard::errors::Error),
    #[error("checking worker heartbeats: {0}")]
    Queue(#[from] sandbox::queue::QueueError),
}

/// Which containers a pass may remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// At a worker's start: its own containers too (with the same WORKER_ID, a restarted
    /// worker's earlier containers are orphans, since it runs nothing yet).
    OwnAndDead,
    /// Periodically: those of workers whose heartbeat has lapsed, and our own that stopped
    /// running and are older than `min_age` (a removal that failed, the engine restarting).
    Dead,
}

/// Removes the orphaned job containers of `prefix` — another worker's only when older than
/// `min_age` — and returns their ids. Nothing is removed when the heartbeats cannot be read.
pub async fn reap(
    docker: &Docker,
    queue: &Queue,
    prefix: &str,
    me: &str,
    scope: Scope,
    min_age: Duration,
) -> Result<Vec<String>, ReapError> {
    let filters = HashMap::from([(
        "label",
        vec![
            format!("{LABEL_SERVICE}={SERVICE}"),
            format!("{LABEL_PREFIX}={prefix}"),
        ],
    )]);
    let options = ListContainersOptionsBuilder::default()
        .all(true)
        .filters(&filters)
        .build();
    let now = chrono::Utc::now().timestamp();
    let mut alive: HashMap<String, bool> = HashMap::new();
    let mut removed = Vec::new();
    for container in docker.list_containers(Some(options)).await? {
        let (Some(id), Some(labels)) = (container.id, container.labels) else {
            continue;
        };
        let owner = labels.get(LABEL_WORKER).cloned().unwrap_or_default();
        let age = Duration::from_secs(now.saturating_sub(container.created.unwrap_or(now)).max(0) as u64);
        if owner != me && age < min_age {
            continue;
        }
        let orphan = if owner == me {
            let stopped = container.state != Some(ContainerSummaryStateEnum::RUNNING);
            scope == Scope::OwnAndDead || (stopped && age >= min_age)
        } else {
            let live = match alive.get(&owner) {
                Some(live) => *live,
                None => {
                    let live = queue.worker_alive(&owner.as_str().into()).await?;
                    alive.insert(owner.clone(), live);
                    live
                }
            };
            !live
        };
        if orphan {
            let options = RemoveContainerOptionsBuilder::default()
                .force(true)
                .v(true)
                .build();
            match docker.remove_container(&id, Some(options)).await {
                Ok(()) => {
                    tracing::warn!(
                        container = id,
                        worker = owner,
                        "removed an orphaned job container"
                    );
                    removed.push(id);
                }
                Err(err) => tracing::warn!(container = id, error = %err, "could not remove an orphan"),
            }
        }
    }
    Ok(removed)
}
