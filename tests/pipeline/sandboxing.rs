//! What an ordinary (validator-approved) program finds inside its container.

use crate::support::{spawn_app, stdout};

#[tokio::test]
async fn the_program_runs_as_an_unprivileged_user() {
    let app = spawn_app(&[]).await;
    let code = "for line in open('/proc/self/status'):\n    if line.startswith(('Uid:', 'Gid:', 'CapEff:', 'NoNewPrivs:')):\n        print(line.split()[0], line.split()[1])";
    let job = app.run(code, "").await;
    assert_eq!(
        stdout(&job),
        "Uid: 64000\nGid: 64000\nCapEff: 0000000000000000\nNoNewPrivs: 1\n",
        "{job}"
    );
}

#[tokio::test]
async fn the_filesystem_is_read_only_including_the_programs_own_source() {
    let app = spawn_app(&[]).await;
    let code = r#"
for path in ['/evil', '/sandbox/main.py', 'main.py', __file__, '/opt/sandbox/launcher.py', '/etc/passwd']:
    try:
        with open(path, 'w') as f:
            f.write('pwned')
        print(path, 'WRITTEN')
    except OSError as e:
        print(path, type(e).__name__)
with open('/tmp/scratch', 'w') as f:
    f.write('ok')
print('tmp', open('/tmp/scratch').read())
"#;
    let job = app.run(code, "").await;
    let out = stdout(&job);
    assert!(!out.contains("WRITTEN"), "{out}");
    assert_eq!(out.lines().count(), 7, "{job}");
    assert!(
        out.ends_with("tmp ok\n"),
        "a small scratch /tmp is writable: {out}"
    );
}
