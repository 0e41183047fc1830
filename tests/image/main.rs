//! The runtime image itself (`RUNTIME_IMAGE`): its whole filesystem, read back from the engine,
//! holds nothing a job could execute but the Python interpreter.
//!
//! What counts as executable: a regular file with any execute bit. execve(2) needs the
//! execute permission on the file (and on the ELF interpreter it names) even for root, and a
//! `#!` script needs it too, so a file with none cannot be started; shared libraries and
//! extension modules are mapped with mmap, which needs only read permission. The image's build
//! (runtime/make-rootfs.sh) clears the bits of everything but the interpreter and the dynamic
//! loader the kernel starts it with, so libc.so.6 or ld.so's own program mode are not there
//! for the asking either: only the loader itself, which execve of the interpreter needs.
//! Empty files do not count (see below).
use sandbox_testkit as support;

mod python_data;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;

use bollard::models::ContainerCreateBody;
use bollard::query_parameters::RemoveContainerOptionsBuilder;
use futures_util::StreamExt;
use sandbox_worker::container::{LABEL_PREFIX, LABEL_SERVICE, SERVICE};

/// One entry of the image's filesystem.
#[derive(Debug)]
enum Entry {
    File { mode: u32, size: u64, head: Vec<u8> },
    Link(String),
    Other,
}

/// The image's filesystem as the engine exports a container made of it (never started: what
/// is there is the image's, plus the mount points the engine adds).
async fn image_files(image: &str) -> BTreeMap<String, Entry> {
    let config = support::config(&[]);
    let docker = support::docker().await;
    let labels = HashMap::from([
        (LABEL_SERVICE.to_string(), SERVICE.to_string()),
        (LABEL_PREFIX.to_string(), config.redis_prefix.clone()),
    ]);
    let body = ContainerCreateBody {
        image: Some(image.to_string()),
        labels: Some(labels),
        ..Default::default()
    };
    let id = docker
        .create_container(None, body)
        .await
        .unwrap_or_else(|e| panic!("a container of {image}: {e}"))
        .id;
    let mut archive = Vec::new();
    let mut export = docker.export_container(&id);
    while let Some(chunk) = export.next().await {
        archive.extend_from_slice(&chunk.expect("the engine exports the container"));
    }
    let remove = RemoveContainerOptionsBuilder::default().force(true).build();
    docker.remove_container(&id, Some(remove)).await.unwrap();

    let mut files = BTreeMap::new();
    let mut tar = tar::Archive::new(archive.as_slice());
    for entry in tar.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = format!("/{}", entry.path().unwrap().display());
        let path = path.trim_end_matches('/').to_string();
        let header = entry.header();
        let kind = header.entry_type();
        let (mode, size) = (header.mode().unwrap(), header.size().unwrap());
        let file = if kind.is_file() {
            let mut head = Vec::new();
            (&mut entry).take(4096).read_to_end(&mut head).unwrap();
            Entry::File { mode, size, head }
        } else if kind.is_symlink() || kind.is_hard_link() {
            let target = entry.link_name().unwrap().unwrap().display().to_string();
            let target = if kind.is_hard_link() {
                format!("/{target}")
            } else {
                target
            };
            Entry::Link(target)
        } else {
            Entry::Other
        };
        files.insert(path, file);
    }
    files
}

/// `path` with every symbolic link resolved inside the image (absolute and relative ones).
fn resolve(files: &BTreeMap<String, Entry>, path: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut todo: Vec<String> = path.split('/').rev().map(str::to_string).collect();
    let mut hops = 0;
    while let Some(part) = todo.pop() {
        match part.as_str() {
            "" | "." => continue,
            ".." => {
                parts.pop();
                continue;
            }
            _ => {}
        }
        parts.push(part);
        let here = format!("/{}", parts.join("/"));
        if let Some(Entry::Link(target)) = files.get(&here) {
            hops += 1;
            assert!(hops < 40, "a link loop at {here}");
            parts.pop();
            if target.starts_with('/') {
                parts.clear();
            }
            todo.extend(target.split('/').rev().map(str::to_string));
        }
    }
    format!("/{}", parts.join("/"))
}

/// The ELF interpreter (PT_INTERP) an executable names, from its first 4 KiB.
fn elf_interpreter(head: &[u8]) -> Option<String> {
    let u16_at = |at: usize| u16::from_le_bytes(head[at..at + 2].try_into().unwrap()) as usize;
    let u64_at = |at: usize| u64::from_le_bytes(head[at..at + 8].try_into().unwrap()) as usize;
    // 64-bit little-endian ELF only: the platforms the service is built for.
    if head.len() < 64 || &head[..4] != b"\x7fELF" || head[4] != 2 || head[5] != 1 {
        return None;
    }
    let (phoff, phentsize, phnum) = (u64_at(0x20), u16_at(0x36), u16_at(0x38));
    (0..phnum).find_map(|i| {
        let at = phoff + i * phentsize;
        let is_interp = u32::from_le_bytes(head[at..at + 4].try_into().unwrap()) == 3;
        is_interp.then(|| {
            let (offset, size) = (u64_at(at + 8), u64_at(at + 0x20));
            String::from_utf8_lossy(&head[offset..offset + size])
                .trim_end_matches('\0')
                .to_string()
        })
    })
}

#[tokio::test]
async fn the_only_executable_files_are_the_interpreter_and_its_loader() {
    let image = support::config(&[]).runtime_image;
    assert_only_the_interpreter_can_run(&image).await;
}

/// Nothing in `image` can be executed but the entrypoint's interpreter and its loader; no
/// set-uid or set-gid file; no shell or usual tool; the launcher and the standard library there.
async fn assert_only_the_interpreter_can_run(image: &str) {
    let files = image_files(image).await;
    let interpreter = resolve(&files, sandbox_worker::container::ENTRYPOINT[0]);
    let Some(Entry::File { mode, head, .. }) = files.get(&interpreter) else {
        panic!("the entrypoint's interpreter {interpreter} is not a file of {image}");
    };
    assert_ne!(mode & 0o111, 0, "{interpreter} can be executed");
    let loader = elf_interpreter(head).expect("the interpreter is a dynamic ELF executable");
    let loader = resolve(&files, &loader);

    // Empty files are left out: the engine's mount points (/.dockerenv, /etc/hosts,
    // /etc/hostname, /etc/resolv.conf, /dev/console) are empty files of mode 0755 in every
    // container, covered at run time by the engine's own files or the /dev tmpfs, and execve of
    // an empty file fails (ENOEXEC: no ELF header, no `#!`); the root filesystem is read-only.
    let executable: BTreeSet<&str> = files
        .iter()
        .filter(
            |(_, entry)| matches!(entry, Entry::File { mode, size, .. } if mode & 0o111 != 0 && *size > 0),
        )
        .map(|(path, _)| path.as_str())
        .collect();
    let expected = BTreeSet::from([interpreter.as_str(), loader.as_str()]);
    assert_eq!(
        executable,
        expected,
        "{} executable files in {image}, of which not expected: {:?}",
        executable.len(),
        executable.difference(&expected).take(40).collect::<Vec<_>>()
    );

    let privileged: Vec<&str> = files
        .iter()
        .filter(|(_, entry)| matches!(entry, Entry::File { mode, .. } if mode & 0o6000 != 0))
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(privileged.is_empty(), "set-uid/set-gid files: {privileged:?}");

    // What the image exists for is there: the standard library, the launcher, a scratch /tmp.
    for needed in ["/opt/sandbox/launcher.py", "/tmp", "/etc/passwd"] {
        assert!(files.contains_key(needed), "{needed} in {image}");
    }
    assert!(
        files.keys().any(|p| p.ends_with("/python3.11/os.py")),
        "the standard library"
    );
    // And the usual tools are not, under any name a link could give them.
    for tool in [
        "/bin/sh",
        "/bin/bash",
        "/usr/bin/env",
        "/bin/ls",
        "/usr/bin/apt",
        "/usr/bin/dpkg",
    ] {
        let real = resolve(&files, tool);
        assert!(!files.contains_key(&real), "{tool} is in {image}");
    }
}

/// The private-attribute rule refuses the library's private doors by a table generated from the
/// image (crates/core/src/validate/stdlib-private-names.txt): the image's standard library must
/// be the one the table was made from, or a door the table lacks would be the program's to name.
#[test]
fn the_table_of_the_librarys_private_names_is_this_images() {
    let image = support::config(&[]).runtime_image;
    let modules: Vec<&str> = sandbox::validate::DEFAULT_ALLOWED_MODULES
        .iter()
        .map(|(name, _)| *name)
        .collect();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let script = std::fs::File::open(format!("{root}/runtime/list-private-names.py")).unwrap();
    let output = std::process::Command::new("docker")
        .args([
            "run",
            "--rm",
            "-i",
            "--network",
            "none",
            "--entrypoint",
            "/usr/bin/python3",
        ])
        .arg(&image)
        .args(["-", &modules.join(" ")])
        .stdin(script)
        .output()
        .expect("docker run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let table = std::fs::read_to_string(format!(
        "{root}/crates/core/src/validate/stdlib-private-names.txt"
    ))
    .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        table,
        "regenerate the table: docker run --rm -i --entrypoint /usr/bin/python3 {image} - \"<allowed modules>\" < runtime/list-private-names.py"
    );
}
