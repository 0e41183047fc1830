use std::time::Duration;

use sandbox::job::Outcome;

use crate::support::{docker, executor, unchecked};

/// The engine's default bridge gateway: the host as an ordinary container would reach it
/// (the gateway, or else the first address of the bridge's subnet, as the engine assigns it).
async fn host_address_seen_from_containers() -> String {
    let bridge = docker().await.inspect_network("bridge", None).await.unwrap();
    let config = bridge
        .ipam
        .and_then(|i| i.config)
        .and_then(|c| c.into_iter().next())
        .expect("bridge IPAM");
    if let Some(gateway) = config.gateway.filter(|g| !g.is_empty()) {
        return gateway;
    }
    let subnet = config.subnet.expect("bridge subnet");
    let base: std::net::Ipv4Addr = subnet.split('/').next().unwrap().parse().unwrap();
    std::net::Ipv4Addr::from(u32::from(base) + 1).to_string()
}

#[tokio::test]
async fn the_network_is_unreachable_even_for_a_service_on_the_host() {
    // A service listening on every host address; a container on the default bridge reaches it.
    let listener = tokio::net::TcpListener::bind("0.0.0.0:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let host = host_address_seen_from_containers().await;
    let code = format!(
        r#"
import socket
try:
    socket.create_connection(("{host}", {port}), timeout=2)
    print("tcp connected")
except OSError as e:
    print("tcp", type(e).__name__)
try:
    socket.getaddrinfo("deb.debian.org", 80)
    print("dns resolved")
except OSError as e:
    print("dns", type(e).__name__)
print(sorted(name for _, name in socket.if_nameindex()))
"#
    );
    let (executor, _) = executor(&[]).await;
    let result = executor.run("net", &unchecked(&code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert!(
        lines[0].starts_with("tcp ") && lines[0] != "tcp connected",
        "{result:?}"
    );
    assert_eq!(lines[1], "dns gaierror", "{result:?}");
    assert_eq!(lines[2], "['lo']", "only loopback: {result:?}");
    let accepted = tokio::time::timeout(Duration::from_millis(100), listener.accept()).await;
    assert!(accepted.is_err(), "nothing reached the host service");
}
