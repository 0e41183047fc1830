//! The web UI (web/ in the repository): `GET /` serves the page and `/assets/*` its files, both
//! read from `UI_DIR` (default `web/dist`, relative to the working directory).
//!
//! Why read a directory at request time rather than embed the files at compile time: the page is
//! built by npm (`scripts/setup.sh` runs it), and `cargo build`/`cargo test` must work in a fresh
//! clone where that build has not run. An api without a built UI still serves the job API, and
//! answers `GET /` with a plain-text 503 saying how to build it.
//!
//! Caching: every file under `assets/` has its content hash in its name (web/build.mjs), so it
//! can be cached for a year as `immutable`; `index.html` names them and is `no-cache`, so a new
//! build is picked up on the next load. The build also writes `.gz` and `.br` siblings, served
//! to clients that accept them (the editor bundle shrinks about fourfold).

use std::convert::Infallible;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;

use crate::error::ApiError;

/// The Content-Security-Policy of every UI response, directive by directive.
///
/// SECURITY: the page shows output of untrusted programs. It does so as text only, and this
/// policy is the second line: even markup that reached the DOM could not run script.
/// - `default-src 'none'`: anything not listed below is refused (objects, frames, media, ...).
/// - `script-src 'self'`: only our bundled files; no inline script, no `eval`, no other origin.
/// - `style-src 'self' 'unsafe-inline'`: Monaco creates `<style>` elements at run time (its
///   theme colours, decorations, the markers' squiggles) and cannot take a nonce; inline styles
///   cannot run script, so this allows no code execution.
/// - `worker-src 'self'`: Monaco's editor worker is a same-origin file; not `blob:`, which would
///   let anything that can make a Blob start a worker.
/// - `connect-src 'self'`: the page talks to this api only; nothing can be sent elsewhere.
/// - `img-src 'self' data:`: Monaco's CSS has a few small data: images (PNG shading), and the
///   page shows the PNG, JPEG, GIF and WebP files a program wrote to `out/` from data: URLs it
///   builds from their base64 (never SVG, never markup). Not `blob:`: the page makes blob: URLs
///   only for download links, which no fetch directive governs.
/// - `font-src 'self'`: Monaco's codicon font, bundled.
/// - `base-uri 'none'`, `form-action 'none'`: no `<base>` to redirect relative URLs (the page
///   uses them), no form submission anywhere.
/// - `frame-ancestors 'none'`: no other site may frame the page (clickjacking on Run).
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    worker-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; \
    base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Files under `assets/` have their content hash in their name: a year, never revalidated.
pub const ASSET_CACHE: &str = "public, max-age=31536000, immutable";
/// `index.html` names the current assets: revalidated on every load.
pub const INDEX_CACHE: &str = "no-cache";

/// The UI's routes, to be merged into the api's router.
pub fn routes<S: Clone + Send + Sync + 'static>(ui_dir: &Path) -> Router<S> {
    let index_file: Arc<Path> = ui_dir.join("index.html").into();
    // ServeDir refuses `..` and other escapes from its directory; a file it does not have gets
    // the api's usual 404 (and the cache header below is only for files it found).
    let assets = ServeDir::new(ui_dir.join("assets"))
        .precompressed_br()
        .precompressed_gzip()
        .fallback(tower::service_fn(|_| async {
            Ok::<_, Infallible>(ApiError::not_found("no such asset").into_response())
        }));
    Router::new()
        .route("/", get(move || index(index_file.clone())))
        .nest_service(
            "/assets",
            tower::ServiceBuilder::new()
                .map_response(asset_cache)
                .service(assets),
        )
        .layer(axum::middleware::map_response(security_headers))
}

/// The web UI's page.
#[utoipa::path(get, path = "/", tag = "service", responses(
    (status = 200, description = "The web UI.", body = String, content_type = "text/html"),
    (status = 503, description = "The UI is not built (UI_DIR has no index.html); the job API works.",
        body = String, content_type = "text/plain"),
    (status = 500, description = "`internal`: the UI's files could not be read.",
        body = crate::error::ErrorBody),
))]
async fn index(file: Arc<Path>) -> Response {
    match tokio::fs::read(&file).await {
        Ok(html) => (
            [
                (CONTENT_TYPE, "text/html; charset=utf-8"),
                (CACHE_CONTROL, INDEX_CACHE),
            ],
            html,
        )
            .into_response(),
        Err(e) if e.kind() == ErrorKind::NotFound => (
            StatusCode::SERVICE_UNAVAILABLE,
            [
                (CONTENT_TYPE, "text/plain; charset=utf-8"),
                (CACHE_CONTROL, "no-store"),
            ],
            not_built_message(&file),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, file = %file.display(), "reading the web UI");
            ApiError::internal("the web UI could not be read").into_response()
        }
    }
}

fn not_built_message(index_file: &Path) -> String {
    let dir = index_file.parent().map(PathBuf::from).unwrap_or_default();
    format!(
        "UI not built: {} has no index.html. Run scripts/setup.sh (it builds web/ with npm), \
         or point UI_DIR at a built copy. The job API (POST /jobs) works without it.\n",
        dir.display()
    )
}

fn asset_cache<B>(mut response: axum::http::Response<B>) -> axum::http::Response<B> {
    let found = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let value = if found { ASSET_CACHE } else { "no-store" };
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    // SECURITY: script injection and data exfiltration from the page; see CSP above.
    headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    // SECURITY: MIME sniffing — a file must not be run as script or styles unless its declared
    // type says so.
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // SECURITY: clickjacking, for browsers that predate CSP's frame-ancestors.
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // SECURITY: leaking the page's URL to other origins through the Referer header.
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use axum::body::Body;
    use axum::http::{Method, Request};
    use tower::ServiceExt;

    use super::*;

    /// A UI directory laid out as web/build.mjs writes it, removed when dropped.
    struct BuiltUi(PathBuf);

    impl BuiltUi {
        fn new() -> BuiltUi {
            let dir = std::env::temp_dir().join(format!("sandbox-ui-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir_all(dir.join("assets")).unwrap();
            std::fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").unwrap();
            std::fs::write(dir.join("assets/main-ABC123.js"), "console.log(1)").unwrap();
            std::fs::write(dir.join("assets/main-ABC123.js.gz"), b"\x1f\x8bgz").unwrap();
            std::fs::write(dir.join("assets/main-ABC123.css"), "body{}").unwrap();
            std::fs::write(dir.join("secret.txt"), "outside assets").unwrap();
            BuiltUi(dir)
        }
    }

    impl Drop for BuiltUi {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// The api's whole router (not only [`routes`]), so the merge into it is tested too. The
    /// queue connects lazily: these requests never reach Redis.
    async fn get(ui_dir: &Path, uri: &str, headers: &[(&str, &str)]) -> Response {
        let mut vars = HashMap::new();
        vars.insert("UI_DIR".to_string(), ui_dir.display().to_string());
        let config = sandbox::Config::from_vars(&vars).unwrap();
        let queue = sandbox::queue::Queue::new(&config.redis_url, "ui-test").unwrap();
        let app = crate::router(crate::AppState::new(
            config,
            queue,
            crate::finished::Finished::unsubscribed(),
        ));
        let mut request = Request::builder().method(Method::GET).uri(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        app.oneshot(request.body(Body::empty()).unwrap()).await.unwrap()
    }

    fn header<'a>(response: &'a Response, name: &str) -> &'a str {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }

    async fn body(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// The CSP as directive → sources.
    fn csp(response: &Response) -> HashMap<String, Vec<String>> {
        header(response, "content-security-policy")
            .split(';')
            .filter_map(|d| {
                let mut words = d.split_whitespace().map(String::from);
                Some((words.next()?, words.collect()))
            })
            .collect()
    }

    fn assert_security_headers(response: &Response) {
        let csp = csp(response);
        assert_eq!(
            csp["script-src"],
            ["'self'"],
            "scripts: our files only, nothing inline"
        );
        assert_eq!(csp["default-src"], ["'none'"]);
        assert_eq!(csp["frame-ancestors"], ["'none'"]);
        assert_eq!(csp["worker-src"], ["'self'"]);
        assert_eq!(csp["connect-src"], ["'self'"]);
        assert_eq!(csp["base-uri"], ["'none'"]);
        assert_eq!(header(response, "x-content-type-options"), "nosniff");
        assert_eq!(header(response, "referrer-policy"), "no-referrer");
        assert_eq!(header(response, "x-frame-options"), "DENY");
    }

    #[tokio::test]
    async fn the_page_is_served_no_cache_with_a_policy_that_forbids_inline_scripts() {
        let ui = BuiltUi::new();
        let response = get(&ui.0, "/", &[]).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(header(&response, "content-type"), "text/html; charset=utf-8");
        assert_eq!(header(&response, "cache-control"), "no-cache");
        assert_security_headers(&response);
        assert_eq!(body(response).await, "<!doctype html><title>t</title>");
    }

    #[tokio::test]
    async fn hashed_assets_are_cached_for_a_year_with_their_type() {
        let ui = BuiltUi::new();
        for (uri, mime) in [
            ("/assets/main-ABC123.js", "text/javascript"),
            ("/assets/main-ABC123.css", "text/css"),
        ] {
            let response = get(&ui.0, uri, &[]).await;
            assert_eq!(response.status(), StatusCode::OK, "{uri}");
            assert_eq!(header(&response, "cache-control"), ASSET_CACHE, "{uri}");
            assert!(header(&response, "content-type").starts_with(mime), "{uri}");
            assert_security_headers(&response);
        }
    }

    #[tokio::test]
    async fn a_precompressed_asset_is_sent_to_clients_that_accept_it() {
        let ui = BuiltUi::new();
        let response = get(&ui.0, "/assets/main-ABC123.js", &[("accept-encoding", "gzip")]).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(header(&response, "content-encoding"), "gzip");
        assert!(header(&response, "content-type").starts_with("text/javascript"));
        assert_eq!(header(&response, "cache-control"), ASSET_CACHE);
        assert_eq!(body(response).await, "\u{1f}\u{fffd}gz");
        // No .br sibling, and a client that accepts nothing gets the plain file.
        let response = get(&ui.0, "/assets/main-ABC123.js", &[("accept-encoding", "br")]).await;
        assert_eq!(header(&response, "content-encoding"), "");
        assert_eq!(body(response).await, "console.log(1)");
    }

    #[tokio::test]
    async fn a_missing_asset_is_a_404_in_the_error_shape_and_not_cached() {
        let ui = BuiltUi::new();
        let response = get(&ui.0, "/assets/main-OLDHASH.js", &[]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(header(&response, "cache-control"), "no-store");
        assert_security_headers(&response);
        let json: serde_json::Value = serde_json::from_str(&body(response).await).unwrap();
        assert_eq!(json["error"]["code"], "not_found");
    }

    #[tokio::test]
    async fn nothing_outside_the_assets_directory_is_served() {
        let ui = BuiltUi::new();
        for uri in [
            "/assets/../secret.txt",
            "/assets/%2e%2e/secret.txt",
            "/assets/..%2fsecret.txt",
            "/assets/%2e%2e%2fsecret.txt",
            "/secret.txt",
            "/index.html/../secret.txt",
        ] {
            let response = get(&ui.0, uri, &[]).await;
            assert_ne!(response.status(), StatusCode::OK, "{uri}");
            assert!(!body(response).await.contains("outside assets"), "{uri}");
        }
    }

    #[tokio::test]
    async fn without_a_build_the_page_says_how_to_make_one() {
        let missing = std::env::temp_dir().join(format!("sandbox-ui-none-{}", uuid::Uuid::new_v4()));
        let response = get(&missing, "/", &[]).await;
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(header(&response, "content-type"), "text/plain; charset=utf-8");
        assert_security_headers(&response);
        let text = body(response).await;
        assert!(text.starts_with("UI not built"), "{text}");
        assert!(text.contains("scripts/setup.sh"), "{text}");
    }

    #[tokio::test]
    async fn the_job_api_keeps_its_own_answers() {
        let ui = BuiltUi::new();
        let response = get(&ui.0, "/no-such-route", &[]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(header(&response, "content-security-policy"), "");
        let response = get(&ui.0, "/healthz", &[]).await;
        assert_eq!(response.status(), StatusCode::OK);
    }
}
