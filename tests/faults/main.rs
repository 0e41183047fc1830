//! Fault injection: whatever dies — a worker, Redis, the link to Redis, the engine — every
//! accepted job reaches a terminal status, with one result. Bounded in count and time; each
//! test prints its figures (submitted / completed / failed / lost, recovery time).
use sandbox_testkit as support;

mod harness;
mod outages;
mod webhooks;
mod workers;
