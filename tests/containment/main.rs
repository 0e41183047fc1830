//! The container layer on its own: code handed to the executor with the validator bypassed
//! (a permissive policy), so every limit is proven to hold without static analysis.
use sandbox_testkit as support;

mod accounting;
mod filesystem;
mod inspect;
mod isolation;
mod limits;
mod network;
mod pool;
mod processes;
mod reaper;
mod runtime;
mod uids;
