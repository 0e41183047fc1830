//! What a plain HTTP client library cannot send: lies about length, chunked floods, slow bodies.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{config, spawn_api};

/// Sends `head` (and then `body` unless None), returns the status line's code and the response.
async fn exchange(addr: std::net::SocketAddr, head: &str, body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    // The server may answer and close before taking the whole body; that is the point.
    let _ = stream.write_all(body).await;
    let mut response = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut response)).await;
    let text = String::from_utf8_lossy(&response).to_string();
    let code = text.get(9..12).and_then(|c| c.parse().ok()).unwrap_or(0);
    (code, text)
}

#[tokio::test]
async fn a_declared_10_mb_body_is_refused_without_being_read() {
    let app = spawn_api(config(&[])).await;
    let head = format!(
        "POST /jobs HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        10 << 20
    );
    let started = Instant::now();
    // Nothing of the body is sent: the answer must come from the declared length alone.
    let (code, text) = exchange(app.addr, &head, b"").await;
    assert_eq!(code, 413, "{text}");
    assert!(text.contains("payload_too_large"), "{text}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_chunked_body_is_refused_as_soon_as_it_passes_the_limit() {
    let app = spawn_api(config(&[("MAX_BODY_SIZE", "10000")])).await;
    let mut stream = TcpStream::connect(app.addr).await.unwrap();
    let head = "POST /jobs HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
    stream.write_all(head.as_bytes()).await.unwrap();
    // 20 000 bytes in chunks, and the body is never finished: only the limit can end it.
    let chunk = format!("{:x}\r\n{}\r\n", 1000, "a".repeat(1000));
    for _ in 0..20 {
        if stream.write_all(chunk.as_bytes()).await.is_err() {
            break;
        }
    }
    let mut response = vec![0; 4096];
    let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut response))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&response[..n]);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
}

#[tokio::test]
async fn a_body_that_does_not_arrive_within_10_s_times_out() {
    let app = spawn_api(config(&[])).await;
    let head = "POST /jobs HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\nconnection: close\r\n\r\n";
    let started = Instant::now();
    let (code, text) = exchange(app.addr, head, b"{\"code\":").await;
    assert_eq!(code, 408, "{text}");
    assert!(text.contains("request_timeout"), "{text}");
    let took = started.elapsed();
    assert!(
        took >= Duration::from_secs(9) && took < Duration::from_secs(15),
        "{took:?}"
    );
}
