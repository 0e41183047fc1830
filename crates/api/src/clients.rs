//! Who a client is to the api's limits, and why a capped resource refused it: shared by the
//! connection caps (`server`) and the held-poll caps (`jobs`), so neither imports the other.
use std::net::IpAddr;

/// The name a client's rate limit and idempotency keys are kept under: its IPv4 address, or
/// the /64 network of its IPv6 address.
// SECURITY: rate-limit evasion — one IPv6 host is usually given a whole /64, so counting each
// address on its own would give it 2^64 rate limits.
pub(crate) fn client_key(client: IpAddr) -> String {
    match client {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let network = u128::from(v6) & !((1u128 << 64) - 1);
                format!("{}/64", std::net::Ipv6Addr::from(network))
            }
        },
    }
}

/// Why a capped resource (a connection, a held poll) was not granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// MAX_CONNECTIONS_PER_CLIENT: 429.
    Client,
    /// MAX_CONNECTIONS: 503.
    Total,
}
