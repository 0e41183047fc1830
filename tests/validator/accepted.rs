//! False-positive corpus: ordinary exercise programs (`corpus/accepted/*.py`) must pass the
//! default policy, and each, run through the real api, worker and container, must print what
//! CPython 3.11 printed when the corpus was made (`.out` beside it; `.stdin` when it reads
//! input).

use futures_util::future::join_all;
use sandbox::validate::Policy;

use crate::support::{spawn_app, stdout};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/validator/corpus/accepted");

/// Jobs submitted at once: the worker runs two at a time, the rest wait in the queue.
const BATCH: usize = 8;

struct Program {
    name: String,
    code: String,
    stdin: String,
    expected: String,
}

fn read(path: &std::path::Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn corpus() -> Vec<Program> {
    let mut names: Vec<String> = std::fs::read_dir(CORPUS)
        .expect("the accepted corpus")
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_suffix(".py").map(str::to_owned)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let base = std::path::Path::new(CORPUS).join(&name);
            Program {
                code: read(&base.with_extension("py")).unwrap(),
                stdin: read(&base.with_extension("stdin")).unwrap_or_default(),
                expected: read(&base.with_extension("out"))
                    .unwrap_or_else(|| panic!("{name}.out is missing")),
                name,
            }
        })
        .collect()
}

#[test]
fn the_accepted_corpus_has_at_least_200_programs_each_with_its_expected_output() {
    let programs = corpus();
    assert!(programs.len() >= 200, "only {} programs", programs.len());
    for p in &programs {
        assert!(!p.expected.is_empty(), "{} expects no output", p.name);
    }
}

#[test]
fn every_ordinary_program_passes_the_default_policy() {
    let policy = Policy::default_policy();
    let refused: Vec<String> = corpus()
        .iter()
        .filter_map(|p| {
            policy
                .validate(&p.code)
                .err()
                .map(|e| format!("{}: {e:?}", p.name))
        })
        .collect();
    assert!(refused.is_empty(), "false positives:\n{}", refused.join("\n"));
}

#[tokio::test(flavor = "multi_thread")]
async fn every_ordinary_program_runs_end_to_end_and_prints_its_expected_output() {
    let app = spawn_app(&[("RATE_LIMIT", "0")]).await;
    let programs = corpus();
    let mut failures = Vec::new();
    for batch in programs.chunks(BATCH) {
        let jobs = join_all(batch.iter().map(|p| app.run(&p.code, &p.stdin))).await;
        for (p, job) in batch.iter().zip(jobs) {
            let outcome = &job["result"]["outcome"];
            if outcome != "success" || stdout(&job) != p.expected {
                failures.push(format!(
                    "{}: outcome {outcome}\n--- expected\n{}--- got\n{}--- stderr\n{}",
                    p.name,
                    p.expected,
                    stdout(&job),
                    job["result"]["stderr"].as_str().unwrap_or_default()
                ));
            }
        }
    }
    app.stop().await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
