//! `sandbox`: see the crate's library for what each command does.

fn main() -> std::process::ExitCode {
    sandbox_cli::main()
}
