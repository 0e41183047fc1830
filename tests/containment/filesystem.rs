//! The filesystem: read-only outside a small /tmp, nothing planted there reaches the host, and
//! nothing one job leaves is seen by the next.

use sandbox::job::Outcome;

use crate::support::{executor, unchecked};

fn sha256_of(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

#[tokio::test]
async fn every_path_outside_tmp_is_read_only() {
    let (executor, owner) = executor(&[]).await;
    let code = r#"
import os
dirs = ["/", "/etc", "/usr", "/usr/lib/python3.11", "/var", "/root", "/home", "/opt/sandbox",
        "/sandbox", "/run", "/var/tmp", "/proc/sys/kernel", "/sys/fs/cgroup", "/dev"]
for d in dirs:
    try:
        with open(os.path.join(d, "planted"), "w") as f:
            f.write("x")
        print(d, "WRITABLE")
    except OSError as e:
        print(d, e.errno)
for f in ["/etc/passwd", "/opt/sandbox/launcher.py", "/proc/sys/kernel/hostname", "/proc/sysrq-trigger"]:
    try:
        open(f, "a").write("x")
        print(f, "WRITABLE")
    except OSError as e:
        print(f, e.errno)
"#;
    let result = executor.run_labelled("ro", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    assert!(!result.stdout.contains("WRITABLE"), "{}", result.stdout);
    assert_eq!(result.stdout.lines().count(), 18, "{}", result.stdout);
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn tmp_is_capped_noexec_and_the_next_job_finds_it_empty() {
    let (executor, owner) = executor(&[]).await;
    let code = r##"
import os, stat
written = 0
try:
    with open("/tmp/fill", "wb") as f:
        while True:
            f.write(b"\0" * (1 << 20))
            f.flush()
            written += 1
except OSError as e:
    print("full after", written, "MiB", e.errno)
os.remove("/tmp/fill")
with open("/tmp/run.sh", "w") as f:
    f.write("#!/bin/sh\necho ran\n")
os.chmod("/tmp/run.sh", 0o755)
try:
    os.execv("/tmp/run.sh", ["/tmp/run.sh"])
except OSError as e:
    print("exec", e.errno)
"##;
    let result = executor.run_labelled("fill", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let mib: u64 = result.stdout.split_whitespace().nth(2).unwrap().parse().unwrap();
    assert!(mib <= 16, "{}", result.stdout);
    assert!(
        result.stdout.contains("exec 13"),
        "noexec: EACCES: {}",
        result.stdout
    );

    let later = "import os\nprint(sorted(os.listdir('/tmp')), sorted(os.listdir('/dev/shm')))";
    let result = executor
        .run_labelled("later", &unchecked(later), "")
        .await
        .unwrap();
    assert_eq!(
        result.stdout, "['out'] []\n",
        "only the launcher's empty out/: {result:?}"
    );
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn links_and_fifos_planted_in_tmp_change_nothing_on_the_host() {
    let before = (sha256_of("/etc/passwd"), sha256_of("/etc/hostname"));
    let (executor, owner) = executor(&[]).await;
    let code = r#"
import os
os.symlink("/etc/passwd", "/tmp/passwd")
os.symlink("/var/run/docker.sock", "/tmp/docker.sock")
os.symlink("/", "/tmp/root")
os.mkfifo("/tmp/fifo")
try:
    os.link("/etc/passwd", "/tmp/hard")
    print("hardlink made")
except OSError as e:
    print("hardlink", e.errno)
for p in ["/tmp/passwd", "/tmp/root/etc/hostname"]:
    try:
        open(p, "a").write("pwned\n")
        print(p, "WRITTEN")
    except OSError as e:
        print(p, e.errno)
print("done")
"#;
    let result = executor
        .run_labelled("links", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    assert!(!result.stdout.contains("WRITTEN"), "{}", result.stdout);
    assert!(
        result.stdout.contains("hardlink 18"),
        "EXDEV across filesystems: {}",
        result.stdout
    );
    // The worker never touches the container's files after it starts, so nothing followed them.
    assert_eq!((sha256_of("/etc/passwd"), sha256_of("/etc/hostname")), before);
    crate::support::all_removed(&executor, &owner.prefix).await;
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn proc_shows_no_secret_and_no_docker_socket() {
    let (executor, owner) = executor(&[]).await;
    let code = r#"
import os
print(sorted(open("/proc/1/environ").read().split("\0")))
print(any("docker.sock" in line for line in open("/proc/self/mountinfo")))
for p in ["/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock"]:
    print(p, os.path.exists(p))
print(open("/proc/1/cmdline").read().split("\0")[0])
"#;
    let result = executor.run_labelled("proc", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let lines: Vec<&str> = result.stdout.lines().collect();
    let mut expected: Vec<String> = [
        "",
        "HOME=/tmp",
        "HOSTNAME=sandbox",
        "LANG=C.UTF-8",
        "PATH=/usr/local/bin:/usr/bin:/bin",
        "SANDBOX_CODE_POLICY=off",
    ]
    .iter()
    .map(|v| v.to_string())
    .chain(crate::support::runtime_env())
    .collect();
    expected.sort();
    let expected = format!(
        "[{}]",
        expected
            .iter()
            .map(|v| format!("'{v}'"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert_eq!(lines[0], expected, "PID 1 has only the environment we set");
    assert_eq!(lines[1], "False");
    assert!(
        lines[2..5].iter().all(|l| l.ends_with(" False")),
        "{}",
        result.stdout
    );
    assert_eq!(lines[5], "/sbin/docker-init", "an init is PID 1");
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn a_huge_single_line_and_a_hundred_thousand_files_are_contained() {
    let (executor, owner) = executor(&[]).await;
    let code = r#"
files = []
try:
    for _ in range(100_000):
        files.append(open("/dev/null"))
except OSError as e:
    print("open files stopped at", len(files), e.errno, flush=True)
print("y" * 20_000_000, end="")
"#;
    let result = executor
        .run_labelled("files", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    assert!(
        result.stdout.starts_with("open files stopped at "),
        "{:.100}",
        result.stdout
    );
    let opened: u32 = result.stdout.split_whitespace().nth(4).unwrap().parse().unwrap();
    assert!(opened < 256, "RLIMIT_NOFILE 256: {opened}");
    assert_eq!(result.stdout.len(), 102_400);
    assert!(result.stdout_truncated);
    crate::support::after_the_job(&executor, &owner.prefix).await;
}
