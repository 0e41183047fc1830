//! `--file PATH` and `--file LOCAL=REMOTE`: the input files of `POST /jobs` (`files`), read
//! and checked here so that nothing is sent the service would refuse anyway; and the check of
//! a relative path, shared with `--out` (crate::out), which applies it to what the service sends.

use std::io::Read;
use std::path::Path;

use base64::Engine as _;
use serde::Serialize;

use crate::error::{chain, Error};

/// At most this many files (the service's default `MAX_FILES`).
pub const MAX_FILES: usize = 16;
/// At most this many bytes in all, decoded (the service's default `MAX_FILES_SIZE`).
pub const MAX_FILES_SIZE: u64 = 1024 * 1024;
/// The longest path the API takes, in bytes.
pub const MAX_PATH_BYTES: usize = 255;

/// An entry of `files` as `POST /jobs` takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputFile {
    pub path: String,
    pub content: String,
    /// `utf-8` or `base64`.
    pub encoding: &'static str,
}

/// Reads every `--file` argument, in order: each within the limits, each remote path valid and
/// used once. Any problem is a usage error (120) naming the argument.
pub fn read_files(specs: &[String]) -> Result<Vec<InputFile>, Error> {
    if specs.len() > MAX_FILES {
        return Err(Error::usage(format!(
            "{} --file arguments: at most {MAX_FILES} files can be sent with a job",
            specs.len()
        )));
    }
    let mut files: Vec<InputFile> = Vec::with_capacity(specs.len());
    let mut total: u64 = 0;
    for spec in specs {
        let (local, remote) = split_spec(spec)?;
        check_path(&remote).map_err(|why| {
            Error::usage(format!(
                "--file {spec}: the path {remote:?} cannot be sent: {why}"
            ))
        })?;
        if files.iter().any(|f| f.path == remote) {
            return Err(Error::usage(format!(
                "--file {spec}: {remote:?} is already sent by an earlier --file (LOCAL=REMOTE picks another path)"
            )));
        }
        // The API refuses a path that is the directory of another (`a` and `a/b`).
        if let Some(other) = files
            .iter()
            .find(|f| is_under(&f.path, &remote) || is_under(&remote, &f.path))
        {
            return Err(Error::usage(format!(
                "--file {spec}: {remote:?} and {:?} cannot both be sent: one would be the other's directory",
                other.path
            )));
        }
        let left = MAX_FILES_SIZE - total;
        let bytes = read_at_most(local, left).map_err(|why| Error::usage(format!("--file {spec}: {why}")))?;
        total += bytes.len() as u64;
        files.push(encode(remote, bytes));
    }
    Ok(files)
}

/// Whether `path` lies under the directory `dir`.
fn is_under(path: &str, dir: &str) -> bool {
    path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/'))
}

/// `LOCAL=REMOTE` split at its first `=`, or `PATH` with its base name as the remote path.
fn split_spec(spec: &str) -> Result<(&Path, String), Error> {
    if let Some((local, remote)) = spec.split_once('=') {
        if local.is_empty() {
            return Err(Error::usage(format!("--file {spec}: no local file before `=`")));
        }
        return Ok((Path::new(local), remote.to_string()));
    }
    let local = Path::new(spec);
    let name = local.file_name().ok_or_else(|| {
        Error::usage(format!(
            "--file {spec}: not a file name (give LOCAL=REMOTE to name it in the job)"
        ))
    })?;
    let name = name.to_str().ok_or_else(|| {
        Error::usage(format!(
            "--file {spec}: its name is not UTF-8 (give LOCAL=REMOTE to name it in the job)"
        ))
    })?;
    Ok((local, name.to_string()))
}

/// The file's bytes when there are at most `limit` of them. Reads at most `limit + 1` bytes,
/// so a huge file (or a FIFO or device that never ends) is not read into memory.
fn read_at_most(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot read {}: {}", path.display(), chain(&e)))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(format!("{} is a directory", path.display()));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {}: {}", path.display(), chain(&e)))?;
    if bytes.len() as u64 > limit {
        let left = if limit == MAX_FILES_SIZE {
            String::new()
        } else {
            format!(", and the files before it leave {limit}")
        };
        return Err(format!(
            "{} is too large: a job's files may hold {MAX_FILES_SIZE} bytes (1 MiB) in all{left}",
            path.display()
        ));
    }
    Ok(bytes)
}

/// UTF-8 text as it is, anything else as base64.
fn encode(path: String, bytes: Vec<u8>) -> InputFile {
    match String::from_utf8(bytes) {
        Ok(content) => InputFile {
            path,
            content,
            encoding: "utf-8",
        },
        Err(e) => InputFile {
            path,
            content: base64::engine::general_purpose::STANDARD.encode(e.into_bytes()),
            encoding: "base64",
        },
    }
}

/// Whether `path` is a relative `/`-separated path the API takes, and that can be joined
/// under a directory without leaving it: not empty, not absolute, no empty, `.` or `..`
/// component, no NUL, backslash or other control character, at most 255 bytes. The reason
/// when it is not.
// SECURITY: `--out` joins what the service sends under the user's directory. A path that is
// absolute, climbs with `..`, or that another system reads differently (a backslash is a
// separator on Windows) would write outside DIR; control characters would reach the terminal
// in the lines printed about the file and make names no shell handles well.
pub fn check_path(path: &str) -> Result<(), &'static str> {
    if path.is_empty() {
        return Err("it is empty");
    }
    if path.len() > MAX_PATH_BYTES {
        return Err("it is longer than 255 bytes");
    }
    if path.starts_with('/') {
        return Err("it is absolute");
    }
    if path.contains('\0') {
        return Err("it holds a NUL byte");
    }
    if path.contains('\\') {
        return Err("it holds a backslash");
    }
    if path.chars().any(char::is_control) {
        return Err("it holds a control character");
    }
    for component in path.split('/') {
        match component {
            "" => return Err("it has an empty component"),
            "." => return Err("it has a `.` component"),
            ".." => return Err("it has a `..` component"),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::exit::Exit;

    /// A directory of its own under the system's temporary directory, removed at the end.
    pub(crate) struct TempDir(pub std::path::PathBuf);

    impl TempDir {
        pub(crate) fn new() -> TempDir {
            let dir =
                std::env::temp_dir().join(format!("sandbox-cli-unit-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir(&dir).unwrap();
            TempDir(dir)
        }

        fn write(&self, name: &str, bytes: &[u8]) -> String {
            let path = self.0.join(name);
            std::fs::write(&path, bytes).unwrap();
            path.to_str().unwrap().to_string()
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn relative_paths_pass() {
        for good in [
            "data.csv",
            "a/b/c.txt",
            "..a",
            "a..",
            "x/.hidden",
            "名前.txt",
            "a b",
        ] {
            assert_eq!(check_path(good), Ok(()), "{good:?}");
        }
        assert_eq!(check_path(&"a".repeat(255)), Ok(()));
    }

    #[test]
    fn paths_that_could_leave_the_directory_are_refused() {
        for (bad, why) in [
            ("", "it is empty"),
            ("/etc/passwd", "it is absolute"),
            ("//x", "it is absolute"),
            ("..", "it has a `..` component"),
            ("../x", "it has a `..` component"),
            ("a/../../x", "it has a `..` component"),
            ("a/..", "it has a `..` component"),
            (".", "it has a `.` component"),
            ("./a", "it has a `.` component"),
            ("a//b", "it has an empty component"),
            ("a/", "it has an empty component"),
            ("a\0b", "it holds a NUL byte"),
            ("..\\x", "it holds a backslash"),
            ("a\\b", "it holds a backslash"),
            ("a\x1b[2Jb", "it holds a control character"),
            ("a\nb", "it holds a control character"),
        ] {
            assert_eq!(check_path(bad), Err(why), "{bad:?}");
        }
        assert!(check_path(&"a".repeat(256)).is_err());
    }

    #[test]
    fn a_file_goes_under_its_base_name_text_as_text_bytes_as_base64() {
        let dir = TempDir::new();
        let text = dir.write("data.csv", "a,b\n1,2\n".as_bytes());
        let binary = dir.write("blob.bin", &[0xff, 0x00, 0x89]);
        let files = read_files(&[text, format!("{binary}=in/raw.bin")]).unwrap();
        assert_eq!(
            files,
            [
                InputFile {
                    path: "data.csv".into(),
                    content: "a,b\n1,2\n".into(),
                    encoding: "utf-8"
                },
                InputFile {
                    path: "in/raw.bin".into(),
                    content: "/wCJ".into(),
                    encoding: "base64"
                },
            ]
        );
    }

    #[test]
    fn a_missing_file_is_a_usage_error_naming_it() {
        let error = read_files(&["/nonexistent/data.csv".into()]).unwrap_err();
        assert_eq!(error.exit, Exit::Usage);
        assert!(
            error.message.contains("cannot read /nonexistent/data.csv"),
            "{}",
            error.message
        );
        let dir = TempDir::new();
        let error = read_files(&[dir.0.to_str().unwrap().to_string() + "=d"]).unwrap_err();
        assert!(error.message.contains("is a directory"), "{}", error.message);
    }

    #[test]
    fn files_past_the_limits_are_usage_errors() {
        let dir = TempDir::new();
        let big = dir.write("big.bin", &vec![b'x'; MAX_FILES_SIZE as usize + 1]);
        let error = read_files(&[big]).unwrap_err();
        assert_eq!(error.exit, Exit::Usage);
        assert!(error.message.contains("is too large"), "{}", error.message);

        // Exactly the limit passes; one more byte in a second file does not.
        let full = dir.write("full.bin", &vec![b'x'; MAX_FILES_SIZE as usize]);
        let one = dir.write("one.txt", b"y");
        assert_eq!(read_files(std::slice::from_ref(&full)).unwrap().len(), 1);
        let error = read_files(&[full, one]).unwrap_err();
        assert!(
            error.message.contains("one.txt is too large"),
            "{}",
            error.message
        );

        let small = dir.write("s.txt", b"s");
        let many: Vec<String> = (0..=MAX_FILES).map(|i| format!("{small}=f{i}.txt")).collect();
        let error = read_files(&many).unwrap_err();
        assert!(error.message.contains("at most 16 files"), "{}", error.message);
        assert_eq!(read_files(&many[..MAX_FILES]).unwrap().len(), MAX_FILES);
    }

    #[test]
    fn remote_paths_are_checked_and_unique() {
        let dir = TempDir::new();
        let a = dir.write("a.txt", b"a");
        for bad in ["../a.txt", "/a.txt", "", "a//b"] {
            let error = read_files(&[format!("{a}={bad}")]).unwrap_err();
            assert_eq!(error.exit, Exit::Usage, "{bad:?}");
            assert!(error.message.contains("cannot be sent"), "{}", error.message);
        }
        let error = read_files(&[a.clone(), format!("{a}=a.txt")]).unwrap_err();
        assert!(error.message.contains("already sent"), "{}", error.message);
        for (first, second) in [("d", "d/a.txt"), ("d/e/a.txt", "d")] {
            let error = read_files(&[format!("{a}={first}"), format!("{a}={second}")]).unwrap_err();
            assert!(
                error.message.contains("the other's directory"),
                "{}",
                error.message
            );
        }
        assert_eq!(
            read_files(&[format!("{a}=d"), format!("{a}=dd/a.txt")])
                .unwrap()
                .len(),
            2
        );
        let error = read_files(&["=x".into()]).unwrap_err();
        assert!(error.message.contains("no local file"), "{}", error.message);
        let error = read_files(&["/".into()]).unwrap_err();
        assert!(error.message.contains("not a file name"), "{}", error.message);
    }
}
