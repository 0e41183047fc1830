//! `sandbox`, the command-line client of the sandbox service: a client of the HTTP contract in
//! the HTTP contract (docs/api.md) and nothing else (it shares no code with the server).
//!
//! # Layout
//!
//! - [`args`]: the command line (clap), with the exit-code table in `--help`.
//! - [`client`]: the service's URL, `POST /jobs` and `GET /jobs/{id}`, and what each answer
//!   means — every failure is an [`Error`] carrying its exit code.
//! - [`job`]: the API's JSON as this client reads it (local types, tolerant of new values).
//! - [`exit`]: the exit codes, and the one a job maps to.
//! - [`run`]: `sandbox run` — submit (retrying 429/503), wait by long polls, replay the output.
//! - [`status`]: `sandbox status`.
//! - [`output`]: writing a program's output and the notes about it.
//! - [`files`]: `--file`, the input files sent with a job, and the check of a relative path.
//! - [`out`]: `--out`, the files a program left in `out/`, written without following links.
//! - [`progress`]: the status line on a terminal's stderr.
//! - [`error`]: the [`Error`] type.
//! - [`text`]: server-provided text made safe to print (control characters escaped).

pub mod args;
pub mod cases;
pub mod client;
pub mod error;
pub mod exit;
pub mod files;
pub mod job;
pub mod out;
pub mod output;
pub mod progress;
pub mod run;
pub mod status;
pub mod text;

use std::process::ExitCode;

use clap::Parser;

pub use error::Error;
pub use exit::Exit;

/// Parses the arguments, runs the command, and turns its result into the exit code.
pub fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // `--help` and `--version` are answers, not errors; clap's own code for a usage
            // error (2) is one programs use, so ours is taken instead.
            let code = if error.use_stderr() { Exit::Usage.code() } else { 0 };
            return ExitCode::from(code);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("sandbox: cannot start: {}", text::printable(&error.to_string()));
            return ExitCode::from(Exit::ServiceError.code());
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            args::Command::Run(args) => run::run(args).await,
            args::Command::Status(args) => status::status(args).await,
        }
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(error.exit.code())
        }
    }
}
