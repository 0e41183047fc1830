//! Our own red team (`programs/*.py`): attack programs, each trying to reach a capability the
//! policy forbids (a process, native calls, a socket, running strings as code, memory through
//! /proc, files outside /tmp, the real `os`/`sys`/`builtins`). A program that gets there prints
//! the marker `PWNED`, built at run time so the source never holds it. Each runs through the real
//! api, worker and container under the default policy: it must be refused (422) or stopped at
//! run time, and never print the marker. Those that pass the static check prove the run-time
//! wall on its own.
use sandbox_testkit as support;

use futures_util::future::join_all;
use serde_json::{json, Value};

use support::spawn_app;

const PROGRAMS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/redteam/programs");
/// Attacks on the python-data runtime's packages (docs/policy.md, "The python-data runtime"),
/// run with `"runtime": "python-data"`.
const DATA_PROGRAMS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/redteam/programs-data");
const MARKER: &str = "PWNED";
/// Jobs submitted at once: the worker runs two at a time, the rest wait in the queue.
const BATCH: usize = 8;

struct Program {
    name: String,
    code: String,
}

fn programs() -> Vec<Program> {
    programs_in(PROGRAMS)
}

fn programs_in(dir: &str) -> Vec<Program> {
    let mut programs: Vec<Program> = std::fs::read_dir(dir)
        .expect("the red-team programs")
        .filter_map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name()?.to_string_lossy().into_owned();
            name.ends_with(".py").then(|| Program {
                code: std::fs::read_to_string(&path).unwrap(),
                name,
            })
        })
        .collect();
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    programs
}

#[test]
fn the_corpus_has_at_least_150_attacks_and_none_holds_the_marker_literally() {
    let programs = programs();
    assert!(programs.len() >= 150, "only {} programs", programs.len());
    for p in &programs {
        assert!(!p.code.contains(MARKER), "{} holds the marker literally", p.name);
    }
}

/// What became of one attack.
enum Verdict {
    Refused,
    Stopped,
    Escaped(String),
}

async fn judge(app: &support::TestApp, p: &Program) -> Verdict {
    judge_in(app, p, "python").await
}

async fn judge_in(app: &support::TestApp, p: &Program, runtime: &str) -> Verdict {
    let response = app.submit(json!({ "code": p.code, "runtime": runtime })).await;
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap();
    match status {
        422 => Verdict::Refused,
        202 => {
            let job = app.finished(body["id"].as_str().unwrap()).await;
            let out = job["result"]["stdout"].as_str().unwrap_or_default();
            if out.contains(MARKER) {
                Verdict::Escaped(format!("{}: {job}", p.name))
            } else {
                Verdict::Stopped
            }
        }
        other => Verdict::Escaped(format!("{}: unexpected status {other}: {body}", p.name)),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_attack_is_refused_or_stopped_at_run_time() {
    let app = spawn_app(&[("RATE_LIMIT", "0")]).await;
    let programs = programs();
    let (mut refused, mut stopped, mut escaped) = (0, 0, Vec::new());
    for batch in programs.chunks(BATCH) {
        for verdict in join_all(batch.iter().map(|p| judge(&app, p))).await {
            match verdict {
                Verdict::Refused => refused += 1,
                Verdict::Stopped => stopped += 1,
                Verdict::Escaped(what) => escaped.push(what),
            }
        }
    }
    app.stop().await;
    println!(
        "red team: {} programs, {refused} refused by the static check, {stopped} passed it and \
         were stopped at run time, {} escaped",
        programs.len(),
        escaped.len()
    );
    assert!(escaped.is_empty(), "escapes:\n{}", escaped.join("\n"));
    assert!(
        stopped >= 20,
        "only {stopped} programs passed the static check: the run-time wall is barely tested"
    );
}

/// Every attack that passes the static check, run as a batch of two cases: the run-time wall
/// must hold in each case's process exactly as in a single run (docs/architecture.md, "Test-case
/// batches"), the second case included (it is forked after the first case's cleanup).
#[tokio::test(flavor = "multi_thread")]
async fn every_attack_is_stopped_in_each_case_of_a_batch() {
    let app = spawn_app(&[("RATE_LIMIT", "0")]).await;
    let programs = programs();
    let (mut stopped, mut escaped) = (0, Vec::new());
    for chunk in programs.chunks(BATCH) {
        let judged = chunk.iter().map(|p| async {
            let body = json!({ "code": p.code, "tests": [{ "stdin": "" }, { "stdin": "" }] });
            let response = app.submit(body).await;
            let status = response.status().as_u16();
            let answer: Value = response.json().await.unwrap();
            match status {
                422 => None,
                202 => {
                    let job = app.finished(answer["id"].as_str().unwrap()).await;
                    let cases = job["result"]["tests"].as_array().cloned().unwrap_or_default();
                    let escaped = cases.len() != 2
                        || cases
                            .iter()
                            .any(|c| c["stdout"].as_str().unwrap_or_default().contains(MARKER));
                    Some(escaped.then(|| format!("{}: {job}", p.name)))
                }
                other => Some(Some(format!("{}: unexpected status {other}: {answer}", p.name))),
            }
        });
        for verdict in join_all(judged).await.into_iter().flatten() {
            match verdict {
                None => stopped += 1,
                Some(what) => escaped.push(what),
            }
        }
    }
    app.stop().await;
    println!(
        "red team as batches: {stopped} programs stopped in both cases, {} escaped",
        escaped.len()
    );
    assert!(escaped.is_empty(), "escapes:\n{}", escaped.join("\n"));
    assert!(stopped >= 20, "only {stopped} programs ran as batches");
}

#[test]
fn the_python_data_attacks_hold_no_marker_literally() {
    let programs = programs_in(DATA_PROGRAMS);
    assert!(programs.len() >= 30, "only {} programs", programs.len());
    for p in &programs {
        assert!(!p.code.contains(MARKER), "{} holds the marker literally", p.name);
    }
}

/// The python-data attacks (the packages' ctypes bridge, strides, array interface, pickles,
/// string evaluation, URLs, backends and writers that start processes), with both walls; those
/// that pass the static check (computed names) prove the run-time wall on its own, and so do
/// the python runtime's attacks that pass the static check, run again under python-data (the
/// packages' trees are library code there: the wall must hold as the python runtime's does).
#[tokio::test(flavor = "multi_thread")]
async fn every_python_data_attack_is_refused_or_stopped_at_run_time() {
    // A python-data container loads its packages before it reads the program; unpooled, that
    // counts against EXECUTION_TIMEOUT on a loaded machine.
    let app = spawn_app(&[
        ("RATE_LIMIT", "0"),
        ("RUNTIMES", "python,python-data"),
        ("EXECUTION_TIMEOUT", "30"),
    ])
    .await;
    let data = programs_in(DATA_PROGRAMS);
    // The python runtime's attacks that pass python-data's static check: its run-time wall
    // alone (the others are refused by the same static rules as under python).
    let policy = sandbox::validate::Policy::default_policy()
        .for_runtime(sandbox::runtimes::find("python-data").unwrap());
    let general: Vec<Program> = programs()
        .into_iter()
        .filter(|p| policy.validate(&p.code).is_ok())
        .collect();
    let (mut refused, mut stopped, mut escaped) = (0, 0, Vec::new());
    for batch in data.chunks(BATCH).chain(general.chunks(BATCH)) {
        for verdict in join_all(batch.iter().map(|p| judge_in(&app, p, "python-data"))).await {
            match verdict {
                Verdict::Refused => refused += 1,
                Verdict::Stopped => stopped += 1,
                Verdict::Escaped(what) => escaped.push(what),
            }
        }
    }
    app.stop().await;
    println!(
        "red team under python-data: {} programs, {refused} refused by the static check, \
         {stopped} passed it and were stopped at run time, {} escaped",
        data.len() + general.len(),
        escaped.len()
    );
    assert!(escaped.is_empty(), "escapes:\n{}", escaped.join("\n"));
    assert!(stopped >= 20, "only {stopped} programs passed the static check");
}
