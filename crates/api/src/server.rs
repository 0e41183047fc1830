//! The HTTP server around the router: hyper's HTTP/1 connection, with the bounds
//! `axum::serve` does not offer (it has no header-read timeout, write timeout or connection
//! caps), and the HTTP layer's own error answers in the contract's JSON shape.
//!
//! What is whose:
//! - hyper (`hyper::server::conn::http1::Builder`) parses requests and closes a connection
//!   whose request head has not arrived within HEADER_READ_TIMEOUT. hyper starts that timer
//!   whenever the connection starts waiting for a head — on accept, and after each answer on a
//!   keep-alive connection — so the same setting is the idle keep-alive timeout (a held
//!   `?wait=` poll is not idle: its head was read).
//! - `tokio-io-timeout` fails a write that waited WRITE_TIMEOUT for the client to read.
//! - `hyper-util`'s `GracefulShutdown` lets in-flight requests finish at shutdown.
//! - Ours, because no crate does it: the accept loop that counts connections per client and
//!   in all ([`Counter`]), and [`JsonErrors`], which gives hyper's own 400/414/431 answers
//!   a JSON body.

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{ready, Context, Poll};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use sandbox::config::ServerLimits;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio_io_timeout::TimeoutStream;

use crate::clients::Refusal;
use crate::error::{ErrorBody, ErrorCode, ErrorDetail};

/// Refused connections being answered at once; past this a refused connection is closed
/// without an answer (answering costs a descriptor for a moment, too).
const MAX_REFUSING: usize = 64;
/// How long a refused connection is given to take its 503/429 answer.
const REFUSAL_GRACE: Duration = Duration::from_secs(1);
/// After a failed `accept` (out of descriptors, say), a pause instead of a busy loop.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);

/// Serves `router` on `listener` until `shutdown`, then lets in-flight requests finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ServerLimits,
    trusted_proxies: Vec<ipnet::IpNet>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let connections = Counter::new(limits.max_connections, limits.max_connections_per_client);
    let refusing = Arc::new(Semaphore::new(MAX_REFUSING));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    tracing::warn!(error = %err, "accept failed");
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let exempt = trusted_proxies.iter().any(|net| net.contains(&peer.ip()));
        let client = crate::clients::client_key(peer.ip());
        let permit = match connections.admit(&client, exempt) {
            Ok(permit) => permit,
            Err(refusal) => {
                // Debug, not warn: a flood of refused connections must not become a flood of
                // log lines.
                tracing::debug!(%client, ?refusal, "connection refused");
                sandbox::metrics::limited(match refusal {
                    Refusal::Client => "connections_per_client",
                    Refusal::Total => "connections",
                });
                if let Ok(slot) = refusing.clone().try_acquire_owned() {
                    tokio::spawn(async move {
                        refuse(stream, refusal).await;
                        drop(slot);
                    });
                }
                continue;
            }
        };
        let mut io = TimeoutStream::new(stream);
        io.set_write_timeout(Some(limits.write_timeout));
        let io = TokioIo::new(JsonErrors::new(Box::pin(io)));
        let router = router.clone();
        let service = tower::service_fn(move |mut request: axum::http::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            let mut router = router.clone();
            async move {
                use tower::Service;
                router.call(request.map(axum::body::Body::new)).await
            }
        });
        let connection = http.serve_connection(io, TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(%peer, error = %err, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// Things held (connections, long polls), per client and in all.
#[derive(Clone)]
pub struct Counter {
    inner: Arc<Mutex<Counts>>,
    max_total: usize,
    max_per_client: usize,
}

#[derive(Default)]
struct Counts {
    total: usize,
    per_client: HashMap<String, usize>,
}

/// One counted thing; dropping it un-counts it.
pub struct Permit {
    counter: Counter,
    /// None for a peer counted only in the total (a trusted proxy).
    client: Option<String>,
}

impl Counter {
    pub fn new(max_total: usize, max_per_client: usize) -> Counter {
        Counter {
            inner: Arc::default(),
            max_total,
            max_per_client,
        }
    }

    /// Counts a new connection of `client`, unless a cap is reached. An `exempt` client (a
    /// trusted proxy, which carries many clients) counts only towards the total.
    pub fn admit(&self, client: &str, exempt: bool) -> Result<Permit, Refusal> {
        let mut counts = self.inner.lock().expect("counts");
        if counts.total >= self.max_total {
            return Err(Refusal::Total);
        }
        if !exempt {
            let mine = counts.per_client.entry(client.to_string()).or_default();
            if *mine >= self.max_per_client {
                return Err(Refusal::Client);
            }
            *mine += 1;
        }
        counts.total += 1;
        Ok(Permit {
            counter: self.clone(),
            client: (!exempt).then(|| client.to_string()),
        })
    }

    /// How many are held now.
    pub fn total(&self) -> usize {
        self.inner.lock().expect("counts").total
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut counts = self.counter.inner.lock().expect("counts");
        counts.total -= 1;
        if let Some(client) = &self.client {
            if let Some(mine) = counts.per_client.get_mut(client) {
                *mine -= 1;
                if *mine == 0 {
                    counts.per_client.remove(client);
                }
            }
        }
    }
}

/// Answers a connection over a cap with 429 or 503 (`too_many_connections`) and closes it,
/// within [`REFUSAL_GRACE`].
async fn refuse(mut stream: TcpStream, refusal: Refusal) {
    let code = ErrorCode::TooManyConnections;
    let (status, message) = match refusal {
        Refusal::Client => (
            code.status(),
            "too many open connections from this client (MAX_CONNECTIONS_PER_CLIENT); close some and retry",
        ),
        // The api's own cap, no doing of this client's: the one code the contract answers with
        // a second status.
        Refusal::Total => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the api holds its maximum of open connections (MAX_CONNECTIONS); retry shortly",
        ),
    };
    let answer = raw_answer(status, code, message, &["retry-after: 1"]);
    let _ = tokio::time::timeout(REFUSAL_GRACE, async {
        stream.write_all(&answer).await?;
        stream.shutdown().await?;
        // Read what the client sent until it closes, so that closing does not reset the
        // connection before the client has read the answer.
        let mut sink = [0u8; 4096];
        loop {
            if tokio::io::AsyncReadExt::read(&mut stream, &mut sink).await? == 0 {
                return Ok::<(), io::Error>(());
            }
        }
    })
    .await;
}

/// A whole HTTP/1.1 answer with the contract's error body, closing the connection.
fn raw_answer(status: StatusCode, code: ErrorCode, message: &str, extra: &[&str]) -> Vec<u8> {
    let body = serde_json::to_vec(&ErrorBody {
        error: ErrorDetail::new(code, message),
    })
    .expect("an error body serialises");
    let mut head = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        body.len()
    );
    for line in extra {
        head.push_str(line);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    let mut answer = head.into_bytes();
    answer.extend_from_slice(&body);
    answer
}

/// The answer that replaces hyper's own bodiless answer with status `status`, if it is one
/// hyper sends for a request it could not parse.
fn replacement(status: &[u8]) -> Option<Vec<u8>> {
    let (code, message) = match status {
        b"400" => (ErrorCode::InvalidRequest, "malformed HTTP request"),
        b"414" => (ErrorCode::UriTooLong, "the request's URI is too long"),
        b"431" => (
            ErrorCode::HeadersTooLarge,
            "the request's headers are too large or too many",
        ),
        _ => return None,
    };
    Some(raw_answer(code.status(), code, message, &[]))
}

/// Whether `buf` starts with one of hyper's automatic parse-error answers, and how long that
/// answer is: `HTTP/1.1 400|414|431 <reason>\r\n`, then only `connection: close`,
/// `content-length: 0` and `date:` headers, then the blank line. Returns the answer's length and status.
fn hyper_error_answer(buf: &[u8]) -> Option<(usize, [u8; 3])> {
    let rest = buf.strip_prefix(b"HTTP/1.1 ")?;
    let status: [u8; 3] = rest.get(..3)?.try_into().ok()?;
    if !matches!(&status, b"400" | b"414" | b"431") {
        return None;
    }
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = std::str::from_utf8(&buf[..end]).ok()?;
    let mut lines = head.split("\r\n").skip(1).filter(|l| !l.is_empty());
    let mut saw_length = false;
    for line in lines.by_ref() {
        let lower = line.to_ascii_lowercase();
        if lower == "content-length: 0" {
            saw_length = true;
        } else if !(lower.starts_with("date: ") || lower == "connection: close") {
            return None;
        }
    }
    saw_length.then_some((end, status))
}

/// Gives hyper's own answers to unparseable requests (400 malformed, 414 URI too long, 431
/// headers too large) the contract's JSON error body.
///
/// hyper writes those answers itself, with no body, before any service sees a request, and
/// offers no hook to change them; this wrapper recognises one at the start of a write and
/// writes the JSON answer in its place (hyper closes the connection right after it). The match
/// is exact — one of those three statuses, no header but `connection: close`, `content-length: 0` and
/// `date` — and no
/// answer of the router looks like that: they all carry a `content-type`, and no body we send
/// holds a raw CRLF (JSON escapes it), so neither an answer nor the middle of a body is ever
/// taken for one.
// SECURITY: every answer in one shape — a client (or a proxy's error handling) parsing our
// JSON errors never meets a second, undocumented kind of answer.
pub struct JsonErrors<S> {
    inner: S,
    /// A replacement being written: its bytes, how many are written, and the length of hyper's
    /// answer it stands for (reported as written once the replacement is).
    pending: Option<(Vec<u8>, usize, usize)>,
}

impl<S> JsonErrors<S> {
    pub fn new(inner: S) -> JsonErrors<S> {
        JsonErrors { inner, pending: None }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for JsonErrors<S> {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for JsonErrors<S> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.pending.is_none() {
            if let Some((len, status)) = hyper_error_answer(buf) {
                if let Some(answer) = replacement(&status) {
                    this.pending = Some((answer, 0, len));
                }
            }
        }
        if let Some((answer, written, stands_for)) = &mut this.pending {
            while *written < answer.len() {
                let n = ready!(Pin::new(&mut this.inner).poll_write(cx, &answer[*written..]))?;
                if n == 0 {
                    return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
                }
                *written += n;
            }
            let stands_for = *stands_for;
            this.pending = None;
            return Poll::Ready(Ok(stands_for));
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }

    // Not vectored: hyper then hands each answer's head to `poll_write` in one buffer, which
    // is what the recognition above reads.
    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_per_client_cap_leaves_room_for_others_and_frees_on_close() {
        let connections = Counter::new(5, 2);
        let a1 = connections.admit("a", false).unwrap();
        let _a2 = connections.admit("a", false).unwrap();
        assert_eq!(connections.admit("a", false).err(), Some(Refusal::Client));
        let _b = connections.admit("b", false).unwrap();
        drop(a1);
        let _a3 = connections.admit("a", false).unwrap();
        assert_eq!(connections.total(), 3);
        // A trusted proxy counts only in the total.
        let _p1 = connections.admit("proxy", true).unwrap();
        let _p2 = connections.admit("proxy", true).unwrap();
        assert_eq!(connections.admit("proxy", true).err(), Some(Refusal::Total));
        assert_eq!(connections.admit("c", false).err(), Some(Refusal::Total));
    }

    #[test]
    fn only_hypers_bodiless_parse_error_answers_are_recognised() {
        let hyper_400 = b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\ndate: Wed, 02 Dec 2026 17:00:00 GMT\r\n\r\n";
        assert_eq!(hyper_error_answer(hyper_400), Some((hyper_400.len(), *b"400")));
        let hyper_431 = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(hyper_error_answer(hyper_431), Some((hyper_431.len(), *b"431")));
        for ours in [
            &b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n"[..],
            b"HTTP/1.1 400 Bad Request\r\ncontent-length: 52\r\n\r\n{}",
            b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n",
            b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n",
            b"{\"stdout\":\"HTTP/1.1 400 Bad Request\\r\\ncontent-length: 0\\r\\n\\r\\n\"}",
            b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n",
        ] {
            assert_eq!(
                hyper_error_answer(ours),
                None,
                "{}",
                String::from_utf8_lossy(ours)
            );
        }
    }

    #[tokio::test]
    async fn a_recognised_answer_is_replaced_by_the_json_one() {
        let (client, server) = tokio::io::duplex(1 << 16);
        let mut wrapped = JsonErrors::new(server);
        let hyper_414 = b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 0\r\n\r\n";
        let n = wrapped.write(hyper_414).await.unwrap();
        assert_eq!(n, hyper_414.len());
        wrapped.write_all(b"and the rest").await.unwrap();
        drop(wrapped);
        let mut text = String::new();
        tokio::io::AsyncReadExt::read_to_string(&mut { client }, &mut text)
            .await
            .unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 414 URI Too Long\r\n"), "{head}");
        assert!(head.contains("content-type: application/json"), "{head}");
        assert!(body.ends_with("and the rest"), "{body}");
        let json: serde_json::Value = serde_json::from_str(body.trim_end_matches("and the rest")).unwrap();
        assert_eq!(json["error"]["code"], "uri_too_long");
    }
}
