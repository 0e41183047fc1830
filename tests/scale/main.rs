//! Beyond one Redis and one engine: Redis failing over behind Sentinel, and workers on several
//! engines. Each test starts what it needs on this machine (Redis nodes, Sentinels, `dockerd`
//! instances, the release binaries), is `#[ignore]`d in the ordinary run, and is run by
//! scripts/test-scale.sh; each prints submitted / completed / lost.
mod cluster;
mod engines;
mod sentinel;
