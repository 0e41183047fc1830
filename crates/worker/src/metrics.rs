//! A worker's own metrics (`sandbox::metrics`) at `GET /metrics` on METRICS_ADDR, when set. The
//! queue-wide gauges are the api's to serve.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;

/// Serves `GET /metrics` on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    sandbox::metrics::handle();
    let app = Router::new().route("/metrics", get(metrics));
    axum::serve(listener, app).await
}

async fn metrics() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        sandbox::metrics::render(),
    )
}
