//! The one error type of the CLI: what to print (one line, or a rejection with its violations)
//! and which exit code it is.

use std::fmt;

use crate::exit::Exit;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub exit: Exit,
    /// Printed after `sandbox: `; a rejection adds one `FILE:LINE:COLUMN: …` line per finding.
    pub message: String,
}

impl Error {
    pub fn new(exit: Exit, message: impl Into<String>) -> Error {
        Error {
            exit,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(Exit::Usage, message)
    }

    pub fn client(message: impl Into<String>) -> Error {
        Error::new(Exit::ClientError, message)
    }

    pub fn service(message: impl Into<String>) -> Error {
        Error::new(Exit::ServiceError, message)
    }

    /// The same error with a hint added on a line of its own.
    pub fn hint(mut self, hint: impl fmt::Display) -> Error {
        self.message = format!("{}\nsandbox: {hint}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The message quotes the service (its error message, a violation's detail), ids, URLs
        // and OS errors: none of it may drive the terminal.
        write!(f, "sandbox: {}", crate::text::printable(&self.message))
    }
}

/// An error and its causes on one line (`reqwest`'s own message stops at "error sending
/// request"; the reason — connection refused, a certificate — is further down the chain).
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_from_the_service_cannot_drive_the_terminal() {
        let error = Error::client("HTTP 400 invalid_request: \x1b]52;c;ZXZpbA==\x07 bad\r\u{9b}2J")
            .hint("job \x1b[31mred\x1b[0m may still run");
        let shown = error.to_string();
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'), "{shown:?}");
        assert_eq!(
            shown,
            "sandbox: HTTP 400 invalid_request: \\x1b]52;c;ZXZpbA==\\x07 bad\\x0d\\u{9b}2J\n\
             sandbox: job \\x1b[31mred\\x1b[0m may still run"
        );
    }
}
