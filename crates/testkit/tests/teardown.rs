//! The test kit's teardown: what a test started is gone from the engine and Redis once it is
//! dropped, without the test stopping anything itself.

use sandbox_testkit::{containers_of, executor, redis_url, spawn_app, warm_pool};

/// The keys of `prefix` in Redis.
fn keys_of(prefix: &str) -> Vec<String> {
    let client = redis::Client::open(redis_url()).unwrap();
    let mut connection = client.get_connection().unwrap();
    redis::cmd("KEYS")
        .arg(format!("{prefix}:*"))
        .query(&mut connection)
        .unwrap()
}

/// An app with a job done and (with the pool on) containers waiting, dropped mid-test.
async fn an_app_is_torn_down_on_drop() {
    let app = spawn_app(&[]).await;
    let prefix = app.config.redis_prefix.clone();
    if let Ok(run) = std::env::var("SANDBOX_TEST_RUN") {
        assert!(prefix.starts_with(&format!("test-{run}-")), "{prefix}");
    }
    let job = app.run("print('hi')", "").await;
    assert_eq!(job["status"], "completed", "{job}");
    assert!(!keys_of(&prefix).is_empty(), "the job is stored under {prefix}");
    if warm_pool() {
        assert!(
            !containers_of(&prefix).await.is_empty(),
            "the worker's warm pool holds containers"
        );
    }
    drop(app);
    assert_eq!(containers_of(&prefix).await, Vec::<String>::new());
    assert_eq!(keys_of(&prefix), Vec::<String>::new());
}

#[tokio::test]
async fn on_a_current_thread_runtime() {
    an_app_is_torn_down_on_drop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_multi_thread_runtime() {
    an_app_is_torn_down_on_drop().await;
}

/// An executor whose pool is full, dropped without [`sandbox_testkit::all_removed`].
async fn an_executor_is_torn_down_on_drop() {
    let (executor, owner) = executor(&[("WARM_POOL_SIZE", "2")]).await;
    assert_eq!(containers_of(&owner.prefix).await.len(), 2, "the pool is full");
    drop(executor);
    assert_eq!(containers_of(&owner.prefix).await, Vec::<String>::new());
}

#[tokio::test]
async fn an_executor_on_a_current_thread_runtime() {
    an_executor_is_torn_down_on_drop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_executor_on_a_multi_thread_runtime() {
    an_executor_is_torn_down_on_drop().await;
}
