//! The seccomp profile every job runs under: the engine's own default profile (Docker 20.10's
//! `profiles/seccomp/default.json`, shipped as `runtime/seccomp-default.json`), applied
//! explicitly so that it cannot be lost to an engine configured otherwise, and tightened by the
//! few system calls below that an exercise program never needs.

use std::sync::LazyLock;

use serde_json::Value;

/// The engine's default profile, as Docker 20.10 ships it.
const DEFAULT_PROFILE: &str = include_str!("../../../runtime/seccomp-default.json");

/// System calls the default profile allows that we deny, each with the threat it closes.
pub const DENIED: &[(&str, &str)] = &[
    // SECURITY: tampering with other processes of the job — notably its init (PID 1), which
    // runs as the same uid — and a long history of kernel bugs reachable through ptrace.
    (
        "ptrace",
        "lets a process control another one of the job, its init included",
    ),
    // SECURITY: kernel attack surface — io_uring has had a run of privilege-escalation bugs and
    // bypasses seccomp filtering of the operations it performs; Python never uses it.
    ("io_uring_setup", "large, exploit-prone kernel interface"),
    ("io_uring_enter", "large, exploit-prone kernel interface"),
    ("io_uring_register", "large, exploit-prone kernel interface"),
];

/// `AF_UNIX`, the one socket family a job may create (Python's own `socketpair`, a pipe
/// between processes of the job). The job has no network, so no other family has a use.
const AF_UNIX: u64 = 1;

/// System calls allowed only for `AF_UNIX` (their first argument is the family).
// SECURITY: kernel attack surface — AF_NETLINK, AF_VSOCK, AF_PACKET, AF_ALG, AF_BLUETOOTH …
// sockets could be created in a job although it has no network; each family is kernel code
// reachable by an unprivileged process, and several have had privilege-escalation bugs.
pub const UNIX_ONLY: &[&str] = &["socket", "socketpair"];

/// The tightened profile as the engine's `seccomp=<json>` security option expects it.
pub static PROFILE: LazyLock<String> = LazyLock::new(|| {
    let mut profile: Value =
        serde_json::from_str(DEFAULT_PROFILE).expect("the shipped default profile is JSON");
    let rules = profile["syscalls"]
        .as_array_mut()
        .expect("the profile has a syscalls list");
    for rule in rules.iter_mut() {
        if rule["action"] == "SCMP_ACT_ALLOW" {
            let names = rule["names"]
                .as_array_mut()
                .expect("every rule names its syscalls");
            names.retain(|name| {
                !DENIED.iter().any(|(denied, _)| name == denied)
                    && !UNIX_ONLY.iter().any(|family_call| name == family_call)
            });
        }
    }
    rules.retain(|rule| rule["names"].as_array().is_some_and(|names| !names.is_empty()));
    rules.push(serde_json::json!({
        "names": UNIX_ONLY,
        "action": "SCMP_ACT_ALLOW",
        "args": [{"index": 0, "value": AF_UNIX, "valueTwo": 0, "op": "SCMP_CMP_EQ"}],
    }));
    serde_json::to_string(&profile).expect("a JSON value serialises")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(profile: &Value) -> Vec<String> {
        profile["syscalls"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["action"] == "SCMP_ACT_ALLOW")
            .flat_map(|r| {
                r["names"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_str().unwrap().to_string())
            })
            .collect()
    }

    #[test]
    fn the_denied_calls_are_gone_and_the_rest_of_the_default_stays() {
        let ours: Value = serde_json::from_str(&PROFILE).unwrap();
        let default: Value = serde_json::from_str(DEFAULT_PROFILE).unwrap();
        assert_eq!(
            ours["defaultAction"], "SCMP_ACT_ERRNO",
            "what is not listed is refused"
        );
        let conditional: Vec<&Value> = ours["syscalls"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["args"].as_array().is_some_and(|a| !a.is_empty()))
            .filter(|r| r["names"].as_array().unwrap().iter().any(|n| n == "socket"))
            .collect();
        assert_eq!(
            conditional.len(),
            1,
            "socket is allowed only with an argument rule"
        );
        assert_eq!(conditional[0]["args"][0]["value"], AF_UNIX);
        let unconditional = |p: &Value| -> Vec<String> {
            p["syscalls"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["action"] == "SCMP_ACT_ALLOW")
                .filter(|r| r["args"].as_array().is_none_or(|a| a.is_empty()))
                .flat_map(|r| {
                    r["names"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|n| n.as_str().unwrap().to_string())
                })
                .collect()
        };
        for name in UNIX_ONLY {
            assert!(
                !unconditional(&ours).contains(&name.to_string()),
                "{name} is allowed for every family"
            );
        }
        let (ours, default) = (allowed(&ours), allowed(&default));
        for (name, _) in DENIED {
            assert!(
                default.contains(&name.to_string()),
                "{name} was allowed by the default"
            );
            assert!(!ours.contains(&name.to_string()), "{name} is still allowed");
        }
        let kept = default
            .iter()
            .filter(|n| !DENIED.iter().any(|(d, _)| d == n))
            .count();
        assert_eq!(ours.len(), kept, "nothing else was removed");
        for needed in [
            "read",
            "write",
            "openat",
            "clone",
            "execve",
            "exit_group",
            "wait4",
        ] {
            assert!(ours.contains(&needed.to_string()), "{needed}");
        }
    }
}
