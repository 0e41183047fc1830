//! The server's own bounds, over raw TCP: stalled connections are closed in each direction,
//! connections are capped per client and in all, and the HTTP layer's own refusals have the
//! contract's JSON shape.

use std::net::SocketAddr;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use crate::support::{config, spawn_api};

/// Longer than any bound under test: a connection still open after it was not closed.
const GENEROUS: Duration = Duration::from_secs(30);

/// Reads until the server closes the connection (EOF or reset); None if it is still open
/// after [`GENEROUS`].
async fn until_closed(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut seen = Vec::new();
    let read = tokio::time::timeout(GENEROUS, async {
        let mut buf = vec![0u8; 1 << 16];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => seen.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    read.ok().map(|()| seen)
}

/// One answer read from `stream`: status, head, body (by its content-length).
async fn answer(stream: &mut TcpStream) -> (u16, String, Vec<u8>) {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    tokio::time::timeout(GENEROUS, async {
        loop {
            if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&data[..end]).to_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length: "))
                    .map(|v| v.trim().parse().unwrap())
                    .unwrap_or(0);
                if data.len() >= end + 4 + length {
                    let status = head[9..12].parse().unwrap();
                    let body = data[end + 4..end + 4 + length].to_vec();
                    return (status, head, body);
                }
            }
            let n = stream.read(&mut buf).await.expect("reading an answer");
            assert!(
                n > 0,
                "closed before a whole answer: {:?}",
                String::from_utf8_lossy(&data)
            );
            data.extend_from_slice(&buf[..n]);
        }
    })
    .await
    .expect("an answer in time")
}

/// Sends `request` on a new connection and returns the answer's status and JSON body.
async fn raw(addr: SocketAddr, request: &[u8]) -> (u16, String, Value) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    // The server may answer and close before it read everything (a too-long head).
    let _ = stream.write_all(request).await;
    let (status, head, body) = answer(&mut stream).await;
    let json = serde_json::from_slice(&body).unwrap_or_else(|e| {
        panic!(
            "{status}: body is not JSON ({e}): {head}\n{}",
            String::from_utf8_lossy(&body)
        )
    });
    (status, head, json)
}

/// A connection from another loopback address: another client for the api.
async fn connect_from(source: &str, addr: SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(format!("{source}:0").parse().unwrap()).unwrap();
    socket.connect(addr).await.unwrap()
}

const HEALTHZ: &[u8] = b"GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n";

#[tokio::test]
async fn a_half_sent_request_is_closed_after_the_header_timeout() {
    let app = spawn_api(config(&[("HEADER_READ_TIMEOUT", "2")])).await;
    let mut stream = TcpStream::connect(app.addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\nx-slow: ")
        .await
        .unwrap();
    let seen = until_closed(&mut stream)
        .await
        .expect("a connection whose head never ends is closed");
    assert!(seen.is_empty(), "{}", String::from_utf8_lossy(&seen));

    // A connection that sends nothing at all, too.
    let mut silent = TcpStream::connect(app.addr).await.unwrap();
    assert!(
        until_closed(&mut silent).await.is_some(),
        "a silent connection is closed"
    );
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed() {
    let app = spawn_api(config(&[("HEADER_READ_TIMEOUT", "2")])).await;
    let mut stream = TcpStream::connect(app.addr).await.unwrap();
    for _ in 0..2 {
        stream.write_all(HEALTHZ).await.unwrap();
        let (status, head, _) = answer(&mut stream).await;
        assert_eq!(status, 200, "{head}");
        assert!(!head.contains("connection: close"), "kept alive: {head}");
    }
    let rest = until_closed(&mut stream)
        .await
        .expect("an idle keep-alive connection is closed");
    assert!(rest.is_empty());
}

#[tokio::test]
async fn a_client_that_never_reads_its_answers_is_dropped() {
    let app = spawn_api(config(&[("WRITE_TIMEOUT", "2")])).await;
    let size = reqwest::get(app.url("/openapi.json"))
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .len();
    // Far more answer than the kernel's buffers on both ends can hold.
    let requests = (64 << 20) / size + 1;
    let socket = TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut stream = socket.connect(app.addr).await.unwrap();
    let one = b"GET /openapi.json HTTP/1.1\r\nhost: x\r\n\r\n";
    let (mut reader, mut writer) = stream.split();
    let send = async {
        for _ in 0..requests {
            if writer.write_all(one).await.is_err() {
                break;
            }
        }
    };
    // Sending may itself block once the server stops reading; the server must end it.
    let _ = tokio::time::timeout(GENEROUS, send).await;
    // Not a timing assertion: long enough for the write timeout to pass, after which the
    // server has given up on the connection.
    tokio::time::sleep(Duration::from_secs(8)).await;
    let mut received = 0usize;
    let drained = tokio::time::timeout(GENEROUS * 2, async {
        let mut buf = vec![0u8; 1 << 16];
        loop {
            match reader.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => received += n,
            }
        }
    })
    .await;
    assert!(drained.is_ok(), "the connection was still open");
    assert!(
        received < requests * size,
        "all {requests} answers arrived ({received} bytes): the server never gave up"
    );
}

#[tokio::test]
async fn connections_over_the_per_client_cap_are_refused_while_others_are_served() {
    let app = spawn_api(config(&[
        ("MAX_CONNECTIONS_PER_CLIENT", "3"),
        ("HEADER_READ_TIMEOUT", "60"),
    ]))
    .await;
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut stream = connect_from("127.0.0.1", app.addr).await;
        stream.write_all(HEALTHZ).await.unwrap();
        assert_eq!(answer(&mut stream).await.0, 200);
        held.push(stream);
    }
    // A fourth from the same client: refused in the contract's shape.
    let mut fourth = connect_from("127.0.0.1", app.addr).await;
    fourth.write_all(HEALTHZ).await.unwrap();
    let (status, head, body) = answer(&mut fourth).await;
    assert_eq!(status, 429, "{head}");
    assert!(head.contains("retry-after: 1"), "{head}");
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["error"]["code"], "too_many_connections", "{body}");
    assert!(
        until_closed(&mut fourth).await.is_some(),
        "the refused one is closed"
    );

    // Another client is served meanwhile.
    let mut other = connect_from("127.0.0.2", app.addr).await;
    other.write_all(HEALTHZ).await.unwrap();
    assert_eq!(answer(&mut other).await.0, 200);

    // Once one of the three is closed, the first client gets answers again.
    drop(held.pop());
    let mut served = false;
    for _ in 0..50 {
        let mut again = connect_from("127.0.0.1", app.addr).await;
        again.write_all(HEALTHZ).await.unwrap();
        if answer(&mut again).await.0 == 200 {
            served = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(served, "a closed connection freed its place");
}

#[tokio::test]
async fn the_total_cap_refuses_with_503() {
    let app = spawn_api(config(&[("MAX_CONNECTIONS", "2"), ("HEADER_READ_TIMEOUT", "60")])).await;
    let _a = connect_from("127.0.0.3", app.addr).await;
    let _b = connect_from("127.0.0.4", app.addr).await;
    let (status, head, body) = raw(app.addr, HEALTHZ).await;
    assert_eq!(status, 503, "{head}");
    assert_eq!(body["error"]["code"], "too_many_connections", "{body}");
}

#[tokio::test]
async fn the_http_layers_own_refusals_have_the_json_shape() {
    let app = spawn_api(config(&[])).await;
    let cases: Vec<(Vec<u8>, u16, &str)> = vec![
        (
            b"GET /healthz HTTP/1.1\r\nhost: x\r\nno colon here\r\n\r\n".to_vec(),
            400,
            "invalid_request",
        ),
        (
            b"GET /healthz HTTP/9.9\r\nhost: x\r\n\r\n".to_vec(),
            400,
            "invalid_request",
        ),
        (
            b"G@T /healthz HTTP/1.1\r\nhost: x\r\n\r\n".to_vec(),
            400,
            "invalid_request",
        ),
        (
            format!("GET /{} HTTP/1.1\r\nhost: x\r\n\r\n", "a".repeat(70_000)).into_bytes(),
            414,
            "uri_too_long",
        ),
        (
            format!(
                "GET /healthz HTTP/1.1\r\nhost: x\r\n{}\r\n",
                (0..200).map(|i| format!("x-h{i}: v\r\n")).collect::<String>()
            )
            .into_bytes(),
            431,
            "headers_too_large",
        ),
        (
            format!(
                "GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: {}\r\n\r\n",
                // Well past hyper's read buffer (400 KiB), which a read in flight can overshoot:
                // 500 KB heads were answered 200 in 7 of 10 tries, 550 KB never.
                "v".repeat(1_000_000)
            )
            .into_bytes(),
            431,
            "headers_too_large",
        ),
        (
            b"GET /no/such/route HTTP/1.1\r\nhost: x\r\n\r\n".to_vec(),
            404,
            "not_found",
        ),
        (
            b"DELETE /jobs HTTP/1.1\r\nhost: x\r\n\r\n".to_vec(),
            405,
            "method_not_allowed",
        ),
        (
            b"PATCH /healthz HTTP/1.1\r\nhost: x\r\n\r\n".to_vec(),
            405,
            "method_not_allowed",
        ),
    ];
    for (request, status, code) in cases {
        let shown = String::from_utf8_lossy(&request[..request.len().min(60)]).into_owned();
        let (got, head, body) = raw(app.addr, &request).await;
        assert_eq!(got, status, "{shown}: {head}");
        assert!(head.contains("content-type: application/json"), "{shown}: {head}");
        assert_eq!(body["error"]["code"], code, "{shown}: {body}");
        assert!(
            body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{body}"
        );
    }
}
