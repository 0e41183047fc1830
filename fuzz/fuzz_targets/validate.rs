//! Fuzzes the validator's entry point, `Policy::validate`, with the default policy.
//!
//! Besides crashes (libfuzzer-sys turns a panic on any thread, the validator's own included,
//! into an abort, so the validator's panic-to-rejection guard does not hide one), it checks
//! what every verdict promises: accepted code is returned unchanged, and every reported
//! position is a real 1-based (line, column in characters) of the input.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sandbox::validate::{Policy, Rejection};

static POLICY: OnceLock<Policy> = OnceLock::new();

/// Characters per line, lines split as CPython does (`\n`, `\r\n`, a lone `\r`).
fn line_lengths(source: &str) -> Vec<usize> {
    let mut lengths = vec![0];
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => lengths.push(0),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lengths.push(0);
            }
            _ => *lengths.last_mut().expect("never empty") += 1,
        }
    }
    lengths
}

fn assert_position(source: &str, line: usize, column: usize) {
    let lengths = line_lengths(source);
    assert!(
        (1..=lengths.len()).contains(&line),
        "line {line} outside 1..={} for {source:?}",
        lengths.len()
    );
    let last = lengths[line - 1] + 1;
    assert!(
        (1..=last).contains(&column),
        "column {column} outside 1..={last} on line {line} for {source:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    // The API hands the validator only valid UTF-8 (a JSON string).
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let policy = POLICY.get_or_init(Policy::default_policy);
    match policy.validate(source) {
        Ok(code) => assert_eq!(code.as_str(), source),
        Err(Rejection::Syntax { line, column, .. }) => assert_position(source, line, column),
        Err(Rejection::Forbidden(violations)) => {
            assert!(!violations.is_empty());
            for v in &violations {
                assert_position(source, v.line, v.column);
                assert!(!v.detail.is_empty());
            }
            let positions: Vec<_> = violations.iter().map(|v| (v.line, v.column)).collect();
            assert!(
                positions.windows(2).all(|w| w[0] <= w[1]),
                "unsorted: {positions:?}"
            );
        }
        Err(Rejection::TooComplex(message)) => {
            assert!(!message.contains("failed on this input"), "{message}");
        }
    }
});
