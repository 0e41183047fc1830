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

/// Judges every source with CPython in one process; one JSON verdict per source: `null` when
/// it compiles, else the exception's type and text and, for a `SyntaxError` (and its
/// subclasses), its `msg`, `lineno` and `offset` (CPython's 1-based column in characters).
const JUDGE: &str = r#"
import json, sys, warnings
warnings.simplefilter("ignore")
verdicts = []
for source in json.load(sys.stdin):
    try:
        compile(source, "main.py", "exec", dont_inherit=True)
        verdicts.append(None)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        verdict = {"text": "%s: %s" % (type(e).__name__, e)}
        if isinstance(e, SyntaxError):
            verdict.update(msg=e.msg, lineno=e.lineno, offset=e.offset)
        verdicts.append(verdict)
json.dump(verdicts, sys.stdout)
"#;

/// A syntax error's message, line and column (CPython's offset).
type Located = (String, usize, usize);

/// CPython's verdict on one refused program.
struct Refusal {
    /// `Type: text`, as shown in a disagreement.
    text: String,
    /// A `SyntaxError`'s message, line and offset.
    syntax: Option<Located>,
}

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

fn cpython_verdicts(sources: &[&str]) -> Vec<Option<Refusal>> {
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
        .map(|v| {
            (!v.is_null()).then(|| Refusal {
                text: v["text"].as_str().expect("text").to_owned(),
                syntax: v["msg"].as_str().map(|msg| {
                    let number = |key: &str| v[key].as_u64().map_or(0, |n| n as usize);
                    (msg.to_owned(), number("lineno"), number("offset"))
                }),
            })
        })
        .collect()
}

/// The validator's verdict on one program: `None` when it accepts, else its refusal as text
/// and, for a syntax error, the message, line and column.
fn ours(source: &str) -> Option<(String, Option<Located>)> {
    match Policy::permissive().validate(source) {
        Ok(_) => None,
        Err(Rejection::Syntax {
            message,
            line,
            column,
        }) => Some((
            format!("syntax error at {line}:{column}: {message}"),
            Some((message, line, column)),
        )),
        Err(Rejection::TooComplex(message)) => Some((format!("too complex: {message}"), None)),
        Err(not_started @ Rejection::NotStarted(_)) => Some((format!("too complex: {not_started}"), None)),
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
        let ours = ours(source).map(|(text, _)| text);
        let cpython = cpython.as_ref().map(|refusal| &refusal.text);
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

/// The families of mistakes learners make, each with programs of its own in the corpus
/// (`learner-<family>-NNN.py`), on which the validator must give CPython 3.11's message and
/// position. Every program of the corpus counts for the overall shares.
const LEARNER_FAMILIES: &[(&str, &str)] = &[
    ("never-closed", "'(' was never closed"),
    (
        "mismatched",
        "closing parenthesis ']' does not match opening parenthesis '('",
    ),
    ("unmatched", "unmatched ')'"),
    (
        "unterminated-string",
        "unterminated string literal (detected at line N)",
    ),
    (
        "unterminated-triple",
        "unterminated triple-quoted string literal (detected at line N)",
    ),
    ("unexpected-indent", "unexpected indent"),
    (
        "expected-indent",
        "expected an indented block after 'if' statement on line N",
    ),
    ("unindent", "unindent does not match any outer indentation level"),
    ("missing-colon", "expected ':'"),
    (
        "assign-for-eq",
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    ),
    (
        "stray-token",
        "invalid syntax, invalid syntax. Perhaps you forgot a comma?",
    ),
    (
        "print",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
    ),
];

/// Shares of the refused programs on which the validator gives CPython's line and message.
const MIN_LINE_SHARE: f64 = 0.95;
const MIN_MESSAGE_SHARE: f64 = 0.80;
/// Columns are measured too; the floor only guards against a regression.
const MIN_COLUMN_SHARE: f64 = 0.75;

/// Tally of refused programs: how many, and on how many line, message and column agree.
#[derive(Default)]
struct Tally {
    refused: usize,
    line: usize,
    message: usize,
    column: usize,
}

impl Tally {
    fn add(&mut self, line: bool, message: bool, column: bool) {
        self.refused += 1;
        self.line += usize::from(line);
        self.message += usize::from(message);
        self.column += usize::from(line && column);
    }

    fn share(part: usize, whole: usize) -> f64 {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    }

    fn row(&self, name: &str) -> String {
        let pct = |n: usize| 100.0 * Tally::share(n, self.refused);
        format!(
            "{name:<28} {:>5} {:>6.1} % {:>6.1} % {:>6.1} %",
            self.refused,
            pct(self.line),
            pct(self.message),
            pct(self.column)
        )
    }
}

/// A corpus file's family: its name without the number (`learner-print-003.py` → `learner-print`).
fn family(name: &str) -> &str {
    let stem = name.strip_suffix(".py").unwrap_or(name);
    stem.rsplit_once('-').map_or(stem, |(family, _)| family)
}

#[test]
fn syntax_errors_carry_cpython_3_11_message_and_position() {
    if !cpython_3_11_is_available() {
        return;
    }
    let programs = corpus();
    let sources: Vec<&str> = programs.iter().map(|(_, text)| text.as_str()).collect();
    let theirs = cpython_verdicts(&sources);

    let mut overall = Tally::default();
    let mut families: std::collections::BTreeMap<&str, Tally> = Default::default();
    let mut learner_misses = Vec::new();
    let mut misses = Vec::new();
    for ((name, source), cpython) in programs.iter().zip(&theirs) {
        // Only the programs CPython refuses with a SyntaxError (or its subclasses) and a line.
        let Some((msg, lineno, offset)) = cpython.as_ref().and_then(|r| r.syntax.clone()) else {
            continue;
        };
        if lineno == 0 {
            continue;
        }
        let ours = ours(source).and_then(|(_, syntax)| syntax);
        let (line, message, column) = match &ours {
            Some((message, line, column)) => (*line == lineno, *message == msg, *column == offset),
            None => (false, false, false),
        };
        overall.add(line, message, column);
        let family = family(name);
        families.entry(family).or_default().add(line, message, column);
        if !(line && message) || (family.starts_with("learner-") && !column) {
            let shown: String = source.chars().take(100).collect();
            let miss = format!(
                "{name} {shown:?}\n    cpython: {lineno}:{offset}: {msg}\n    ours:    {}",
                ours.as_ref()
                    .map_or("not a syntax error".to_owned(), |(m, l, c)| format!(
                        "{l}:{c}: {m}"
                    ))
            );
            if family.starts_with("learner-") {
                learner_misses.push(miss);
            } else {
                misses.push(miss);
            }
        }
    }

    println!(
        "syntax errors against CPython 3.11 (refused programs; line, message, line and column agreeing)"
    );
    println!(
        "{:<28} {:>5} {:>8} {:>8} {:>8}",
        "family", "count", "line", "message", "column"
    );
    for (name, tally) in &families {
        println!("{}", tally.row(name));
    }
    println!("{}", overall.row("all"));
    println!(
        "{} refused program(s) whose line or message differs:",
        misses.len() + learner_misses.len()
    );
    for miss in misses.iter().chain(&learner_misses) {
        println!("{miss}");
    }

    for (family, example) in LEARNER_FAMILIES {
        let name = format!("learner-{family}");
        let tally = families.get(name.as_str());
        assert!(
            tally.is_some_and(|t| t.refused >= 3),
            "the corpus needs at least 3 refused programs {name}-NNN.py (e.g. {example})"
        );
    }
    assert!(
        learner_misses.is_empty(),
        "learners' mistakes must get CPython's line and message:\n{}",
        learner_misses.join("\n")
    );
    let line_share = Tally::share(overall.line, overall.refused);
    let message_share = Tally::share(overall.message, overall.refused);
    assert!(
        line_share >= MIN_LINE_SHARE,
        "only {:.1} % of the lines agree with CPython's",
        100.0 * line_share
    );
    assert!(
        message_share >= MIN_MESSAGE_SHARE,
        "only {:.1} % of the messages agree with CPython's",
        100.0 * message_share
    );
    let column_share = Tally::share(overall.column, overall.refused);
    assert!(
        column_share >= MIN_COLUMN_SHARE,
        "only {:.1} % of the positions agree with CPython's",
        100.0 * column_share
    );
}
