//! Runs the default static policy over the files named on the command line and prints one line
//! per file: `accepted` or `refused <rule> <message>` (the first violation). A tool for triaging
//! red-team programs: `cargo run --example check -- tests/redteam/pending/*.py`; with
//! `--runtime-names`, prints the names the launcher's guarded getattr refuses.
fn main() {
    let policy = sandbox::validate::Policy::default_policy();
    if std::env::args().nth(1).as_deref() == Some("--runtime-names") {
        // What the worker hands the launcher as SANDBOX_REFUSED_NAMES.
        println!("{}", policy.runtime_refused_names().join(","));
        return;
    }
    for path in std::env::args().skip(1) {
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                println!("{path}\terror\t{e}");
                continue;
            }
        };
        match policy.validate(&source) {
            Ok(_) => println!("{path}\taccepted"),
            Err(rejection) => println!("{path}\trefused\t{rejection:?}"),
        }
    }
}
