//! `sandbox run FILE --tests DIR`: the cases of a directory (`N.in`, and `N.out` when the case
//! has an expected stdout), and the verdict table of the finished batch.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::error::{chain, Error};
use crate::job::CaseResult;

/// A test case as `POST /jobs` takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Case {
    /// Its number: `N` of `N.in` (shown in the table; not sent).
    #[serde(skip)]
    pub name: u64,
    pub stdin: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_stdout: Option<String>,
}

/// The cases of `dir`, by number: every `N.in` (N a whole number) with its `N.out` when there
/// is one. A directory without any, an `N.out` without its `N.in`, or a file that is not UTF-8
/// is a usage error.
pub fn read_cases(dir: &Path) -> Result<Vec<Case>, Error> {
    let unreadable =
        |e: std::io::Error| Error::usage(format!("cannot read --tests {}: {}", dir.display(), chain(&e)));
    let mut numbers = Vec::new();
    let mut outs = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        let (Some(stem), Some(ext)) = (path.file_stem().and_then(|s| s.to_str()), path.extension()) else {
            continue;
        };
        let Ok(number) = stem.parse::<u64>() else {
            continue;
        };
        match ext.to_str() {
            Some("in") => numbers.push(number),
            Some("out") => outs.push(number),
            _ => {}
        }
    }
    numbers.sort_unstable();
    if let Some(orphan) = outs.iter().find(|n| !numbers.contains(n)) {
        return Err(Error::usage(format!(
            "--tests {}: {orphan}.out has no {orphan}.in",
            dir.display()
        )));
    }
    if numbers.is_empty() {
        return Err(Error::usage(format!(
            "--tests {}: no test cases (N.in files, with N.out for the expected stdout)",
            dir.display()
        )));
    }
    numbers
        .into_iter()
        .map(|name| {
            let read = |ext: &str| -> Result<String, Error> {
                let path = dir.join(format!("{name}.{ext}"));
                let bytes = std::fs::read(&path)
                    .map_err(|e| Error::usage(format!("cannot read {}: {}", path.display(), chain(&e))))?;
                String::from_utf8(bytes).map_err(|_| {
                    Error::usage(format!(
                        "{} is not UTF-8, and the service takes only text",
                        path.display()
                    ))
                })
            };
            Ok(Case {
                name,
                stdin: read("in")?,
                expected_stdout: if outs.contains(&name) {
                    Some(read("out")?)
                } else {
                    None
                },
            })
        })
        .collect()
}

/// The verdict table: one line per case (its number, verdict, exit code, time, CPU time and
/// memory peak), then how many passed.
pub fn table(cases: &[Case], results: &[CaseResult]) -> String {
    let mut text = format!(
        "{:<6} {:<14} {:>5} {:>9} {:>9} {:>9}\n",
        "case", "verdict", "exit", "time", "cpu", "memory"
    );
    let dash = || "-".to_string();
    for (case, result) in cases.iter().zip(results) {
        let _ = writeln!(
            text,
            "{:<6} {:<14} {:>5} {:>9} {:>9} {:>9}",
            case.name,
            result.verdict,
            result.exit_code.map_or_else(dash, |c| c.to_string()),
            result.duration_ms.map_or_else(dash, |ms| format!("{ms} ms")),
            result.cpu_ms.map_or_else(dash, |ms| format!("{ms} ms")),
            result
                .peak_memory_bytes
                .map_or_else(dash, |b| format!("{:.1} MB", b as f64 / 1e6)),
        );
    }
    let passed = results.iter().filter(|r| r.passed()).count();
    let _ = write!(text, "{passed}/{} passed", results.len());
    if let Some((case, result)) = cases.iter().zip(results).find(|(_, r)| !r.passed()) {
        let _ = write!(text, "; first failure: case {} ({})", case.name, result.verdict);
    }
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(files: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("sandbox-cli-tests-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn cases_are_read_in_numeric_order_with_their_expected_output() {
        let dir = dir(&[("10.in", "x"), ("2.in", "a"), ("2.out", "b"), ("notes.txt", "")]);
        let cases = read_cases(&dir).unwrap();
        assert_eq!(
            cases,
            [
                Case {
                    name: 2,
                    stdin: "a".into(),
                    expected_stdout: Some("b".into())
                },
                Case {
                    name: 10,
                    stdin: "x".into(),
                    expected_stdout: None
                },
            ]
        );
        let json = serde_json::to_value(&cases).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{"stdin": "a", "expected_stdout": "b"}, {"stdin": "x"}])
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_directory_without_cases_or_with_an_orphan_output_is_a_usage_error() {
        let empty = dir(&[]);
        assert!(read_cases(&empty).unwrap_err().message.contains("no test cases"));
        let orphan = dir(&[("1.in", ""), ("3.out", "")]);
        assert!(read_cases(&orphan)
            .unwrap_err()
            .message
            .contains("3.out has no 3.in"));
        for d in [empty, orphan] {
            std::fs::remove_dir_all(d).unwrap();
        }
    }

    #[test]
    fn the_table_has_a_line_per_case_and_the_count() {
        let cases = [
            Case {
                name: 1,
                stdin: String::new(),
                expected_stdout: None,
            },
            Case {
                name: 2,
                stdin: String::new(),
                expected_stdout: None,
            },
        ];
        let result = |verdict: &str, exit_code| CaseResult {
            verdict: verdict.into(),
            exit_code,
            stderr: String::new(),
            duration_ms: Some(12),
            cpu_ms: Some(9),
            peak_memory_bytes: Some(16_100_000),
        };
        let text = table(&cases, &[result("accepted", Some(0)), result("timeout", None)]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(
            lines[1].starts_with("1") && lines[1].contains("accepted") && lines[1].contains("16.1 MB"),
            "{text}"
        );
        assert!(lines[2].contains("timeout") && lines[2].contains(" - "), "{text}");
        assert_eq!(lines[3], "1/2 passed; first failure: case 2 (timeout)");
    }
}
