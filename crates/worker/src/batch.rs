//! Test-case batches on the worker's side: the records the launcher writes after each case
//! (runtime/launcher.py, `run_batch`), split out of the output stream, and each case's verdict.
//!
//! After case `i` the launcher's parent — which never runs program code — writes
//! `\0<nonce_i>\0` on stdout and `\0<nonce_i>\0<figures>\n` on stderr, `nonce_i` being the
//! case's own nonce, which the parent reads from its stdin only after forking the case's
//! process (so no case process ever holds its own). What comes before the record on each stream
//! is that case's output; `<figures>` is the case's exit, the kernel's rusage of its process
//! and whether the container's cgroup counted an OOM kill. Only case `i`'s nonce is looked for
//! while case `i` runs: anything else is output.

use std::collections::VecDeque;

use bollard::container::LogOutput;
use futures_util::StreamExt;
use sandbox::job::{CaseResult, Compare, Outcome, TestCase, Verdict};
use sandbox::sanitize::{SanitizedOutput, Sanitizer};
use tokio::sync::{mpsc, oneshot};

use crate::end_marker::EndMarker;
use crate::launcher::OutputStream;

/// The longest figures line a record may have.
const MAX_FIGURES: usize = 512;

/// One case's output and its figures line, as the launcher ended it.
#[derive(Debug)]
pub(crate) struct CaseOutput {
    pub stdout: SanitizedOutput,
    pub stderr: SanitizedOutput,
    pub figures: Option<Figures>,
}

/// What the launcher's parent reports of a case (its record's figures line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Figures {
    /// The exit code, when the process exited (else -1).
    pub exit: i64,
    /// The signal that ended it (0: none).
    pub signal: i64,
    /// Killed at the time limit by the parent.
    pub timeout: bool,
    /// Whether the container's cgroup counted an OOM kill during the case (None: unseen).
    pub oom: Option<bool>,
    pub cpu_us: u64,
    pub maxrss_kb: u64,
    pub wall_us: u64,
}

impl Figures {
    pub(crate) fn parse(line: &[u8]) -> Option<Figures> {
        let text = std::str::from_utf8(line).ok()?;
        let mut figures = Figures {
            exit: -1,
            signal: 0,
            timeout: false,
            oom: None,
            cpu_us: 0,
            maxrss_kb: 0,
            wall_us: 0,
        };
        let mut seen = 0;
        for field in text.split(' ') {
            let (key, value) = field.split_once('=')?;
            match key {
                "exit" => figures.exit = value.parse().ok()?,
                "signal" => figures.signal = value.parse().ok()?,
                "timeout" => figures.timeout = value == "1",
                "oom" => figures.oom = value.parse::<u8>().ok().map(|n| n == 1),
                "cpu_us" => figures.cpu_us = value.parse().ok()?,
                "maxrss_kb" => figures.maxrss_kb = value.parse().ok()?,
                "wall_us" => figures.wall_us = value.parse().ok()?,
                _ => continue,
            }
            seen += 1;
        }
        (seen == 7).then_some(figures)
    }
}

/// One stream of a batch's output, cut at each case's record.
struct Splitter {
    markers: std::sync::Arc<[Vec<u8>]>,
    /// The case whose output this is now.
    index: usize,
    held: Vec<u8>,
    out: Sanitizer,
    cap: usize,
    /// stderr: a figures line follows each marker.
    with_figures: bool,
    figures: Option<Vec<u8>>,
}

impl Splitter {
    fn new(markers: std::sync::Arc<[Vec<u8>]>, cap: usize, with_figures: bool) -> Splitter {
        Splitter {
            markers,
            index: 0,
            held: Vec::new(),
            out: Sanitizer::new(cap),
            cap,
            with_figures,
            figures: None,
        }
    }

    /// Feeds a chunk; each case it ends goes to `done`. Returns what follows the last case's
    /// record (empty while cases remain).
    fn feed(&mut self, chunk: &[u8], done: &mut VecDeque<(SanitizedOutput, Vec<u8>)>) -> Vec<u8> {
        self.held.extend_from_slice(chunk);
        loop {
            if let Some(figures) = self.figures.as_mut() {
                match self.held.iter().position(|&b| b == b'\n') {
                    Some(at) => {
                        figures.extend_from_slice(&self.held[..at]);
                        self.held.drain(..=at);
                    }
                    None => {
                        figures.extend_from_slice(&self.held);
                        self.held.clear();
                        if figures.len() <= MAX_FIGURES {
                            return Vec::new();
                        }
                    }
                }
                let figures = self.figures.take().unwrap_or_default();
                self.end_case(figures, done);
                continue;
            }
            let Some(marker) = self.markers.get(self.index) else {
                return std::mem::take(&mut self.held);
            };
            if let Some(at) = self.held.windows(marker.len()).position(|w| w == &marker[..]) {
                self.out.feed(&self.held[..at]);
                self.held.drain(..at + marker.len());
                if self.with_figures {
                    self.figures = Some(Vec::new());
                } else {
                    self.end_case(Vec::new(), done);
                }
                continue;
            }
            // What could be the marker's beginning waits for the next chunk.
            let keep = (1..marker.len())
                .rev()
                .find(|&k| self.held.ends_with(&marker[..k]))
                .unwrap_or(0);
            let cut = self.held.len() - keep;
            self.out.feed(&self.held[..cut]);
            self.held.drain(..cut);
            return Vec::new();
        }
    }

    fn end_case(&mut self, figures: Vec<u8>, done: &mut VecDeque<(SanitizedOutput, Vec<u8>)>) {
        let out = std::mem::replace(&mut self.out, Sanitizer::new(self.cap));
        done.push_back((out.finish(), figures));
        self.index += 1;
    }

    /// The output of the case under way when the stream ended.
    fn partial(mut self) -> SanitizedOutput {
        if let Some(figures) = self.figures.take() {
            self.out.feed(&figures);
        }
        self.out.feed(&self.held);
        self.out.finish()
    }
}

/// Reads a batch's output until it ends or `stop` fires: each case, once both its records are
/// in, goes to `cases`; after the last case, stderr is watched for the job's end marker
/// (`end`). Returns the output of a case cut short (the container ended inside it).
pub(crate) async fn read_cases(
    mut output: OutputStream,
    cap: usize,
    mut stop: oneshot::Receiver<()>,
    markers: Vec<Vec<u8>>,
    mut end: EndMarker,
    cases: mpsc::UnboundedSender<CaseOutput>,
) -> (SanitizedOutput, SanitizedOutput) {
    let markers: std::sync::Arc<[Vec<u8>]> = markers.into();
    let mut stdout = Splitter::new(markers.clone(), cap, false);
    let mut stderr = Splitter::new(markers, cap, true);
    let (mut outs, mut errs) = (VecDeque::new(), VecDeque::new());
    // What the launcher writes after the last case (its own complaints): kept nowhere but read.
    let mut tail = Sanitizer::new(cap);
    loop {
        tokio::select! {
            item = output.next() => match item {
                Some(Ok(LogOutput::StdOut { message })) => {
                    let _after = stdout.feed(&message, &mut outs);
                }
                Some(Ok(LogOutput::StdErr { message })) => {
                    let after = stderr.feed(&message, &mut errs);
                    if !after.is_empty() {
                        end.feed(&after, &mut tail);
                    }
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            },
            _ = &mut stop => break,
        }
        while !outs.is_empty() && !errs.is_empty() {
            let (Some((out, _)), Some((err, figures))) = (outs.pop_front(), errs.pop_front()) else {
                break;
            };
            let _ = cases.send(CaseOutput {
                stdout: out,
                stderr: err,
                figures: Figures::parse(&figures),
            });
        }
    }
    (stdout.partial(), stderr.partial())
}

/// A case's result from its output and figures: `oom_announced` tells, for a SIGKILL the
/// launcher could not attribute (the cgroup's counter unseen), whether the engine announced an
/// OOM kill of the container.
pub(crate) fn case_result(
    case: &TestCase,
    compare: Compare,
    output: CaseOutput,
    oom_announced: bool,
) -> CaseResult {
    let Some(figures) = output.figures else {
        return not_run(output.stdout, output.stderr);
    };
    let (verdict, exit_code) = if figures.timeout {
        (Verdict::Timeout, None)
    } else if figures.signal == 9 && figures.oom.unwrap_or(oom_announced) {
        (Verdict::MemoryLimit, Some(128 + 9))
    } else if figures.signal > 0 {
        (Verdict::RuntimeError, Some(128 + figures.signal))
    } else if figures.exit != 0 {
        (Verdict::RuntimeError, Some(figures.exit))
    } else {
        let verdict = match &case.expected_stdout {
            None => Verdict::Completed,
            Some(expected) if compare.matches(&output.stdout.text, expected) => Verdict::Accepted,
            Some(_) => Verdict::WrongAnswer,
        };
        (verdict, Some(0))
    };
    CaseResult {
        verdict,
        exit_code,
        stdout: output.stdout.text,
        stderr: output.stderr.text,
        stdout_truncated: output.stdout.truncated,
        stderr_truncated: output.stderr.truncated,
        duration_ms: figures.wall_us / 1000,
        cpu_ms: Some(figures.cpu_us / 1000),
        peak_memory_bytes: Some(figures.maxrss_kb * 1024),
    }
}

/// A case that did not run to its record: the container ended (or was killed) before.
pub(crate) fn not_run(stdout: SanitizedOutput, stderr: SanitizedOutput) -> CaseResult {
    CaseResult {
        verdict: Verdict::RuntimeError,
        exit_code: None,
        stdout: stdout.text,
        stderr: stderr.text,
        stdout_truncated: stdout.truncated,
        stderr_truncated: stderr.truncated,
        duration_ms: 0,
        cpu_ms: None,
        peak_memory_bytes: None,
    }
}

/// The job's outcome and exit code for a batch: `success` (0) when every case's program exited
/// 0 (whatever its output), else the first case that did not, as a job's outcome.
pub(crate) fn batch_outcome(cases: &[CaseResult]) -> (Outcome, Option<i64>) {
    for case in cases {
        let outcome = match case.verdict {
            Verdict::Accepted | Verdict::WrongAnswer | Verdict::Completed => continue,
            Verdict::Timeout => Outcome::Timeout,
            Verdict::MemoryLimit => Outcome::MemoryLimit,
            Verdict::RuntimeError => Outcome::RuntimeError,
        };
        return (outcome, case.exit_code);
    }
    (Outcome::Success, Some(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&[u8]], with_figures: bool) -> (Vec<(String, String)>, String) {
        let markers: std::sync::Arc<[Vec<u8>]> = vec![b"\0aa\0".to_vec(), b"\0bb\0".to_vec()].into();
        let mut splitter = Splitter::new(markers, 1024, with_figures);
        let mut done = VecDeque::new();
        let mut after = Vec::new();
        for chunk in chunks {
            after.extend(splitter.feed(chunk, &mut done));
        }
        let cases = done
            .into_iter()
            .map(|(out, figures)| (out.text, String::from_utf8(figures).unwrap()))
            .collect();
        (cases, String::from_utf8(after).unwrap())
    }

    #[test]
    fn each_case_ends_at_its_own_marker_across_chunks() {
        let (cases, after) = split(&[b"one\n\0a", b"a\0two", b"\n\0bb\0tail"], false);
        assert_eq!(
            cases,
            [("one\n".into(), String::new()), ("two\n".into(), String::new())]
        );
        assert_eq!(after, "tail");
    }

    #[test]
    fn a_figures_line_follows_each_stderr_marker() {
        let (cases, _) = split(&[b"e\0aa\0exit=0 sig", b"nal=0\n", b"\0bb\0x\n"], true);
        assert_eq!(cases[0], ("e".into(), "exit=0 signal=0".into()));
        assert_eq!(cases[1], (String::new(), "x".into()));
    }

    #[test]
    fn another_cases_marker_is_only_output() {
        // Case 0 prints case 1's marker (it cannot know it, but if it did): still case 0's output.
        let (cases, _) = split(&[b"x\0bb\0y\0aa\0"], false);
        assert_eq!(cases.len(), 1);
        assert!(
            cases[0].0.starts_with('x') && cases[0].0.ends_with('y'),
            "{:?}",
            cases[0].0
        );
    }

    #[test]
    fn figures_are_parsed_whole_or_not_at_all() {
        let line = b"exit=0 signal=9 timeout=0 oom=1 cpu_us=1500 maxrss_kb=2048 wall_us=20000";
        let figures = Figures::parse(line).unwrap();
        assert_eq!(
            (figures.signal, figures.oom, figures.cpu_us),
            (9, Some(true), 1500)
        );
        assert_eq!(
            Figures::parse(b"exit=0 signal=0 timeout=0 oom=? cpu_us=1 maxrss_kb=1 wall_us=1")
                .unwrap()
                .oom,
            None
        );
        assert_eq!(Figures::parse(b"exit=0 signal=0"), None);
        assert_eq!(
            Figures::parse(b"exit=x signal=0 timeout=0 oom=0 cpu_us=1 maxrss_kb=1 wall_us=1"),
            None
        );
    }

    fn output(stdout: &str, figures: &str) -> CaseOutput {
        let text = |s: &str| SanitizedOutput {
            text: s.into(),
            truncated: false,
        };
        CaseOutput {
            stdout: text(stdout),
            stderr: text(""),
            figures: Figures::parse(figures.as_bytes()),
        }
    }

    #[test]
    fn verdicts_follow_the_figures_and_the_comparison() {
        let expect = |e: Option<&str>| TestCase {
            stdin: String::new(),
            expected_stdout: e.map(String::from),
        };
        let fig = |exit: i64, signal: i64, timeout: u8, oom: &str| {
            format!("exit={exit} signal={signal} timeout={timeout} oom={oom} cpu_us=2000 maxrss_kb=10 wall_us=3000")
        };
        let verdict = |case: &TestCase, out: &str, figures: String, announced: bool| {
            case_result(case, Compare::Trim, output(out, &figures), announced)
        };
        let five = expect(Some("5"));
        let ok = verdict(&five, "5\n", fig(0, 0, 0, "0"), false);
        assert_eq!(
            (ok.verdict, ok.exit_code, ok.cpu_ms, ok.duration_ms),
            (Verdict::Accepted, Some(0), Some(2), 3)
        );
        assert_eq!(ok.peak_memory_bytes, Some(10 * 1024));
        assert_eq!(
            verdict(&five, "6\n", fig(0, 0, 0, "0"), false).verdict,
            Verdict::WrongAnswer
        );
        assert_eq!(
            verdict(&expect(None), "6\n", fig(0, 0, 0, "0"), false).verdict,
            Verdict::Completed
        );
        let crashed = verdict(&five, "5\n", fig(1, 0, 0, "0"), false);
        assert_eq!(
            (crashed.verdict, crashed.exit_code),
            (Verdict::RuntimeError, Some(1))
        );
        let late = verdict(&five, "", fig(-1, 9, 1, "0"), false);
        assert_eq!((late.verdict, late.exit_code), (Verdict::Timeout, None));
        let oom = verdict(&five, "", fig(-1, 9, 0, "1"), false);
        assert_eq!((oom.verdict, oom.exit_code), (Verdict::MemoryLimit, Some(137)));
        let killed = verdict(&five, "", fig(-1, 9, 0, "0"), true);
        assert_eq!(
            killed.verdict,
            Verdict::RuntimeError,
            "the cgroup's counter says no OOM"
        );
        assert_eq!(
            verdict(&five, "", fig(-1, 9, 0, "?"), true).verdict,
            Verdict::MemoryLimit
        );
        let lost = case_result(
            &five,
            Compare::Trim,
            CaseOutput {
                figures: None,
                ..output("5\n", "")
            },
            false,
        );
        assert_eq!(
            (lost.verdict, lost.exit_code, lost.cpu_ms),
            (Verdict::RuntimeError, None, None)
        );
    }

    #[test]
    fn a_batch_is_a_success_when_every_program_exited_zero() {
        let case = |verdict, exit_code| CaseResult {
            verdict,
            exit_code,
            ..not_run(
                SanitizedOutput {
                    text: String::new(),
                    truncated: false,
                },
                SanitizedOutput {
                    text: String::new(),
                    truncated: false,
                },
            )
        };
        assert_eq!(
            batch_outcome(&[
                case(Verdict::Accepted, Some(0)),
                case(Verdict::WrongAnswer, Some(0))
            ]),
            (Outcome::Success, Some(0))
        );
        assert_eq!(
            batch_outcome(&[
                case(Verdict::Completed, Some(0)),
                case(Verdict::Timeout, None),
                case(Verdict::RuntimeError, Some(1))
            ]),
            (Outcome::Timeout, None)
        );
    }
}
