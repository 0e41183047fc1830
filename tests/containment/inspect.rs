//! Every setting of a running job's container, as the engine reports it.

use std::time::Duration;

use bollard::query_parameters::InspectContainerOptions;
use sandbox::job::Outcome;
use sandbox_worker::seccomp;

use crate::support::{docker, executor, unchecked};

#[tokio::test]
async fn a_running_jobs_container_has_every_setting() {
    let (executor, owner) = executor(&[]).await;
    let job = tokio::spawn({
        let executor = executor.clone();
        async move {
            let code = unchecked("import time\ntime.sleep(2)\nprint('slept')");
            executor.run_labelled("inspected", &code, "").await
        }
    });
    let docker = docker().await;
    let mut inspected = None;
    for _ in 0..100 {
        if let Some(id) = executor.container_of("inspected") {
            // It may be gone by the inspection if the job failed early.
            if let Ok(info) = docker
                .inspect_container(&id, None::<InspectContainerOptions>)
                .await
            {
                if info.state.as_ref().and_then(|s| s.running) == Some(true) {
                    inspected = Some(info);
                    break;
                }
            }
        }
        if job.is_finished() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let Some(info) = inspected else {
        panic!(
            "the job's container was never seen running; the job: {:?}",
            job.await
        );
    };
    let host = info.host_config.unwrap();
    assert_eq!(host.privileged, Some(false));
    assert_eq!(host.cap_drop, Some(vec!["ALL".to_string()]));
    assert!(host.cap_add.unwrap_or_default().is_empty());
    let security = host.security_opt.unwrap();
    assert!(
        security.contains(&"no-new-privileges".to_string()),
        "{security:?}"
    );
    assert!(
        security.contains(&format!("seccomp={}", *seccomp::PROFILE)),
        "our seccomp profile"
    );
    assert_eq!(host.readonly_rootfs, Some(true));
    assert_eq!(host.network_mode.as_deref(), Some("none"));
    assert_eq!(host.pids_limit, Some(64));
    assert_eq!(host.memory, Some(100 << 20));
    assert_eq!(host.memory_swap, Some(100 << 20), "swap equal to memory");
    assert_eq!(host.nano_cpus, Some(1_000_000_000));
    assert_eq!(host.init, Some(true));
    assert_eq!(host.ipc_mode.as_deref(), Some("private"));
    assert_eq!(host.oom_score_adj, Some(1000));
    assert_eq!(host.runtime, Some(crate::support::runtime()));
    assert_eq!(host.log_config.unwrap().typ.as_deref(), Some("none"));
    assert!(
        host.binds.unwrap_or_default().is_empty(),
        "no host path is mounted"
    );
    assert!(host.mounts.unwrap_or_default().is_empty());
    assert!(
        info.mounts.unwrap_or_default().is_empty(),
        "no volume or bind of any kind"
    );
    assert!(host.devices.unwrap_or_default().is_empty());
    let tmp = host.tmpfs.unwrap().remove("/tmp").expect("a tmpfs at /tmp");
    for option in ["rw", "noexec", "nosuid", "nodev", "size=16m"] {
        assert!(tmp.split(',').any(|o| o == option), "{option} in {tmp}");
    }
    assert_eq!(host.shm_size, Some(16 << 20));
    let mut ulimits: Vec<(String, i64, i64)> = host
        .ulimits
        .unwrap()
        .into_iter()
        .map(|u| (u.name.unwrap(), u.soft.unwrap(), u.hard.unwrap()))
        .collect();
    ulimits.sort();
    assert_eq!(
        ulimits,
        vec![
            ("core".into(), 0, 0),
            ("fsize".into(), 16 << 20, 16 << 20),
            ("nofile".into(), 256, 256),
            ("nproc".into(), 64, 64),
            ("stack".into(), 8 << 20, 8 << 20),
        ]
    );

    let config = info.config.unwrap();
    // A uid of its own from JOB_UIDS, leased on the engine by the container's name.
    let user = config.user.clone().unwrap();
    let (uid, gid) = user.split_once(':').unwrap();
    assert_eq!(uid, gid, "{user}");
    let uid: u32 = uid.parse().unwrap();
    assert!(sandbox::config::DEFAULT_JOB_UIDS.contains(&uid), "{user}");
    assert_eq!(info.name, Some(format!("/sandbox-uid-{uid}")));
    assert_eq!(config.working_dir.as_deref(), Some("/sandbox"));
    assert_eq!(config.hostname.as_deref(), Some("sandbox"));
    let mut env = config.env.unwrap();
    env.sort();
    let mut expected: Vec<String> = [
        "HOME=/tmp",
        "LANG=C.UTF-8",
        "PATH=/usr/local/bin:/usr/bin:/bin",
        "SANDBOX_CODE_POLICY=off",
    ]
    .iter()
    .map(|v| v.to_string())
    .chain(crate::support::runtime_env())
    .collect();
    expected.sort();
    assert_eq!(env, expected);
    assert_eq!(config.network_disabled, Some(true));
    let labels = config.labels.unwrap();
    assert_eq!(labels["sandbox.worker"], "test-worker");
    // A pooled container was made before its job was known; one made for the job names it.
    let expected_job = (!crate::support::warm_pool()).then_some("inspected");
    assert_eq!(
        labels.get("sandbox.job").map(String::as_str),
        expected_job,
        "the job ran in a {} container",
        if expected_job.is_none() { "pooled" } else { "fresh" }
    );

    let result = job.await.unwrap().unwrap();
    assert_eq!(
        (result.outcome, result.stdout.as_str()),
        (Outcome::Success, "slept\n")
    );
    crate::support::all_removed(&executor, &owner.prefix).await;
}
