//! `sandbox-api`: the HTTP front of the service (shared/API.md). It validates submissions and
//! enqueues them; it never talks to Docker.
//!
//! - [`jobs`]: `POST /jobs` (the checks in the contract's order) and `GET /jobs/{id}`.
//! - [`error`]: the one error shape, [`error::ApiError`].
//! - [`ui`]: the web UI at `GET /` and its `/assets/`, read from UI_DIR, with their security
//!   and cache headers.
//! - [`router`] and [`run`]: the routes, service endpoints and the server around them.

pub mod error;
pub mod finished;
pub mod jobs;
pub mod ui;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use sandbox::queue::Queue;
use sandbox::Config;
use serde_json::json;
use tokio::net::TcpListener;

use crate::error::ApiError;

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub queue: Queue,
    pub finished: finished::Finished,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/jobs", axum::routing::post(jobs::submit))
        .route("/jobs/{id}", get(jobs::poll))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/workers", get(workers))
        .merge(ui::routes(&state.config.ui_dir))
        .fallback(|| async { ApiError::not_found("no such route") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "method not allowed on this route",
            )
        })
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| {
            tracing::error!("a request handler panicked");
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "internal error").into_response()
        }))
        .with_state(state)
}

/// Serves the api on `listener` until `shutdown` completes, then lets in-flight requests finish.
pub async fn run(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let queue = Queue::new(&config.redis_url, &config.redis_prefix)?;
    let (finished, listening) = finished::Finished::listen(queue.clone());
    let state = AppState {
        config: Arc::new(config),
        queue,
        finished,
    };
    tracing::info!(addr = %listener.local_addr()?, "api listening");
    let served = axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await;
    listening.abort();
    served?;
    Ok(())
}

async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// The live workers: id, slots, slots in use and last heartbeat (never their job ids, which are
/// the only credential a job has).
async fn workers(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    let workers = state
        .queue
        .workers()
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({ "workers": workers })))
}

async fn readyz(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    state.queue.ping().await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(json!({ "status": "ready" })))
}
