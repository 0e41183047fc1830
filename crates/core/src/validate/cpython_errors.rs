//! CPython 3.11's message and position for a program rustpython refuses to parse.
//!
//! rustpython decides whether the program parses; this module only chooses what the refusal
//! says. CPython 3.11 reports (Parser/pegen_errors.c, Parser/tokenizer.c):
//! 1. a tokenizer error anywhere in the source that raises by itself (an unterminated string,
//!    an unmatched or mismatched closing bracket, an invalid character): the first one wins,
//!    even over a parser error earlier in the file, since CPython tokenizes the rest of the
//!    source after a parser error;
//! 2. a tokenizer error the parser meets before its own failure point (an unindent that
//!    matches no outer level, a bracket still open at the end of the source);
//! 3. a bracket still open at the end of the source (the innermost one), when it was opened on
//!    a line before the parser's failure;
//! 4. the parser's error: a specific message of its second pass (`expected ':'`, `expected an
//!    indented block after …`, `unexpected indent`, `Maybe you meant '=='…`, `Perhaps you
//!    forgot a comma?`, `Missing parentheses in call to 'print'…`), else `invalid syntax` at
//!    the token where it failed.
//!
//! [`scan`] is a small tokenizer with CPython's rules for what matters here (strings,
//! comments, brackets, indentation, line continuations, identifiers' characters); the parser's
//! failure point is rustpython's, mapped onto its tokens.

use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{FStringErrorType, ParseError, ParseErrorType};

use super::source::LineIndex;
use super::xid;

/// A syntax error as CPython 3.11 gives it: message, 1-based line and column in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SyntaxError {
    pub(super) message: String,
    pub(super) line: usize,
    pub(super) column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    End,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    /// Byte offsets in the source.
    start: usize,
    end: usize,
    /// Open brackets when the token was read.
    level: usize,
}

/// A tokenizer error and where the tokenizer stood when it met it.
#[derive(Debug, Clone)]
struct TokenizerError {
    error: SyntaxError,
    /// Byte offset: the parser meets the error once it reads past here.
    at: usize,
    /// Raised by the tokenizer itself, so reported even after a parser error before it.
    raises: bool,
}

/// What the tokenizer saw: its tokens up to its first error, and the brackets still open
/// (bracket, byte offset) at the end of the source.
#[derive(Debug)]
struct Scan {
    tokens: Vec<Token>,
    error: Option<TokenizerError>,
    open: Vec<(char, usize)>,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Operators, longest first, as CPython's tokenizer reads them.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
    "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
];

fn is_line_break(c: char) -> bool {
    c == '\n' || c == '\r'
}

/// Python's `str.isprintable` for one character, as far as the tables at hand tell: control
/// and format characters, separators other than the space, private use, non-characters.
fn printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7f..=0xa0).contains(&u)
        || matches!(
            u,
            0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890 | 0x891 | 0x8e2 | 0x1680 | 0x180e
                | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f | 0x3000
                | 0xfeff | 0xfff9..=0xfffb | 0x110bd | 0x110cd | 0x13430..=0x13438
                | 0x1bca0..=0x1bca3 | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f
                | 0xe000..=0xf8ff | 0xf0000..=0x10ffff
        )
        || (u & 0xfffe) == 0xfffe
        || (0xfdd0..=0xfdef).contains(&u))
}

/// The column CPython gives for a line's whole text (its line break counted as one).
fn end_of_line_column(lines: &LineIndex, offset: usize) -> usize {
    let source = lines.source;
    let start = lines.line_start(offset);
    let text = &source[start..];
    let text = &text[..text.find(is_line_break).unwrap_or(text.len())];
    text.chars().count() + 1
}

fn error_at(lines: &LineIndex, offset: usize, message: String) -> SyntaxError {
    let (line, column) = lines.position(offset);
    SyntaxError {
        message,
        line,
        column,
    }
}

/// CPython's tokenizer over `source`, as far as this module needs it.
fn scan(lines: &LineIndex) -> Scan {
    let source = lines.source;
    let bytes = source.as_bytes();
    let mut tokens: Vec<Token> = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut indents = vec![(0usize, 0usize)];
    let mut at_line_start = true;
    let mut i = 0;
    let char_at = |i: usize| source[i..].chars().next();
    let fail =
        |tokens: Vec<Token>, open: Vec<(char, usize)>, at: usize, raises: bool, error: SyntaxError| Scan {
            tokens,
            error: Some(TokenizerError { error, at, raises }),
            open,
        };
    loop {
        if at_line_start {
            at_line_start = false;
            // Indentation: tabs to multiples of 8 (`col`) and as one column (`alt`), a form
            // feed resetting both; the two must order the lines alike (else a TabError).
            let (mut col, mut alt) = (0, 0);
            let mut j = i;
            while let Some(c @ (' ' | '\t' | '\x0c')) = char_at(j) {
                (col, alt) = match c {
                    ' ' => (col + 1, alt + 1),
                    '\t' => ((col / 8 + 1) * 8, alt + 1),
                    _ => (0, 0),
                };
                j += 1;
            }
            let blank = matches!(char_at(j), None | Some('#' | '\n' | '\r'));
            if !blank && open.is_empty() {
                let (line, _) = lines.position(j);
                let tab_error = SyntaxError {
                    message: "inconsistent use of tabs and spaces in indentation".to_owned(),
                    line,
                    column: 1,
                };
                let (top, alt_top) = *indents.last().expect("never empty");
                if col > top {
                    if alt <= alt_top {
                        return fail(tokens, open, j, false, tab_error);
                    }
                    indents.push((col, alt));
                    tokens.push(Token {
                        kind: Kind::Indent,
                        start: i,
                        end: j,
                        level: 0,
                    });
                } else if col < top {
                    while col < indents.last().expect("never empty").0 {
                        indents.pop();
                        tokens.push(Token {
                            kind: Kind::Dedent,
                            start: j,
                            end: j,
                            level: 0,
                        });
                    }
                    let (top, alt_top) = *indents.last().expect("never empty");
                    if col != top {
                        let error = SyntaxError {
                            message: "unindent does not match any outer indentation level".to_owned(),
                            line,
                            column: end_of_line_column(lines, j),
                        };
                        return fail(tokens, open, j, false, error);
                    }
                    if alt != alt_top {
                        return fail(tokens, open, j, false, tab_error);
                    }
                } else if alt != alt_top {
                    return fail(tokens, open, j, false, tab_error);
                }
            }
            i = j;
        }
        let Some(c) = char_at(i) else { break };
        let level = open.len();
        let token = |kind, start, end| Token {
            kind,
            start,
            end,
            level,
        };
        match c {
            ' ' | '\t' | '\x0c' => i += 1,
            '#' => i += source[i..].find(is_line_break).unwrap_or(source.len() - i),
            '\n' | '\r' => {
                let width = if source[i..].starts_with("\r\n") { 2 } else { 1 };
                // A line break ends a logical line outside brackets, unless the line is blank.
                let ends_line = open.is_empty()
                    && tokens
                        .last()
                        .is_some_and(|t| !matches!(t.kind, Kind::Newline | Kind::Indent | Kind::Dedent));
                if ends_line {
                    tokens.push(token(Kind::Newline, i, i + width));
                }
                i += width;
                at_line_start = open.is_empty();
            }
            '\\' => {
                let next = i + 1;
                match char_at(next) {
                    Some('\n' | '\r') => {
                        i = next + if source[next..].starts_with("\r\n") { 2 } else { 1 };
                        if i >= source.len() {
                            let error = error_at(lines, next, "unexpected EOF while parsing".to_owned());
                            return fail(tokens, open, i, false, error);
                        }
                    }
                    _ => {
                        let error = error_at(
                            lines,
                            next.min(source.len()),
                            "unexpected character after line continuation character".to_owned(),
                        );
                        return fail(tokens, open, i, false, error);
                    }
                }
            }
            '\'' | '"' => match string_end(source, i, i) {
                Ok(end) => {
                    tokens.push(token(Kind::String, i, end));
                    i = end;
                }
                Err(error) => return fail(tokens, open, i, true, error_at(lines, i, error)),
            },
            '0'..='9' | '.' if c != '.' || bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                match number(source, i) {
                    Ok(end) => {
                        tokens.push(token(Kind::Number, i, end));
                        i = end;
                    }
                    Err((message, at)) => return fail(tokens, open, at, true, error_at(lines, at, message)),
                }
            }
            c if c.is_ascii_alphabetic() || c == '_' || !c.is_ascii() => {
                let len = source[i..]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()))
                    .unwrap_or(source.len() - i);
                let end = i + len;
                let word = &source[i..end];
                if matches!(char_at(end), Some('\'' | '"'))
                    && ["r", "u", "b", "br", "rb", "f", "fr", "rf"]
                        .contains(&word.to_ascii_lowercase().as_str())
                {
                    match string_end(source, i, end) {
                        Ok(string_end) => {
                            tokens.push(token(Kind::String, i, string_end));
                            i = string_end;
                        }
                        Err(error) => return fail(tokens, open, i, true, error_at(lines, i, error)),
                    }
                    continue;
                }
                if let Some(bad) = xid::invalid_character(word).filter(|_| !word.is_ascii()) {
                    let at = i + word.find(bad).expect("found in it");
                    let code = bad as u32;
                    let message = if printable(bad) {
                        format!("invalid character '{bad}' (U+{code:04X})")
                    } else {
                        format!("invalid non-printable character U+{code:04X}")
                    };
                    return fail(tokens, open, at, true, error_at(lines, at, message));
                }
                tokens.push(token(Kind::Name, i, end));
                i = end;
            }
            '(' | '[' | '{' => {
                open.push((c, i));
                tokens.push(Token {
                    kind: Kind::Op,
                    start: i,
                    end: i + 1,
                    level: open.len(),
                });
                i += 1;
            }
            ')' | ']' | '}' => {
                let Some((opening, at)) = open.pop() else {
                    let error = error_at(lines, i, format!("unmatched '{c}'"));
                    return fail(tokens, open, i, true, error);
                };
                if !matches!((opening, c), ('(', ')') | ('[', ']') | ('{', '}')) {
                    let (opened_on, _) = lines.position(at);
                    let mut message =
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{opening}'");
                    if opened_on != lines.position(i).0 {
                        message += &format!(" on line {opened_on}");
                    }
                    open.push((opening, at));
                    return fail(tokens, open, i, true, error_at(lines, i, message));
                }
                tokens.push(Token {
                    kind: Kind::Op,
                    start: i,
                    end: i + 1,
                    level: open.len(),
                });
                i += 1;
            }
            c if c.is_ascii_control() => {
                let message = format!("invalid non-printable character U+{:04X}", c as u32);
                return fail(tokens, open, i, true, error_at(lines, i, message));
            }
            _ => {
                let len = OPERATORS
                    .iter()
                    .find(|op| source[i..].starts_with(*op))
                    .map_or(1, |op| op.len());
                tokens.push(token(Kind::Op, i, i + len));
                i += len;
            }
        }
    }
    let end = source.len();
    if open.is_empty()
        && tokens
            .last()
            .is_some_and(|t| !matches!(t.kind, Kind::Newline | Kind::Indent | Kind::Dedent))
    {
        tokens.push(Token {
            kind: Kind::Newline,
            start: end,
            end,
            level: open.len(),
        });
    }
    for _ in 1..indents.len() {
        tokens.push(Token {
            kind: Kind::Dedent,
            start: end,
            end,
            level: 0,
        });
    }
    tokens.push(Token {
        kind: Kind::End,
        start: end,
        end,
        level: open.len(),
    });
    Scan {
        tokens,
        error: None,
        open,
    }
}

/// End of the string literal whose quote is at `quote` (the literal starting at `start`), or
/// CPython's message when it is never closed.
fn string_end(source: &str, start: usize, quote: usize) -> Result<usize, String> {
    let q = source.as_bytes()[quote];
    let triple = source.as_bytes().get(quote..quote + 3) == Some(&[q; 3][..]);
    let width = if triple { 3 } else { 1 };
    let mut i = quote + width;
    let bytes = source.as_bytes();
    let line_of = |offset: usize| LineIndex::new(source).position(offset).0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += if source[i + 1..].starts_with("\r\n") { 3 } else { 2 },
            b'\n' | b'\r' if !triple => {
                return Err(format!(
                    "unterminated string literal (detected at line {})",
                    line_of(i)
                ));
            }
            b if b == q && bytes.get(i..i + width) == Some(&[q; 3][..width]) => return Ok(i + width),
            _ => i += 1,
        }
    }
    // At the end of the source: detected on the line of its last character.
    let last = source.len().saturating_sub(1).max(start);
    let what = if triple {
        "unterminated triple-quoted string literal"
    } else {
        "unterminated string literal"
    };
    // CPython compiling a string reads a final "\r\n" as followed by one more line break.
    let detected = line_of(last) + usize::from(source.ends_with("\r\n"));
    Err(format!("{what} (detected at line {detected})"))
}

/// CPython 3.11's reading of the number starting at `start` (tokenizer.c): its end, or the
/// error and the byte offset CPython reports it at.
fn number(source: &str, start: usize) -> Result<usize, (String, usize)> {
    let bytes = source.as_bytes();
    // A cursor as the tokenizer's: `next` reads a byte (0 past the end), `back` returns it.
    let mut cur = start;
    let next = |cur: &mut usize| {
        let c = bytes.get(*cur).copied().unwrap_or(0);
        *cur += 1;
        c
    };
    let digit = |c: u8| c.is_ascii_digit();
    // Only ASCII: a non-ASCII character after a number is an invalid character.
    let identifier = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    // CPython reports at its cursor, which is one past the character it shows.
    let error = |message: &str, cur: usize| (message.to_owned(), cur.saturating_sub(1).max(start));
    // verify_end_of_number: a keyword that can follow a number is let through (CPython warns),
    // any other identifier character is an error.
    let end_of_number = |c: u8, cur: usize, kind: &str| -> Result<usize, (String, usize)> {
        let rest = &source[(cur - 1).min(source.len())..];
        let keyword = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|k| rest.starts_with(k));
        if !keyword && identifier(c) {
            // Backed up before `c`: reported at the character before it.
            return Err(error(&format!("invalid {kind} literal"), cur - 1));
        }
        Ok(cur - 1)
    };
    let decimal_tail = |cur: &mut usize| -> Result<u8, (String, usize)> {
        loop {
            let mut c = next(cur);
            while digit(c) {
                c = next(cur);
            }
            if c != b'_' {
                return Ok(c);
            }
            if !digit(next(cur)) {
                *cur -= 1;
                return Err(error("invalid decimal literal", *cur));
            }
        }
    };
    let mut c = next(&mut cur);
    let mut fraction = c == b'.';
    let mut exponent = false;
    let mut imaginary = false;
    if c == b'0' {
        c = next(&mut cur);
        let radix = match c {
            b'x' | b'X' => Some(("hexadecimal", 16)),
            b'o' | b'O' => Some(("octal", 8)),
            b'b' | b'B' => Some(("binary", 2)),
            _ => None,
        };
        if let Some((kind, radix)) = radix {
            let in_radix = |c: u8| (c as char).is_digit(radix);
            c = next(&mut cur);
            loop {
                if c == b'_' {
                    c = next(&mut cur);
                }
                if !in_radix(c) {
                    if radix != 16 && digit(c) {
                        return Err(error(
                            &format!("invalid digit '{}' in {kind} literal", c as char),
                            cur,
                        ));
                    }
                    return Err(error(&format!("invalid {kind} literal"), cur - 1));
                }
                while in_radix(c) {
                    c = next(&mut cur);
                }
                if c != b'_' {
                    break;
                }
            }
            if radix != 16 && digit(c) {
                return Err(error(
                    &format!("invalid digit '{}' in {kind} literal", c as char),
                    cur,
                ));
            }
            return end_of_number(c, cur, kind);
        }
        let mut nonzero = false;
        loop {
            if c == b'_' {
                c = next(&mut cur);
                if !digit(c) {
                    return Err(error("invalid decimal literal", cur - 1));
                }
            }
            if c != b'0' {
                break;
            }
            c = next(&mut cur);
        }
        if digit(c) {
            nonzero = true;
            c = decimal_tail(&mut cur)?;
        }
        match c {
            b'.' => fraction = true,
            b'e' | b'E' => exponent = true,
            b'j' | b'J' => imaginary = true,
            _ if nonzero => {
                let message = "leading zeros in decimal integer literals are not permitted; \
                               use an 0o prefix for octal integers";
                return Err(error(message, start + 1));
            }
            _ => return end_of_number(c, cur, "decimal"),
        }
    } else if !fraction {
        c = decimal_tail(&mut cur)?;
        fraction = c == b'.';
        exponent = matches!(c, b'e' | b'E');
        imaginary = matches!(c, b'j' | b'J');
    }
    if fraction {
        c = next(&mut cur);
        if digit(c) {
            c = decimal_tail(&mut cur)?;
        }
        exponent = matches!(c, b'e' | b'E');
        imaginary = matches!(c, b'j' | b'J');
    }
    if exponent {
        let e = c;
        c = next(&mut cur);
        if c == b'+' || c == b'-' {
            c = next(&mut cur);
            if !digit(c) {
                return Err(error("invalid decimal literal", cur - 1));
            }
        } else if !digit(c) {
            // `1e` then a name: the number is `1`, checked as followed by `e`.
            end_of_number(e, cur - 1, "decimal")?;
            return Ok(cur - 2);
        }
        c = decimal_tail(&mut cur)?;
        imaginary = matches!(c, b'j' | b'J');
    }
    if imaginary {
        c = next(&mut cur);
        return end_of_number(c, cur, "imaginary");
    }
    end_of_number(c, cur, "decimal")
}

/// CPython 3.11's error for a source rustpython refuses with `error`.
pub(super) fn parse_error(lines: &LineIndex, error: &ParseError) -> SyntaxError {
    let mut offset = error.offset.to_usize().min(lines.source.len());
    // rustpython reports a character it does not know after it.
    if let ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) = error.error {
        if lines.source[..offset].ends_with(tok) {
            offset -= tok.len_utf8();
        }
    }
    // rustpython's messages that already are CPython's.
    let own = match &error.error {
        ParseErrorType::Lexical(lexical) => match lexical {
            LexicalErrorType::DefaultArgumentError
            | LexicalErrorType::DuplicateArgumentError(_)
            | LexicalErrorType::PositionalArgumentError
            | LexicalErrorType::UnpackedArgumentError
            | LexicalErrorType::DuplicateKeywordArgumentError(_) => Some(lexical.to_string()),
            LexicalErrorType::FStringError(FStringErrorType::InvalidConversionFlag) => {
                Some("f-string: invalid conversion character: expected 's', 'r', or 'a'".to_owned())
            }
            LexicalErrorType::FStringError(_) => Some(lexical.to_string()),
            LexicalErrorType::OtherError(message)
                if !matches!(
                    message.as_str(),
                    "Invalid Syntax" | "Invalid Token" | "Invalid decimal literal"
                ) && !message.starts_with("ParseBigIntError")
                    && !message.starts_with("Spaces not allowed") =>
            {
                Some(message.clone())
            }
            _ => None,
        },
        _ => None,
    };
    let fstring = matches!(
        error.error,
        ParseErrorType::Lexical(LexicalErrorType::FStringError(_))
    );
    refine(lines, offset, own, fstring)
}

/// The error CPython reports, given where rustpython failed (a byte offset) and, when its
/// message is already CPython's, that message.
fn refine(lines: &LineIndex, offset: usize, own: Option<String>, fstring: bool) -> SyntaxError {
    let scan = scan(lines);
    if let Some(e) = &scan.error {
        if e.raises || e.at <= offset {
            return e.error.clone();
        }
    }
    let tokens = &scan.tokens;
    if tokens.is_empty() {
        return error_at(lines, offset, own.unwrap_or_else(|| "invalid syntax".to_owned()));
    }
    // The token rustpython failed at: the one holding `offset`, else the next one (the end
    // of the source when `offset` is there).
    let k = tokens
        .iter()
        .position(|t| t.end > offset)
        .unwrap_or(tokens.len() - 1);
    let error = match own {
        Some(message) if fstring => fstring_error(lines, tokens, offset, message),
        Some(message) => error_at(lines, offset, message),
        None => Parser { lines, tokens, k }.error(),
    };
    // CPython compares the line of the furthest token its parser read: the failing one, or
    // the one after it when its second pass read that expression (a forgotten comma). A
    // bracket still open from an earlier line, or with only the end of the source after
    // that token, is the error.
    let reach = if error.message.ends_with("Perhaps you forgot a comma?") {
        k + 1
    } else {
        k
    };
    let reach = tokens[reach.min(tokens.len() - 1)];
    if let Some(&(bracket, at)) = scan.open.last() {
        if reach.kind == Kind::End || lines.position(at).0 < lines.position(reach.start).0 {
            return error_at(lines, at, format!("'{bracket}' was never closed"));
        }
    }
    error
}

/// An error in an f-string: CPython 3.11 reports it just after the literal when the literal is
/// on one line, and names the part before `!` or `:` that it requires.
fn fstring_error(lines: &LineIndex, tokens: &[Token], offset: usize, mut message: String) -> SyntaxError {
    let Some(t) = tokens
        .iter()
        .find(|t| t.kind == Kind::String && t.start <= offset && offset < t.end)
    else {
        return error_at(lines, offset, message);
    };
    let text = &lines.source[t.start..t.end];
    if message == "f-string: empty expression not allowed" {
        // `{!r}`, `{:x}`: the first replacement field with nothing before its `!` or `:`.
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            if let Some(after) = after.strip_prefix('{') {
                rest = after;
                continue;
            }
            let next = after.trim_start_matches([' ', '\t']).chars().next();
            if let Some(c @ ('!' | ':')) = next {
                message = format!("f-string: expression required before '{c}'");
            }
            break;
        }
    }
    if text.contains(is_line_break) {
        return error_at(lines, offset, message);
    }
    error_at(lines, t.end, message)
}

/// The tokens around rustpython's failure point, read as CPython's second pass would.
struct Parser<'a> {
    lines: &'a LineIndex<'a>,
    tokens: &'a [Token],
    /// Index of the token where parsing failed.
    k: usize,
}

impl Parser<'_> {
    fn text(&self, i: usize) -> &str {
        let t = self.tokens[i];
        &self.lines.source[t.start..t.end]
    }

    fn kind(&self, i: usize) -> Kind {
        self.tokens[i].kind
    }

    fn is_keyword(&self, i: usize) -> bool {
        self.kind(i) == Kind::Name && KEYWORDS.contains(&self.text(i))
    }

    fn is_op(&self, i: usize, op: &str) -> bool {
        self.kind(i) == Kind::Op && self.text(i) == op
    }

    /// CPython's position of token `i`; the end of the source is the end of its last line.
    fn at(&self, i: usize, message: impl Into<String>) -> SyntaxError {
        let t = self.tokens[i];
        if t.kind == Kind::End {
            let last = self.lines.source.len().saturating_sub(1);
            let (line, _) = self.lines.position(last);
            let column = end_of_line_column(self.lines, last);
            return SyntaxError {
                message: message.into(),
                line,
                column,
            };
        }
        error_at(self.lines, t.start, message.into())
    }

    /// The first token at or after `i` that is not a DEDENT.
    fn after_dedents(&self, mut i: usize) -> usize {
        while self.kind(i) == Kind::Dedent {
            i += 1;
        }
        i
    }

    /// `expected 'except' or 'finally' block`: a `try` block closed by a dedent and followed
    /// by neither.
    fn try_without_handler(&self) -> Option<SyntaxError> {
        let mut dedent = self.k;
        while dedent > 0 && self.kind(dedent - 1) == Kind::Dedent {
            dedent -= 1;
        }
        if self.kind(dedent) != Kind::Dedent {
            // `try: pass` on one line, then a statement (or the end) at the same level.
            let newline = self.k.checked_sub(1)?;
            if self.kind(newline) != Kind::Newline || matches!(self.text(self.k), "except" | "finally") {
                return None;
            }
            let start = self.line_start(newline);
            let one_line = self.text(start) == "try" && self.is_op(start + 1, ":") && start + 2 < newline;
            return one_line.then(|| self.at(self.k, "expected 'except' or 'finally' block"));
        }
        // The INDENT that the first DEDENT of the run closes.
        let mut depth = 0usize;
        let mut j = dedent;
        loop {
            j = j.checked_sub(1)?;
            match self.kind(j) {
                Kind::Dedent => depth += 1,
                Kind::Indent if depth == 0 => break,
                Kind::Indent => depth -= 1,
                _ => {}
            }
        }
        let colon = j.checked_sub(2)?;
        if self.kind(j - 1) != Kind::Newline || !self.is_op(colon, ":") {
            return None;
        }
        let start = self.line_start(colon);
        let next = self.after_dedents(dedent);
        if self.text(start) != "try" || matches!(self.text(next), "except" | "finally") {
            return None;
        }
        Some(self.at(next, "expected 'except' or 'finally' block"))
    }

    /// Whether token `i` can end an expression.
    fn ends_expression(&self, i: usize) -> bool {
        match self.kind(i) {
            Kind::Number | Kind::String => true,
            Kind::Name => !self.is_keyword(i) || matches!(self.text(i), "True" | "False" | "None"),
            Kind::Op => matches!(self.text(i), ")" | "]" | "}" | "..."),
            _ => false,
        }
    }

    /// Whether token `i` can start an expression that cannot continue the one before it.
    fn starts_operand(&self, i: usize) -> bool {
        match self.kind(i) {
            Kind::Number | Kind::String => true,
            Kind::Name => {
                !self.is_keyword(i) || matches!(self.text(i), "True" | "False" | "None" | "lambda" | "await")
            }
            Kind::Op => matches!(self.text(i), "{" | "~" | "..."),
            _ => false,
        }
    }

    /// First token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0
            && !matches!(self.kind(j - 1), Kind::Newline | Kind::Indent | Kind::Dedent)
            && !(self.is_op(j - 1, ";") && self.tokens[j - 1].level == 0)
        {
            j -= 1;
        }
        j
    }

    /// The compound statement keyword a logical line starts with (`async` skipped).
    fn header(&self, start: usize) -> Option<&str> {
        let first = if self.text(start) == "async" {
            start + 1
        } else {
            start
        };
        (self.kind(first) == Kind::Name).then(|| self.text(first))
    }

    fn error(&self) -> SyntaxError {
        let k = self.k;
        let kind = self.kind(k);
        if kind == Kind::Indent {
            let t = self.tokens[k];
            let (line, _) = self.lines.position(t.end);
            let column = self.lines.source[t.start..t.end].chars().count();
            return SyntaxError {
                message: "unexpected indent".to_owned(),
                line,
                column,
            };
        }
        if let Some(e) = self.expected_block() {
            return e;
        }
        if let Some(e) = self.try_without_handler() {
            return e;
        }
        let start = self.line_start(k);
        let header = self.header(start);
        if let Some(e) = self.missing_colon(start, header) {
            return e;
        }
        if let Some(e) = self.assign_for_eq(start, header) {
            return e;
        }
        if k > 0
            && self.kind(k - 1) == Kind::Name
            && matches!(self.text(k - 1), "print" | "exec")
            && (k - 1 == start || self.is_op(k - 2, "="))
            && (self.starts_operand(k) || self.is_op(k, "-") || self.is_op(k, "+"))
            && !self.is_op(k, "(")
        {
            let name = self.text(k - 1);
            return self.at(
                k - 1,
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            );
        }
        if let Some(e) = self.parameters() {
            return e;
        }
        if let Some(e) = self.if_without_else() {
            return e;
        }
        if let Some(e) = self.forgot_comma() {
            return e;
        }
        // The end of the source at level 0: CPython fails at the NEWLINE before it.
        let mut at = k;
        while at > 0 && matches!(self.kind(at), Kind::End | Kind::Dedent) {
            at -= 1;
        }
        self.at(at, "invalid syntax")
    }

    /// `expected an indented block after …`: a block's header line followed by no indent.
    fn expected_block(&self) -> Option<SyntaxError> {
        let k = self.k;
        let mut newline = k.checked_sub(1)?;
        while self.kind(newline) == Kind::Dedent {
            newline = newline.checked_sub(1)?;
        }
        if self.kind(newline) != Kind::Newline || !self.is_op(newline.checked_sub(1)?, ":") {
            return None;
        }
        let start = self.line_start(newline - 1);
        let keyword = if self.text(start) == "async" {
            start + 1
        } else {
            start
        };
        let what = match self.text(keyword) {
            "def" => "function definition".to_owned(),
            "class" => "class definition".to_owned(),
            "except" if self.is_op(keyword + 1, "*") => "'except*' statement".to_owned(),
            word @ ("if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally"
            | "match" | "case") => format!("'{word}' statement"),
            _ => return None,
        };
        let (line, _) = self.lines.position(self.tokens[keyword].start);
        let message = format!("expected an indented block after {what} on line {line}");
        Some(self.at(self.after_dedents(k), message))
    }

    /// `expected ':'` after a compound statement's header.
    fn missing_colon(&self, start: usize, header: Option<&str>) -> Option<SyntaxError> {
        let k = self.k;
        let level0 = self.tokens[k].level == 0;
        let header = header?;
        let keyword = if self.text(start) == "async" {
            start + 1
        } else {
            start
        };
        let expected = || Some(self.at(k, "expected ':'"));
        match header {
            // Forced right after the keyword.
            "else" | "try" | "finally" if k == keyword + 1 => expected(),
            // Only when the line ends where the colon should be.
            "if" | "elif" | "while" | "class" | "with" | "except"
                if self.kind(k) == Kind::Newline && (self.ends_expression(k - 1) || k == keyword + 1) =>
            {
                (header == "except" || k > keyword + 1).then(|| self.at(k, "expected ':'"))
            }
            "match" | "case"
                if self.kind(k) == Kind::Newline && k > keyword + 1 && self.ends_expression(k - 1) =>
            {
                expected()
            }
            // Forced after the target list's expression, and after the parameters.
            "for" if level0 && self.ends_expression(k - 1) => {
                let has_in = (keyword..k).any(|i| self.tokens[i].level == 0 && self.text(i) == "in");
                has_in.then(|| self.at(k, "expected ':'"))
            }
            "def" if k == keyword + 2 && !self.is_op(k, "(") => Some(self.at(k, "expected '('")),
            "def" if level0 && self.is_op(k - 1, ")") && self.tokens[k - 1].level == 0 => {
                (self.tokens[k].kind != Kind::Op || self.text(k) != "->").then(|| self.at(k, "expected ':'"))
            }
            _ => None,
        }
    }

    /// `=` where `==` was meant in an `if`, `elif` or `while` condition.
    fn assign_for_eq(&self, start: usize, header: Option<&str>) -> Option<SyntaxError> {
        let k = self.k;
        if !matches!(header?, "if" | "elif" | "while") || !self.is_op(k, "=") || self.tokens[k].level != 0 {
            return None;
        }
        let first = start + 1;
        if k == first + 1 && self.kind(first) == Kind::Name && !self.is_keyword(first) {
            return Some(self.at(
                first,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            ));
        }
        let text = &self.lines.source[self.tokens[first].start..self.tokens[k].start];
        let target =
            rustpython_parser::parse(text.trim(), rustpython_parser::Mode::Expression, "<target>").ok()?;
        let rustpython_parser::ast::Mod::Expression(expression) = target else {
            return None;
        };
        let name = expression_name(&expression.body);
        if matches!(
            name,
            "list" | "tuple" | "generator expression" | "True" | "False" | "None"
        ) {
            return None;
        }
        Some(self.at(
            first,
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
        ))
    }

    /// Where the expression (a `disjunction`) ending just before token `end` starts: back to
    /// an opening bracket, comma or keyword of its level.
    fn expression_start(&self, end: usize) -> usize {
        let level = self.tokens[end].level;
        let mut i = end;
        let mut depth = 0usize;
        while i > 0 {
            let j = i - 1;
            let text = self.text(j);
            match self.kind(j) {
                Kind::Op if matches!(text, ")" | "]" | "}") => depth += 1,
                Kind::Op if matches!(text, "(" | "[" | "{") => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                _ if depth > 0 => {}
                Kind::Op if matches!(text, "," | ":" | "=" | ":=" | "**" | ";" | "->") => break,
                Kind::Name
                    if matches!(
                        text,
                        "for"
                            | "if"
                            | "else"
                            | "lambda"
                            | "yield"
                            | "return"
                            | "from"
                            | "import"
                            | "async"
                            | "assert"
                            | "del"
                            | "with"
                            | "as"
                            | "while"
                            | "elif"
                            | "raise"
                    ) =>
                {
                    break
                }
                Kind::Name
                    if text == "in"
                        && (0..j)
                            .rev()
                            .take_while(|&x| self.tokens[x].level >= level)
                            .any(|x| self.tokens[x].level == level && self.text(x) == "for") =>
                {
                    break
                }
                Kind::Newline | Kind::Indent | Kind::Dedent => break,
                _ => {}
            }
            i = j;
        }
        i
    }

    /// The errors of a `def`'s or a `lambda`'s parameters.
    fn parameters(&self) -> Option<SyntaxError> {
        let k = self.k;
        let level = self.tokens[k].level;
        // The first token of the parameter list holding token `k`, if it is in one.
        let mut first = None;
        for j in (0..k).rev() {
            let t = self.tokens[j];
            if t.level < level || matches!(t.kind, Kind::Newline | Kind::Indent | Kind::Dedent) {
                break;
            }
            if t.level > level {
                continue;
            }
            if self.is_op(j, "(") {
                first = (j >= 2 && self.text(j - 2) == "def").then_some(j + 1);
                break;
            }
            if self.is_op(j, ":") {
                break;
            }
            if self.text(j) == "lambda" && self.kind(j) == Kind::Name {
                first = Some(j + 1);
                break;
            }
        }
        let first = first?;
        let at_level = |op: &str| (first..k).any(|j| self.tokens[j].level == level && self.is_op(j, op));
        let message = if self.is_op(k, "=") && k >= first + 2 && self.is_op(k - 2, "*") {
            "var-positional argument cannot have default value"
        } else if self.is_op(k, "=") && k >= first + 2 && self.is_op(k - 2, "**") {
            "var-keyword argument cannot have default value"
        } else if self.is_op(k, "*") && at_level("*") {
            "* argument may appear only once"
        } else if self.is_op(k, "/") && at_level("/") {
            "/ may appear only once"
        } else if at_level("**") && self.is_op(k - 1, ",") {
            "arguments cannot follow var-keyword argument"
        } else {
            return None;
        };
        Some(self.at(k, message))
    }

    /// `expected 'else' after 'if' expression`.
    fn if_without_else(&self) -> Option<SyntaxError> {
        // At the end of the source, the NEWLINE before it.
        let mut k = self.k;
        while k > 0 && matches!(self.kind(k), Kind::End | Kind::Dedent) {
            k -= 1;
        }
        if k == 0 || !self.ends_expression(k - 1) || self.text(k) == "else" || self.is_op(k, ":") {
            return None;
        }
        let condition = self.expression_start(k);
        if condition == 0 || condition >= k || self.text(condition - 1) != "if" {
            return None;
        }
        let keyword = condition - 1;
        if keyword == 0 || !self.ends_expression(keyword - 1) {
            return None;
        }
        let body = self.expression_start(keyword);
        // A comprehension's `if` takes no `else`.
        if (body > 0 && self.text(body - 1) == "for") || body >= keyword {
            return None;
        }
        let level = self.tokens[keyword].level;
        let comprehension = (0..keyword)
            .rev()
            .take_while(|&j| self.tokens[j].level >= level && !matches!(self.kind(j), Kind::Newline))
            .any(|j| self.tokens[j].level == level && self.text(j) == "for");
        (!comprehension).then(|| self.at(body, "expected 'else' after 'if' expression"))
    }

    /// `Perhaps you forgot a comma?`: two expressions side by side inside brackets.
    fn forgot_comma(&self) -> Option<SyntaxError> {
        let k = self.k;
        let level = self.tokens[k].level;
        if level == 0 || k == 0 || !self.ends_expression(k - 1) {
            return None;
        }
        if !(self.starts_operand(k) || self.is_op(k, "(") || self.is_op(k, "[") || self.text(k) == "not") {
            return None;
        }
        let a = self.expression_start(k);
        // A parameter list holds no expressions.
        let parameters = a >= 3 && self.is_op(a - 1, "(") && self.text(a - 3) == "def";
        if a >= k || parameters {
            return None;
        }
        let soft_keyword = matches!(self.text(a), "match" | "case" | "_") && self.kind(a) == Kind::Name;
        let name_string = self.kind(a) == Kind::Name && self.kind(a + 1) == Kind::String;
        let legacy = a + 1 == k && matches!(self.text(a), "print" | "exec");
        if soft_keyword || name_string || legacy {
            return None;
        }
        Some(self.at(a, "invalid syntax. Perhaps you forgot a comma?"))
    }
}

/// CPython's name of an expression in "cannot assign to …" (`_PyPegen_get_expr_name`).
pub(super) fn expression_name(e: &rustpython_parser::ast::Expr) -> &'static str {
    use rustpython_parser::ast::{Constant, Expr};
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

#[cfg(test)]
mod tests {
    /// CPython's (message, line, column) for the source as the validator reports it.
    fn reported(source: &str) -> (String, usize, usize) {
        match crate::validate::Policy::permissive().validate(source) {
            Err(crate::validate::Rejection::Syntax {
                message,
                line,
                column,
            }) => (message, line, column),
            other => panic!("not a syntax error: {other:?}"),
        }
    }

    fn check(source: &str, message: &str, line: usize, column: usize) {
        assert_eq!(reported(source), (message.to_owned(), line, column), "{source:?}");
    }

    // Every expectation below is CPython 3.11.7's msg, lineno and offset for the source.

    #[test]
    fn a_bracket_never_closed_is_reported_where_it_opens() {
        check(
            "def greet(name:\n    pass\n\ngreet(1)\n",
            "'(' was never closed",
            1,
            10,
        );
        check("x = [1, 2\ny = 3", "'[' was never closed", 1, 5);
        // The innermost bracket still open.
        check("x = [1, (2", "'(' was never closed", 1, 9);
        check("if x:\n    y = (1,\nz = 2\n", "'(' was never closed", 2, 9);
        // Opened on the line of the parser's error: the parser's error.
        check("x = (1 2 3", "invalid syntax. Perhaps you forgot a comma?", 1, 6);
        // Unless the parser read on to the next line or the end of the source.
        check("foo(a, b c\nd = 4", "'(' was never closed", 1, 4);
        check("f(a b", "'(' was never closed", 1, 2);
        check("def f(:\n pass\n", "invalid syntax", 1, 7);
    }

    #[test]
    fn closing_brackets_that_match_nothing() {
        check("foo(1, 2))", "unmatched ')'", 1, 10);
        check(
            "x = [1, (2, 3]",
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            14,
        );
        check(
            "x = (1,\n  2]",
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            2,
            4,
        );
        // A tokenizer error after the parser's error still wins.
        check("x = = 1\ny = )\n", "unmatched ')'", 2, 5);
    }

    #[test]
    fn unterminated_strings_report_where_they_start() {
        check(
            "x = 'abc\ny = 2",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check(
            "x = 'ab\\\ncd",
            "unterminated string literal (detected at line 2)",
            1,
            5,
        );
        check(
            "é = 'abc",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check(
            "x = f'abc\n",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check(
            "x = \"\"\"abc\n",
            "unterminated triple-quoted string literal (detected at line 1)",
            1,
            5,
        );
        check(
            "x = \"\"\"abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            5,
        );
        check(
            "x = \"\"\"abc\ndef",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            5,
        );
    }

    #[test]
    fn indentation() {
        check("x = 1\n  y = 2", "unexpected indent", 2, 2);
        check("if x:\n    pass\n        y = 1", "unexpected indent", 3, 8);
        check(
            "if x:\n    a = 1\n  b = 2\nc = 3",
            "unindent does not match any outer indentation level",
            3,
            8,
        );
        check(
            "if x:\npass",
            "expected an indented block after 'if' statement on line 1",
            2,
            1,
        );
        check(
            "if x:",
            "expected an indented block after 'if' statement on line 1",
            1,
            6,
        );
        check(
            "if 1:\n# only a comment\n",
            "expected an indented block after 'if' statement on line 1",
            2,
            17,
        );
        check(
            "def f():\n",
            "expected an indented block after function definition on line 1",
            1,
            9,
        );
        check("try:\n    pass\n", "expected 'except' or 'finally' block", 2, 9);
        check("try: pass\nx = 1", "expected 'except' or 'finally' block", 2, 1);
        check(
            "if 1:\n x = 1\n\ty = 2\n",
            "inconsistent use of tabs and spaces in indentation",
            3,
            1,
        );
    }

    #[test]
    fn a_missing_colon() {
        check("if x == 1\n    pass", "expected ':'", 1, 10);
        check("for i in range(3)\n    print(i)", "expected ':'", 1, 18);
        check("def f(x) return x", "expected ':'", 1, 10);
        check("def f()\n    pass", "expected ':'", 1, 8);
        check("class A\n    pass", "expected ':'", 1, 8);
        check("for x in y:\n    pass\nelse\n    pass", "expected ':'", 3, 5);
        check(
            "try:\n    x = 1\nexcept ValueError\n    pass",
            "expected ':'",
            3,
            18,
        );
        check("def f:\n    pass", "expected '('", 1, 6);
        check("x = 1 if 2\ny = 3", "expected 'else' after 'if' expression", 1, 5);
        check("x = 1 if 2", "expected 'else' after 'if' expression", 1, 5);
        check("print(a if b)", "expected 'else' after 'if' expression", 1, 7);
        check("def f(a, *, *b): pass", "* argument may appear only once", 1, 13);
        check(
            "def f(**k, *, a): pass",
            "arguments cannot follow var-keyword argument",
            1,
            12,
        );
        check(
            "lambda *a=1: 0",
            "var-positional argument cannot have default value",
            1,
            10,
        );
        // Not where the colon is only optional in CPython's grammar.
        check("while True print(1)", "invalid syntax", 1, 12);
    }

    #[test]
    fn an_equals_sign_meant_as_a_comparison() {
        check(
            "if x = 1:\n    pass",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
            4,
        );
        check(
            "while x = 1:\n    pass",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
            7,
        );
        check(
            "if x.y = 1:\n    pass",
            "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
            1,
            4,
        );
        check(
            "f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
            1,
        );
        check("x = 1 = 2", "cannot assign to literal", 1, 5);
        check("x = True = 1", "cannot assign to True", 1, 5);
        check("del f()", "cannot delete function call", 1, 5);
        check(
            "f() += 1",
            "'function call' is an illegal expression for augmented assignment",
            1,
            1,
        );
        check("[x]: int", "only single target (not list) can be annotated", 1, 1);
    }

    #[test]
    fn stray_tokens_and_print_without_parentheses() {
        check("x = [1 2]", "invalid syntax. Perhaps you forgot a comma?", 1, 6);
        check(
            "x = (\"a\" \"b\" c)",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
            6,
        );
        check(
            "x = [x for x y]\n",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
            12,
        );
        // Outside brackets, in parameters, or a name before a string: only invalid syntax.
        check("x = 1\ny = 2 3", "invalid syntax", 2, 7);
        check("def add(a b):\n    pass\n", "invalid syntax", 1, 11);
        check("x = 1 +\n", "invalid syntax", 1, 8);
        check("$x = 1", "invalid syntax", 1, 1);
        check(
            "print \"hello\"",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            1,
            1,
        );
        check(
            "exec 'x'\n",
            "Missing parentheses in call to 'exec'. Did you mean exec(...)?",
            1,
            1,
        );
    }

    #[test]
    fn f_string_errors_are_reported_after_the_literal() {
        let conversion = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
        check("x = 1\ny = f'{x!z}'", conversion, 2, 13);
        check("f'{:>10}'", "f-string: expression required before ':'", 1, 10);
        check(
            "f'{a\\n}'",
            "f-string expression part cannot include a backslash",
            1,
            9,
        );
    }

    #[test]
    fn numbers_cpython_refuses() {
        check("x = 1st", "invalid decimal literal", 1, 5);
        check("print(3x)", "invalid decimal literal", 1, 7);
        check("2nd_place = 1", "invalid decimal literal", 1, 1);
        check("x = 1_000_", "invalid decimal literal", 1, 10);
        check("x = 0b102", "invalid digit '2' in binary literal", 1, 9);
        check("x = 1e+", "invalid decimal literal", 1, 7);
        check("x = 5j2", "invalid imaginary literal", 1, 6);
        check("x = 0o", "invalid octal literal", 1, 6);
        check("x = 1.5e3x\n", "invalid decimal literal", 1, 9);
        let zeros = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        check("x = 0_7", zeros, 1, 5);
        // A keyword after a number is only warned about.
        assert!(crate::validate::Policy::permissive()
            .validate("x = 1if 1 else 2\ny = 09.5\n")
            .is_ok());
    }

    #[test]
    fn characters_cpython_refuses() {
        check("x = 1€\n", "invalid character '€' (U+20AC)", 1, 6);
        check("x = 1\u{b}", "invalid non-printable character U+000B", 1, 6);
        check("a\u{200b} = 1\n", "invalid non-printable character U+200B", 1, 2);
    }

    /// The mapping runs on every refusal: it must not panic on any source rustpython refuses
    /// (a panic would turn the `syntax_error` into a `too_complex`). Every prefix of every
    /// program of the syntax corpus under 1 KiB (the larger ones are the nesting limits'),
    /// cut at each character.
    #[test]
    fn no_refused_prefix_of_the_corpus_makes_the_mapping_panic() {
        let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/validator/corpus/syntax");
        let mut refused = 0;
        for entry in std::fs::read_dir(corpus).expect("the syntax corpus") {
            let path = entry.expect("an entry").path();
            let source = std::fs::read_to_string(&path).expect("UTF-8");
            if source.len() > 1024 {
                continue;
            }
            for (cut, _) in source.char_indices().chain([(source.len(), ' ')]) {
                let prefix = &source[..cut];
                if let Err(error) =
                    rustpython_parser::parse(prefix, rustpython_parser::Mode::Module, "main.py")
                {
                    let lines = super::LineIndex::new(prefix);
                    let found = std::panic::catch_unwind(|| super::parse_error(&lines, &error));
                    assert!(found.is_ok(), "{} cut at {cut}: {prefix:?}", path.display());
                    refused += 1;
                }
            }
        }
        assert!(refused > 10_000, "only {refused} refused prefixes");
    }
}
