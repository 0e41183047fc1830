//! CONTAINER_RUNTIME against the real engine: `auto` (the default) picks gVisor when the engine
//! has it registered and runc otherwise; a runtime named explicitly is used as named, and one
//! the engine lacks stops the worker at start.

use std::process::Command;

use sandbox::config::ContainerRuntime;
use sandbox::job::Outcome;

use crate::support::{all_removed, config, containers_of, docker, executor, unchecked};

/// The engine's runtimes as the docker CLI lists them (not through the worker's own code).
fn engine_has_runsc() -> bool {
    let out = Command::new("docker")
        .args(["info", "--format", "{{json .Runtimes}}"])
        .output()
        .expect("docker info");
    String::from_utf8_lossy(&out.stdout).contains("\"runsc\"")
}

#[tokio::test]
async fn auto_picks_gvisor_when_the_engine_has_it_and_runc_otherwise() {
    let expected = if engine_has_runsc() { "runsc" } else { "runc" };
    let docker = docker().await;
    let chosen = sandbox_worker::container_runtime(&docker, &ContainerRuntime::Auto)
        .await
        .unwrap();
    assert_eq!(chosen, expected);
    let runc = ContainerRuntime::Named("runc".into());
    assert_eq!(
        sandbox_worker::container_runtime(&docker, &runc).await.unwrap(),
        "runc",
        "an explicit runc stays runc, gVisor registered or not"
    );

    // The containers made under the default configuration run under what auto picked.
    assert_eq!(
        config(&[("CONTAINER_RUNTIME", "auto")]).container_runtime,
        ContainerRuntime::Auto
    );
    let (executor, owner) = executor(&[("CONTAINER_RUNTIME", "auto"), ("WARM_POOL_SIZE", "1")]).await;
    let pooled = containers_of(&owner.prefix).await;
    assert_eq!(pooled.len(), 1, "one container waits in the pool");
    let info = docker.inspect_container(&pooled[0], None).await.unwrap();
    assert_eq!(info.host_config.unwrap().runtime.as_deref(), Some(expected));
    let result = executor
        .run_labelled("auto", &unchecked("print('hi')"), "")
        .await
        .unwrap();
    assert_eq!(
        (result.outcome, result.stdout.as_str()),
        (Outcome::Success, "hi\n")
    );
    all_removed(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn a_worker_whose_runtime_the_engine_lacks_refuses_to_start() {
    let config = config(&[("CONTAINER_RUNTIME", "no-such-runtime")]);
    let prefix = config.redis_prefix.clone();
    // A worker that started would run until its shutdown, which never comes: only the bound
    // below would end it, and the test fails then.
    let run = sandbox_worker::run(config, docker().await, std::future::pending());
    let err = tokio::time::timeout(std::time::Duration::from_secs(60), run)
        .await
        .expect("the worker should have refused to start, not run")
        .expect_err("a runtime the engine lacks is a start-up error");
    let text = format!("{err:#}");
    assert!(
        text.contains("CONTAINER_RUNTIME=no-such-runtime")
            && text.contains("registered: ")
            && text.contains("runc"),
        "{text}"
    );
    assert!(containers_of(&prefix).await.is_empty(), "no container was made");
}
