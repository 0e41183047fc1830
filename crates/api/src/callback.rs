//! `callback_url` of `POST /jobs`: checked at submit, so that a client learns at once that its
//! URL can never be delivered to. The worker checks the address again at every delivery
//! (`sandbox_worker::webhook`): this check is the early answer, that one the guard.

use std::time::Duration;

use sandbox::config::WebhookConfig;
use sandbox::webhook::{self, Target, UrlError};

use crate::error::ApiError;

/// How long the api waits for a callback host's name to resolve at submit.
const RESOLVE_TIMEOUT: Duration = Duration::from_secs(2);

/// The checked `callback_url` of a submission (`None` when absent or null), else 400
/// `invalid_request` naming the field.
pub async fn check(
    value: Option<&serde_json::Value>,
    config: &WebhookConfig,
) -> Result<Option<String>, ApiError> {
    let text = match value {
        None | Some(serde_json::Value::Null) => return Ok(None),
        Some(serde_json::Value::String(text)) => text,
        Some(other) => {
            return Err(ApiError::invalid_request(format!(
                "`callback_url` must be a string (an http or https URL); got {}",
                kind(other)
            )))
        }
    };
    // SECURITY: unsigned callbacks — a receiver could not tell our deliveries from anyone's,
    // so without WEBHOOK_SECRET there are none: refused here rather than sent unsigned.
    if config.secret.is_none() {
        return Err(ApiError::invalid_request(
            "`callback_url` cannot be used: this server has no WEBHOOK_SECRET to sign callbacks with",
        ));
    }
    let refused = |e: UrlError| ApiError::invalid_request(format!("`callback_url` {e}"));
    let (url, target) = webhook::parse_url(text, config.allow_private).map_err(refused)?;
    if let Target::Name(name) = target {
        let port = url.port_or_known_default().unwrap_or(80);
        // SECURITY: SSRF — a name that resolves to a private or special address (localhost,
        // a rebinding name's first answer, an internal zone) is refused now; one that does
        // not resolve yet is accepted, and every delivery resolves and checks again.
        let lookup =
            tokio::time::timeout(RESOLVE_TIMEOUT, tokio::net::lookup_host((name.as_str(), port))).await;
        if let Ok(Ok(addrs)) = lookup {
            for addr in addrs {
                webhook::check_addr(addr.ip(), config.allow_private).map_err(|r| {
                    refused(UrlError::Address {
                        addr: addr.ip(),
                        range: r.range,
                    })
                })?;
            }
        }
    }
    Ok(Some(url.to_string()))
}

fn kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
        _ => "something else",
    }
}
