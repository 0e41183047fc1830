//! `sandbox`, the built binary, against a real api, Redis and worker (started in-process as the
//! root crate's end-to-end tests start them), and — for what the api does not do yet (API keys)
//! or never does (answer with something other than its JSON) — against a scripted HTTP server
//! that also records what the CLI sent. Exit codes are written as numbers: they are the
//! documented contract.
use sandbox_testkit as support;

mod harness;
mod protocol;
mod run;
mod status;
