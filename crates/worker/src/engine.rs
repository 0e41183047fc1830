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

/// The runtimes (of [`sandbox::runtimes`]) this worker serves: RUNTIMES as given, each image
/// required to be on the engine (a worker that could not run a runtime's jobs must not take
/// them); unset, the default runtime and every other whose image the engine has. Asked once,
/// at the worker's start, and logged.
pub async fn served_runtimes(
    docker: &Docker,
    config: &sandbox::Config,
) -> anyhow::Result<Vec<&'static sandbox::runtimes::Runtime>> {
    let image_of = |runtime: &sandbox::runtimes::Runtime| {
        config
            .runtime_images
            .get(runtime.name)
            .cloned()
            .unwrap_or_else(|| runtime.default_image.to_string())
    };
    let mut served = Vec::new();
    match &config.runtimes {
        Some(names) => {
            for name in names {
                let runtime = sandbox::runtimes::find(name).expect("RUNTIMES names known runtimes");
                let image = image_of(runtime);
                if docker.inspect_image(&image).await.is_err() {
                    anyhow::bail!(
                        "RUNTIMES names {name}, but its image {image} ({}) is not on the Docker engine; \
                         build it (scripts/setup.sh) or leave {name} out of RUNTIMES",
                        runtime.image_var
                    );
                }
                served.push(runtime);
            }
        }
        None => {
            for runtime in sandbox::runtimes::all() {
                let image = image_of(runtime);
                let default = runtime.name == sandbox::runtimes::DEFAULT;
                // The default runtime is served whatever: its image may still be building,
                // and the warm pool retries until it is there, as it always has.
                if default || docker.inspect_image(&image).await.is_ok() {
                    served.push(runtime);
                } else {
                    tracing::info!(
                        runtime = runtime.name,
                        image,
                        "not serving a runtime whose image the engine lacks"
                    );
                }
            }
        }
    }
    Ok(served)
}
