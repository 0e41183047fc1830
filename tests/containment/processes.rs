//! Signals and processes: a job can only ever reach its own processes.

use std::process::{Command, Stdio};

use sandbox::job::Outcome;

use crate::support::{executor, gvisor, unchecked};

/// JOB_UIDS of this test alone, outside the default range: four uids, one per container the
/// executor can have at once (two jobs, two pooled).
const UIDS: std::ops::RangeInclusive<u32> = 1_999_000_000..=1_999_000_003;

/// A host process with a uid the job may get: a PID namespace, not the uid, must keep it out
/// of reach.
fn host_process_with_uid(uid: u32) -> std::process::Child {
    Command::new("setpriv")
        .args([format!("--reuid={uid}"), format!("--regid={uid}")])
        .args(["--clear-groups", "sleep", "60"])
        .stdin(Stdio::null())
        .spawn()
        .expect("setpriv (util-linux) runs a process as another uid")
}

#[tokio::test]
async fn kill_minus_one_and_signals_to_pid_1_reach_nothing_outside_the_job() {
    // One bystander for each uid the job can have, so one of them shares the job's.
    let mut bystanders: Vec<_> = UIDS.map(host_process_with_uid).collect();
    let range = format!("{}-{}", UIDS.start(), UIDS.end());
    let (executor, owner) = executor(&[("JOB_UIDS", &range)]).await;
    let code = r#"
import os, signal, time
child = os.fork()
if child == 0:
    time.sleep(30)
    os._exit(0)
pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
print("visible", len(pids), pids[0], flush=True)
os.kill(-1, signal.SIGKILL)
_, status = os.waitpid(child, 0)
print("child killed", os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, flush=True)
for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
    os.kill(1, sig)
time.sleep(0.2)
print("init still there", os.path.exists("/proc/1/status"), flush=True)
"#;
    let result = executor
        .run_labelled("signals", &unchecked(code), "")
        .await
        .unwrap();
    // Only the init, the program and its child are visible, and kill -1 reaches the child alone.
    // The init cannot be killed (the kernel drops SIGKILL to a namespace's init from inside);
    // it forwards SIGTERM to the program, which dies of it: 128 + 15, before its last print.
    // Under gVisor the init is killable from inside, which ends the job the same way (137).
    let ended = if gvisor() {
        vec![Some(137), Some(143)]
    } else {
        vec![Some(143)]
    };
    assert_eq!(result.outcome, Outcome::RuntimeError, "{result:?}");
    assert!(ended.contains(&result.exit_code), "{result:?}");
    assert_eq!(result.stdout, "visible 3 1\nchild killed True\n", "{result:?}");
    for bystander in &mut bystanders {
        assert!(
            bystander.try_wait().unwrap().is_none(),
            "the host process with the same uid lives"
        );
        bystander.kill().unwrap();
        bystander.wait().unwrap();
    }

    let next = executor
        .run_labelled("next", &unchecked("print('ok')"), "")
        .await
        .unwrap();
    assert_eq!(next.stdout, "ok\n");
    crate::support::all_removed(&executor, &owner.prefix).await;
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn a_memory_bomb_in_a_child_process_is_killed_by_the_memory_limit() {
    let (executor, owner) = executor(&[]).await;
    let code = r#"
import os
pid = os.fork()
if pid == 0:
    blocks = []
    while True:
        blocks.append(bytearray(1 << 20))
os.waitpid(pid, 0)
print("parent saw the child die", flush=True)
blocks = []
while True:
    blocks.append(bytearray(1 << 20))
"#;
    let result = executor
        .run_labelled("membomb", &unchecked(code), "")
        .await
        .unwrap();
    assert_eq!(result.exit_code, Some(137), "killed: {result:?}");
    // Under gVisor too: the engine's flag is not always set there, its `oom` event is.
    assert_eq!(result.outcome, Outcome::MemoryLimit, "{result:?}");
    if gvisor() {
        // The whole sandbox is one process tree on the host: the kill ends it at the child.
        assert!(
            ["", "parent saw the child die\n"].contains(&result.stdout.as_str()),
            "{result:?}"
        );
    } else {
        assert_eq!(result.stdout, "parent saw the child die\n");
    }
    crate::support::after_the_job(&executor, &owner.prefix).await;
}
