//! Webhook delivery: a task of its own in every worker, beside the consume loop and never in a
//! job slot. It claims due webhooks from Redis one at a time (`Queue::claim_webhook`: an
//! attempt counted, a lease taken), runs up to [`CONCURRENCY`] attempts at once, and stores how
//! each ended (`Queue::settle_webhook`): delivered, retried after a doubling pause, or given up
//! after WEBHOOK_MAX_ATTEMPTS. What a worker held when it died or stopped is claimed again by
//! any worker when its lease ends (docs/architecture.md, Webhooks).

use std::error::Error;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use sandbox::config::WebhookConfig;
use sandbox::job::JobView;
use sandbox::queue::{Queue, Settle, WebhookClaim};
use sandbox::webhook;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// Attempts one worker makes at once.
pub const CONCURRENCY: usize = 4;
/// How often an idle delivery task looks for due webhooks.
const POLL: Duration = Duration::from_millis(250);
/// The pause after Redis failed to answer a claim.
const REDIS_PAUSE: Duration = Duration::from_secs(2);
/// The longest `last_error` stored.
const MAX_ERROR_LEN: usize = 300;

/// Claims and delivers due webhooks until `stop` is cancelled; then drops the attempts under
/// way (their leases lapse and any worker takes them again: the same path as a worker's death).
pub async fn deliver(queue: Queue, config: WebhookConfig, stop: CancellationToken) {
    let sender = match Sender::new(queue, config) {
        Ok(sender) => Arc::new(sender),
        Err(err) => {
            tracing::error!(error = %err, "cannot build the webhook client; no webhooks are delivered by this worker");
            return;
        }
    };
    let slots = Arc::new(Semaphore::new(CONCURRENCY));
    let mut tasks = JoinSet::new();
    loop {
        while tasks.try_join_next().is_some() {}
        let permit = tokio::select! {
            permit = slots.clone().acquire_owned() => permit.expect("never closed"),
            () = stop.cancelled() => break,
        };
        let claimed = tokio::select! {
            claimed = sender.queue.claim_webhook(sender.config.lease(), sender.config.max_attempts) => claimed,
            () = stop.cancelled() => break,
        };
        let pause = match claimed {
            Ok(Some(claim)) => {
                let sender = sender.clone();
                tasks.spawn(async move {
                    let _slot = permit;
                    sender.attempt(claim).await;
                });
                continue;
            }
            Ok(None) => POLL,
            Err(err) => {
                tracing::warn!(error = %err, "cannot claim webhooks; retrying");
                REDIS_PAUSE
            }
        };
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = stop.cancelled() => break,
        }
    }
    tasks.abort_all();
}

struct Sender {
    queue: Queue,
    config: WebhookConfig,
    client: reqwest::Client,
}

impl Sender {
    fn new(queue: Queue, config: WebhookConfig) -> reqwest::Result<Sender> {
        let client = reqwest::Client::builder()
            // SECURITY: SSRF through a redirect — a public receiver answering 30x with
            // Location: http://169.254.169.254/ would send us where the address check never
            // looked. No redirect is followed; a 30x is a failed attempt.
            .redirect(reqwest::redirect::Policy::none())
            // SECURITY: a slow or silent receiver holds an attempt (a slot of the delivery
            // task, never a job's) for at most WEBHOOK_TIMEOUT, connect to answer head.
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(5)))
            // SECURITY: SSRF through a proxy — HTTP(S)_PROXY in the worker's environment would
            // resolve and connect on our behalf, past the checked resolver below.
            .no_proxy()
            // SECURITY: DNS rebinding — every name is resolved once by `CheckedResolver`, each
            // address checked, and the connection made to exactly those addresses; a name that
            // answers a public address to a check and a private one to the connect cannot
            // split the two. No idle connection is kept, so every attempt resolves anew.
            .dns_resolver(Arc::new(CheckedResolver {
                allow_private: config.allow_private,
            }))
            .pool_max_idle_per_host(0)
            .user_agent(concat!("sandbox-webhook/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Sender {
            queue,
            config,
            client,
        })
    }

    /// One attempt of a claimed webhook, stored.
    async fn attempt(&self, claim: WebhookClaim) {
        let job = match self.queue.job(claim.id).await {
            Ok(Some(job)) => job,
            // Expired meanwhile (RESULT_TTL): nothing left to send or to store the state in.
            Ok(None) => return,
            Err(err) => {
                // The lease lapses and the attempt is made again (it counts as one).
                tracing::warn!(job = %claim.id, error = %err, "cannot read the job for its webhook");
                return;
            }
        };
        let (settle, status, error) = match self.send(&job, claim.attempt).await {
            Ok(status) => (Settle::Delivered, Some(status), None),
            Err(failure) => {
                let settle = if failure.permanent || claim.attempt >= self.config.max_attempts {
                    Settle::Failed
                } else {
                    Settle::Retry(self.config.retry_after(claim.attempt))
                };
                (settle, failure.status, Some(failure.message))
            }
        };
        let result = match settle {
            Settle::Delivered => "delivered",
            Settle::Retry(_) => "retry",
            Settle::Failed => "failed",
        };
        sandbox::metrics::webhook_attempt(result);
        tracing::info!(job = %claim.id, attempt = claim.attempt, result, ?status, ?error, "webhook attempt");
        match self
            .queue
            .settle_webhook(&claim, &settle, status, error.as_deref())
            .await
        {
            Ok(true) => {}
            Ok(false) => tracing::info!(job = %claim.id, "webhook claim taken over before it was settled"),
            Err(err) => {
                tracing::warn!(job = %claim.id, error = %err, "cannot store the webhook attempt; it will be made again")
            }
        }
    }

    /// POSTs the job document, signed; the answer's status when it is a 2xx.
    async fn send(&self, job: &JobView, attempt: u32) -> Result<u16, Failure> {
        // SECURITY: unsigned callbacks — never sent; a worker without WEBHOOK_SECRET (the api
        // had one) gives the callback up and says why.
        let Some(secret) = self.config.secret.as_deref() else {
            return Err(Failure::permanent(
                "this worker has no WEBHOOK_SECRET; callbacks are never sent unsigned",
            ));
        };
        let Some(callback) = &job.callback else {
            return Err(Failure::permanent("the job has no callback_url"));
        };
        // SECURITY: SSRF — an address literal never reaches the resolver, so it is checked
        // here, at every attempt (WEBHOOK_ALLOW_PRIVATE may have been turned off since submit).
        let (url, _) = webhook::parse_url(&callback.url, self.config.allow_private)
            .map_err(|e| Failure::permanent(format!("callback_url {e}")))?;
        let body = serde_json::to_vec(job).expect("a job document serialises");
        let timestamp = chrono::Utc::now().timestamp();
        let signature = webhook::signature(secret, timestamp, &body);
        let sent = self
            .client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(webhook::TIMESTAMP_HEADER, timestamp.to_string())
            .header(webhook::SIGNATURE_HEADER, signature)
            .header(webhook::JOB_HEADER, job.id.to_string())
            .header("X-Sandbox-Attempt", attempt.to_string())
            .body(body)
            .send()
            .await;
        // SECURITY: a receiver's answer body is never read (dropping the response closes the
        // connection): an endless or huge body costs nothing, and nothing of it is stored.
        match sent {
            Ok(response) if response.status().is_success() => Ok(response.status().as_u16()),
            Ok(response) => {
                let status = response.status();
                let why = if status.is_redirection() {
                    " (redirects are not followed)"
                } else {
                    ""
                };
                Err(Failure {
                    status: Some(status.as_u16()),
                    message: format!("answered {status}{why}"),
                    permanent: false,
                })
            }
            Err(err) => Err(Failure {
                status: None,
                message: describe(&err),
                permanent: false,
            }),
        }
    }
}

/// Why an attempt failed.
#[derive(Debug)]
struct Failure {
    status: Option<u16>,
    message: String,
    /// No later attempt can do better (no secret, a URL that is refused whatever the time).
    permanent: bool,
}

impl Failure {
    fn permanent(message: impl Into<String>) -> Failure {
        Failure {
            status: None,
            message: message.into(),
            permanent: true,
        }
    }
}

/// An error with its causes (`timed out`, `connection refused`, a refused address), bounded.
fn describe(err: &reqwest::Error) -> String {
    let mut text = if err.is_timeout() {
        "timed out".to_string()
    } else if err.is_connect() {
        "could not connect".to_string()
    } else {
        "request failed".to_string()
    };
    let mut source = err.source();
    while let Some(cause) = source {
        let said = cause.to_string();
        if !text.contains(&said) {
            text.push_str(": ");
            text.push_str(&said);
        }
        source = cause.source();
    }
    if text.len() > MAX_ERROR_LEN {
        let mut end = MAX_ERROR_LEN;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// A name's addresses, each checked before any connection is made to it.
struct CheckedResolver {
    allow_private: bool,
}

/// A name resolved to an address a callback may not reach.
#[derive(Debug, thiserror::Error)]
#[error("{name} resolves to {addr}, a {range} address; callbacks go only to public addresses")]
pub struct RefusedAddress {
    name: String,
    addr: std::net::IpAddr,
    range: &'static str,
}

impl Resolve for CheckedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_private = self.allow_private;
        Box::pin(async move {
            let host = name.as_str().to_string();
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            // Every address, not only the first: the connector tries them in turn.
            for addr in &found {
                if let Err(refused) = webhook::check_addr(addr.ip(), allow_private) {
                    return Err(Box::new(RefusedAddress {
                        name: host,
                        addr: addr.ip(),
                        range: refused.range,
                    }) as Box<dyn Error + Send + Sync>);
                }
            }
            Ok(Box::new(found.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_resolver_refuses_a_name_of_a_loopback_address_unless_private_is_allowed() {
        let name: Name = "localhost".parse().unwrap();
        let refused = CheckedResolver { allow_private: false }.resolve(name).await;
        let err = refused.err().expect("localhost is refused");
        assert!(err.to_string().contains("loopback"), "{err}");
        let name: Name = "localhost".parse().unwrap();
        let allowed = CheckedResolver { allow_private: true }.resolve(name).await;
        let addrs: Vec<SocketAddr> = allowed.map_err(|e| e.to_string()).unwrap().collect();
        assert!(addrs.iter().all(|a| a.ip().is_loopback()), "{addrs:?}");
    }
}
