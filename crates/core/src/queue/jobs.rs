//! Job records: a poll's read, the move to `running`, the terminal state written once (with
//! the entry acknowledged and the job's id published in the same step), and the pub/sub
//! channel of finished jobs that wakes the api's `?wait=` polls.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use redis::AsyncCommands;

use super::script::{lua, Lua};
use super::{At, EntryId, Queue, QueueError, Step};
use crate::job::{Callback, InvalidJobId, JobId, JobView, Status, Terminal};
use crate::keys::{self, record};

pub(super) static MARK_RUNNING: Lua = lua!("mark_running.lua",
    keys: ["record"],
    args: ["status_field", "running", "started_at_field", "started_at", "completed", "failed"],
);

pub(super) static FINISH: Lua = lua!("finish.lua",
    keys: ["record", "stream", "channel", "webhooks"],
    args: [
        "status_field", "status", "finished_at_field", "finished_at", "outcome_field", "outcome",
        "ttl_secs", "group", "entry_id", "id", "storage_prefix", "storage_total_prefix",
        "client_field", "cost_field", "completed", "failed", "callback_url_field",
    ],
);

/// What [`Queue::mark_running`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// The job is now `running`, with `started_at` set.
    Started,
    /// The job already has a terminal result (a duplicate delivery): nothing to run.
    AlreadyFinished,
    /// The record is gone (expired or deleted): nothing to run.
    Missing,
}

/// Why a job record, a stream entry or a stored reply could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Malformed {
    #[error("field {0:?} missing")]
    Missing(&'static str),
    #[error("status: {0}")]
    Status(#[source] strum::ParseError),
    #[error("id: {0}")]
    Id(#[source] InvalidJobId),
    #[error("timestamp {field}: {source}")]
    Time {
        field: &'static str,
        #[source]
        source: chrono::ParseError,
    },
    #[error("{field}: {source}")]
    Json {
        field: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("not a job id: {0}")]
    Reply(#[source] redis::ParsingError),
}

impl Queue {
    /// Jobs waiting or running, in the streams of every runtime.
    pub async fn depth(&self) -> Result<u64, QueueError> {
        let mut depth = 0;
        for runtime in crate::runtimes::all() {
            depth += self.for_runtime(runtime.name).unfinished().await?;
        }
        Ok(depth)
    }

    /// A job as a poll shows it; `None` when unknown or expired.
    pub async fn job(&self, id: JobId) -> Result<Option<JobView>, QueueError> {
        let key = self.keys.job(id);
        let fields: HashMap<String, String> = self.conn().await?.hgetall(&key).await.at(Step::ReadJob)?;
        if fields.is_empty() {
            return Ok(None);
        }
        parse_view(id, &fields)
            .map(Some)
            .map_err(|reason| QueueError::Corrupt { key, reason })
    }

    /// Moves a queued job to `running`, unless it already finished or is gone.
    pub async fn mark_running(&self, id: JobId, now: DateTime<Utc>) -> Result<Claim, QueueError> {
        let code: i64 = MARK_RUNNING
            .call()
            .key("record", self.keys.job(id))
            .arg("status_field", record::STATUS)
            .arg("running", Status::Running.as_str())
            .arg("started_at_field", record::STARTED_AT)
            .arg("started_at", now.to_rfc3339())
            .arg("completed", Status::Completed.as_str())
            .arg("failed", Status::Failed.as_str())
            .invoke(&mut self.conn().await?)
            .await
            .at(Step::MarkRunning)?;
        Ok(match code {
            0 => Claim::Started,
            1 => Claim::AlreadyFinished,
            _ => Claim::Missing,
        })
    }

    /// Stores a job's terminal state — only if it has none yet: the first result wins — sets its
    /// expiry, publishes its id on the `finished` channel, and acknowledges the stream entry (if
    /// any: `None` stores a result for a job no consumer holds), all in one step; then trims the
    /// stream of finished entries ([`Queue::trim`]). Returns whether this call wrote the result.
    pub async fn finish(
        &self,
        id: JobId,
        entry_id: Option<&EntryId>,
        terminal: &Terminal,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<bool, QueueError> {
        let (status, field, json) = match terminal {
            Terminal::Completed(result) => (Status::Completed, record::RESULT, to_json(result)),
            Terminal::Failed(failure) => (Status::Failed, record::ERROR, to_json(failure)),
        };
        let finish = FINISH
            .call()
            .key("record", self.keys.job(id))
            .key("stream", self.keys.stream())
            .key("channel", self.keys.finished())
            .key("webhooks", self.keys.webhooks())
            .arg("status_field", record::STATUS)
            .arg("status", status.as_str())
            .arg("finished_at_field", record::FINISHED_AT)
            .arg("finished_at", now.to_rfc3339())
            .arg("outcome_field", field)
            .arg("outcome", json)
            .arg("ttl_secs", ttl.as_secs().max(1))
            .arg("group", keys::GROUP)
            .arg("entry_id", entry_id.map_or("", EntryId::as_str))
            .arg("id", id.to_string())
            .arg("storage_prefix", self.keys.storage_prefix())
            .arg("storage_total_prefix", self.keys.storage_total_prefix())
            .arg("client_field", record::CLIENT)
            .arg("cost_field", record::COST)
            .arg("completed", Status::Completed.as_str())
            .arg("failed", Status::Failed.as_str())
            .arg("callback_url_field", record::CALLBACK_URL);
        let written = match self.wait {
            None => {
                let written: i64 = finish.invoke(&mut self.conn().await?).await.at(Step::Finish)?;
                written == 1
            }
            Some(wait) => {
                // With REDIS_WAIT_REPLICAS, a result counts once replicas hold it: one stored
                // only on a primary that then fails would leave the job running for ever on the
                // new one. A retry finds the result already there (false) and waits again.
                let (reply, acked) = self
                    .invoke_replicated(finish, Step::Finish, wait, |_| true)
                    .await?;
                match acked {
                    Some(acked) if acked < wait.replicas => {
                        return Err(QueueError::NotReplicated {
                            wanted: wait.replicas,
                            acked,
                            timeout: wait.timeout,
                        })
                    }
                    _ => reply == redis::Value::Int(1),
                }
            }
        };
        if entry_id.is_some() {
            self.trim().await?;
        }
        Ok(written)
    }

    /// The ids of jobs as they finish (see [`Queue::finish`]), on a connection of its own. The
    /// stream ends when the connection is lost; what finished meanwhile is not replayed.
    pub async fn finished_jobs(&self) -> Result<impl futures_util::Stream<Item = JobId> + use<>, QueueError> {
        use futures_util::StreamExt;
        let mut pubsub = self
            .client()
            .await?
            .get_async_pubsub()
            .await
            .at(Step::Subscribe)?;
        pubsub.subscribe(self.keys.finished()).await.at(Step::Subscribe)?;
        Ok(pubsub
            .into_on_message()
            .filter_map(|message| async move { message.get_payload::<String>().ok()?.parse().ok() }))
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("job results serialise: plain structs of strings and numbers")
}

pub(super) fn parse_time(field: &'static str, text: &str) -> Result<DateTime<Utc>, Malformed> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|source| Malformed::Time { field, source })
}

fn parse_view(id: JobId, fields: &HashMap<String, String>) -> Result<JobView, Malformed> {
    let get = |name: &str| fields.get(name).map(String::as_str);
    let time = |name: &'static str| get(name).map(|t| parse_time(name, t)).transpose();
    fn json<T: serde::de::DeserializeOwned>(
        field: &'static str,
        text: Option<&str>,
    ) -> Result<Option<T>, Malformed> {
        text.map(|s| serde_json::from_str(s).map_err(|source| Malformed::Json { field, source }))
            .transpose()
    }
    let status: Status = get(record::STATUS)
        .ok_or(Malformed::Missing(record::STATUS))?
        .parse()
        .map_err(Malformed::Status)?;
    Ok(JobView {
        id,
        status,
        created_at: time(record::CREATED_AT)?.ok_or(Malformed::Missing(record::CREATED_AT))?,
        started_at: time(record::STARTED_AT)?,
        finished_at: time(record::FINISHED_AT)?,
        limits: json(record::LIMITS, get(record::LIMITS))?,
        result: json(record::RESULT, get(record::RESULT))?,
        error: json(record::ERROR, get(record::ERROR))?,
        callback: callback(fields)?,
    })
}

/// The record's webhook fields as the job document shows them; `None` without a callback_url.
fn callback(fields: &HashMap<String, String>) -> Result<Option<Callback>, Malformed> {
    let Some(url) = fields.get(record::CALLBACK_URL) else {
        return Ok(None);
    };
    let get = |name: &str| fields.get(name).map(String::as_str);
    let state = get(record::CALLBACK_STATE)
        .ok_or(Malformed::Missing(record::CALLBACK_STATE))?
        .parse()
        .map_err(Malformed::Status)?;
    Ok(Some(Callback {
        url: url.clone(),
        state,
        attempts: get(record::CALLBACK_ATTEMPTS)
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
        last_status: get(record::CALLBACK_STATUS).and_then(|n| n.parse().ok()),
        last_error: get(record::CALLBACK_ERROR)
            .filter(|e| !e.is_empty())
            .map(String::from),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_record_is_read_back_as_its_view() {
        let id = JobId::new();
        let view = parse_view(
            id,
            &fields(&[
                ("status", "failed"),
                ("created_at", "2026-01-02T03:04:05+00:00"),
                ("error", r#"{"code":"expired","message":"late"}"#),
            ]),
        )
        .unwrap();
        assert_eq!(view.status, Status::Failed);
        assert_eq!(view.error.unwrap().message, "late");
        assert!(view.started_at.is_none() && view.result.is_none());
        assert!(view.callback.is_none());
        let view = parse_view(
            id,
            &fields(&[
                ("status", "completed"),
                ("created_at", "2026-01-02T03:04:05+00:00"),
                ("callback_url", "https://example.com/hook"),
                ("callback_state", "pending"),
                ("callback_attempts", "2"),
                ("callback_status", "500"),
                ("callback_error", "answered 500"),
            ]),
        )
        .unwrap();
        let callback = view.callback.unwrap();
        assert_eq!(callback.url, "https://example.com/hook");
        assert_eq!(callback.state, crate::job::CallbackState::Pending);
        assert_eq!((callback.attempts, callback.last_status), (2, Some(500)));
        assert_eq!(callback.last_error.as_deref(), Some("answered 500"));
    }

    #[test]
    fn a_corrupt_record_says_what_is_wrong() {
        let id = JobId::new();
        let created = ("created_at", "2026-01-02T03:04:05+00:00");
        let err = |pairs: &[(&str, &str)]| parse_view(id, &fields(pairs)).unwrap_err();
        assert!(matches!(err(&[created]), Malformed::Missing("status")));
        assert!(matches!(
            err(&[("status", "lost"), created]),
            Malformed::Status(_)
        ));
        assert!(matches!(
            err(&[("status", "queued")]),
            Malformed::Missing("created_at")
        ));
        assert!(matches!(
            err(&[("status", "queued"), ("created_at", "yesterday")]),
            Malformed::Time {
                field: "created_at",
                ..
            }
        ));
        assert!(matches!(
            err(&[("status", "completed"), created, ("result", "{")]),
            Malformed::Json { field: "result", .. }
        ));
    }
}
