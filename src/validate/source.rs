//! The source text before parsing: one lexing pass that checks CPython's tokenizer limits,
//! and the map from byte offsets to (line, column in characters).

use rustpython_parser::lexer::{self, LexResult};
use rustpython_parser::{Mode, Tok};

use super::{Rejection, MAX_BRACKET_DEPTH, MAX_INDENT_DEPTH};

/// Lexes once and checks CPython's tokenizer limits on the token stream (brackets inside
/// strings and comments do not count, exactly as in CPython).
pub(super) fn prescan(source: &str, lines: &LineIndex) -> Result<Vec<LexResult>, Rejection> {
    let mut tokens = Vec::new();
    let mut brackets = 0usize;
    let mut indents = 0usize;
    let mut previous_double_star = false;
    for token in lexer::lex(source, Mode::Module) {
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
    Ok(tokens)
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
