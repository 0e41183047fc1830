//! Resource accounting of a job: the CPU time and the memory peak the kernel accounts to the
//! job's container — its cgroup — read from the host's cgroup tree (CGROUP_ROOT).
//!
//! Where the figures come from, and why (docs/architecture.md, "Resource accounting"):
//! - They are the kernel's, of the container's cgroup, never anything the program's own process
//!   reports: cgroup v1 `cpuacct.usage` (ns) and `memory.max_usage_in_bytes`; cgroup v2
//!   `cpu.stat` `usage_usec` and `memory.peak` (Linux 5.19 and later; without it, no peak).
//! - A cgroup disappears with its container's last process, before the engine even reports the
//!   exit; so they are read while the container is held: the launcher, once the program has
//!   ended, writes its end marker and waits for the worker's release (runtime/launcher.py),
//!   and the executor reads here in that pause. At the time limit, they are read before the
//!   kill.
//! - Not through the engine's stats API: on Docker 20.10 a stats call answers only on the
//!   engine's 1 s collection tick (measured: 0.6–1 s a call), which every job would wait for,
//!   and it has no memory peak on cgroup v2. A worker in a container of its own (compose) is
//!   given the host's tree as a read-only bind mount (CGROUP_ROOT); without one, there are no
//!   figures (null), and the worker says so at start.

use std::path::{Path, PathBuf};

/// Which cgroup hierarchy the host has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V1,
    V2,
}

/// The host's cgroup tree, as this worker sees it.
#[derive(Debug, Clone)]
pub struct Accounting {
    root: PathBuf,
    version: Version,
}

/// One reading of a container's accounting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    /// CPU time of every process of the container so far, user and system, in ns.
    pub cpu_ns: u64,
    /// The container's memory peak since it started, in bytes (None: the kernel has none).
    pub peak_bytes: Option<u64>,
}

impl Accounting {
    /// The tree at `root` when it is one (v2: `cgroup.controllers` at its top; v1: a
    /// `cpuacct` hierarchy), else None.
    pub fn detect(root: &Path) -> Option<Accounting> {
        let version = if root.join("cgroup.controllers").is_file() {
            Version::V2
        } else if root.join("cpuacct").is_dir() && root.join("memory").is_dir() {
            Version::V1
        } else {
            return None;
        };
        Some(Accounting {
            root: root.to_path_buf(),
            version,
        })
    }

    pub fn version(&self) -> Version {
        self.version
    }

    /// The container's accounting now; None when its cgroup is not (or no longer) there.
    pub fn sample(&self, container: &str) -> Option<Sample> {
        // The engine's two cgroup drivers: cgroupfs puts a container at docker/<id>, systemd
        // at system.slice/docker-<id>.scope.
        let places = [
            format!("docker/{container}"),
            format!("system.slice/docker-{container}.scope"),
        ];
        places.iter().find_map(|place| match self.version {
            Version::V1 => {
                let cpu = self.root.join("cpuacct").join(place).join("cpuacct.usage");
                let memory = self.root.join("memory").join(place);
                Some(Sample {
                    cpu_ns: read_number(&cpu)?,
                    peak_bytes: read_number(&memory.join("memory.max_usage_in_bytes")),
                })
            }
            Version::V2 => {
                let dir = self.root.join(place);
                let stat = std::fs::read_to_string(dir.join("cpu.stat")).ok()?;
                Some(Sample {
                    cpu_ns: usage_usec(&stat)?.checked_mul(1000)?,
                    peak_bytes: read_number(&dir.join("memory.peak")),
                })
            }
        })
    }
}

/// What a job used, from the readings at its start (`baseline`) and at its end.
pub fn figures(baseline: Option<Sample>, end: Option<Sample>) -> (Option<u64>, Option<u64>) {
    let Some(end) = end else {
        return (None, None);
    };
    let cpu_ms = baseline.map(|start| end.cpu_ns.saturating_sub(start.cpu_ns) / 1_000_000);
    (cpu_ms, end.peak_bytes)
}

fn read_number(path: &Path) -> Option<u64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// `usage_usec` of a cgroup v2 `cpu.stat`.
fn usage_usec(stat: &str) -> Option<u64> {
    stat.lines()
        .find_map(|line| line.strip_prefix("usage_usec "))
        .and_then(|n| n.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(version: Version, place: &str, files: &[(&str, &str)]) -> (tempdir::Dir, Accounting) {
        let dir = tempdir::Dir::new();
        match version {
            Version::V1 => {
                for (controller, file, value) in [
                    ("cpuacct", files[0].0, files[0].1),
                    ("memory", files[1].0, files[1].1),
                ] {
                    let at = dir.path().join(controller).join(place);
                    std::fs::create_dir_all(&at).unwrap();
                    std::fs::write(at.join(file), value).unwrap();
                }
            }
            Version::V2 => {
                std::fs::write(dir.path().join("cgroup.controllers"), "cpu memory\n").unwrap();
                let at = dir.path().join(place);
                std::fs::create_dir_all(&at).unwrap();
                for (file, value) in files {
                    std::fs::write(at.join(file), value).unwrap();
                }
            }
        }
        let accounting = Accounting::detect(dir.path()).expect("a cgroup tree");
        assert_eq!(accounting.version(), version);
        (dir, accounting)
    }

    mod tempdir {
        pub struct Dir(std::path::PathBuf);
        impl Dir {
            pub fn new() -> Dir {
                let path = std::env::temp_dir().join(format!("accounting-{}", uuid::Uuid::new_v4()));
                std::fs::create_dir_all(&path).unwrap();
                Dir(path)
            }
            pub fn path(&self) -> &std::path::Path {
                &self.0
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[test]
    fn cgroup_v1_figures_are_read_under_either_driver() {
        for place in ["docker/abc", "system.slice/docker-abc.scope"] {
            let (_dir, accounting) = tree(
                Version::V1,
                place,
                &[
                    ("cpuacct.usage", "1500000000\n"),
                    ("memory.max_usage_in_bytes", "52428800\n"),
                ],
            );
            let sample = accounting.sample("abc").expect("the container's cgroup");
            assert_eq!(sample.cpu_ns, 1_500_000_000);
            assert_eq!(sample.peak_bytes, Some(50 << 20));
            assert_eq!(accounting.sample("other"), None);
        }
    }

    #[test]
    fn cgroup_v2_figures_are_read_and_a_missing_peak_is_none() {
        let stat = "usage_usec 250000\nuser_usec 200000\nsystem_usec 50000\n";
        let (_dir, accounting) = tree(
            Version::V2,
            "docker/abc",
            &[("cpu.stat", stat), ("memory.peak", "1048576\n")],
        );
        let sample = accounting.sample("abc").unwrap();
        assert_eq!((sample.cpu_ns, sample.peak_bytes), (250_000_000, Some(1 << 20)));
        let (_dir, older_kernel) = tree(Version::V2, "docker/abc", &[("cpu.stat", stat)]);
        assert_eq!(older_kernel.sample("abc").unwrap().peak_bytes, None);
    }

    #[test]
    fn no_tree_no_accounting() {
        let dir = tempdir::Dir::new();
        assert!(Accounting::detect(dir.path()).is_none());
    }

    #[test]
    fn the_jobs_cpu_is_the_end_less_the_baseline() {
        let at = |cpu_ns, peak| {
            Some(Sample {
                cpu_ns,
                peak_bytes: Some(peak),
            })
        };
        assert_eq!(
            figures(at(80_000_000, 9), at(1_080_000_000, 60)),
            (Some(1000), Some(60))
        );
        assert_eq!(
            figures(None, at(5, 6)),
            (None, Some(6)),
            "no baseline: no cpu figure"
        );
        assert_eq!(figures(at(1, 2), None), (None, None), "no end: nothing");
    }
}
