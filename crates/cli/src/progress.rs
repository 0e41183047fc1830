//! The status line on stderr while a job is queued and running: `sandbox: running… 1.4 s`,
//! redrawn in place. Only when stderr is a terminal — redirected, stderr must hold exactly what
//! the program wrote — and always erased before anything else is written.

use std::io::{IsTerminal, Write};
use std::time::Instant;

pub struct Progress {
    enabled: bool,
    started: Instant,
    label: String,
    /// Characters of the line on screen now, to blank it out (no escape sequences needed, so a
    /// dumb terminal shows it right too).
    drawn: usize,
}

impl Progress {
    /// Shown only when stderr is a terminal and not `quiet`.
    pub fn new(quiet: bool) -> Progress {
        Progress {
            enabled: !quiet && std::io::stderr().is_terminal(),
            started: Instant::now(),
            label: String::new(),
            drawn: 0,
        }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Changes what the line says (`queued`, `running`) and redraws it.
    pub fn set(&mut self, label: &str) {
        if self.label != label {
            self.label = label.to_string();
            self.draw();
        }
    }

    /// Redraws the line with the time elapsed since the start.
    pub fn draw(&mut self) {
        if !self.enabled || self.label.is_empty() {
            return;
        }
        let line = format!(
            "sandbox: {}… {:.1} s",
            self.label,
            self.started.elapsed().as_secs_f64()
        );
        let width = line.chars().count();
        let pad = self.drawn.saturating_sub(width);
        let mut err = std::io::stderr().lock();
        // A failed write to a terminal is not worth failing the run for.
        let _ = write!(err, "\r{line}{:pad$}", "");
        let _ = err.flush();
        self.drawn = width;
    }

    /// Erases the line, leaving the cursor at the start of it.
    pub fn clear(&mut self) {
        if self.enabled && self.drawn > 0 {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r{:width$}\r", "", width = self.drawn);
            let _ = err.flush();
            self.drawn = 0;
        }
    }

    /// Erases the line and prints `message` on stderr as a line of its own; the status line
    /// comes back at the next draw.
    pub fn say(&mut self, message: &str) {
        self.clear();
        // Retry notes quote the service's answer.
        eprintln!("sandbox: {}", crate::text::printable(message));
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
