//! `sandbox-api`: reads the configuration, binds BIND_ADDR, serves until SIGINT/SIGTERM.

use anyhow::Context;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = sandbox::Config::from_env().context("configuration")?;
    sandbox::logging::init(config.log_format);
    config.warn_if_policy_off();
    let listener = tokio::net::TcpListener::bind(config.bind_addr)
        .await
        .with_context(|| format!("binding BIND_ADDR={}", config.bind_addr))?;
    sandbox_api::run(listener, config, shutdown_signal()).await
}

async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("installing a SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
