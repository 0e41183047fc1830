//! The Docker engine: the connection, and the OCI runtime job containers run under.

use anyhow::Context;
use bollard::Docker;
use sandbox::config::ContainerRuntime;

/// Connects to the Docker engine named by the environment (DOCKER_HOST, else the local socket)
/// and agrees on an API version with it: Debian's docker.io 20.10 serves 1.41 at most.
pub async fn connect_docker() -> Result<Docker, bollard::errors::Error> {
    Docker::connect_with_local_defaults()?.negotiate_version().await
}

/// The runtime job containers run under: CONTAINER_RUNTIME resolved against the runtimes the
/// engine has registered (its `info`), once, at the worker's start, and logged. `auto` takes
/// gVisor (`runsc`) when the engine has it, else `runc`; a runtime named explicitly that the
/// engine lacks is an error, so the worker refuses to start rather than fail every job.
pub async fn container_runtime(docker: &Docker, wanted: &ContainerRuntime) -> anyhow::Result<String> {
    let info = docker
        .info()
        .await
        .context("asking the Docker engine which runtimes it has")?;
    let mut registered: Vec<String> = info.runtimes.unwrap_or_default().into_keys().collect();
    registered.sort();
    let chosen = wanted.choose(&registered)?;
    let why = match wanted {
        ContainerRuntime::Auto if chosen == sandbox::config::GVISOR => "auto: gVisor is registered",
        ContainerRuntime::Auto => "auto: gVisor (runsc) is not registered with the engine",
        ContainerRuntime::Named(_) => "as configured",
    };
    tracing::info!(
        runtime = %chosen,
        requested = %wanted,
        registered = %registered.join(","),
        "job containers run under {chosen} ({why})"
    );
    Ok(chosen)
}
