//! The seccomp profile every job runs under: the engine's own default profile (Docker 20.10's
//! `profiles/seccomp/default.json`, shipped as `runtime/seccomp-default.json`), applied
//! explicitly so that it cannot be lost to an engine configured otherwise, and tightened by the
//! few system calls below that an exercise program never needs.

use std::sync::LazyLock;

use serde_json::Value;

/// The engine's default profile, as Docker 20.10 ships it.
const DEFAULT_PROFILE: &str = include_str!("../../runtime/seccomp-default.json");

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
            names.retain(|name| !DENIED.iter().any(|(denied, _)| name == denied));
        }
    }
    rules.retain(|rule| rule["names"].as_array().is_some_and(|names| !names.is_empty()));
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
