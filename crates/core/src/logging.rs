//! Log output of both binaries: RUST_LOG filters (default `info`), LOG_FORMAT picks the format.
//! Lines about a job carry its id through a `job` span with a `job_id` field (see [`job_span`]):
//! in the text format as `job{job_id=…}:`, in JSON under `"span"`.

use tracing::Subscriber;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// Installs the process's log subscriber, writing to stderr; call once, at start.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    // Colours only for a person at a terminal, not into a log file or collector.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    tracing::subscriber::set_global_default(subscriber(format, filter, ansi, std::io::stderr))
        .expect("the log subscriber is installed once");
}

/// The subscriber for `format`, writing to `writer`.
fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    ansi: bool,
    writer: W,
) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(writer);
    match format {
        LogFormat::Text => Box::new(builder.finish()),
        LogFormat::Json => Box::new(
            builder
                .json()
                .with_current_span(true)
                .with_span_list(false)
                .finish(),
        ),
    }
}

/// The span every log line about one job is written in.
pub fn job_span(job_id: &dyn std::fmt::Display) -> tracing::Span {
    tracing::info_span!("job", job_id = %job_id)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// Collects what the subscriber writes.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn logged(format: LogFormat) -> String {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = subscriber(format, EnvFilter::new("info"), false, move || writer.clone());
        tracing::subscriber::with_default(subscriber, || {
            job_span(&"3f0c2a9e-8c1d-4b7a-9e2f-5d6c7b8a9f01").in_scope(|| {
                tracing::info!(outcome = "success", "job ran");
            });
        });
        let bytes = captured.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn json_lines_about_a_job_carry_its_id() {
        let text = logged(LogFormat::Json);
        let line: serde_json::Value = serde_json::from_str(text.trim()).expect("one JSON object");
        assert_eq!(line["fields"]["message"], "job ran");
        assert_eq!(line["span"]["name"], "job");
        assert_eq!(line["span"]["job_id"], "3f0c2a9e-8c1d-4b7a-9e2f-5d6c7b8a9f01");
        assert_eq!(line["level"], "INFO");
    }

    #[test]
    fn text_lines_about_a_job_carry_its_id() {
        let text = logged(LogFormat::Text);
        assert!(
            text.contains("job{job_id=3f0c2a9e-8c1d-4b7a-9e2f-5d6c7b8a9f01}"),
            "{text}"
        );
    }
}
