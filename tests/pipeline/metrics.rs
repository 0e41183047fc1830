//! A worker's own metrics, as served on METRICS_ADDR, after it ran jobs.

use crate::support::{sample, spawn_app};

#[tokio::test]
async fn after_a_job_the_worker_metrics_show_its_outcome_and_the_histograms() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/metrics", listener.local_addr().unwrap());
    let server = tokio::spawn(sandbox_worker::metrics::serve(listener));
    let app = spawn_app(&[]).await;
    let scrape = || async { app.http.get(&url).send().await.unwrap().text().await.unwrap() };
    let before = scrape().await;

    let job = app.run("print('hi')", "").await;
    assert_eq!(job["result"]["outcome"], "success", "{job}");
    let job = app.run("raise SystemExit(2)", "").await;
    assert_eq!(job["result"]["outcome"], "runtime_error", "{job}");
    // Other tests of this binary run jobs in the same process at the same time: the counts
    // only grow, so each grew by at least this test's share. A worker counts a job once its
    // result is stored, which is when the api can answer with it: the scrape waits for the
    // count (up to 10 s), it does not race it.
    let mut after = scrape().await;
    for _ in 0..100 {
        let counted = |series: &str| sample(&after, series) - sample(&before, series) >= 1.0;
        if counted(r#"sandbox_jobs_completed_total{outcome="success"}"#)
            && counted(r#"sandbox_jobs_completed_total{outcome="runtime_error"}"#)
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        after = scrape().await;
    }
    let grew = |series: &str| sample(&after, series) - sample(&before, series);
    assert!(
        grew(r#"sandbox_jobs_completed_total{outcome="success"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        grew(r#"sandbox_jobs_completed_total{outcome="runtime_error"}"#) >= 1.0,
        "{after}"
    );
    for histogram in [
        "sandbox_job_queue_wait_seconds",
        "sandbox_job_run_seconds",
        "sandbox_container_start_seconds",
    ] {
        assert!(
            after.contains(&format!("# TYPE {histogram} histogram")),
            "{histogram}: {after}"
        );
    }
    assert!(grew("sandbox_job_queue_wait_seconds_count") >= 2.0, "{after}");
    assert!(grew("sandbox_container_start_seconds_count") >= 2.0, "{after}");
    assert!(
        grew(r#"sandbox_job_run_seconds_count{outcome="success"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        sample(
            &after,
            r#"sandbox_job_run_seconds_bucket{outcome="success",le="+Inf"}"#
        ) >= 1.0
    );
    assert!(
        after.contains("# TYPE sandbox_containers_running gauge"),
        "{after}"
    );
    server.abort();
}
