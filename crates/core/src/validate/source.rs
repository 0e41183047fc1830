//! The source text before parsing: one lexing pass that checks CPython's tokenizer limits,
//! and the map from byte offsets to (line, column in characters).

use rustpython_parser::lexer::{self, LexResult};
use rustpython_parser::{Mode, StringKind, Tok};

use super::{Rejection, MAX_BRACKET_DEPTH, MAX_INDENT_DEPTH};

/// Lexes once and checks CPython's tokenizer limits on the token stream (brackets inside
/// strings and comments do not count, exactly as in CPython).
pub(super) fn prescan(source: &str, lines: &LineIndex) -> Result<Vec<LexResult>, Rejection> {
    // SECURITY: divergence — rustpython refuses a tab after spaces in indentation, which
    // CPython accepts when consistent. Such a source is lexed with those tabs as spaces (same
    // byte offsets, so every position stays right), which makes rustpython's indentation that
    // of CPython's "alternate" columns; `check_indentation` then applies CPython's own rule,
    // under which both columns agree, so both read the same blocks.
    let spaced = tabs_after_spaces(source).then(|| indentation_tabs_as_spaces(source));
    let mut lexed = std::borrow::Cow::Borrowed(spaced.as_deref().unwrap_or(source));
    // SECURITY: divergence — CPython 3.11 compiling a string (translate_newlines) appends a
    // line break to a source ending in "\r\n" as if it ended without one, so a final
    // backslash continuation is followed by an empty line there (accepted); lex the same.
    if source.ends_with("\r\n") {
        lexed.to_mut().push('\n');
    }
    let mut tokens = Vec::new();
    let mut brackets = 0usize;
    let mut indents = 0usize;
    let mut previous_double_star = false;
    for token in lexer::lex(&lexed, Mode::Module) {
        let Ok((tok, range)) = &token else {
            // The parser reports the lexical error with its own message.
            tokens.push(token);
            break;
        };
        let refuse = |message: &str| {
            let (line, column) = lines.position(range.start().to_usize());
            Err(Rejection::Syntax {
                message: message.to_owned(),
                line,
                column,
            })
        };
        // rustpython accepts a `**` with nothing after it (`def f(a, **): pass`).
        if previous_double_star && matches!(tok, Tok::Rpar | Tok::Comma | Tok::Colon) {
            return refuse("invalid syntax");
        }
        previous_double_star = matches!(tok, Tok::DoubleStar);
        if let Tok::String {
            kind: StringKind::FString | StringKind::RawFString,
            ..
        } = tok
        {
            let start = range.start().to_usize();
            let end = range.end().to_usize();
            if let Some(offset) = fstring_backslash(&source[start..end]) {
                // CPython 3.11 reports it just after a literal on one line.
                let on_one_line = !source[start..end].contains(['\n', '\r']);
                let (line, column) = lines.position(if on_one_line { end } else { start + offset });
                return Err(Rejection::Syntax {
                    message: "f-string expression part cannot include a backslash".to_owned(),
                    line,
                    column,
                });
            }
        }
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                brackets += 1;
                if brackets > MAX_BRACKET_DEPTH {
                    return refuse("too many nested parentheses");
                }
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => brackets = brackets.saturating_sub(1),
            Tok::Indent => {
                indents += 1;
                if indents > MAX_INDENT_DEPTH {
                    return refuse("too many levels of indentation");
                }
            }
            Tok::Dedent => indents = indents.saturating_sub(1),
            _ => {}
        }
        tokens.push(token);
    }
    if spaced.is_some() {
        check_indentation(source, &tokens, lines)?;
    }
    Ok(tokens)
}

/// Whether some line's leading whitespace has a tab after a space.
fn tabs_after_spaces(source: &str) -> bool {
    source.split(['\n', '\r']).any(|line| {
        let indent = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
        let indent = &line[..indent];
        indent
            .find(' ')
            .is_some_and(|space| indent[space..].contains('\t'))
    })
}

/// `source` with every tab in a line's leading whitespace replaced by a space.
fn indentation_tabs_as_spaces(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut at_line_start = true;
    for c in source.chars() {
        match c {
            '\n' | '\r' => at_line_start = true,
            '\t' if at_line_start => {
                out.push(' ');
                continue;
            }
            ' ' | '\x0c' => {}
            _ => at_line_start = false,
        }
        out.push(c);
    }
    out
}

/// CPython 3.11's indentation rule (tokenizer.c): each logical line's indentation is measured
/// with tabs to multiples of 8 (`col`) and with tabs as one column (`altcol`), a form feed
/// resetting both; every comparison with the open blocks must come out the same for both.
fn check_indentation(source: &str, tokens: &[LexResult], lines: &LineIndex) -> Result<(), Rejection> {
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    for (tok, range) in tokens.iter().flatten() {
        match tok {
            Tok::Newline => at_line_start = true,
            Tok::Indent | Tok::Dedent | Tok::EndOfFile => {}
            _ if at_line_start => {
                at_line_start = false;
                let offset = range.start().to_usize().min(source.len());
                let indent = &source[lines.line_start(offset)..offset];
                let (mut col, mut altcol) = (0usize, 0usize);
                for c in indent.chars() {
                    match c {
                        ' ' => (col, altcol) = (col + 1, altcol + 1),
                        '\t' => (col, altcol) = ((col / 8 + 1) * 8, altcol + 1),
                        '\x0c' => (col, altcol) = (0, 0),
                        _ => {}
                    }
                }
                let inconsistent = || {
                    let (line, column) = lines.position(offset);
                    Err(Rejection::Syntax {
                        message: "inconsistent use of tabs and spaces in indentation".to_owned(),
                        line,
                        column,
                    })
                };
                let &(top, alttop) = stack.last().expect("never empty");
                if col == top {
                    if altcol != alttop {
                        return inconsistent();
                    }
                } else if col > top {
                    if altcol <= alttop {
                        return inconsistent();
                    }
                    stack.push((col, altcol));
                } else {
                    while stack.len() > 1 && col < stack.last().expect("never empty").0 {
                        stack.pop();
                    }
                    if stack.last().expect("never empty") != &(col, altcol) {
                        return inconsistent();
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Maps byte offsets to 1-based (line, column in characters). Line breaks are `\n`, `\r\n`
/// and a lone `\r`, as for CPython's and rustpython's tokenizers.
pub(super) struct LineIndex<'a> {
    pub(super) source: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(super) fn new(source: &'a str) -> Self {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { source, starts }
    }

    /// Byte offset where the line holding `offset` starts.
    pub(super) fn line_start(&self, offset: usize) -> usize {
        let offset = offset.min(self.source.len());
        self.starts[self.starts.partition_point(|&s| s <= offset) - 1]
    }

    pub(super) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.source.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        // Offsets from the parser are char boundaries; be safe if one is not.
        let column = self
            .source
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, column + 1)
    }
}

/// Where an f-string literal (its source text, prefix and quotes included) has a backslash in
/// an expression part — CPython 3.11 refuses one there, even inside a nested string, while
/// rustpython accepts it. Literal text and format specs may hold backslashes.
fn fstring_backslash(raw: &str) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        /// An expression part; the count is its open brackets.
        Expression(usize),
        /// A format spec after `:`, itself able to hold nested `{expressions}`.
        Spec,
    }
    let bytes = raw.as_bytes();
    let quote_at = bytes.iter().position(|b| *b == b'\'' || *b == b'"')?;
    let quote = bytes[quote_at];
    let triple = bytes.get(quote_at..quote_at + 3) == Some(&[quote; 3][..]);
    let body_start = quote_at + if triple { 3 } else { 1 };
    let body_end = raw
        .len()
        .saturating_sub(if triple { 3 } else { 1 })
        .max(body_start);
    let mut parts: Vec<Part> = Vec::new();
    let mut i = body_start;
    while i < body_end {
        let b = bytes[i];
        match (parts.last().copied(), b) {
            // Literal text (outside any replacement field, or in a format spec).
            (None, b'{') | (None, b'}') if bytes.get(i + 1) == Some(&b) => i += 1,
            (None | Some(Part::Spec), b'{') => parts.push(Part::Expression(0)),
            (Some(Part::Spec), b'}') => {
                parts.pop();
            }
            (None | Some(Part::Spec), _) => {}
            // An expression part.
            (Some(Part::Expression(_)), b'\\') => return Some(i),
            (Some(Part::Expression(_)), b'\'' | b'"') => {
                // A nested string: a backslash anywhere in it counts too.
                let nested_triple = bytes.get(i..i + 3) == Some(&[b; 3][..]);
                let width = if nested_triple { 3 } else { 1 };
                let mut j = i + width;
                while j < body_end && bytes.get(j..j + width) != Some(&[b; 3][..width]) {
                    if bytes[j] == b'\\' {
                        return Some(j);
                    }
                    j += 1;
                }
                i = j + width - 1;
            }
            (Some(Part::Expression(n)), b'(' | b'[' | b'{') => {
                *parts.last_mut().expect("matched") = Part::Expression(n + 1);
            }
            (Some(Part::Expression(n)), b')' | b']') if n > 0 => {
                *parts.last_mut().expect("matched") = Part::Expression(n - 1);
            }
            (Some(Part::Expression(n)), b'}') if n > 0 => {
                *parts.last_mut().expect("matched") = Part::Expression(n - 1);
            }
            (Some(Part::Expression(0)), b'}') => {
                parts.pop();
            }
            (Some(Part::Expression(0)), b':') => *parts.last_mut().expect("matched") = Part::Spec,
            (Some(Part::Expression(_)), _) => {}
        }
        i += 1;
    }
    None
}
