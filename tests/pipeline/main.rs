//! Submit → queue → worker → container → poll, through the real api, Redis and engine.
use sandbox_testkit as support;

mod accounting;
mod batches;
mod data;
mod files;
mod limits;
mod metrics;
mod outcomes;
mod queueing;
mod sandboxing;
mod webhooks;
