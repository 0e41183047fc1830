//! Submit → queue → worker → container → poll, through the real api, Redis and engine.
#[path = "../support/mod.rs"]
mod support;

mod metrics;
mod outcomes;
mod queueing;
mod sandboxing;
