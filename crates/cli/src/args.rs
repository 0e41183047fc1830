//! The command line. `--url` and `--api-key` also come from `SANDBOX_URL` and
//! `SANDBOX_API_KEY`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::exit::TABLE;

#[derive(Debug, Parser)]
#[command(
    name = "sandbox",
    version,
    about = "Run Python files in the Secure Sandbox service",
    after_help = TABLE
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a Python file, wait for it, print its stdout and stderr, exit with its exit code.
    #[command(after_help = TABLE)]
    Run(RunArgs),
    /// Print a finished job's output as `run` does (or say it is still queued or running).
    #[command(after_help = TABLE)]
    Status(StatusArgs),
}

/// Where the api of `scripts/serve.sh` listens.
pub const DEFAULT_URL: &str = "http://localhost:8000";

#[derive(Debug, Args)]
pub struct Service {
    /// The service's base URL.
    #[arg(long, env = "SANDBOX_URL", default_value = DEFAULT_URL)]
    pub url: String,
    /// API key, sent as `Authorization: Bearer KEY`.
    #[arg(long, env = "SANDBOX_API_KEY", hide_env_values = true)]
    pub api_key: Option<String>,
}

impl Service {
    /// The base URL; an empty `SANDBOX_URL` counts as unset, as shells treat it.
    pub fn url(&self) -> &str {
        if self.url.is_empty() {
            DEFAULT_URL
        } else {
            &self.url
        }
    }
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The Python file to run; `-` reads it from standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// A file fed to the program's standard input (`-`: this command's own standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "tests")]
    pub stdin: Option<PathBuf>,
    /// The job's wall-clock limit in milliseconds (`limits.time_ms`), at most the service's own.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub time_ms: Option<u64>,
    /// The job's memory limit in MiB (`limits.memory_mb`), at most the service's own.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub memory_mb: Option<u64>,
    /// Run the program once per test case of DIR (`N.in` its stdin, `N.out`, when there is
    /// one, the stdout it must print), print a verdict per case, and exit 0 only when every
    /// case passes (1 otherwise).
    #[arg(long, value_name = "DIR")]
    pub tests: Option<PathBuf>,
    /// The runtime to run the program in (`runtime`): `python` (the service's default) or
    /// `python-data`; the service lists its own at `GET /runtimes`.
    #[arg(long, value_name = "NAME")]
    pub runtime: Option<String>,
    /// A file placed in the program's working directory before it starts, under its base name;
    /// `LOCAL=REMOTE` places LOCAL at the relative path REMOTE (LOCAL cannot contain `=`).
    /// Repeatable: at most 16 files, 1 MiB in all (the service's defaults). Sent as text when
    /// it is UTF-8, else as base64.
    #[arg(long = "file", value_name = "PATH[=REMOTE]")]
    pub files: Vec<String>,
    /// Write the files the program left in `./out/` to DIR (created if missing), each at its
    /// path under DIR. An existing regular file there is replaced (removed, then created anew:
    /// a hard link to it is left alone); a symlink on the way is never followed, and that file
    /// is not written. Without --out, each returned file is listed on stderr.
    #[arg(long, value_name = "DIR", conflicts_with = "tests")]
    pub out: Option<PathBuf>,
    /// Retries of a submission refused with 429 or 503, each after the service's Retry-After.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub retries: u32,
    /// No progress line (it is shown only when stderr is a terminal anyway).
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub service: Service,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The job's id, as `run` prints it on Ctrl-C or a service error.
    #[arg(value_name = "ID")]
    pub id: String,
    /// Print the job document (JSON) exactly as the service answered it, finished or not.
    #[arg(long)]
    pub json: bool,
    /// Wait up to this many seconds (0–30) for the job to finish before answering.
    #[arg(long, value_name = "SECONDS", default_value_t = 0,
          value_parser = clap::value_parser!(u64).range(0..=30))]
    pub wait: u64,
    #[command(flatten)]
    pub service: Service,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn run_takes_a_file_and_options() {
        let cli =
            Cli::try_parse_from(["sandbox", "run", "-", "--stdin", "in.txt", "--url", "http://h:1"]).unwrap();
        let Command::Run(args) = cli.command else {
            panic!("not run")
        };
        assert_eq!(args.file, PathBuf::from("-"));
        assert_eq!(args.stdin, Some(PathBuf::from("in.txt")));
        assert_eq!(args.service.url, "http://h:1");
        assert_eq!(args.retries, 5);
        assert_eq!((args.time_ms, args.memory_mb), (None, None));
    }

    #[test]
    fn limits_are_positive_whole_numbers() {
        let cli =
            Cli::try_parse_from(["sandbox", "run", "p.py", "--time-ms", "500", "--memory-mb", "64"]).unwrap();
        let Command::Run(args) = cli.command else {
            panic!("not run")
        };
        assert_eq!((args.time_ms, args.memory_mb), (Some(500), Some(64)));
        for bad in ["0", "-1", "1.5", "x"] {
            assert!(
                Cli::try_parse_from(["sandbox", "run", "p.py", "--time-ms", bad]).is_err(),
                "{bad}"
            );
            assert!(
                Cli::try_parse_from(["sandbox", "run", "p.py", "--memory-mb", bad]).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn tests_take_a_directory_and_exclude_stdin() {
        let cli = Cli::try_parse_from(["sandbox", "run", "p.py", "--tests", "cases"]).unwrap();
        let Command::Run(args) = cli.command else {
            panic!("not run")
        };
        assert_eq!(args.tests, Some(PathBuf::from("cases")));
        assert!(Cli::try_parse_from(["sandbox", "run", "p.py", "--tests", "c", "--stdin", "i"]).is_err());
    }

    #[test]
    fn runtime_files_and_out_are_taken() {
        let cli = Cli::try_parse_from([
            "sandbox",
            "run",
            "p.py",
            "--runtime",
            "python-data",
            "--file",
            "a.csv",
            "--file",
            "local.txt=data/in.txt",
            "--out",
            "results",
        ])
        .unwrap();
        let Command::Run(args) = cli.command else {
            panic!("not run")
        };
        assert_eq!(args.runtime.as_deref(), Some("python-data"));
        assert_eq!(args.files, ["a.csv", "local.txt=data/in.txt"]);
        assert_eq!(args.out, Some(PathBuf::from("results")));
        // A batch returns no files.
        assert!(Cli::try_parse_from(["sandbox", "run", "p.py", "--tests", "c", "--out", "o"]).is_err());
    }

    #[test]
    fn a_wait_past_the_apis_limit_is_a_usage_error() {
        assert!(Cli::try_parse_from(["sandbox", "status", "x", "--wait", "31"]).is_err());
        assert!(Cli::try_parse_from(["sandbox", "status", "x", "--wait", "30"]).is_ok());
    }
}
