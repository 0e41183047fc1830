//! The webhooks due: a sorted set of job ids by the time (Redis's clock, ms) their next attempt
//! may start. The finish step adds a job with a `callback_url` in the step that makes it
//! terminal; a worker's delivery task claims one at a time ([`Queue::claim_webhook`]: an
//! attempt counted, a lease taken), sends it, and settles the attempt
//! ([`Queue::settle_webhook`]). A worker that dies between the two loses nothing: when the lease
//! ends the id is due again and any worker claims it.

use std::time::Duration;

use super::script::{lua, Lua};
use super::{At, Queue, QueueError, Step};
use crate::job::{CallbackState, JobId};
use crate::keys::record;

pub(super) static CLAIM: Lua = lua!("webhook_claim.lua",
    keys: ["webhooks"],
    args: [
        "job_prefix", "lease_ms", "max_attempts", "token", "state_field", "attempts_field",
        "claim_field", "error_field", "pending", "failed", "lost",
    ],
);

pub(super) static SETTLE: Lua = lua!("webhook_settle.lua",
    keys: ["webhooks", "record"],
    args: [
        "id", "token", "claim_field", "state_field", "status_field", "error_field", "final",
        "retry_ms", "status", "error",
    ],
);

/// What a claimed attempt's last error says when its worker never settled it.
pub const LOST: &str = "the worker making the last attempt stopped before it ended";

/// An attempt claimed by this worker: job `id`'s `attempt`-th (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookClaim {
    pub id: JobId,
    pub attempt: u32,
    token: String,
}

/// How a claimed attempt ended, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settle {
    Delivered,
    /// Failed; the next attempt is due after this pause.
    Retry(Duration),
    /// Failed, and no attempt follows.
    Failed,
}

impl Queue {
    /// Claims the next due webhook, if any: its attempt is counted and it is held for `lease`.
    /// A callback that already had `max_attempts` is given up instead (its last worker died).
    pub async fn claim_webhook(
        &self,
        lease: Duration,
        max_attempts: u32,
    ) -> Result<Option<WebhookClaim>, QueueError> {
        let token = uuid::Uuid::new_v4().simple().to_string();
        let reply: Option<(String, u32)> = CLAIM
            .call()
            .key("webhooks", self.keys.webhooks())
            .arg("job_prefix", format!("{}:job:", self.keys.prefix()))
            .arg("lease_ms", lease.as_millis() as u64)
            .arg("max_attempts", max_attempts)
            .arg("token", &token)
            .arg("state_field", record::CALLBACK_STATE)
            .arg("attempts_field", record::CALLBACK_ATTEMPTS)
            .arg("claim_field", record::CALLBACK_CLAIM)
            .arg("error_field", record::CALLBACK_ERROR)
            .arg("pending", CallbackState::Pending.as_str())
            .arg("failed", CallbackState::Failed.as_str())
            .arg("lost", LOST)
            .invoke(&mut self.conn().await?)
            .await
            .at(Step::WebhookClaim)?;
        Ok(reply.and_then(|(id, attempt)| {
            // An id in the set is one the finish step wrote; anything else is skipped.
            let id = id.parse().ok()?;
            Some(WebhookClaim { id, attempt, token })
        }))
    }

    /// Stores how `claim`'s attempt ended, if the claim is still ours; returns whether it was.
    pub async fn settle_webhook(
        &self,
        claim: &WebhookClaim,
        settle: &Settle,
        status: Option<u16>,
        error: Option<&str>,
    ) -> Result<bool, QueueError> {
        let (final_state, retry_ms) = match settle {
            Settle::Delivered => (CallbackState::Delivered.as_str(), 0),
            Settle::Failed => (CallbackState::Failed.as_str(), 0),
            Settle::Retry(pause) => ("", pause.as_millis() as u64),
        };
        let stored: i64 = SETTLE
            .call()
            .key("webhooks", self.keys.webhooks())
            .key("record", self.keys.job(claim.id))
            .arg("id", claim.id.to_string())
            .arg("token", &claim.token)
            .arg("claim_field", record::CALLBACK_CLAIM)
            .arg("state_field", record::CALLBACK_STATE)
            .arg("status_field", record::CALLBACK_STATUS)
            .arg("error_field", record::CALLBACK_ERROR)
            .arg("final", final_state)
            .arg("retry_ms", retry_ms)
            .arg("status", status.map(|s| s.to_string()).unwrap_or_default())
            .arg("error", error.unwrap_or(""))
            .invoke(&mut self.conn().await?)
            .await
            .at(Step::WebhookSettle)?;
        Ok(stored == 1)
    }
}
