//! `sandbox-api`: the HTTP front of the service (docs/api.md). It validates submissions and
//! enqueues them; it never talks to Docker.
//!
//! - [`callback`]: the check of `callback_url` at submit.
//! - [`jobs`]: `POST /jobs` (the checks in the contract's order) and `GET /jobs/{id}`.
//! - [`error`]: the one error shape, [`error::ApiError`].
//! - [`openapi`]: `GET /openapi.json`, generated from the handlers' annotations and the types.
//! - [`ui`]: the web UI at `GET /` and its `/assets/`, read from UI_DIR, with their security
//!   and cache headers.
//! - [`router`] and [`run`]: the routes and service endpoints (health, readiness, workers,
//!   metrics).
//! - [`server`]: the HTTP server around them: timeouts, connection caps, the HTTP layer's own
//!   errors in the JSON shape.

pub mod callback;
pub mod clients;
pub mod error;
pub mod finished;
pub mod jobs;
pub mod openapi;
pub mod server;
pub mod ui;

use std::future::Future;
use std::sync::Arc;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use sandbox::metrics::QueueGauges;
use sandbox::queue::{Queue, WorkerView};
use sandbox::Config;
use serde::Serialize;
use tokio::net::TcpListener;
use utoipa::ToSchema;

use crate::error::{ApiError, ErrorBody, ErrorCode};

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub queue: Queue,
    pub finished: finished::Finished,
    /// `?wait=` polls held now, per client and in all (MAX_WAITS_PER_CLIENT, MAX_WAITS).
    pub waits: server::Counter,
}

impl AppState {
    pub fn new(config: Config, queue: Queue, finished: finished::Finished) -> AppState {
        let waits = server::Counter::new(config.server.max_waits, config.server.max_waits_per_client);
        AppState {
            config: Arc::new(config),
            queue,
            finished,
            waits,
        }
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/jobs", axum::routing::post(jobs::submit))
        .route("/jobs/{id}", get(jobs::poll))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/workers", get(workers))
        .route("/runtimes", get(runtimes))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(openapi::serve))
        .merge(ui::routes(&state.config.ui_dir))
        .fallback(|| async { ApiError::not_found("no such route") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(ErrorCode::MethodNotAllowed, "method not allowed on this route")
        })
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| {
            tracing::error!("a request handler panicked");
            ApiError::internal("internal error").into_response()
        }))
        .with_state(state)
}

/// Serves the api on `listener` until `shutdown` completes, then lets in-flight requests finish.
pub async fn run(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let queue = Queue::from_config(&config)?;
    let group = tokio::spawn(ensure_group(queue.clone()));
    let (finished, listening) = finished::Finished::listen(queue.clone());
    // Installed before the first request, so that every count is kept.
    sandbox::metrics::handle();
    let state = AppState::new(config, queue, finished);
    tracing::info!(addr = %listener.local_addr()?, "api listening");
    let limits = state.config.server.clone();
    let trusted = state.config.trusted_proxies.clone();
    let served = server::serve(listener, router(state), limits, trusted, shutdown).await;
    listening.abort();
    group.abort();
    served?;
    Ok(())
}

/// Pauses between attempts at making the consumer group while Redis is unreachable: from 0.5 s,
/// doubling up to 10 s, until it is made.
const GROUP_RETRY: backon::ExponentialBuilder = backon::ExponentialBuilder::new()
    .with_min_delay(std::time::Duration::from_millis(500))
    .with_max_delay(std::time::Duration::from_secs(10))
    .without_max_times();

/// Makes the job stream's consumer group (idempotent; the workers make it too), so that it
/// exists from the api's start, before any worker: an autoscaler that sizes the workers from the
/// group's lag (KEDA's redis-streams scaler, deploy/kubernetes/) finds no group otherwise, and
/// would keep a deployment scaled to zero at zero workers while jobs queue.
async fn ensure_group(queue: Queue) {
    use backon::Retryable;
    let every = || async {
        for runtime in sandbox::runtimes::all() {
            queue.for_runtime(runtime.name).ensure_group().await?;
        }
        Ok::<(), sandbox::queue::QueueError>(())
    };
    let made = every
        .retry(GROUP_RETRY)
        .notify(|err, retry| {
            tracing::warn!(error = %err, ?retry, "could not make the job stream's consumer group");
        })
        .await;
    if made.is_ok() {
        tracing::debug!("the job stream's consumer group exists");
    }
}

/// `{"status": "ok"}` or `{"status": "ready"}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    status: &'static str,
}

/// The live workers.
#[derive(Debug, Serialize, ToSchema)]
pub struct Workers {
    workers: Vec<WorkerView>,
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "service",
    responses((status = 200, description = "Up.", body = Health)))]
async fn healthz() -> Json<Health> {
    Json(Health { status: "ok" })
}

/// The live workers.
///
/// Each with its id, slots, slots in use and last heartbeat; never their job ids, which are
/// the only credential a job has.
#[utoipa::path(get, path = "/workers", tag = "service", responses(
    (status = 200, description = "The workers with a current heartbeat, sorted by id.", body = Workers),
    (status = 503, description = "`unavailable`: Redis cannot be reached.", body = ErrorBody),
))]
async fn workers(State(state): State<AppState>) -> Result<Json<Workers>, ApiError> {
    let workers = state
        .queue
        .workers()
        .await
        .map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(Workers { workers }))
}

/// A runtime as `GET /runtimes` lists it.
#[derive(Debug, Serialize, ToSchema)]
pub struct RuntimeView {
    /// Its name, for `runtime` of `POST /jobs`.
    #[schema(example = "python-data")]
    name: &'static str,
    /// Whether a job that names no runtime runs in it.
    default: bool,
    description: &'static str,
    /// CPython's `major.minor`.
    #[schema(example = "3.11")]
    python_version: &'static str,
    /// Packages beyond the standard library, at the versions its image holds.
    packages: Vec<sandbox::runtimes::Package>,
    /// The limits a job of it gets when it asks for none (and the most it may ask for).
    limits: sandbox::job::JobLimits,
    /// Whether a live worker serves it now (else its jobs are refused with 503
    /// `runtime_unavailable`, or wait when no worker is alive at all).
    available: bool,
}

/// The runtimes.
#[derive(Debug, Serialize, ToSchema)]
pub struct Runtimes {
    runtimes: Vec<RuntimeView>,
}

/// The runtimes a job can run in.
///
/// Each with its Python, its packages and versions, its default limits, and whether a live
/// worker serves it.
#[utoipa::path(get, path = "/runtimes", tag = "service", responses(
    (status = 200, description = "Every runtime, the default first.", body = Runtimes),
    (status = 503, description = "`unavailable`: Redis cannot be reached.", body = ErrorBody),
))]
async fn runtimes(State(state): State<AppState>) -> Result<Json<Runtimes>, ApiError> {
    let mut runtimes = Vec::new();
    for runtime in sandbox::runtimes::all() {
        let serving = state
            .queue
            .serving(runtime.name)
            .await
            .map_err(|e| ApiError::unavailable(&e))?;
        runtimes.push(RuntimeView {
            name: runtime.name,
            default: runtime.name == sandbox::runtimes::DEFAULT,
            description: runtime.description,
            python_version: runtime.python_version,
            packages: runtime.packages.clone(),
            limits: state.config.limits.for_runtime(runtime).caps(),
            available: serving == sandbox::queue::Serving::Served,
        });
    }
    Ok(Json(Runtimes { runtimes }))
}

/// Redis answers.
#[utoipa::path(get, path = "/readyz", tag = "service", responses(
    (status = 200, description = "Ready: Redis answers.", body = Health),
    (status = 503, description = "`unavailable`: Redis cannot be reached.", body = ErrorBody),
))]
async fn readyz(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    state.queue.ping().await.map_err(|e| ApiError::unavailable(&e))?;
    Ok(Json(Health { status: "ready" }))
}

/// Metrics in the Prometheus text format.
///
/// This process's counters and histograms, then the queue-wide gauges read from Redis (left
/// out, not made up, while Redis cannot be reached: the scrape still answers).
#[utoipa::path(get, path = "/metrics", tag = "service", responses(
    (status = 200, description = "Prometheus text format 0.0.4.", body = String,
        content_type = "text/plain; version=0.0.4"),
))]
async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let mut text = sandbox::metrics::render();
    match queue_gauges(&state.queue).await {
        Ok(gauges) => text.push_str(&sandbox::metrics::render_queue(&gauges)),
        Err(err) => tracing::warn!(error = %err, "metrics: the queue gauges are left out"),
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        text,
    )
}

async fn queue_gauges(queue: &Queue) -> Result<QueueGauges, sandbox::queue::QueueError> {
    let depth = queue.depth().await?;
    let workers = queue.workers().await?;
    Ok(QueueGauges {
        depth,
        workers: workers.len(),
        slots: workers.iter().map(|w| w.slots).sum(),
        running: workers.iter().map(|w| w.running).sum(),
    })
}
