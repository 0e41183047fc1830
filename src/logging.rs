//! Log output of both binaries: RUST_LOG filters (default `info`), LOG_FORMAT picks the format.
//! Lines about a job carry its id through a `job` span with a `job_id` field (see [`job_span`]):
//! in the text format as `job{job_id=…}:`, in JSON under `"span"`.

use crate::config::LogFormat;

/// Installs the process's log subscriber; call once, at start.
pub fn init(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .init(),
    }
}

/// The span every log line about one job is written in.
pub fn job_span(job_id: &dyn std::fmt::Display) -> tracing::Span {
    tracing::info_span!("job", job_id = %job_id)
}
