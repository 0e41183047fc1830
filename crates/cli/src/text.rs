//! Text that came from somewhere else — the service's error messages and codes, job ids,
//! a rejected program's violation details, URLs and OS errors — made safe to print on a
//! terminal.
//!
//! The program's own stdout and stderr are not passed through here: the service already
//! sanitized them (docs/security.md, Output) and the CLI promises to write them exactly as returned.

/// `text` with every control character but `\n` and `\t` — the rest of C0 (`\r`, BEL, ESC, …),
/// DEL and C1 (U+0080–U+009F, CSI U+009B and OSC U+009D among them) — written as a visible
/// escape such as `\x1b` or `\u{9b}`.
///
/// Escaping the ESC (or the C1 introducer) is what neutralises a whole sequence: what follows
/// it (`[2J`, `]52;c;…`) is then plain printable text. Visible escapes rather than deletion, so
/// that what the server sent can still be read and reported.
// SECURITY: terminal injection — a hostile or compromised service (or anything between it and
// the CLI) could otherwise send `\x1b]52;c;…` (write the clipboard), `\x1b]8;;…` (a disguised
// link), `\x1b[2J` (clear the screen) or `\r` (overwrite what the line showed) inside an error
// message, a job id or a violation, and drive the terminal of whoever runs `sandbox`.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {
                let code = c as u32;
                if code < 0x80 {
                    out.push_str(&format!("\\x{code:02x}"));
                } else {
                    out.push_str(&format!("\\u{{{code:x}}}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_tabs_and_ordinary_text_pass_unchanged() {
        let text = "rejected: forbidden code\n\tmain.py:1:8: forbidden-import: os — ünïcödé ✓";
        assert_eq!(printable(text), text);
    }

    #[test]
    fn every_other_c0_control_and_del_is_escaped() {
        for code in (0u32..0x20).chain([0x7f]) {
            let c = char::from_u32(code).unwrap();
            if c == '\n' || c == '\t' {
                continue;
            }
            let shown = printable(&format!("a{c}b"));
            assert_eq!(shown, format!("a\\x{code:02x}b"), "U+{code:04X}");
            assert!(!shown.chars().any(char::is_control), "U+{code:04X}");
        }
    }

    #[test]
    fn every_c1_control_is_escaped() {
        for code in 0x80u32..=0x9f {
            let c = char::from_u32(code).unwrap();
            let shown = printable(&format!("a{c}b"));
            assert_eq!(shown, format!("a\\u{{{code:x}}}b"));
        }
    }

    #[test]
    fn escape_sequences_are_neutralised() {
        // Clear screen, an OSC 52 clipboard write ended by BEL, a hyperlink ended by ST, and a
        // carriage return that would overwrite the line.
        let hostile = "\x1b[2J\x1b]52;c;ZXZpbA==\x07\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\\rok";
        let shown = printable(hostile);
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert_eq!(
            shown,
            "\\x1b[2J\\x1b]52;c;ZXZpbA==\\x07\\x1b]8;;http://evil\\x1b\\click\\x1b]8;;\\x1b\\\\x0dok"
        );
        // The 8-bit introducers: CSI and OSC.
        assert_eq!(
            printable("\u{9b}31m\u{9d}0;t\u{9c}"),
            "\\u{9b}31m\\u{9d}0;t\\u{9c}"
        );
    }
}
