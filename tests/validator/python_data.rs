//! False-positive corpus of the python-data runtime (`corpus/python-data/*.py`): ordinary data
//! programs (pandas reading a CSV input file, numpy, matplotlib saving a PNG into out/, scipy)
//! must pass its policy (docs/policy.md, "The python-data runtime") and, run through the real
//! api, worker and container with both walls on, print what CPython 3.11 printed in the image
//! with no wall (`.out` beside each; `.csv` beside one is its input file `data.csv`).

use futures_util::future::join_all;
use sandbox::validate::Policy;
use serde_json::json;

use crate::support::{spawn_app, stdout};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/validator/corpus/python-data");

struct Program {
    name: String,
    code: String,
    csv: Option<String>,
    expected: String,
}

fn corpus() -> Vec<Program> {
    let mut names: Vec<String> = std::fs::read_dir(CORPUS)
        .expect("the python-data corpus")
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
                code: std::fs::read_to_string(base.with_extension("py")).unwrap(),
                csv: std::fs::read_to_string(base.with_extension("csv")).ok(),
                expected: std::fs::read_to_string(base.with_extension("out"))
                    .unwrap_or_else(|_| panic!("{name}.out is missing")),
                name,
            }
        })
        .collect()
}

fn data_policy() -> Policy {
    Policy::default_policy().for_runtime(sandbox::runtimes::find("python-data").unwrap())
}

#[test]
fn every_ordinary_data_program_passes_the_python_data_policy_and_none_the_python_one() {
    let programs = corpus();
    assert!(programs.len() >= 10, "only {} programs", programs.len());
    for p in &programs {
        if let Err(e) = data_policy().validate(&p.code) {
            panic!("{}: refused under python-data: {e:?}", p.name);
        }
        assert!(
            Policy::default_policy().validate(&p.code).is_err(),
            "{}: the python runtime's policy admits the data packages",
            p.name
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_ordinary_data_program_runs_under_python_data_and_prints_its_expected_output() {
    // A python-data container loads its packages before it reads the program; unpooled, that
    // counts against EXECUTION_TIMEOUT on a loaded machine.
    let app = spawn_app(&[
        ("RATE_LIMIT", "0"),
        ("RUNTIMES", "python,python-data"),
        ("EXECUTION_TIMEOUT", "30"),
    ])
    .await;
    let programs = corpus();
    let mut failures = Vec::new();
    for batch in programs.chunks(4) {
        let jobs = join_all(batch.iter().map(|p| async {
            let mut body = json!({ "code": p.code, "runtime": "python-data" });
            if let Some(csv) = &p.csv {
                body["files"] = json!([{ "path": "data.csv", "content": csv }]);
            }
            let id = app.submit_ok(body).await;
            app.finished(&id).await
        }))
        .await;
        for (p, job) in batch.iter().zip(jobs) {
            let outcome = &job["result"]["outcome"];
            if outcome != "success" || stdout(&job) != p.expected {
                failures.push(format!(
                    "{}: outcome {outcome}\n--- expected\n{}--- got\n{}--- stderr\n{}",
                    p.name,
                    p.expected,
                    job["result"]["stdout"].as_str().unwrap_or_default(),
                    job["result"]["stderr"].as_str().unwrap_or_default()
                ));
            }
        }
    }
    app.stop().await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
