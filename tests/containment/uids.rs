//! Every job container runs as a uid of its own (JOB_UIDS): the kernel's per-uid limits are
//! then each job's alone. Before, every job ran as 64000, and one job holding all of the uid's
//! inotify instances left every other job without one.

use std::time::Duration;

use bollard::query_parameters::KillContainerOptionsBuilder;
use sandbox::job::Outcome;

use crate::support::{docker, executor, gvisor, unchecked};

/// The uid a running job's container was given, read back from the engine (and its name, the
/// uid's lease on the engine).
async fn uid_of(executor: &sandbox_worker::executor::Executor, job: &str) -> (String, u32) {
    let id = loop {
        if let Some(id) = executor.container_of(job) {
            break id;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let info = docker().await.inspect_container(&id, None).await.unwrap();
    let user = info.config.unwrap().user.unwrap();
    let (uid, gid) = user.split_once(':').expect("uid:gid");
    assert_eq!(uid, gid, "the group of the same number");
    let uid: u32 = uid.parse().unwrap();
    assert_eq!(
        info.name.as_deref(),
        Some(format!("/sandbox-uid-{uid}").as_str()),
        "the container's name leases its uid"
    );
    (id, uid)
}

/// Whether a process of the host running as `uid` can create an inotify instance now: `Ok`, or
/// the errno. The kernel counts instances per uid (fs.inotify.max_user_instances) across every
/// container that is not in a user namespace of its own.
fn host_inotify_as(uid: u32) -> Result<(), i32> {
    // SAFETY: the child only makes system calls (async-signal-safe) and leaves with _exit; the
    // parent waits for it.
    unsafe {
        let child = libc::fork();
        assert!(child >= 0, "fork");
        if child == 0 {
            let code = if libc::setgroups(0, std::ptr::null()) != 0
                || libc::setresgid(uid, uid, uid) != 0
                || libc::setresuid(uid, uid, uid) != 0
            {
                100
            } else if libc::inotify_init1(0) < 0 {
                *libc::__errno_location()
            } else {
                0
            };
            libc::_exit(code);
        }
        let mut status = 0;
        assert_eq!(libc::waitpid(child, &mut status, 0), child);
        assert!(libc::WIFEXITED(status), "the probe exited");
        match libc::WEXITSTATUS(status) {
            0 => Ok(()),
            100 => panic!("the probe could not become uid {uid} (the tests run as root)"),
            errno => Err(errno),
        }
    }
}

const HOG: &str = r#"
import ctypes, os, signal
# Waits for SIGUSR1 from the test (forwarded by the init) without a race: blocked first.
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})
libc = ctypes.CDLL(None, use_errno=True)
fds = []
while True:
    fd = libc.inotify_init1(0)
    if fd < 0:
        err = ctypes.get_errno()
        break
    fds.append(fd)
# Whether the limit was the uid's, not the process's file table: an ordinary file still opens.
try:
    spare = os.open("/dev/null", os.O_RDONLY) >= 0
except OSError:
    spare = False
print("hog", os.getuid(), len(fds), err, spare, flush=True)
signal.sigwait({signal.SIGUSR1})
print("released", flush=True)
"#;

const OTHER: &str = r#"
import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.inotify_init1(0)
print("other", os.getuid(), fd >= 0, 0 if fd >= 0 else ctypes.get_errno())
"#;

#[tokio::test]
async fn a_job_that_exhausts_its_inotify_instances_leaves_the_next_job_its_own() {
    let (executor, owner) = executor(&[("EXECUTION_TIMEOUT", "30")]).await;
    let hog = tokio::spawn({
        let executor = executor.clone();
        async move { executor.run_labelled("hog", &unchecked(HOG), "").await }
    });
    let (hog_id, hog_uid) = uid_of(&executor, "hog").await;

    if !gvisor() {
        // The hog has taken every instance of its uid once a host process of that uid is
        // refused one (EMFILE): the exhaustion is real, and host-wide for that uid.
        let mut refused = None;
        for _ in 0..600 {
            if let Err(errno) = host_inotify_as(hog_uid) {
                refused = Some(errno);
                break;
            }
            assert!(!hog.is_finished(), "the hog ended early: {:?}", hog.await);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(
            refused,
            Some(libc::EMFILE),
            "uid {hog_uid}'s inotify instances were never exhausted"
        );
    }

    // Meanwhile, with the hog still holding them all, another job gets one.
    let other = executor
        .run_labelled("other", &unchecked(OTHER), "")
        .await
        .unwrap();
    assert!(!hog.is_finished(), "the hog was still holding its instances");
    let kill = KillContainerOptionsBuilder::default().signal("SIGUSR1").build();
    docker().await.kill_container(&hog_id, Some(kill)).await.unwrap();
    let hog = hog.await.unwrap().unwrap();

    assert_eq!(other.outcome, Outcome::Success, "{other:?}");
    let fields: Vec<&str> = other.stdout.split_whitespace().collect();
    assert_eq!(fields.len(), 4, "{other:?}");
    let other_uid: u32 = fields[1].parse().unwrap();
    assert_ne!(other_uid, hog_uid, "the two jobs ran under different uids");
    assert_eq!(
        fields[2..],
        ["True", "0"],
        "the other job made an instance: {other:?}"
    );

    assert_eq!(hog.outcome, Outcome::Success, "{hog:?}");
    let lines: Vec<&str> = hog.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{hog:?}");
    let fields: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(fields[..2], ["hog", hog_uid.to_string().as_str()], "{hog:?}");
    if !gvisor() {
        // gVisor's kernel keeps no per-uid inotify limit (and each sandbox has a kernel of its
        // own): there the hog stops at its file table, and only the uids are compared.
        let made: u32 = fields[2].parse().unwrap();
        assert!(made >= 1, "{hog:?}");
        assert_eq!(
            fields[3..],
            [libc::EMFILE.to_string().as_str(), "True"],
            "{hog:?}"
        );
        // Its instances went with its container: the uid has them again.
        let mut back = false;
        for _ in 0..200 {
            if host_inotify_as(hog_uid).is_ok() {
                back = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(back, "uid {hog_uid} got its inotify instances back");
    }
    assert_eq!(lines[1], "released", "{hog:?}");
    crate::support::after_the_job(&executor, &owner.prefix).await;
}

#[tokio::test]
async fn concurrent_and_pooled_containers_never_share_a_uid() {
    let (executor, owner) = executor(&[("EXECUTION_TIMEOUT", "10")]).await;
    let code = "import os, resource, time\ntime.sleep(1.5)\nprint(os.getuid(), os.getgid(), os.getgroups(), resource.getrlimit(resource.RLIMIT_NPROC))";
    let code = unchecked(code);
    let jobs: Vec<_> = (0..3)
        .map(|i| {
            let (executor, code) = (executor.clone(), code.clone());
            tokio::spawn(async move { executor.run_labelled(&format!("job-{i}"), &code, "").await })
        })
        .collect();
    let mut uids = Vec::new();
    for job in jobs {
        let result = job.await.unwrap().unwrap();
        assert_eq!(result.outcome, Outcome::Success, "{result:?}");
        let (uid, rest) = result.stdout.trim_end().split_once(' ').unwrap();
        let uid: u32 = uid.parse().unwrap();
        assert_eq!(
            rest,
            format!("{uid} [{uid}] (64, 64)"),
            "its own group only: {result:?}"
        );
        assert!(sandbox::config::DEFAULT_JOB_UIDS.contains(&uid), "{uid}");
        uids.push(uid);
    }
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), 3, "three jobs at once, three uids: {uids:?}");
    crate::support::after_the_job(&executor, &owner.prefix).await;
}
