//! Webhooks (`callback_url`): what the api and the worker share — the URL's form, which
//! addresses a callback may never reach, and the signature. The delivery itself is the worker's
//! (`sandbox_worker::webhook`); the due deliveries live in Redis (`queue::webhooks`).
//!
//! The signature follows Stripe's scheme with GitHub's header form: the HMAC-SHA256, keyed with
//! WEBHOOK_SECRET, of `"<timestamp>.<body>"` (the decimal Unix seconds of `X-Sandbox-Timestamp`,
//! a dot, the raw body bytes), sent as `X-Sandbox-Signature: sha256=<lower-case hex>`. Signing
//! the timestamp with the body means a captured delivery cannot be replayed later under a fresh
//! timestamp: a receiver refuses timestamps older than its tolerance (five minutes, as Stripe).

use std::net::IpAddr;
use std::sync::LazyLock;

use hmac::{KeyInit, Mac};
use ipnet::IpNet;
use sha2::Sha256;

/// The longest `callback_url`, in bytes.
pub const MAX_URL_LEN: usize = 2048;
/// The header with the Unix time (whole seconds) the delivery was signed at.
pub const TIMESTAMP_HEADER: &str = "X-Sandbox-Timestamp";
/// The header with `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`.
pub const SIGNATURE_HEADER: &str = "X-Sandbox-Signature";
/// The header with the job's id (a receiver deduplicates on it: delivery is at least once).
pub const JOB_HEADER: &str = "X-Sandbox-Job";

/// Why an address may not be a callback's target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    /// What the range is, for the error message (`loopback`, `private (RFC 1918)`, …).
    pub range: &'static str,
    /// Whether WEBHOOK_ALLOW_PRIVATE lets it through: true for the ranges a private deployment
    /// may really run its receiver in (private, loopback, link-local, CGNAT, unique-local);
    /// false for those no receiver can be at (unspecified, multicast, broadcast, reserved,
    /// documentation, and the IPv6 forms that embed an IPv4 address, which are judged as the
    /// IPv4 address they carry would not be).
    pub private: bool,
}

/// The IANA special-purpose ranges (RFC 6890 and its updates) and the private ones, each with
/// whether WEBHOOK_ALLOW_PRIVATE opens it.
// SECURITY: SSRF — a callback is a request the service makes on a client's say-so, from inside
// its network: to Redis, the Docker engine's TCP port, a cloud metadata endpoint
// (169.254.169.254, fd00:ec2::254), an admin interface on a private address. Every range here is
// refused unless the operator opens the private ones. std's `IpAddr::is_global` would be the
// one-line answer but is unstable; this table is that list.
static RANGES: LazyLock<Vec<(IpNet, &'static str, bool)>> = LazyLock::new(|| {
    [
        ("0.0.0.0/8", "unspecified (this network)", false),
        ("10.0.0.0/8", "private (RFC 1918)", true),
        ("100.64.0.0/10", "shared address space (CGNAT, RFC 6598)", true),
        ("127.0.0.0/8", "loopback", true),
        ("169.254.0.0/16", "link-local (cloud metadata)", true),
        ("172.16.0.0/12", "private (RFC 1918)", true),
        ("192.0.0.0/24", "IETF protocol assignments", false),
        ("192.0.2.0/24", "documentation", false),
        ("192.88.99.0/24", "6to4 relay anycast", false),
        ("192.168.0.0/16", "private (RFC 1918)", true),
        ("198.18.0.0/15", "benchmarking", false),
        ("198.51.100.0/24", "documentation", false),
        ("203.0.113.0/24", "documentation", false),
        ("224.0.0.0/4", "multicast", false),
        ("240.0.0.0/4", "reserved (and broadcast)", false),
        ("::/128", "unspecified", false),
        ("::1/128", "loopback", true),
        ("::/96", "IPv4-compatible IPv6 (deprecated)", false),
        ("::ffff:0:0/96", "IPv4-mapped IPv6", false),
        ("64:ff9b::/96", "NAT64 (reaches IPv4 through a translator)", false),
        ("64:ff9b:1::/48", "local-use NAT64", false),
        ("100::/64", "discard-only", false),
        (
            "2001::/23",
            "IETF protocol assignments (Teredo among them)",
            false,
        ),
        ("2001:db8::/32", "documentation", false),
        ("2002::/16", "6to4 (embeds an IPv4 address)", false),
        ("fc00::/7", "unique-local (private IPv6)", true),
        ("fe80::/10", "link-local", true),
        ("fec0::/10", "site-local (deprecated)", false),
        ("ff00::/8", "multicast", false),
    ]
    .into_iter()
    .map(|(net, range, private)| (net.parse().expect("a valid range"), range, private))
    .collect()
});

/// Why `addr` may not be a callback's target, or `None` when it is a public unicast address.
pub fn classify(addr: IpAddr) -> Option<Refused> {
    // The most specific range wins (`::/96` holds `::1`).
    RANGES
        .iter()
        .filter(|(net, _, _)| net.contains(&addr))
        .max_by_key(|(net, _, _)| net.prefix_len())
        .map(|&(_, range, private)| Refused { range, private })
}

/// Whether a callback may connect to `addr`: a public unicast address, or, with
/// WEBHOOK_ALLOW_PRIVATE, one of the private ranges too.
pub fn check_addr(addr: IpAddr, allow_private: bool) -> Result<(), Refused> {
    match classify(addr) {
        None => Ok(()),
        Some(refused) if refused.private && allow_private => Ok(()),
        Some(refused) => Err(refused),
    }
}

/// Why a `callback_url` is refused, for a 400 naming the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("is longer than {MAX_URL_LEN} bytes")]
    TooLong,
    #[error("is not an absolute URL ({0})")]
    Parse(String),
    #[error("must be an http or https URL, not {0}:")]
    Scheme(String),
    #[error("has no host")]
    NoHost,
    #[error("must not hold credentials (the job document shows the URL; the signature authenticates us)")]
    Credentials,
    #[error("points to {addr}, a {range} address; callbacks go only to public addresses")]
    Address { addr: IpAddr, range: &'static str },
}

/// Where a checked URL's host is: an address given literally, or a name still to be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Addr(IpAddr),
    Name(String),
}

/// A `callback_url` of the right form: absolute http or https, a host, no user or password;
/// when the host is an address literal, one [`check_addr`] allows. A host name is checked
/// where it is resolved (the api at submit, the worker again at each delivery).
pub fn parse_url(text: &str, allow_private: bool) -> Result<(url::Url, Target), UrlError> {
    if text.len() > MAX_URL_LEN {
        return Err(UrlError::TooLong);
    }
    let url = url::Url::parse(text).map_err(|e| UrlError::Parse(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(UrlError::Scheme(url.scheme().to_string()));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlError::Credentials);
    }
    let target = match url.host() {
        None => return Err(UrlError::NoHost),
        Some(url::Host::Ipv4(v4)) => Target::Addr(IpAddr::V4(v4)),
        Some(url::Host::Ipv6(v6)) => Target::Addr(IpAddr::V6(v6)),
        Some(url::Host::Domain("")) => return Err(UrlError::NoHost),
        Some(url::Host::Domain(name)) => Target::Name(name.to_string()),
    };
    if let Target::Addr(addr) = target {
        check_addr(addr, allow_private).map_err(|r| UrlError::Address { addr, range: r.range })?;
    }
    Ok((url, target))
}

/// `sha256=<hex>`: the value of [`SIGNATURE_HEADER`] for a body sent at `timestamp`.
pub fn signature(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes a key of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let mut hex = String::with_capacity(7 + 2 * digest.len());
    hex.push_str("sha256=");
    for byte in digest.iter() {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn public_addresses_pass() {
        for a in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "2606:4700:4700::1111",
            "2a00:1450::1",
        ] {
            assert_eq!(classify(ip(a)), None, "{a}");
            assert!(check_addr(ip(a), false).is_ok());
        }
    }

    #[test]
    fn private_loopback_and_link_local_are_refused_unless_allowed() {
        for (a, range) in [
            ("127.0.0.1", "loopback"),
            ("127.255.0.9", "loopback"),
            ("10.1.2.3", "private (RFC 1918)"),
            ("172.16.0.1", "private (RFC 1918)"),
            ("172.31.255.255", "private (RFC 1918)"),
            ("192.168.1.1", "private (RFC 1918)"),
            ("169.254.169.254", "link-local (cloud metadata)"),
            ("100.64.0.1", "shared address space (CGNAT, RFC 6598)"),
            ("::1", "loopback"),
            ("fd00:ec2::254", "unique-local (private IPv6)"),
            ("fe80::1", "link-local"),
        ] {
            let refused = check_addr(ip(a), false).unwrap_err();
            assert_eq!(refused.range, range, "{a}");
            assert!(refused.private, "{a}");
            assert!(check_addr(ip(a), true).is_ok(), "{a} with WEBHOOK_ALLOW_PRIVATE");
        }
        // Just outside the ranges.
        for a in ["172.32.0.1", "100.128.0.1", "11.0.0.1", "169.255.0.1", "fe00::1"] {
            assert!(check_addr(ip(a), false).is_ok(), "{a}");
        }
    }

    #[test]
    fn special_purpose_ranges_are_refused_even_when_private_ones_are_allowed() {
        for a in [
            "0.0.0.0",
            "0.1.2.3",
            "224.0.0.1",
            "239.255.255.250",
            "255.255.255.255",
            "240.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "::",
            "ff02::1",
            // An IPv4 address in IPv6 clothing: loopback, private and public alike.
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::ffff:8.8.8.8",
            "::127.0.0.1",
            "64:ff9b::a00:1",
            "2002:7f00:1::1",
            "2001::1",
            "2001:db8::1",
        ] {
            assert!(check_addr(ip(a), true).is_err(), "{a}");
            assert!(check_addr(ip(a), false).is_err(), "{a}");
        }
        assert_eq!(
            classify(ip("::ffff:127.0.0.1")).unwrap().range,
            "IPv4-mapped IPv6"
        );
        assert_eq!(classify(ip("::")).unwrap().range, "unspecified");
    }

    #[test]
    fn urls_must_be_absolute_http_without_credentials() {
        assert!(parse_url("https://hooks.example.com/x?y=1", false).is_ok());
        let (_, target) = parse_url("http://hooks.example.com:8080/", false).unwrap();
        assert_eq!(target, Target::Name("hooks.example.com".into()));
        assert!(matches!(parse_url("ftp://example.com/", false), Err(UrlError::Scheme(s)) if s == "ftp"));
        assert!(matches!(
            parse_url("file:///etc/passwd", false),
            Err(UrlError::Scheme(_))
        ));
        assert!(matches!(parse_url("/relative", false), Err(UrlError::Parse(_))));
        assert!(matches!(parse_url("not a url", false), Err(UrlError::Parse(_))));
        assert!(matches!(
            parse_url("http://u:p@example.com/", false),
            Err(UrlError::Credentials)
        ));
        assert!(matches!(
            parse_url("http://u@example.com/", false),
            Err(UrlError::Credentials)
        ));
        let long = format!("https://example.com/{}", "a".repeat(MAX_URL_LEN));
        assert_eq!(parse_url(&long, false).unwrap_err(), UrlError::TooLong);
    }

    #[test]
    fn address_literals_are_judged_at_once_in_every_spelling() {
        for url in [
            "http://127.0.0.1/",
            "http://127.1/",
            "http://2130706433/",
            "http://0x7f000001/",
            "http://[::1]:8080/",
            "http://[::ffff:127.0.0.1]/",
            "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0:6379/",
        ] {
            let err = parse_url(url, false).unwrap_err();
            assert!(matches!(err, UrlError::Address { .. }), "{url}: {err}");
        }
        assert!(parse_url("http://127.0.0.1:9/", true).is_ok());
        assert!(parse_url("http://[::ffff:127.0.0.1]/", true).is_err());
        assert!(parse_url("http://8.8.8.8/", false).is_ok());
    }

    /// The example of docs/api.md, computed independently (Python: hmac.new(b"whsec_test",
    /// b"1700000000.{\"id\":1}", hashlib.sha256).hexdigest()).
    #[test]
    fn the_signature_is_the_hmac_of_timestamp_dot_body() {
        assert_eq!(
            signature(b"whsec_test", 1_700_000_000, br#"{"id":1}"#),
            "sha256=2f441ba4b3b2d50d28a9ab9d9fd8880376ecd1eb5d0435401553f5d8d0a5dcf8"
        );
    }
}
