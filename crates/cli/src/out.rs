//! The files a program left in `./out/` (`result.files`): written under `--out DIR`, or listed
//! on stderr without it.
//!
//! What the service sends is not trusted: a path is written only when [`check_path`] passes it,
//! and nothing already in DIR is followed — a symlink where a directory or the file would go
//! is refused, and each file is created anew (`O_CREAT | O_EXCL`, which never follows a link,
//! and `O_NOFOLLOW` besides). A refused or failed file is reported and the others are still
//! written.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use base64::Engine as _;

use crate::error::chain;
use crate::exit::Exit;
use crate::files::check_path;
use crate::job::{JobResult, OutputFile};

/// What became of a result's files: lines for stderr (without the `sandbox: ` prefix) and,
/// when one could not be written, the exit code that asks for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    pub lines: Vec<String>,
    pub failure: Option<Exit>,
}

impl Delivery {
    /// The command's exit code: the program's own when it is not 0, else the first failure's.
    pub fn exit_code(&self, program: u8) -> u8 {
        match self.failure {
            Some(exit) if program == 0 => exit.code(),
            _ => program,
        }
    }

    fn fail(&mut self, exit: Exit, line: String) {
        self.lines.push(line);
        self.failure.get_or_insert(exit);
    }
}

/// Writes the result's files under `out` (or lists them when `out` is None) and notes a
/// truncated set.
pub fn deliver(result: Option<&JobResult>, out: Option<&Path>) -> Delivery {
    let mut delivery = Delivery::default();
    let Some(result) = result else {
        return delivery;
    };
    match out {
        None => {
            for file in &result.files {
                delivery.lines.push(format!(
                    "the program left out/{} ({}); --out DIR writes it",
                    file.path,
                    describe(file, None)
                ));
            }
        }
        Some(dir) => write_files(dir, &result.files, &mut delivery),
    }
    if result.files_truncated {
        delivery.lines.push(format!(
            "the program wrote more to out/ than the service returns: only the {} above came back",
            match result.files.len() {
                1 => "file".to_string(),
                n => format!("{n} files"),
            }
        ));
    }
    delivery
}

/// "1234 bytes, image/png".
fn describe(file: &OutputFile, decoded: Option<usize>) -> String {
    let size = decoded.map(|n| n as u64).or(file.size);
    let mut text = match size {
        Some(1) => "1 byte".to_string(),
        Some(n) => format!("{n} bytes"),
        None => "size not given".to_string(),
    };
    if let Some(media_type) = file.media_type.as_deref().filter(|m| !m.is_empty()) {
        text.push_str(", ");
        text.push_str(media_type);
    }
    text
}

fn write_files(dir: &Path, files: &[OutputFile], delivery: &mut Delivery) {
    if files.is_empty() {
        return;
    }
    if let Err(e) = fs::create_dir_all(dir) {
        delivery.fail(
            Exit::Usage,
            format!(
                "--out {}: cannot create it: {}; no file written",
                dir.display(),
                chain(&e)
            ),
        );
        return;
    }
    for file in files {
        match write_one(dir, file) {
            Ok((target, size)) => delivery.lines.push(format!(
                "wrote {} ({})",
                target.display(),
                describe(file, Some(size))
            )),
            Err((exit, why)) => delivery.fail(exit, format!("not written: {why}")),
        }
    }
}

/// Writes one file; where it went and its size, or the exit code and the reason it was not.
fn write_one(dir: &Path, file: &OutputFile) -> Result<(PathBuf, usize), (Exit, String)> {
    // A path or content the API would never send is the service's fault (123); what is in the
    // way in DIR, or an OS error writing there, is this machine's (120).
    check_path(&file.path).map_err(|why| {
        (
            Exit::ServiceError,
            format!("the service sent the path {:?}, which {why}", file.path),
        )
    })?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&file.content_base64)
        .map_err(|e| {
            (
                Exit::ServiceError,
                format!("{}: the service sent content that is not base64 ({e})", file.path),
            )
        })?;
    let local = |e: io::Error, at: &Path| (Exit::Usage, format!("{}: {}", at.display(), chain(&e)));

    let (parents, name) = match file.path.rsplit_once('/') {
        Some((parents, name)) => (Some(parents), name),
        None => (None, file.path.as_str()),
    };
    let mut at = dir.to_path_buf();
    for component in parents.into_iter().flat_map(|p| p.split('/')) {
        at.push(component);
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err((
                    Exit::Usage,
                    format!("{} is a symlink, and --out never follows one", at.display()),
                ))
            }
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err((
                    Exit::Usage,
                    format!("{} is there and is not a directory", at.display()),
                ))
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                fs::create_dir(&at).map_err(|e| local(e, &at))?
            }
            Err(e) => return Err(local(e, &at)),
        }
    }
    at.push(name);
    match fs::symlink_metadata(&at) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err((
                Exit::Usage,
                format!(
                    "{} is a symlink, and --out never follows or replaces one",
                    at.display()
                ),
            ))
        }
        // Removed, then created anew: a hard link to the old file keeps its content.
        Ok(meta) if meta.is_file() => fs::remove_file(&at).map_err(|e| local(e, &at))?,
        Ok(_) => {
            return Err((
                Exit::Usage,
                format!("{} is there and is not a regular file", at.display()),
            ))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(local(e, &at)),
    }
    create_new(&at)
        .and_then(|mut f| f.write_all(&bytes).and_then(|()| f.flush()))
        .map_err(|e| local(e, &at))?;
    Ok((at, bytes.len()))
}

/// A file that did not exist, created without following a symlink: `create_new` is
/// `O_CREAT | O_EXCL`, which fails on any existing name, a dangling link included.
// SECURITY: a symlink put in DIR between the check above and this open (or planted by an
// earlier run's files) must not redirect the write; O_EXCL already refuses it, O_NOFOLLOW is
// the second lock.
fn create_new(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW).mode(0o644);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::tests::TempDir;

    fn file(path: &str, bytes: &[u8], media_type: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            size: Some(bytes.len() as u64),
            media_type: Some(media_type.into()),
            content_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }

    fn result(files: Vec<OutputFile>, truncated: bool) -> JobResult {
        let mut result: JobResult = serde_json::from_str(r#"{"outcome":"success"}"#).unwrap();
        result.files = files;
        result.files_truncated = truncated;
        result
    }

    #[test]
    fn files_are_written_under_their_paths_with_a_line_each() {
        let dir = TempDir::new();
        let out = dir.0.join("results");
        let result = result(
            vec![
                file("chart.png", b"\x89PNG", "image/png"),
                file("tables/a/sum.csv", b"a,b\n", "text/csv"),
            ],
            false,
        );
        let delivery = deliver(Some(&result), Some(&out));
        assert_eq!(delivery.failure, None, "{delivery:?}");
        assert_eq!(fs::read(out.join("chart.png")).unwrap(), b"\x89PNG");
        assert_eq!(fs::read(out.join("tables/a/sum.csv")).unwrap(), b"a,b\n");
        assert_eq!(
            delivery.lines,
            [
                format!("wrote {}/chart.png (4 bytes, image/png)", out.display()),
                format!("wrote {}/tables/a/sum.csv (4 bytes, text/csv)", out.display()),
            ]
        );
        assert_eq!(delivery.exit_code(0), 0);
    }

    #[test]
    fn a_hostile_path_is_refused_and_the_others_are_written() {
        let dir = TempDir::new();
        let out = dir.0.join("out");
        let mut files = Vec::new();
        for bad in [
            "../escaped",
            "/tmp/abs",
            "a/../../x",
            "",
            ".",
            "a//b",
            "a\\b",
            "a\0b",
        ] {
            files.push(file(bad, b"evil", "text/plain"));
        }
        files.push(file("good.txt", b"fine", "text/plain"));
        let delivery = deliver(Some(&result(files, false)), Some(&out));
        assert_eq!(delivery.failure, Some(Exit::ServiceError));
        assert_eq!(fs::read(out.join("good.txt")).unwrap(), b"fine");
        assert!(!dir.0.join("escaped").exists());
        let refused = delivery
            .lines
            .iter()
            .filter(|l| l.starts_with("not written:"))
            .count();
        assert_eq!(refused, 8, "{:?}", delivery.lines);
        // Only good.txt is in DIR.
        let names: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["good.txt"]);
        // The program's own failure wins; a clean run reports ours.
        assert_eq!(delivery.exit_code(3), 3);
        assert_eq!(delivery.exit_code(0), 123);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_in_dir_is_never_followed() {
        use std::os::unix::fs::symlink;
        let dir = TempDir::new();
        let out = dir.0.join("out");
        let outside = dir.0.join("outside");
        fs::create_dir_all(&out).unwrap();
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("victim.txt"), b"keep").unwrap();
        // The file itself, a dangling link, and a directory on the way are links.
        symlink(outside.join("victim.txt"), out.join("victim.txt")).unwrap();
        symlink(outside.join("created.txt"), out.join("dangling.txt")).unwrap();
        symlink(&outside, out.join("sub")).unwrap();
        let files = vec![
            file("victim.txt", b"evil", "text/plain"),
            file("dangling.txt", b"evil", "text/plain"),
            file("sub/victim.txt", b"evil", "text/plain"),
            file("sub/new.txt", b"evil", "text/plain"),
            file("ok.txt", b"ok", "text/plain"),
        ];
        let delivery = deliver(Some(&result(files, false)), Some(&out));
        assert_eq!(delivery.failure, Some(Exit::Usage), "{delivery:?}");
        assert_eq!(fs::read(outside.join("victim.txt")).unwrap(), b"keep");
        assert!(!outside.join("created.txt").exists());
        assert!(!outside.join("new.txt").exists());
        assert!(fs::symlink_metadata(out.join("victim.txt"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(out.join("ok.txt")).unwrap(), b"ok");
        let symlinks = delivery
            .lines
            .iter()
            .filter(|l| l.contains("is a symlink"))
            .count();
        assert_eq!(symlinks, 4, "{:?}", delivery.lines);
    }

    #[cfg(unix)]
    #[test]
    fn create_new_refuses_a_link_planted_after_the_check() {
        let dir = TempDir::new();
        std::os::unix::fs::symlink(dir.0.join("target"), dir.0.join("link")).unwrap();
        assert!(create_new(&dir.0.join("link")).is_err());
        assert!(!dir.0.join("target").exists());
    }

    #[test]
    fn an_existing_regular_file_is_replaced_not_written_through() {
        let dir = TempDir::new();
        let out = dir.0.join("out");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("r.txt"), b"old content, longer").unwrap();
        let other = dir.0.join("hardlink.txt");
        fs::hard_link(out.join("r.txt"), &other).unwrap();
        let delivery = deliver(
            Some(&result(vec![file("r.txt", b"new", "text/plain")], false)),
            Some(&out),
        );
        assert_eq!(delivery.failure, None, "{delivery:?}");
        assert_eq!(fs::read(out.join("r.txt")).unwrap(), b"new");
        assert_eq!(fs::read(&other).unwrap(), b"old content, longer");
    }

    #[test]
    fn content_that_is_not_base64_is_the_services_fault() {
        let dir = TempDir::new();
        let mut bad = file("x.bin", b"", "application/octet-stream");
        bad.content_base64 = "not base64!".into();
        let delivery = deliver(Some(&result(vec![bad], false)), Some(&dir.0));
        assert_eq!(delivery.failure, Some(Exit::ServiceError));
        assert!(!dir.0.join("x.bin").exists());
    }

    #[test]
    fn without_out_each_file_is_listed_and_truncation_told() {
        let result = result(vec![file("chart.png", b"\x89PNG\r\n", "image/png")], true);
        let delivery = deliver(Some(&result), None);
        assert_eq!(
            delivery.lines,
            [
                "the program left out/chart.png (6 bytes, image/png); --out DIR writes it",
                "the program wrote more to out/ than the service returns: only the file above came back",
            ]
        );
        assert_eq!(delivery.failure, None);
        assert_eq!(deliver(None, None), Delivery::default());
    }
}
