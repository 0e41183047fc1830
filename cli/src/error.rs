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
        write!(f, "sandbox: {}", self.message)
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
