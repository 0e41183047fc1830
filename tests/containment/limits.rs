use std::time::{Duration, Instant};

use sandbox::job::Outcome;

use crate::support::{executor, gvisor, unchecked};

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
    let result = executor.run_labelled("bomb", &unchecked(code), "").await.unwrap();
    if gvisor() {
        // The sandbox's own threads count towards the pids limit: it ends the job instead.
        assert!(
            matches!(result.outcome, Outcome::Success | Outcome::RuntimeError),
            "{result:?}"
        );
    } else {
        assert_eq!(result.outcome, Outcome::Success, "{result:?}");
        let children: u32 = result.stdout.split_whitespace().nth(2).unwrap().parse().unwrap();
        // PIDS_LIMIT=64 counts the init, the interpreter and every child.
        assert!(children < 64, "{result:?}");
        assert!(
            result.stdout.contains("BlockingIOError"),
            "fork failed with EAGAIN: {result:?}"
        );
    }

    let next = executor
        .run_labelled("after", &unchecked("print('fine')"), "")
        .await
        .unwrap();
    assert_eq!((next.outcome, next.stdout.as_str()), (Outcome::Success, "fine\n"));
    crate::support::all_removed(&executor, &owner.prefix).await;
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn a_thread_bomb_is_contained_too() {
    let (executor, owner) = executor(&[]).await;
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
    let result = executor
        .run_labelled("threads", &unchecked(code), "")
        .await
        .unwrap();
    if gvisor() {
        // Under gVisor thread stacks are the sandbox's memory: the memory limit may end it first.
        let contained = [Outcome::Success, Outcome::RuntimeError, Outcome::MemoryLimit];
        assert!(contained.contains(&result.outcome), "{result:?}");
    } else {
        assert_eq!(result.outcome, Outcome::Success, "{result:?}");
        let threads: u32 = result.stdout.split_whitespace().nth(1).unwrap().parse().unwrap();
        assert!(threads < 64, "{result:?}");
    }
    let next = executor
        .run_labelled("after", &unchecked("print('fine')"), "")
        .await
        .unwrap();
    assert_eq!(next.stdout, "fine\n");
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

/// The container's CPU time so far, as the engine reads it from the kernel's cgroup.
async fn cpu_used(docker: &bollard::Docker, id: &str) -> Duration {
    use futures_util::StreamExt;
    let options = bollard::query_parameters::StatsOptionsBuilder::default()
        .stream(false)
        .one_shot(true)
        .build();
    let stats = docker.stats(id, Some(options)).next().await.unwrap().unwrap();
    Duration::from_nanos(stats.cpu_stats.unwrap().cpu_usage.unwrap().total_usage.unwrap())
}

#[tokio::test]
async fn cpu_time_is_capped_at_cpu_limit_however_many_processes_burn() {
    // A pids limit out of the way (gVisor's own threads count towards it): this is about CPU.
    let (executor, owner) = executor(&[("EXECUTION_TIMEOUT", "10"), ("PIDS_LIMIT", "512")]).await;
    // Four processes spin for 5 s of wall time; on two cores they would use ~2 s of CPU per
    // second without the limit, and 1 with CPU_LIMIT=1. Measured from the host, through the
    // engine, so the job's own (or gVisor's) accounting does not matter.
    let code = r#"
import os, time
start = time.monotonic()
for _ in range(4):
    if os.fork() == 0:
        while time.monotonic() - start < 5:
            pass
        os._exit(0)
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
print("burnt")
"#;
    let job = tokio::spawn({
        let executor = executor.clone();
        async move { executor.run_labelled("cpu", &unchecked(code), "").await }
    });
    let docker = crate::support::docker().await;
    let id = loop {
        if let Some(id) = executor.container_of("cpu") {
            break id;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let (before, started) = (cpu_used(&docker, &id).await, Instant::now());
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (after, wall) = (cpu_used(&docker, &id).await, started.elapsed());
    let used = after - before;
    println!("{used:?} of CPU in {wall:?}");
    assert!(
        used <= wall.mul_f64(1.0) + Duration::from_millis(200),
        "{used:?} of CPU in {wall:?} of wall time with CPU_LIMIT=1"
    );
    // A loose floor only (the machine is shared), but the burners must have run for the cap
    // above to mean anything.
    assert!(
        used >= wall.mul_f64(0.2),
        "the burners did run: {used:?} in {wall:?}"
    );
    let result = job.await.unwrap().unwrap();
    assert_eq!(
        (result.outcome, result.stdout.as_str()),
        (Outcome::Success, "burnt\n"),
        "{result:?}"
    );
    crate::support::all_removed(&executor, &owner.prefix).await;
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
    let result = executor
        .run_labelled("orphan", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(result.stdout, "parent done\n", "{result:?}");
    assert!(result.duration_ms < 1000, "{result:?}");
    crate::support::all_removed(&executor, &owner.prefix).await;
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn a_flood_on_both_streams_does_not_stall_the_program() {
    let (executor, owner) = executor(&[]).await;
    let code = r#"
import sys
for _ in range(200):
    sys.stdout.write("o" * 50_000)
    sys.stderr.write("e" * 50_000)
print("\nfinished")
"#;
    let result = executor
        .run_labelled("flood", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(result.outcome, Outcome::Success, "{result:?}");
    assert_eq!(result.stdout.len(), 102_400);
    assert_eq!(result.stderr.len(), 102_400);
    assert!(result.stdout_truncated && result.stderr_truncated);
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn the_environment_holds_only_what_the_worker_sets() {
    let (executor, owner) = executor(&[]).await;
    let code =
        "import os\nfor k in sorted(os.environ):\n    print(k)\nimport socket\nprint(socket.gethostname())";
    let result = executor.run_labelled("env", &unchecked(code), "").await.unwrap();
    let mut names: Vec<String> = ["HOME", "HOSTNAME", "LANG", "PATH", "SANDBOX_CODE_POLICY"]
        .iter()
        .map(|n| n.to_string())
        .chain(
            crate::support::runtime_env()
                .iter()
                .map(|v| v.split('=').next().unwrap().to_string()),
        )
        .collect();
    names.sort();
    assert_eq!(
        result.stdout,
        format!("{}\nsandbox\n", names.join("\n")),
        "{result:?}"
    );
    crate::support::all_removed(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn ptrace_and_io_uring_are_refused_by_the_seccomp_profile() {
    let (executor, owner) = executor(&[]).await;
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
    let result = executor
        .run_labelled("seccomp", &unchecked(code), "")
        .await
        .unwrap();
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
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

/// Twice MEMORY_LIMIT (100 MiB), touched a MiB at a time: the memory limit must end it.
const ALLOCATE_200_MB: &str = r#"
print("allocating", flush=True)
blocks = []
for _ in range(200):
    blocks.append(bytearray(1 << 20))
print("survived", flush=True)
"#;

/// A memory kill is `memory_limit` every time, under runc and under gVisor alike: ten runs in a
/// row of a program that allocates 200 MB (under gVisor the engine's OOM flag alone was not
/// always set, see `classify` in crates/worker/src/executor.rs).
#[tokio::test]
async fn a_memory_kill_is_reported_as_memory_limit_every_time() {
    let (executor, owner) = executor(&[]).await;
    let mut seen = Vec::new();
    for run in 0..10 {
        let job = format!("allocate-{run}");
        let result = executor
            .run_labelled(&job, &unchecked(ALLOCATE_200_MB), "")
            .await
            .unwrap();
        assert!(!result.stdout.contains("survived"), "{result:?}");
        seen.push((result.outcome, result.exit_code));
    }
    println!("{seen:?}");
    assert!(
        seen.iter().all(|s| *s == (Outcome::MemoryLimit, Some(137))),
        "every run a memory kill: {seen:?}"
    );
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

/// The other side of the memory limit's evidence: a program that SIGKILLs itself also exits
/// with 137, and must not pass for a memory kill.
#[tokio::test]
async fn a_program_that_sigkills_itself_is_a_runtime_error_not_a_memory_kill() {
    let (executor, owner) = executor(&[]).await;
    let code = "import os, signal\nprint('bye', flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n";
    let result = executor
        .run_labelled("self-kill", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(
        (result.outcome, result.exit_code),
        (Outcome::RuntimeError, Some(137)),
        "{result:?}"
    );
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

/// A batch's case over the memory limit (docs/architecture.md, "Test-case batches"): its
/// verdict is `memory_limit`, and no case after it passes wrongly. Under runc the memory
/// limit kills the case's process and the next case runs in the same container; under
/// gVisor the limit is the whole sandbox's, so the container ends with that case and the
/// cases after it are `runtime_error`.
#[tokio::test]
async fn a_batch_case_over_the_memory_limit_is_a_memory_limit_and_no_later_case_passes_wrongly() {
    use sandbox::job::{TestBatch, TestCase, Verdict};
    let (executor, owner) = executor(&[]).await;
    let code = "s = input()\nif s == 'big':\n    blocks = []\n    for _ in range(200):\n        blocks.append(bytearray(1 << 20))\nprint(s)\n";
    let case = |stdin: &str| TestCase {
        stdin: stdin.into(),
        expected_stdout: Some(stdin.into()),
    };
    let batch = TestBatch {
        compare: Default::default(),
        cases: vec![case("a"), case("big"), case("c")],
    };
    let result = executor
        .run_input_labelled(
            "batch-memory",
            &unchecked(code),
            sandbox_worker::executor::Input::Tests(&batch),
            &sandbox::job::LimitRequest::default(),
        )
        .await
        .unwrap();
    let verdicts: Vec<Verdict> = result.tests.iter().flatten().map(|t| t.verdict).collect();
    let after = if gvisor() {
        Verdict::RuntimeError
    } else {
        Verdict::Accepted
    };
    assert_eq!(
        verdicts,
        [Verdict::Accepted, Verdict::MemoryLimit, after],
        "{result:?}"
    );
    crate::support::after_the_job(&executor, &owner.prefix).await;
}
