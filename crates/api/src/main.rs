//! `sandbox-api`: reads the configuration, binds BIND_ADDR, serves until SIGINT/SIGTERM.

use anyhow::Context;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = sandbox::Config::from_env().context("configuration")?;
    sandbox::logging::init(config.log_format);
    config.warn_if_policy_off();
    if let Some(warning) = config.open_to_the_network() {
        tracing::warn!("{warning}");
    }
    descriptors_for(config.server.max_connections);
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

/// Descriptors the process needs beside its connections: Redis connections, UI files being
/// served, the listener, logs.
const SPARE_DESCRIPTORS: u64 = 128;

/// Raises the soft limit on open descriptors towards the hard one so that MAX_CONNECTIONS fit
/// (a soft limit of 1024 is common), and warns if they still do not: past the limit, accepting
/// and reaching Redis fail for everybody, which is what the cap is there to prevent.
fn descriptors_for(max_connections: usize) {
    let wanted = max_connections as u64 + SPARE_DESCRIPTORS;
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid pointer to a local struct.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return;
        }
        if limit.rlim_cur < wanted {
            let raised = libc::rlimit {
                rlim_cur: wanted.min(limit.rlim_max),
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    if limit.rlim_cur < wanted {
        tracing::warn!(
            limit = limit.rlim_cur,
            max_connections,
            "the open-descriptor limit is below MAX_CONNECTIONS plus {SPARE_DESCRIPTORS}: lower \
             MAX_CONNECTIONS or raise the limit (ulimit -n)"
        );
    }
}
