//! Containers left by a dead worker are removed; a live worker's are not.

use std::time::Duration;

use bollard::Docker;
use sandbox_worker::container::{create_body, labels, Owner, Settings};
use sandbox_worker::reaper::{reap, Scope};

use crate::support::{config, containers_of, docker};

/// A job container as worker `worker` would have left it: started, waiting for code forever.
async fn leftover(docker: &Docker, settings: &Settings, prefix: &str, worker: &str) -> String {
    let owner = Owner {
        prefix: prefix.into(),
        worker: worker.into(),
    };
    let id = docker
        .create_container(
            None,
            create_body(settings, labels(&owner, Some("lost-job")), 5000),
        )
        .await
        .unwrap()
        .id;
    docker.start_container(&id, None).await.unwrap();
    id
}

#[tokio::test]
async fn containers_of_dead_workers_are_reaped_and_live_ones_kept() {
    let config = config(&[]);
    let prefix = config.redis_prefix.clone();
    let queue = sandbox::queue::Queue::new(&config.redis_url, &prefix).unwrap();
    let (docker, settings) = (docker().await, crate::support::settings(&config).await);
    queue
        .heartbeat(&"alive".into(), 2, 1, Duration::from_secs(30), &["python"])
        .await
        .unwrap();
    let dead = leftover(&docker, &settings, &prefix, "killed-with-sigkill").await;
    let live = leftover(&docker, &settings, &prefix, "alive").await;
    let mine = leftover(&docker, &settings, &prefix, "me").await;

    let removed = reap(&docker, &queue, &prefix, "me", Scope::Dead, Duration::ZERO)
        .await
        .unwrap();
    assert_eq!(removed, vec![dead.clone()]);
    let mut left = containers_of(&prefix).await;
    left.sort();
    let mut expected = vec![live.clone(), mine.clone()];
    expected.sort();
    assert_eq!(left, expected);

    // Our own container that stopped (its removal failed, say) goes once old enough.
    let stopped = leftover(&docker, &settings, &prefix, "me").await;
    docker.kill_container(&stopped, None).await.unwrap();
    let removed = reap(&docker, &queue, &prefix, "me", Scope::Dead, Duration::ZERO)
        .await
        .unwrap();
    assert_eq!(removed, vec![stopped]);

    // Young containers of other workers are spared (their worker may not have a heartbeat yet).
    queue.forget_worker(&"alive".into()).await.unwrap();
    let removed = reap(
        &docker,
        &queue,
        &prefix,
        "me",
        Scope::Dead,
        Duration::from_secs(600),
    )
    .await
    .unwrap();
    assert!(removed.is_empty());

    // At a worker's start its own earlier containers go too, whatever their age.
    let removed = reap(
        &docker,
        &queue,
        &prefix,
        "me",
        Scope::OwnAndDead,
        Duration::from_secs(600),
    )
    .await;
    assert_eq!(removed.unwrap(), vec![mine]);
    let removed = reap(&docker, &queue, &prefix, "me", Scope::Dead, Duration::ZERO)
        .await
        .unwrap();
    assert_eq!(removed, vec![live], "its worker stopped renewing its heartbeat");
    assert!(containers_of(&prefix).await.is_empty());
}

#[tokio::test]
async fn nothing_is_reaped_when_heartbeats_cannot_be_read() {
    let config = config(&[("REDIS_URL", "redis://127.0.0.1:1")]);
    let prefix = config.redis_prefix.clone();
    let queue = sandbox::queue::Queue::new(&config.redis_url, &prefix).unwrap();
    let (docker, settings) = (docker().await, crate::support::settings(&config).await);
    let id = leftover(&docker, &settings, &prefix, "unknown").await;
    assert!(reap(&docker, &queue, &prefix, "me", Scope::Dead, Duration::ZERO)
        .await
        .is_err());
    assert_eq!(containers_of(&prefix).await, vec![id.clone()]);
    let options = bollard::query_parameters::RemoveContainerOptionsBuilder::default()
        .force(true)
        .build();
    docker.remove_container(&id, Some(options)).await.unwrap();
}
