//! `sandbox-worker`: reads the configuration, connects to the engine, runs until SIGINT/SIGTERM.

use anyhow::Context;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = sandbox::Config::from_env().context("configuration")?;
    sandbox::logging::init(config.log_format);
    config.warn_if_policy_off();
    sandbox::metrics::handle();
    if let Some(addr) = config.metrics_addr {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding METRICS_ADDR={addr}"))?;
        tracing::info!(%addr, "serving metrics");
        tokio::spawn(async move {
            if let Err(err) = sandbox_worker::metrics::serve(listener).await {
                tracing::error!(error = %err, "the metrics server stopped");
            }
        });
    }
    let docker = sandbox_worker::connect_docker()
        .await
        .context("connecting to the Docker engine")?;
    sandbox_worker::run(config, docker, shutdown_signal()).await
}

async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("installing a SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
