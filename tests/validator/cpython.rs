//! Differential test: the validator's syntax verdict on every program of `corpus/syntax/` must
//! be CPython 3.11's, as the runtime compiles it (`compile(text, "main.py", "exec",
//! dont_inherit=True)` on the decoded text). One python3 process judges the whole corpus.

use std::path::Path;
use std::process::{Command, Stdio};

use sandbox::validate::{Policy, Rejection};
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/validator/corpus/syntax");

/// CPython's limits on nesting are its parser's stack (6000 grammar-rule levels) and its
/// compiler's recursion limit (about 3000 tree levels), counted in units the validator does
/// not model; it refuses only past 5000 tree levels. In between it accepts and CPython
/// refuses to compile (MemoryError, RecursionError): nothing runs.
const DEPTH: &str = "nesting past CPython's parser or compiler limit, within ours: accepted, CPython refuses";

/// Programs on which the validator and CPython 3.11 are known to disagree, with the reason.
/// Keep this list minimal; the test fails when an entry no longer disagrees.
const KNOWN_GAPS: &[(&str, &str)] = &[("limits-029.py", DEPTH), ("limits-033.py", DEPTH)];

/// Judges every source with CPython in one process; one JSON verdict per source.
const JUDGE: &str = r#"
import json, sys, warnings
warnings.simplefilter("ignore")
verdicts = []
for source in json.load(sys.stdin):
    try:
        compile(source, "main.py", "exec", dont_inherit=True)
        verdicts.append(None)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        verdicts.append("%s: %s" % (type(e).__name__, e))
json.dump(verdicts, sys.stdout)
"#;

/// The interpreter the test compares with: `$CPYTHON`, else `python3`.
fn interpreter() -> String {
    std::env::var("CPYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// True when the interpreter is CPython 3.11. Outside CI a missing or other interpreter only
/// skips the comparison (loudly); in CI (`CI=true`) it fails the test.
fn cpython_3_11_is_available() -> bool {
    let python = interpreter();
    let probe = Command::new(&python)
        .args([
            "-c",
            "import sys, platform; print(platform.python_implementation(), '%d.%d' % sys.version_info[:2])",
        ])
        .output();
    let found = match &probe {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_owned(),
        Ok(out) => format!("a failing interpreter ({})", out.status),
        Err(e) => format!("no interpreter ({e})"),
    };
    if found == "CPython 3.11" {
        return true;
    }
    let message = format!(
        "the differential test needs CPython 3.11 as `{python}` (set CPYTHON to another \
         interpreter), found {found}"
    );
    let in_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!in_ci, "{message}");
    eprintln!("SKIPPED: {message}");
    false
}

/// (file name, text) of every corpus program, sorted by name.
fn corpus() -> Vec<(String, String)> {
    let mut programs: Vec<(String, String)> = std::fs::read_dir(CORPUS)
        .expect("the syntax corpus")
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).unwrap();
            // The API only accepts UTF-8 (a JSON string), so the corpus holds nothing else.
            let text = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{name} is not UTF-8"));
            (name, text)
        })
        .collect();
    programs.sort();
    programs
}

fn cpython_verdicts(sources: &[&str]) -> Vec<Option<String>> {
    let mut child = Command::new(interpreter())
        .args(["-c", JUDGE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 starts");
    let input = serde_json::to_vec(sources).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, &input));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        out.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let verdicts: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(verdicts.len(), sources.len());
    verdicts
        .into_iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn ours(source: &str) -> Option<String> {
    match Policy::permissive().validate(source) {
        Ok(_) => None,
        Err(Rejection::Syntax {
            message,
            line,
            column,
        }) => Some(format!("syntax error at {line}:{column}: {message}")),
        Err(Rejection::TooComplex(message)) => Some(format!("too complex: {message}")),
        Err(not_started @ Rejection::NotStarted(_)) => Some(format!("too complex: {not_started}")),
        Err(Rejection::Forbidden(_)) => unreachable!("the permissive policy forbids nothing"),
    }
}

#[test]
fn the_corpus_has_at_least_300_programs_and_every_known_gap_is_in_it() {
    let programs = corpus();
    assert!(programs.len() >= 300, "only {} programs", programs.len());
    for (name, _) in KNOWN_GAPS {
        assert!(
            programs.iter().any(|(n, _)| n == name),
            "known gap {name} is not in the corpus"
        );
        assert!(Path::new(CORPUS).join(name).exists());
    }
}

#[test]
fn syntax_verdicts_agree_with_cpython_3_11_on_the_whole_corpus() {
    if !cpython_3_11_is_available() {
        return;
    }
    let programs = corpus();
    let sources: Vec<&str> = programs.iter().map(|(_, text)| text.as_str()).collect();
    let theirs = cpython_verdicts(&sources);

    let mut disagreements = Vec::new();
    let mut stale_gaps = Vec::new();
    for ((name, source), cpython) in programs.iter().zip(&theirs) {
        let ours = ours(source);
        let agree = ours.is_none() == cpython.is_none();
        let gap = KNOWN_GAPS.iter().find(|(n, _)| n == name);
        let describe = || {
            let shown: String = source.chars().take(120).collect();
            format!("{name} {shown:?}\n    cpython: {cpython:?}\n    ours:    {ours:?}")
        };
        match (agree, gap) {
            (false, None) => disagreements.push(describe()),
            (true, Some(_)) => stale_gaps.push(describe()),
            (false, Some((_, why))) => println!("known gap: {}\n    why: {why}", describe()),
            (true, None) => {}
        }
    }
    let accepted = theirs.iter().filter(|v| v.is_none()).count();
    println!(
        "{} programs: CPython accepts {accepted}, refuses {}; {} disagreements, {} known gaps",
        programs.len(),
        programs.len() - accepted,
        disagreements.len(),
        KNOWN_GAPS.len()
    );
    assert!(
        disagreements.is_empty(),
        "{} disagreement(s) with CPython 3.11:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
    assert!(
        stale_gaps.is_empty(),
        "known gaps that now agree (remove them from KNOWN_GAPS):\n{}",
        stale_gaps.join("\n")
    );
}
