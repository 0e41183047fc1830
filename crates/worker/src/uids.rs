//! A uid of its own for every job container (JOB_UIDS).
//!
//! SECURITY: the kernel keeps some limits per uid, not per container: inotify instances and
//! watches, RLIMIT_NPROC's process count, pending signals (RLIMIT_SIGPENDING), POSIX message
//! queue bytes, pipe buffer pages (pipe-user-pages-soft). Under one shared uid, one job could
//! exhaust them for every other job on the host (it did: a job took all 128 inotify instances
//! of uid 64000). So no two job containers on an engine run under the same uid at the same
//! time: each takes a uid from JOB_UIDS for its whole life.
//!
//! The lease is the engine's: a job container is named `sandbox-uid-<uid>`, and the engine
//! refuses a second container of the same name (409), atomically and across every worker,
//! deployment and process that talks to it. The name is freed only when the container has been
//! removed, when none of its processes are left. Which uids this worker holds is kept here too,
//! so that it does not ask the engine for its own; a create refused for the name moves on to
//! the next uid (another worker on the engine holds that one).
//!
//! User-namespace remapping was not chosen: the engine's `userns-remap` is one mapping for the
//! whole daemon, so every container would still share one host uid per container uid.

use std::collections::HashSet;
use std::ops::RangeInclusive;
use std::sync::{Arc, Mutex};

/// The name that leases `uid` on the engine.
pub fn container_name(uid: u32) -> String {
    format!("sandbox-uid-{uid}")
}

/// The uids of JOB_UIDS this worker has not lent out.
#[derive(Debug)]
pub struct Uids {
    range: RangeInclusive<u32>,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    held: HashSet<u32>,
    /// Where the next search starts: it goes round the range, so a uid is used again as late as
    /// possible, and workers sharing a range (each starting at a random place) rarely meet.
    next: u32,
}

impl Uids {
    pub fn new(range: RangeInclusive<u32>) -> Arc<Uids> {
        let span = u64::from(range.end() - range.start()) + 1;
        let offset = (uuid::Uuid::new_v4().as_u128() % u128::from(span)) as u32;
        let next = range.start() + offset;
        Arc::new(Uids {
            range,
            state: Mutex::new(State {
                held: HashSet::new(),
                next,
            }),
        })
    }

    /// Lends the next uid this worker does not hold, if any is left.
    pub fn lease(self: &Arc<Uids>) -> Option<Lease> {
        let mut state = self.state.lock().unwrap();
        let (first, last) = (*self.range.start(), *self.range.end());
        let span = u64::from(last - first) + 1;
        if state.held.len() as u64 >= span {
            return None;
        }
        let mut uid = state.next;
        while state.held.contains(&uid) {
            uid = if uid == last { first } else { uid + 1 };
        }
        state.held.insert(uid);
        state.next = if uid == last { first } else { uid + 1 };
        Some(Lease {
            uid,
            uids: self.clone(),
        })
    }

    /// How many uids this worker holds now.
    pub fn held(&self) -> usize {
        self.state.lock().unwrap().held.len()
    }
}

/// A uid lent to one container; given back when dropped (after the container's removal).
#[derive(Debug)]
pub struct Lease {
    uid: u32,
    uids: Arc<Uids>,
}

impl Lease {
    pub fn uid(&self) -> u32 {
        self.uid
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.uids.state.lock().unwrap().held.remove(&self.uid);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leases_are_distinct_until_given_back_and_stay_in_the_range() {
        let uids = Uids::new(100..=103);
        let leases: Vec<Lease> = (0..4).map(|_| uids.lease().unwrap()).collect();
        let mut got: Vec<u32> = leases.iter().map(Lease::uid).collect();
        got.sort();
        assert_eq!(got, [100, 101, 102, 103]);
        assert!(uids.lease().is_none(), "all four are lent");
        drop(leases);
        assert_eq!(uids.held(), 0);
        let again = uids.lease().unwrap();
        assert!((100..=103).contains(&again.uid()));
    }

    #[test]
    fn a_range_of_one_lends_one_uid_at_a_time() {
        let uids = Uids::new(7..=7);
        let lease = uids.lease().unwrap();
        assert_eq!(lease.uid(), 7);
        assert!(uids.lease().is_none());
        drop(lease);
        assert_eq!(uids.lease().unwrap().uid(), 7);
    }

    #[test]
    fn the_search_goes_round_the_range() {
        let uids = Uids::new(10..=12);
        let a = uids.lease().unwrap().uid();
        let b = uids.lease().unwrap().uid();
        // Each lease was dropped at once; the next one is still the following uid, not `a`.
        assert_eq!(b, if a == 12 { 10 } else { a + 1 });
    }
}
