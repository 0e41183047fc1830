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
try:
    print(sorted(name for _, name in socket.if_nameindex()))
except OSError as e:
    print("interfaces", type(e).__name__)
"#
    );
    let (executor, owner) = executor(&[]).await;
    let result = executor.run_labelled("net", &unchecked(&code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert!(
        lines[0].starts_with("tcp ") && lines[0] != "tcp connected",
        "{result:?}"
    );
    assert_eq!(lines[1], "dns gaierror", "{result:?}");
    // if_nameindex asks over a netlink socket, which seccomp refuses (only AF_UNIX); where a
    // runtime lets it through, only loopback is there.
    assert!(
        lines[2] == "['lo']" || lines[2] == "interfaces PermissionError",
        "only loopback: {result:?}"
    );
    let accepted = tokio::time::timeout(Duration::from_millis(100), listener.accept()).await;
    assert!(accepted.is_err(), "nothing reached the host service");
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn no_address_udp_or_raw_socket_gets_out() {
    let host = host_address_seen_from_containers().await;
    let api = crate::support::spawn_api(crate::support::config(&[])).await;
    let api_port = api.addr.port();
    // With no interface but loopback, every connect fails at once in the job's own network
    // namespace: no packet leaves it, whatever the address.
    let code = format!(
        r#"
import socket
targets = [("{host}", {api_port}), ("{host}", 6379), ("127.0.0.1", {api_port}), ("127.0.0.1", 6379),
           ("169.254.169.254", 80)]
for target in targets:
    try:
        socket.create_connection(target, timeout=2)
        print(target, "CONNECTED")
    except OSError as e:
        print(target, type(e).__name__)
try:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.sendto(b"x", ("{host}", 53))
    print("udp SENT")
except OSError as e:
    print("udp", e.errno)
try:
    socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    print("raw OPENED")
except OSError as e:
    print("raw", e.errno)
"#
    );
    let (executor, owner) = executor(&[]).await;
    let result = executor
        .run_labelled("net2", &unchecked(&code), "")
        .await
        .unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let out = &result.stdout;
    assert_eq!(out.lines().count(), 7, "{out}");
    for forbidden in ["CONNECTED", "SENT", "OPENED"] {
        assert!(!out.contains(forbidden), "{out}");
    }
    // EPERM from seccomp (only AF_UNIX sockets); past it, ENETUNREACH under runc, and
    // EHOSTUNREACH from gVisor's network stack.
    assert!(
        out.contains("udp 1\n") || out.contains("udp 101") || out.contains("udp 113"),
        "no route: {out}"
    );
    assert!(out.contains("raw 1"), "EPERM without CAP_NET_RAW: {out}");
    // The api itself still answers on the host: the job's failures were its isolation.
    let health = api.http.get(api.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

/// Seccomp admits only AF_UNIX sockets: every other family (netlink, vsock, packet, the
/// internet ones) is refused by the kernel filter before any kernel code of that family runs.
#[tokio::test]
async fn only_unix_sockets_can_be_created() {
    let code = r#"
import socket
for name in ["AF_INET", "AF_INET6", "AF_NETLINK", "AF_VSOCK", "AF_PACKET", "AF_ALG"]:
    family = getattr(socket, name)
    kind = socket.SOCK_RAW if name in ("AF_NETLINK", "AF_PACKET") else socket.SOCK_STREAM
    if name == "AF_ALG":
        kind = socket.SOCK_SEQPACKET
    try:
        socket.socket(family, kind).close()
        print(name, "created")
    except OSError as e:
        print(name, e.errno)
a, b = socket.socketpair(socket.AF_UNIX)
a.send(b"x")
print("AF_UNIX", b.recv(1))
"#;
    let (executor, owner) = executor(&[]).await;
    let result = executor
        .run_labelled("families", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let eperm = libc::EPERM.to_string();
    let lines: Vec<&str> = result.stdout.lines().collect();
    for line in &lines[..6] {
        assert!(line.ends_with(&format!(" {eperm}")), "{line}: {result:?}");
    }
    assert_eq!(lines[6], "AF_UNIX b'x'", "{result:?}");
    crate::support::after_the_job(&executor, &owner.prefix).await;
}
