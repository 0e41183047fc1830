//! Two jobs at once share nothing: no file, no shared memory, no lock, no socket.

use sandbox::job::Outcome;

use crate::support::{executor, unchecked};

#[tokio::test]
async fn concurrent_jobs_cannot_pass_a_secret() {
    let (executor, owner) = executor(&[("EXECUTION_TIMEOUT", "10")]).await;
    // The sender publishes the secret every way it can and waits; the receiver looks for it.
    let sender = r#"
import fcntl, os, socket, time
for path in ["/tmp/secret", "/dev/shm/secret"]:
    with open(path, "w") as f:
        f.write("s3cret")
lock = open("/tmp/lock", "w")
fcntl.flock(lock, fcntl.LOCK_EX)
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind("\0sandbox-secret")
server.listen()
print("published", flush=True)
time.sleep(4)
"#;
    let receiver = r#"
import fcntl, os, socket, time
time.sleep(1.5)
found = []
for path in ["/tmp/secret", "/dev/shm/secret"]:
    if os.path.exists(path):
        found.append(path)
lock = open("/tmp/lock", "w")
try:
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError:
    found.append("lock held")
client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    client.connect("\0sandbox-secret")
    found.append("socket")
except OSError:
    pass
print("found", found)
"#;
    let (sender, receiver) = (unchecked(sender), unchecked(receiver));
    let (sent, received) = tokio::join!(
        executor.run_labelled("sender", &sender, ""),
        executor.run_labelled("receiver", &receiver, "")
    );
    let (sent, received) = (sent.unwrap(), received.unwrap());
    assert_eq!(
        (sent.outcome, sent.stdout.as_str()),
        (Outcome::Success, "published\n"),
        "{sent:?}"
    );
    assert_eq!(received.stdout, "found []\n", "{received:?}");
    crate::support::after_the_job(&executor, &owner.prefix).await;
}
