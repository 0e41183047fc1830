use sandbox::job::Outcome;

use crate::support::{assert_no_containers, executor, unchecked};

#[tokio::test]
async fn a_fork_bomb_hits_the_pids_limit_and_the_next_job_runs_normally() {
    let (executor, owner) = executor(&[]).await;
    let code = r#"
import os, time
children = 0
try:
    while True:
        if os.fork() == 0:
            time.sleep(30)
            os._exit(0)
        children += 1
except OSError as e:
    print("stopped after", children, type(e).__name__, flush=True)
"#;
    let result = executor.run("bomb", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let children: u32 = result.stdout.split_whitespace().nth(2).unwrap().parse().unwrap();
    // PIDS_LIMIT=64 counts the init, the interpreter and every child.
    assert!(children < 64, "{result:?}");
    assert!(
        result.stdout.contains("BlockingIOError"),
        "fork failed with EAGAIN: {result:?}"
    );

    let next = executor
        .run("after", &unchecked("print('fine')"), "")
        .await
        .unwrap();
    assert_eq!((next.outcome, next.stdout.as_str()), (Outcome::Success, "fine\n"));
    assert_no_containers(&owner.prefix).await;
}

#[tokio::test]
async fn a_thread_bomb_is_contained_too() {
    let (executor, _) = executor(&[]).await;
    let code = r#"
import threading, time
n = 0
try:
    while True:
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        n += 1
except RuntimeError as e:
    print("threads", n, flush=True)
"#;
    let result = executor.run("threads", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let threads: u32 = result.stdout.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(threads < 64, "{result:?}");
}

#[tokio::test]
async fn cpu_time_is_capped_at_cpu_limit_however_many_processes_burn() {
    let (executor, _) = executor(&[("EXECUTION_TIMEOUT", "10")]).await;
    // Four processes spin for 2 s of wall time each; on two cores they would get ~4 s of CPU
    // without the limit, and 2 s with CPU_LIMIT=1.
    let code = r#"
import os, time
start = time.monotonic()
pids = []
for _ in range(4):
    pid = os.fork()
    if pid == 0:
        while time.monotonic() - start < 2:
            pass
        os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
t = os.times()
print(t.children_user + t.children_system, time.monotonic() - start)
"#;
    let result = executor.run("cpu", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let numbers: Vec<f64> = result
        .stdout
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    let (cpu, wall) = (numbers[0], numbers[1]);
    assert!(
        cpu <= wall * 1.0 + 0.2,
        "cpu {cpu:.2} s in {wall:.2} s of wall time"
    );
}

#[tokio::test]
async fn the_process_tree_dies_with_the_job() {
    let (executor, owner) = executor(&[]).await;
    // The parent exits at once; an orphaned child would print a second later.
    let code = r#"
import os, time
if os.fork() == 0:
    time.sleep(1)
    print("orphan still alive", flush=True)
    os._exit(0)
print("parent done", flush=True)
"#;
    let result = executor.run("orphan", &unchecked(code), "").await.unwrap();
    assert_eq!(result.stdout, "parent done\n", "{result:?}");
    assert!(result.duration_ms < 1000, "{result:?}");
    assert_no_containers(&owner.prefix).await;
}

#[tokio::test]
async fn a_flood_on_both_streams_does_not_stall_the_program() {
    let (executor, _) = executor(&[]).await;
    let code = r#"
import sys
for _ in range(200):
    sys.stdout.write("o" * 50_000)
    sys.stderr.write("e" * 50_000)
print("\nfinished")
"#;
    let result = executor.run("flood", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    assert_eq!(result.stdout.len(), 102_400);
    assert_eq!(result.stderr.len(), 102_400);
    assert!(result.stdout_truncated && result.stderr_truncated);
}

#[tokio::test]
async fn the_environment_holds_only_what_the_worker_sets() {
    let (executor, _) = executor(&[]).await;
    let code =
        "import os\nfor k in sorted(os.environ):\n    print(k)\nimport socket\nprint(socket.gethostname())";
    let result = executor.run("env", &unchecked(code), "").await.unwrap();
    assert_eq!(
        result.stdout, "HOME\nHOSTNAME\nLANG\nPATH\nsandbox\n",
        "{result:?}"
    );
}

#[tokio::test]
async fn ptrace_and_io_uring_are_refused_by_the_seccomp_profile() {
    let (executor, _) = executor(&[]).await;
    // x86_64 numbers: ptrace 101, io_uring_setup 425, getpid 39. Under the engine's default
    // profile PTRACE_TRACEME succeeds (0) and io_uring_setup with a NULL params pointer fails
    // with EFAULT; under ours both are refused with EPERM before the kernel looks at them.
    let code = r#"
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
for name, number, args in [("ptrace", 101, (0, 0, 0, 0)), ("io_uring_setup", 425, (8, 0))]:
    result = libc.syscall(number, *args)
    print(name, result, os.strerror(ctypes.get_errno()))
print("getpid", libc.syscall(39))
"#;
    let result = executor.run("seccomp", &unchecked(code), "").await.unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert_eq!(lines[0], "ptrace -1 Operation not permitted", "{result:?}");
    assert_eq!(
        lines[1], "io_uring_setup -1 Operation not permitted",
        "{result:?}"
    );
    assert!(
        lines[2].starts_with("getpid ") && !lines[2].contains("-1"),
        "{result:?}"
    );
}
