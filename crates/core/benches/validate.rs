//! Validation time of 64 KiB inputs next to CPython's `ast.parse` of the same text, measured in
//! the same run. Run with `cargo bench --bench validate`; it prints a table and asserts nothing
//! (speed targets are benchmarks, not tests).
//!
//! Shapes: typical code (the accepted corpus of tests/validator, repeated), one long expression
//! (a 64 KiB list display), deeply nested code (blocks near CPython's own limits: 98
//! indentation levels, 150 nested brackets), and the prototype's 500: a 64 KiB `1+1+…+1` that both refuse.
//! Each time is the median of several runs; ours includes the validator's thread start.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Instant;

use sandbox::validate::{Policy, Rejection};

/// The API's default MAX_CODE_SIZE.
const SIZE: usize = 64 * 1024;
const RUNS: usize = 15;

/// Pads `text` with a trailing comment line to exactly SIZE bytes (it must be shorter).
fn padded(mut text: String) -> String {
    assert!(text.len() + 3 <= SIZE, "{} bytes", text.len());
    text.push('#');
    while text.len() < SIZE - 1 {
        text.push('x');
    }
    text.push('\n');
    text
}

/// Whole programs of the accepted corpus, repeated until 64 KiB.
fn typical() -> String {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/validator/corpus/accepted"
    );
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the accepted corpus")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    // `from __future__` must come first in a module, so those programs cannot be repeated.
    let programs: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .filter(|text| !text.contains("__future__"))
        .collect();
    let mut text = String::new();
    for program in programs.iter().cycle() {
        if text.len() + program.len() + 100 > SIZE {
            break;
        }
        text.push_str(program);
        text.push('\n');
    }
    padded(text)
}

/// `x = [...]`: one expression of varied small elements.
fn long_expression() -> String {
    let mut text = "x = [\n".to_owned();
    let mut i = 0;
    while text.len() < SIZE - 200 {
        text.push_str(&format!("    f(a{i}) * {i} + b.c[{i}] - 'k{i}',\n"));
        i += 1;
    }
    text.push_str("]\n");
    padded(text)
}

/// Blocks nested about as deep as CPython parses: 98 `if` levels, then 150 brackets (200,
/// its bracket limit, overflows its parser's stack at that indentation).
fn deeply_nested() -> String {
    let mut text = String::new();
    let mut block = String::new();
    for level in 0..98 {
        block.push_str(&format!("{}if x:\n", " ".repeat(level)));
    }
    block.push_str(&format!(
        "{}y = {}1{}\n",
        " ".repeat(98),
        "(".repeat(150),
        ")".repeat(150)
    ));
    while text.len() + block.len() + 100 < SIZE {
        text.push_str(&block);
    }
    padded(text)
}

/// The prototype's 500: `1+1+…+1`, refused by both (too deep to compile).
fn addition_chain() -> String {
    let mut text = "1".to_owned();
    while text.len() + 2 < SIZE {
        text.push_str("+1");
    }
    text.push('\n');
    text
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Median milliseconds of our validation of `text`, and the verdict.
fn ours(text: &str) -> (f64, &'static str) {
    let policy = Policy::default_policy();
    let mut verdict = "";
    let samples = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            verdict = match policy.validate(text) {
                Ok(_) => "accepted",
                Err(Rejection::Syntax { .. }) => "syntax error",
                Err(Rejection::TooComplex(_) | Rejection::NotStarted(_)) => "too complex",
                Err(Rejection::Forbidden(_)) => "forbidden",
            };
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    (median(samples), verdict)
}

/// CPython's `ast.parse` of each text, timed inside Python: (median ms, outcome) per text.
fn cpython(texts: &[&str]) -> Result<Vec<(f64, String)>, String> {
    let script = format!(
        r#"
import ast, json, sys, time
results = []
for text in json.load(sys.stdin):
    samples, outcome = [], "parsed"
    for _ in range({RUNS}):
        start = time.perf_counter()
        try:
            ast.parse(text)
        except (SyntaxError, RecursionError, MemoryError, ValueError) as e:
            outcome = type(e).__name__
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    results.append([samples[len(samples) // 2], outcome])
print(json.dumps(results))
print(sys.version.split()[0], file=sys.stderr)
"#
    );
    let mut child = Command::new("python3")
        .args(["-c", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("python3 did not start: {e}"))?;
    let input = serde_json::to_vec(texts).unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    println!("CPython {}", String::from_utf8_lossy(&out.stderr).trim());
    let results: Vec<(f64, String)> = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    Ok(results)
}

fn main() {
    let inputs = [
        ("typical code", typical()),
        ("one long expression", long_expression()),
        ("deeply nested", deeply_nested()),
        ("`1+1+…+1` (refused)", addition_chain()),
    ];
    let texts: Vec<&str> = inputs.iter().map(|(_, t)| t.as_str()).collect();
    let theirs = match cpython(&texts) {
        Ok(results) => results,
        Err(e) => {
            println!("CPython could not be measured: {e}");
            vec![(f64::NAN, "not measured".to_owned()); inputs.len()]
        }
    };
    println!("median of {RUNS} runs, release build");
    println!();
    println!("| input | bytes | validator (ms) | verdict | CPython ast.parse (ms) | outcome | ratio |");
    println!("|---|---:|---:|---|---:|---|---:|");
    for ((name, text), (their_ms, outcome)) in inputs.iter().zip(theirs) {
        let (our_ms, verdict) = ours(text);
        println!(
            "| {name} | {} | {our_ms:.2} | {verdict} | {their_ms:.2} | {outcome} | {:.2} |",
            text.len(),
            our_ms / their_ms
        );
    }
}
