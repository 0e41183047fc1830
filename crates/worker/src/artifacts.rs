//! Files in and out of a run, on the container's attach streams: no bind mount, no archive
//! copy, no filesystem operation from the host.
//!
//! In: after the program's text, each input file as `<path length> <size>\n<path><bytes>`
//! (the header's `files=N` says how many); the launcher writes them into the program's
//! working directory before the program exists.
//!
//! Out: once the program has ended, the launcher writes, after its end marker on stderr,
//! `F <count> <truncated>\n` and then each file it found under `out/` as
//! `<path length> <size>\n<path><bytes>`. It reads regular files only, opened without
//! following a link (docs/api.md, "Files"), within the caps the header's `out=FILES,BYTES`
//! gave it. What arrives here is parsed within the same caps again: the worker keeps at most
//! [`trailer_cap`] bytes of it, so a launcher that lied (a program that broke both walls)
//! could only hand back bytes it could have printed, never grow the worker's memory.

use base64::Engine as _;
use sandbox::job::{InputFile, OutputFile};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::container::Artifacts;

/// The longest path under `out/` the launcher returns, in bytes (longer ones count as not
/// returned: `files_truncated`).
pub const MAX_OUT_PATH: usize = 1024;

/// The bytes of a trailer within `caps`: the files' bytes, each file's frame, the header.
pub fn trailer_cap(caps: Artifacts) -> usize {
    caps.bytes + caps.files * (MAX_OUT_PATH + 48) + 64
}

/// The header's ` files=N` for `files` (nothing without any).
pub fn files_field(files: &[InputFile]) -> String {
    if files.is_empty() {
        String::new()
    } else {
        format!(" files={}", files.len())
    }
}

/// Writes each input file's frame to the launcher's stdin.
pub async fn write_files<W: AsyncWrite + Unpin + ?Sized>(
    input: &mut W,
    files: &[InputFile],
) -> std::io::Result<()> {
    for file in files {
        input
            .write_all(format!("{} {}\n", file.path.len(), file.content.len()).as_bytes())
            .await?;
        input.write_all(file.path.as_bytes()).await?;
        input.write_all(&file.content).await?;
    }
    Ok(())
}

/// The files of a trailer, within `caps`, and whether more were written than returned. An
/// empty trailer (no marker: a timeout, a memory kill, a crash) returns none, untruncated; a
/// malformed one returns what parsed before the fault, truncated.
pub fn parse(trailer: &[u8], caps: Artifacts) -> (Vec<OutputFile>, bool) {
    let mut files = Vec::new();
    if trailer.is_empty() {
        return (files, false);
    }
    let mut rest = trailer;
    let Some((header, after)) = line(rest) else {
        return (files, true);
    };
    rest = after;
    let fields: Vec<&str> = header.split(' ').collect();
    let (count, mut truncated) = match fields.as_slice() {
        ["F", count, truncated] => match (count.parse::<usize>(), *truncated) {
            (Ok(count), "0") => (count, false),
            (Ok(count), "1") => (count, true),
            _ => return (files, true),
        },
        _ => return (files, true),
    };
    let mut total = 0usize;
    for _ in 0..count {
        let Some((frame, after)) = line(rest) else {
            return (files, true);
        };
        let Some((path_len, size)) = frame
            .split_once(' ')
            .and_then(|(p, s)| Some((p.parse::<usize>().ok()?, s.parse::<usize>().ok()?)))
        else {
            return (files, true);
        };
        if path_len > MAX_OUT_PATH || after.len() < path_len + size {
            return (files, true);
        }
        let (path, after) = after.split_at(path_len);
        let (content, after) = after.split_at(size);
        rest = after;
        // A name that is not UTF-8 is left out (counted as truncated): made lossless it could
        // stand for another file's name (round 30b: `\xff` and `\xfe` both came back as U+FFFD).
        let Ok(path) = String::from_utf8(path.to_vec()) else {
            truncated = true;
            continue;
        };
        if files.len() >= caps.files
            || total + size > caps.bytes
            || sandbox::job::input_path_problem(&path).is_some()
        {
            truncated = true;
            continue;
        }
        total += size;
        files.push(OutputFile {
            media_type: media_type(&path, content).to_string(),
            size: size as u64,
            content_base64: base64::engine::general_purpose::STANDARD.encode(content),
            path,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    (files, truncated)
}

/// A line of ASCII (the frame headers) and what follows it.
fn line(bytes: &[u8]) -> Option<(&str, &[u8])> {
    let end = bytes.iter().take(64).position(|b| *b == b'\n')?;
    let text = std::str::from_utf8(&bytes[..end]).ok()?;
    Some((text, &bytes[end + 1..]))
}

/// A file's media type from its content: its magic number when it has one (infer's table:
/// images, archives, documents, audio, video…); else, text that is UTF-8 by its name's
/// extension among a few text types, or `text/plain`; else `application/octet-stream`.
pub fn media_type(path: &str, content: &[u8]) -> &'static str {
    if let Some(kind) = infer::get(content) {
        return kind.mime_type();
    }
    if std::str::from_utf8(content).is_err() {
        return "application/octet-stream";
    }
    let extension = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" => "text/csv",
        "tsv" => "text/tab-separated-values",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "html" | "htm" => "text/html",
        "md" => "text/markdown",
        _ => "text/plain",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAPS: Artifacts = Artifacts { files: 3, bytes: 100 };

    fn frame(path: &str, content: &[u8]) -> Vec<u8> {
        [
            format!("{} {}\n", path.len(), content.len()).as_bytes(),
            path.as_bytes(),
            content,
        ]
        .concat()
    }

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

    #[test]
    fn files_are_parsed_sorted_with_their_media_types() {
        let trailer = [
            b"F 3 0\n".to_vec(),
            frame("b.csv", b"x,y\n1,2\n"),
            frame("a.png", PNG),
            frame("c.bin", b"\xff\xfe\x00"),
        ]
        .concat();
        let (files, truncated) = parse(&trailer, CAPS);
        assert!(!truncated);
        let shown: Vec<_> = files
            .iter()
            .map(|f| (f.path.as_str(), f.size, f.media_type.as_str()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("a.png", PNG.len() as u64, "image/png"),
                ("b.csv", 8, "text/csv"),
                ("c.bin", 3, "application/octet-stream")
            ]
        );
        assert_eq!(
            base64::engine::general_purpose::STANDARD
                .decode(&files[0].content_base64)
                .unwrap(),
            PNG
        );
    }

    #[test]
    fn the_media_type_is_the_contents_not_the_names() {
        assert_eq!(media_type("chart.txt", PNG), "image/png");
        assert_eq!(media_type("image.png", b"just text"), "text/plain");
    }

    #[test]
    fn the_caps_hold_whatever_the_trailer_claims() {
        let big = vec![b'a'; 60];
        let trailer = [
            b"F 4 0\n".to_vec(),
            frame("1", &big),
            frame("2", &big),
            frame("3", b"x"),
            frame("4", b"y"),
        ]
        .concat();
        let (files, truncated) = parse(&trailer, CAPS);
        assert!(truncated);
        let paths: Vec<_> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, vec!["1", "3", "4"]);
        // More than the caps' count of files.
        let many = [
            b"F 5 0\n".to_vec(),
            frame("a", b""),
            frame("b", b""),
            frame("c", b""),
            frame("d", b""),
            frame("e", b""),
        ]
        .concat();
        let (files, truncated) = parse(&many, CAPS);
        assert_eq!((files.len(), truncated), (3, true));
    }

    #[test]
    fn a_name_that_is_not_utf8_is_left_out() {
        let trailer = [
            b"F 2 0\n".to_vec(),
            frame("a\u{fffd}", b"x"),
            b"2 1\na\xffy".to_vec(),
        ]
        .concat();
        let (files, truncated) = parse(&trailer, CAPS);
        assert!(truncated);
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn a_path_that_leaves_out_is_never_returned() {
        let trailer = [
            b"F 3 0\n".to_vec(),
            frame("../etc/passwd", b"x"),
            frame("/abs", b"x"),
            frame("ok/x.txt", b"x"),
        ]
        .concat();
        let (files, truncated) = parse(&trailer, CAPS);
        assert!(truncated);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, "ok/x.txt");
    }

    #[test]
    fn a_malformed_or_cut_trailer_keeps_what_parsed_and_says_so() {
        assert_eq!(parse(b"", CAPS), (vec![], false));
        assert_eq!(parse(b"garbage", CAPS), (vec![], true));
        let cut = [b"F 2 1\n".to_vec(), frame("a", b"xyz"), b"1 10\nb12".to_vec()].concat();
        let (files, truncated) = parse(&cut, CAPS);
        assert_eq!((files.len(), truncated), (1, true));
        let said = [b"F 1 1\n".to_vec(), frame("a", b"xyz")].concat();
        assert!(parse(&said, CAPS).1, "the launcher's own truncated flag is kept");
    }
}
