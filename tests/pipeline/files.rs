//! Files in and out of a run (docs/api.md, "Files"), end to end: input files placed in the
//! working directory, `out/` returned with media types from the content, the caps, and what a
//! run cannot make the collection read.

use base64::Engine as _;
use serde_json::{json, Value};

use crate::support::{spawn_app, stdout};

fn decoded(file: &Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(file["content_base64"].as_str().unwrap())
        .unwrap()
}

/// A 2×1 PNG made with the standard library alone, printed as hex so the test knows its bytes.
const PNG_PROGRAM: &str = r#"
import struct, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00\x00\x00\xff")) + chunk(b"IEND", b""))
with open("out/red.png", "wb") as f:
    f.write(png)
print(png.hex())
"#;

#[tokio::test]
async fn input_files_are_read_and_out_comes_back_with_its_bytes_and_media_types() {
    let app = spawn_app(&[]).await;
    let code = format!(
        "import csv\nrows = list(csv.reader(open('data/in.csv')))\n\
         with open('out/summary.csv', 'w') as f:\n    f.write(f'rows,{{len(rows) - 1}}\\n')\n\
         print(open('blob.bin', 'rb').read().hex())\n{PNG_PROGRAM}"
    );
    let job = app
        .finished(
            &app.submit_ok(json!({
                "code": code,
                "files": [
                    { "path": "data/in.csv", "content": "a,b\n1,2\n3,4\n" },
                    { "path": "blob.bin", "content": "AAEC/w==", "encoding": "base64" },
                ],
            }))
            .await,
        )
        .await;
    assert_eq!(job["result"]["outcome"], "success", "{job}");
    let lines: Vec<&str> = stdout(&job).lines().collect();
    assert_eq!(lines[0], "000102ff", "the base64 input file's bytes: {job}");
    let png = hex(lines[1]);
    let files = job["result"]["files"].as_array().unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["red.png", "summary.csv"], "{job}");
    assert_eq!(files[0]["media_type"], "image/png");
    assert_eq!(decoded(&files[0]), png, "the PNG's exact bytes");
    assert_eq!(files[0]["size"], png.len());
    assert_eq!(files[1]["media_type"], "text/csv");
    assert_eq!(decoded(&files[1]), b"rows,2\n");
    assert_eq!(job["result"]["files_truncated"], false);
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

#[tokio::test]
async fn a_run_without_out_files_returns_none_and_the_working_directory_is_scratch() {
    let app = spawn_app(&[]).await;
    let job = app
        .run(
            "open('note.txt', 'w').write('x')\nprint(open('note.txt').read())",
            "",
        )
        .await;
    assert_eq!(stdout(&job), "x\n", "{job}");
    assert_eq!(job["result"]["files"], json!([]));
    assert_eq!(job["result"]["files_truncated"], false);
}

#[tokio::test]
async fn the_caps_hold_more_files_and_bytes_are_truncated_never_cut() {
    let app = spawn_app(&[("MAX_ARTIFACT_FILES", "3"), ("MAX_ARTIFACT_BYTES", "2048")]).await;
    // Five small files (only three fit by count), and one too big for the bytes left.
    let code = "for i in range(5):\n    open(f'out/f{i}.txt', 'w').write('x' * 100)\n\
                open('out/big.txt', 'w').write('y' * 4000)\n";
    let job = app.run(code, "").await;
    assert_eq!(job["result"]["outcome"], "success", "{job}");
    let files = job["result"]["files"].as_array().unwrap();
    assert_eq!(files.len(), 3, "{job}");
    for file in files {
        assert_eq!(decoded(file), vec![b'x'; 100], "returned whole, never cut");
    }
    assert_eq!(job["result"]["files_truncated"], true);
}

#[tokio::test]
async fn a_hundred_megabytes_in_out_come_back_as_the_cap_and_truncated() {
    let app = spawn_app(&[]).await;
    // 100 MB asked for, in 1 MiB files: /tmp (16 MiB, and the file-size limit) stops the
    // program first; the launcher reads at most MAX_ARTIFACT_BYTES of what it wrote.
    let code = "chunk = b'q' * (1 << 20)\nn = 0\ntry:\n    while n < 100:\n        \
                open(f'out/part{n:03}.bin', 'wb').write(chunk)\n        n += 1\nexcept OSError:\n    pass\n\
                print(n >= 10)\n";
    let job = app.run(code, "").await;
    assert_eq!(job["result"]["outcome"], "success", "{job}");
    assert_eq!(stdout(&job), "True\n", "{job}");
    let files = job["result"]["files"].as_array().unwrap();
    let bytes: u64 = files.iter().map(|f| f["size"].as_u64().unwrap()).sum();
    assert!(bytes <= 1 << 20, "{bytes} bytes returned");
    // One whole 1 MiB file fits the cap; the file whose write failed is empty.
    let with_bytes = files.iter().filter(|f| f["size"].as_u64() > Some(0)).count();
    assert_eq!(with_bytes, 1, "{job}");
    assert_eq!(job["result"]["files_truncated"], true);
}

#[tokio::test]
async fn links_and_fifos_planted_in_out_return_nothing_from_elsewhere() {
    // The run-time wall off: the program may make links and FIFOs (os), and only the
    // collection's own care stands between them and what they point at.
    let app = spawn_app(&[("CODE_POLICY", "off")]).await;
    let code = "import os\n\
                os.symlink('/etc/passwd', 'out/passwd')\n\
                os.symlink('/', 'out/root')\n\
                os.symlink('/proc/self/environ', 'out/environ')\n\
                os.mkfifo('out/fifo')\n\
                os.mkdir('out/sub')\n\
                os.symlink('../../etc', 'out/sub/etc')\n\
                open('out/sub/real.txt', 'w').write('mine')\n\
                print('planted')\n";
    let job = app.run(code, "").await;
    assert_eq!(stdout(&job), "planted\n", "{job}");
    let files = job["result"]["files"].as_array().unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["sub/real.txt"], "only the regular file: {job}");
    assert_eq!(decoded(&files[0]), b"mine");
    // The FIFO was not opened for a read that would block: the job ended promptly.
    assert!(job["result"]["duration_ms"].as_u64().unwrap() < 3000, "{job}");
}

#[tokio::test]
async fn every_case_of_a_batch_finds_the_input_files_as_given() {
    let app = spawn_app(&[]).await;
    let code = "print(open('n.txt').read().strip(), input())\nopen('n.txt', 'w').write('changed')\n";
    let job = app
        .finished(
            &app.submit_ok(json!({
                "code": code,
                "files": [{ "path": "n.txt", "content": "given" }],
                "tests": [
                    { "stdin": "1\n", "expected_stdout": "given 1\n" },
                    { "stdin": "2\n", "expected_stdout": "given 2\n" },
                ],
            }))
            .await,
        )
        .await;
    assert_eq!(job["result"]["summary"]["passed"], 2, "{job}");
    assert_eq!(job["result"]["files"], json!([]));
}

/// Adversary round 30b: a finaliser of the program's, armed to run at the first collection of
/// the garbage after the program ends, wrote a files trailer of its own after the end marker
/// (the launcher's walk of 16 files 14 directories deep triggered the collection). No program
/// code runs after the marker now: the real files come back, never the forged one.
#[tokio::test]
async fn a_finaliser_cannot_forge_the_files_after_the_end_marker() {
    let app = spawn_app(&[]).await;
    let code = CODE_AFTER_MARKER;
    let files: Vec<Value> = (0..16)
        .map(|i| json!({ "path": format!("out/d/d/d/d/d/d/d/d/d/d/d/d/d/d/f{i:02}"), "content": "real" }))
        .collect();
    for _ in 0..3 {
        let job = app
            .finished(&app.submit_ok(json!({ "code": code, "files": files })).await)
            .await;
        assert_eq!(job["result"]["outcome"], "success", "{job}");
        assert!(!stdout(&job).contains("PWNED"), "{job}");
        let paths: Vec<&str> = job["result"]["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths.len(), 16, "{job}");
        assert!(paths.iter().all(|p| p.starts_with("d/d/")), "{paths:?}");
    }
}

const CODE_AFTER_MARKER: &str = r#"
fired = [0]
ended = [False]
class S:
    def __del__(self):
        fired[0] += 1
def arm():
    s = S(); s.me = s
arm()
hold = []
while not fired[0]:
    hold.append([])
keep = []
for i in range(670):
    keep.append([])
class T:
    def __del__(self):
        if not ended[0]:
            return
        msg = b"PW" b"NED: program code ran after the launcher's end marker, inside collect_out; this trailer is forged\n"
        with open(1, "wb", closefd=False) as f:
            f.write(msg)
        with open(2, "wb", closefd=False) as f:
            f.write(b"F 1 0\n10 %d\nforged.txt" % len(msg) + msg)
t = T(); t.me = t; del t
ended[0] = True
"#;
