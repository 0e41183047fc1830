//! A webhook receiver for the end-to-end tests: an HTTP server on a free loopback port that
//! answers as a test scripts it and hands over every request it got, and the receiver's own
//! check of a delivery's signature, made as docs/api.md tells receivers to make it —
//! independently of the code that signs.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use hmac::{KeyInit, Mac};
use serde_json::Value;
use tokio::sync::mpsc;

pub const SECRET: &str = "whsec_test_0123456789";
/// How long a test waits for something that should happen in well under a second.
pub const BOUND: Duration = Duration::from_secs(60);

/// What the receiver answers a request with.
#[derive(Debug, Clone)]
pub enum Answer {
    Status(u16),
    Redirect(String),
    /// Never answers (the request stays open until the sender gives up).
    Hang,
}

/// A request the receiver got.
#[derive(Debug)]
pub struct Hit {
    pub path: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

struct Script {
    answers: Mutex<VecDeque<Answer>>,
    /// Once the script runs out.
    then: Answer,
    hits: mpsc::UnboundedSender<Hit>,
}

/// A webhook receiver on 127.0.0.1 at a free port, answering as scripted.
pub struct Receiver {
    pub url: String,
    hits: mpsc::UnboundedReceiver<Hit>,
    _server: tokio::task::JoinHandle<()>,
}

impl Receiver {
    pub async fn start(answers: impl IntoIterator<Item = Answer>, then: Answer) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (sender, hits) = mpsc::unbounded_channel();
        let script = Arc::new(Script {
            answers: Mutex::new(answers.into_iter().collect()),
            then,
            hits: sender,
        });
        let app = axum::Router::new().fallback(receive).with_state(script);
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Receiver {
            url: format!("http://{addr}/hook?judge=1"),
            hits,
            _server: server,
        }
    }

    pub async fn next(&mut self) -> Hit {
        tokio::time::timeout(BOUND, self.hits.recv())
            .await
            .expect("a delivery within the bound")
            .expect("the receiver runs")
    }

    /// Requests received so far and not yet taken.
    pub fn received(&mut self) -> Vec<Hit> {
        std::iter::from_fn(|| self.hits.try_recv().ok()).collect()
    }
}

async fn receive(State(script): State<Arc<Script>>, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    let answer = script
        .answers
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or_else(|| script.then.clone());
    let _ = script.hits.send(Hit {
        path: uri.path().to_string(),
        headers,
        body,
    });
    match answer {
        Answer::Status(code) => StatusCode::from_u16(code).unwrap().into_response(),
        Answer::Redirect(to) => (StatusCode::FOUND, [("location", to)]).into_response(),
        Answer::Hang => std::future::pending().await,
    }
}

/// The receiver's own check, as docs/api.md tells a receiver to make it: HMAC-SHA256 of
/// `<timestamp>.<body>` with the shared secret, hex, after `sha256=`; a timestamp within five
/// minutes. Returns the body as JSON.
pub fn verified(hit: &Hit) -> Value {
    let header = |name: &str| {
        hit.headers
            .get(name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .to_str()
            .unwrap()
            .to_string()
    };
    let timestamp = header("x-sandbox-timestamp");
    let seconds: i64 = timestamp.parse().unwrap();
    assert!((now_secs() - seconds).abs() < 300, "timestamp {timestamp}");
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(&hit.body);
    let signature = header("x-sandbox-signature");
    let hex = signature.strip_prefix("sha256=").expect("sha256= prefix");
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    mac.verify_slice(&bytes).expect("the signature verifies");
    assert_eq!(header("content-type"), "application/json");
    serde_json::from_slice(&hit.body).unwrap()
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as i64
}
