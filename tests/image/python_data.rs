//! The `python-data` runtime's image (`RUNTIME_IMAGE_PYTHON_DATA`, else this checkout's
//! `runtime/build-image.sh --runtime python-data --inputs-tag`, which scripts/setup.sh builds):
//! its packages at the versions of runtime/python-data.packages, the same hardening as the
//! python image, and matplotlib drawing into /tmp with nothing written anywhere else.
use std::process::{Command, Output};

/// `NAME VERSION` lines; `#` starts a comment (see the file itself).
const PACKAGES: &str = include_str!("../../runtime/python-data.packages");

fn packages() -> Vec<(&'static str, &'static str)> {
    PACKAGES
        .lines()
        .map(|line| line.split('#').next().unwrap().trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut words = line.split_whitespace();
            let (Some(name), Some(version), None) = (words.next(), words.next(), words.next()) else {
                panic!("runtime/python-data.packages: {line:?} is not `NAME VERSION`");
            };
            (name, version)
        })
        .collect()
}

fn image() -> String {
    if let Ok(image) = std::env::var("RUNTIME_IMAGE_PYTHON_DATA") {
        if !image.is_empty() {
            return image;
        }
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime/build-image.sh");
    let output = Command::new("bash")
        .args([script, "--runtime", "python-data", "--inputs-tag"])
        .output()
        .expect("runtime/build-image.sh --inputs-tag");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

/// Runs the image's interpreter (not the launcher) on `code` as a job's container runs: a
/// read-only root, a 16 MB /tmp, the job user, no network, the worker's environment.
fn python(image: &str, extra: &[&str], code: &str) -> Output {
    let output = Command::new("docker")
        .args(["run", "--rm", "--network", "none", "--tmpfs", "/tmp:rw,size=16m"])
        .args(["-e", "HOME=/tmp", "-e", "LANG=C.UTF-8"])
        .args(extra)
        .args(["--entrypoint", "/usr/bin/python3", image, "-I", "-c", code])
        .output()
        .expect("docker run");
    assert!(
        output.status.success(),
        "{image}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[tokio::test]
async fn only_the_interpreter_can_run_in_the_python_data_image() {
    super::assert_only_the_interpreter_can_run(&image()).await;
}

#[test]
fn the_packages_import_at_the_listed_versions() {
    let image = image();
    let listed = packages();
    let names: Vec<&str> = listed.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, ["numpy", "pandas", "matplotlib", "scipy"]);
    let code = format!(
        "import importlib\n\
         for name in {names:?}:\n    print(name, importlib.import_module(name).__version__)\n\
         import matplotlib.pyplot, scipy.stats, scipy.optimize, scipy.signal, scipy.interpolate, scipy.linalg\n"
    );
    let output = python(&image, &["--read-only", "-u", "64000"], &code);
    let expected: String = listed.iter().map(|(n, v)| format!("{n} {v}\n")).collect();
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "", "nothing on stderr");
}

const PLOT: &str = "\
import matplotlib, matplotlib.pyplot as plt, os
assert matplotlib.get_backend().lower() == 'agg', matplotlib.get_backend()
plt.plot([1, 2, 3], [1, 4, 9])
plt.savefig('/tmp/chart.png')
print(open('/tmp/chart.png', 'rb').read(8).hex(), sorted(os.listdir('/tmp')))
";

#[test]
fn matplotlib_draws_into_tmp_with_agg_and_its_prebuilt_font_cache() {
    let image = image();
    // As a job: read-only root, the job's user. No warning (a configuration directory it
    // cannot use, a font cache being built) and only the PNG in /tmp (no cache made there).
    let output = python(&image, &["--read-only", "-u", "64000"], PLOT);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "89504e470d0a1a0a ['chart.png']\n"
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "", "nothing on stderr");
}

#[test]
fn matplotlib_writes_nothing_outside_tmp_even_where_it_could() {
    // As root on a writable root: whatever matplotlib writes (a font cache, a configuration
    // directory) would be there to see in the container's changes; /tmp is a tmpfs, not in them.
    let image = image();
    let name = format!("sandbox-image-test-{}", uuid::Uuid::new_v4().simple());
    struct Remove<'a>(&'a str);
    impl Drop for Remove<'_> {
        fn drop(&mut self) {
            let _ = Command::new("docker").args(["rm", "-f", self.0]).output();
        }
    }
    let _remove = Remove(&name);
    let created = Command::new("docker")
        .args(["create", "--name", &name, "--network", "none"])
        .args(["--tmpfs", "/tmp:rw,size=16m", "-u", "0"])
        .args(["-e", "HOME=/tmp", "-e", "LANG=C.UTF-8"])
        .args(["--entrypoint", "/usr/bin/python3", &image, "-I", "-c", PLOT])
        .output()
        .expect("docker create");
    assert!(created.status.success(), "{created:?}");
    let started = Command::new("docker")
        .args(["start", "-a", &name])
        .output()
        .expect("docker start");
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&started.stdout),
        "89504e470d0a1a0a ['chart.png']\n"
    );
    let diff = Command::new("docker")
        .args(["diff", &name])
        .output()
        .expect("docker diff");
    assert!(diff.status.success(), "{diff:?}");
    assert_eq!(
        String::from_utf8_lossy(&diff.stdout),
        "",
        "files changed outside /tmp"
    );
}
