//! Static analysis of submitted Python (docs/policy.md): the first filter, not the boundary.
//!
//! Design, in the order [`Policy::validate`] runs:
//! 1. Cheap checks on the raw text: size cap, NUL characters, a leading U+FEFF (CPython
//!    refuses both), then the rest runs on a dedicated thread with a large stack (see
//!    [`PARSER_STACK_BYTES`]).
//! 2. `source`: the text is lexed once with rustpython's (iterative) lexer and the token stream
//!    checked for CPython's tokenizer rules rustpython does not apply: 200 nested brackets, 100
//!    indentation levels, tabs after spaces in indentation (CPython's own consistency rule), a
//!    backslash in an f-string expression, a dangling `**`.
//! 3. The (table-driven, LALR) parser builds the tree. When it refuses, `cpython_errors` gives
//!    the refusal CPython 3.11's message and position.
//! 4. `walker`: a depth-limited walk visits every statement, expression and pattern. It
//!    applies CPython's compile-time checks that the parser leaves out (targets, `return`/
//!    `yield`/`await`/`break` placement, `__future__`, `__debug__`, match patterns, assignment
//!    expressions in comprehensions, generator arguments, `except*`, identifiers' characters —
//!    `xid`, 3.12-only syntax) and, through `symbols`, the symbol table's `global`/`nonlocal`
//!    errors; and it applies the rules of docs/policy.md, whose lists are the `tables` with a reason
//!    per entry. Names are compared NFKC-normalised, as CPython stores them. All violations are
//!    collected and sorted by position.
//!
//! The only way to obtain a [`ValidatedCode`] is a successful [`Policy::validate`].
//!
//! tests/validator compares the syntax verdict with CPython 3.11's `compile()` over a corpus
//! of more than 1400 programs, and the refusals' messages and positions with CPython's. The
//! known gap of the verdict (listed there with its reason):
//! - nesting past CPython's parser stack or compiler recursion limit but within the walker's
//!   MAX_AST_DEPTH: accepted here, CPython refuses to compile (MemoryError, RecursionError),
//!   so the job ends as a runtime error and nothing of the program runs.
//!
//! Line breaks agree: both lexers take `\n`, `\r\n` and a lone `\r` (CPython's universal
//! newlines) and nothing else (`\x0b`, `\x0c`, U+2028, U+0085 are not line breaks for either);
//! the `LineIndex` follows the same rule. A coding declaration is ignored by both, since the
//! launcher compiles the decoded text.

use std::sync::mpsc::RecvTimeoutError;

use rustpython_parser::ast::{self, Constant, Expr, Stmt};
use rustpython_parser::text_size::TextSize;
use rustpython_parser::Mode;
use unicode_normalization::UnicodeNormalization;

mod cpython_errors;
mod explain;
mod source;
mod symbols;
mod tables;
#[cfg(test)]
mod tests;
mod walker;
mod xid;

use source::{prescan, LineIndex};
use symbols::{Block, Symbols};
pub use tables::{
    DEFAULT_ALLOWED_MODULES, DEFAULT_FORBIDDEN_ATTRIBUTES, DEFAULT_FORBIDDEN_BUILTINS, REFUSED_FUNCTIONS,
};
use walker::{Context, FunctionFacts, Walker};

/// Largest source accepted at all. The API caps `code` at 64 KiB; anything bigger reaching
/// the validator is refused rather than parsed, which also bounds tree depth (≤ one level per
/// byte) and so the stack the worker thread may need.
pub const MAX_SOURCE_BYTES: usize = 256 * 1024;

/// CPython 3.11's tokenizer refuses more than 200 open brackets (MAXLEVEL).
const MAX_BRACKET_DEPTH: usize = 200;

/// CPython 3.11's tokenizer refuses a 100th indentation level (MAXINDENT 100, level 0 included).
const MAX_INDENT_DEPTH: usize = 99;

/// Deepest statement/expression/pattern nesting the walker follows. CPython 3.11 refuses
/// (RecursionError in its compiler, MemoryError in its parser) anything past about 2990 levels
/// (measured: 2989 unary minus, `+` chain, attribute chain, `if`-`else` chain; 2984 lambdas),
/// so 5000 never refuses what CPython compiles.
const MAX_AST_DEPTH: usize = 5000;

/// Stack of the parse-walk-drop thread. rustpython's f-string parser, our walker (≤
/// MAX_AST_DEPTH levels) and above all the recursive `Drop` of the tree (one level per byte in
/// the worst case, `-` * 65536 + `1`) recurse. 256 MiB leaves ≥ 1 KiB per level for
/// MAX_SOURCE_BYTES levels even in debug builds; it is reserved address space, only the pages
/// actually touched are committed.
pub const PARSER_STACK_BYTES: usize = 256 * 1024 * 1024;

/// Longest a validation may take before the submission is refused. The worst inputs the
/// tests know take under 2 s in a debug build and a few tens of milliseconds in release
/// (`cargo bench --bench validate`), so 10 s is only ever reached by a bug.
pub const VALIDATION_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10);

/// A rule of docs/policy.md; serialises as the kebab-case rule name ("forbidden-import", ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, strum::IntoStaticStr, strum::VariantArray)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Rule {
    /// An import of a module that is not on the allow-list.
    ForbiddenImport,
    /// `from m import *`: the names it binds are not judged, so it is refused.
    StarImport,
    /// A function of an allowed module that is a door itself ([`REFUSED_FUNCTIONS`]).
    ForbiddenFunction,
    ForbiddenCall,
    DunderAccess,
    ModuleAttribute,
    DynamicAttribute,
    /// A private attribute (`x._name`) the program does not define itself.
    PrivateAttribute,
}

impl Rule {
    /// The rule's name as the api shows it.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One finding: `line` and `column` are 1-based, the column counted in characters.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Violation {
    pub rule: Rule,
    /// The matched list entry, NFKC-normalised.
    pub detail: String,
    pub line: usize,
    pub column: usize,
    /// One line: why the rule refuses this (from the rule and its table entry).
    pub reason: String,
    /// The allowed way to do what the program was after, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<&'static str>,
}

/// Why a submission was refused (the 422 `forbidden_code`, `syntax_error` and `too_complex` answers).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    #[error("syntax error at line {line}, column {column}: {message}")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    #[error("{0}")]
    TooComplex(String),
    #[error("forbidden code: {} violation(s)", .0.len())]
    Forbidden(Vec<Violation>),
    /// The validator's thread could not be started: the submission is refused (as
    /// `too_complex`) rather than let through unjudged.
    #[error("the validator could not start (rejected to fail closed): {0}")]
    NotStarted(#[source] StartError),
}

/// Why the validator's thread could not start, shared so that a [`Rejection`] stays `Clone`
/// and comparable (two are equal when they are the same failure).
#[derive(Debug, Clone)]
pub struct StartError(pub std::sync::Arc<std::io::Error>);

impl PartialEq for StartError {
    fn eq(&self, other: &StartError) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for StartError {}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for StartError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.0.as_ref())
    }
}

/// Code that passed [`Policy::validate`]. Private field: the only constructor is the
/// validator, so the executor, which takes a `ValidatedCode`, cannot be handed unvalidated code.
#[derive(Debug, Clone)]
pub struct ValidatedCode(String);

impl ValidatedCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The three configurable lists (NFKC-normalised) plus whether the fixed rules apply.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The allow-list: the only modules a program may import.
    modules: Vec<String>,
    builtins: Vec<String>,
    attributes: Vec<String>,
    /// Names a class of the program may not define, beyond the fixed ones (a runtime's).
    class_members: Vec<String>,
    /// Every rule but syntax; off only in `Policy::permissive` (`CODE_POLICY=off`).
    internals: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Self::default_policy()
    }
}

fn nfkc(s: &str) -> String {
    s.nfkc().collect()
}

fn normalise_list(entries: impl IntoIterator<Item = String>) -> Vec<String> {
    entries
        .into_iter()
        .map(|e| nfkc(&e).trim().to_owned())
        .filter(|e| !e.is_empty())
        .collect()
}

fn table(entries: &[(&str, &str)]) -> Vec<String> {
    normalise_list(entries.iter().map(|(name, _reason)| (*name).to_owned()))
}

impl Policy {
    /// The default lists of docs/policy.md.
    pub fn default_policy() -> Policy {
        Policy {
            modules: table(DEFAULT_ALLOWED_MODULES),
            builtins: table(DEFAULT_FORBIDDEN_BUILTINS),
            attributes: table(DEFAULT_FORBIDDEN_ATTRIBUTES),
            class_members: Vec::new(),
            internals: true,
        }
    }

    /// Lists as given (already split); each replaces its default when `Some`: the allowed
    /// modules, the forbidden builtins, the forbidden attributes. Entries are NFKC-normalised
    /// and trimmed, empty ones dropped.
    pub fn with_lists(
        modules: Option<Vec<String>>,
        builtins: Option<Vec<String>>,
        attributes: Option<Vec<String>>,
    ) -> Policy {
        let default = Policy::default_policy();
        Policy {
            modules: modules.map_or(default.modules, normalise_list),
            builtins: builtins.map_or(default.builtins, normalise_list),
            attributes: attributes.map_or(default.attributes, normalise_list),
            class_members: Vec::new(),
            internals: true,
        }
    }

    /// An empty policy: syntax is still checked, nothing is forbidden (for testing the
    /// container layer on its own). Only for tests (the `testing` feature); a deployment gets
    /// it only by CODE_POLICY=off.
    #[cfg(any(test, feature = "testing"))]
    pub fn permissive() -> Policy {
        Policy::syntax_only()
    }

    /// `Policy::permissive`, for CODE_POLICY=off.
    pub(crate) fn syntax_only() -> Policy {
        Policy {
            modules: Vec::new(),
            builtins: Vec::new(),
            attributes: Vec::new(),
            class_members: Vec::new(),
            internals: false,
        }
    }

    /// Whether the rules apply (`CODE_POLICY=strict`); when not, only syntax is checked, here
    /// and in the launcher's run-time wall.
    pub fn enforced(&self) -> bool {
        self.internals
    }

    /// This policy for a program of `runtime`: its modules join the allow-list, and what the
    /// runtime refuses of them joins the refused attributes (module-attribute, and the
    /// run-time wall's refused names) and the refused class members (docs/policy.md, "The
    /// python-data runtime"). The policy off stays off.
    pub fn for_runtime(&self, runtime: &crate::runtimes::Runtime) -> Policy {
        let mut policy = self.clone();
        if self.internals {
            policy.modules.extend(table(runtime.modules));
            // SECURITY: a runtime's packages bring doors of their own (numpy's ctypes bridge,
            // pandas' pickles): refused whatever the configured lists say, as the fixed rules are.
            policy.attributes.extend(table(runtime.refused_attributes));
            policy.class_members.extend(table(runtime.refused_class_members));
        }
        policy
    }

    /// The modules a program may import, as the launcher's run-time wall is told them.
    pub fn allowed_modules(&self) -> &[String] {
        &self.modules
    }

    /// The attribute names the launcher's guarded `getattr`, `setattr` and `delattr` refuse
    /// when a program computes them (with or without leading underscores, as
    /// module-attribute does): the forbidden attributes and builtins, the refused functions,
    /// the interpreter internals of dunder-access and the reflective helpers. Empty when the
    /// policy is off.
    pub fn runtime_refused_names(&self) -> Vec<String> {
        if !self.internals {
            return Vec::new();
        }
        let mut names: Vec<String> = self.attributes.clone();
        names.extend(self.builtins.iter().cloned());
        names.extend(REFUSED_FUNCTIONS.iter().map(|(_, f, _)| (*f).to_owned()));
        names.extend(tables::DUNDER_ATTRIBUTES.iter().map(|(n, _)| (*n).to_owned()));
        names.extend(
            tables::DYNAMIC_ATTRIBUTE_FUNCTIONS
                .iter()
                .map(|(n, ..)| (*n).to_owned()),
        );
        names.sort();
        names.dedup();
        names
    }

    /// Judges `source` as CPython 3.11 would compile it; see the module documentation.
    pub fn validate(&self, source: &str) -> Result<ValidatedCode, Rejection> {
        // SECURITY: resource exhaustion — input is capped before anything is parsed.
        if source.len() > MAX_SOURCE_BYTES {
            return Err(Rejection::TooComplex(format!(
                "source is larger than the validator's limit of {MAX_SOURCE_BYTES} bytes"
            )));
        }
        // SECURITY: divergence — CPython refuses NUL in source ("source code string cannot
        // contain null bytes") while a lexer could stop or skip there; refuse it up front.
        if let Some(offset) = source.find('\0') {
            let (line, column) = LineIndex::new(source).position(offset);
            return Err(Rejection::Syntax {
                message: "source code cannot contain null bytes".to_owned(),
                line,
                column,
            });
        }

        // SECURITY: divergence — rustpython skips a leading byte order mark, but the launcher
        // compiles the decoded text, where CPython refuses U+FEFF as a character.
        if source.starts_with('\u{feff}') {
            return Err(Rejection::Syntax {
                message: "invalid non-printable character U+FEFF".to_owned(),
                line: 1,
                column: 1,
            });
        }

        // SECURITY: stack overflow — the parser's f-string handling, the walker and the
        // tree's Drop recurse; they run on a thread with a stack sized for the worst input
        // MAX_SOURCE_BYTES allows. A panic there (a parser bug) is turned into a rejection:
        // fail closed, never open, and never take the caller down.
        let owned = source.to_owned();
        let policy = self.clone();
        let (sender, receiver) = std::sync::mpsc::channel();
        let worker = std::thread::Builder::new()
            .name("validate".to_owned())
            .stack_size(PARSER_STACK_BYTES)
            .spawn(move || {
                let verdict = check(&policy, &owned).map(|()| owned);
                // The receiver is gone only once the deadline has passed: nobody to tell.
                let _ = sender.send(verdict);
            });
        if let Err(err) = worker {
            return Err(Rejection::NotStarted(StartError(std::sync::Arc::new(err))));
        }
        // SECURITY: denial of service — should a validator bug loop on some input, the
        // request is still answered (and refused) at the deadline instead of hanging; the
        // thread itself cannot be stopped and runs on, so such a bug stays a bug to fix.
        match receiver.recv_timeout(VALIDATION_DEADLINE) {
            Ok(Ok(owned)) => Ok(ValidatedCode(owned)),
            Ok(Err(rejection)) => Err(rejection),
            Err(RecvTimeoutError::Timeout) => Err(Rejection::TooComplex(format!(
                "the validator took longer than {} s (rejected to fail closed)",
                VALIDATION_DEADLINE.as_secs()
            ))),
            // The thread ended without a verdict: it panicked (a parser bug).
            Err(RecvTimeoutError::Disconnected) => Err(Rejection::TooComplex(
                "the validator failed on this input (rejected to fail closed)".to_owned(),
            )),
        }
    }
}

/// Parse, pre-checks and walk; runs on the big-stack thread. The tree is dropped here too.
fn check(policy: &Policy, source: &str) -> Result<(), Rejection> {
    let lines = LineIndex::new(source);
    let tokens = prescan(source, &lines)?;
    let module = rustpython_parser::parse_tokens(tokens, Mode::Module, "main.py").map_err(|e| {
        // rustpython's verdict, CPython's words and position.
        let cpython_errors::SyntaxError {
            message,
            line,
            column,
        } = cpython_errors::parse_error(&lines, &e);
        Rejection::Syntax {
            message,
            line,
            column,
        }
    })?;
    let body = match module {
        ast::Mod::Module(m) => m.body,
        _ => unreachable!("Mode::Module always yields a module"),
    };
    let mut walker = Walker {
        policy,
        lines: &lines,
        violations: Vec::new(),
        private_reads: Vec::new(),
        attribute_stores: Vec::new(),
        type_compared: Vec::new(),
        type_values: Vec::new(),
        private_defined: Default::default(),
        bindings: Default::default(),
        plain_classes: Default::default(),
        imports: Default::default(),
        positional_patterns: Vec::new(),
        ctx: Context::module(),
        comprehension_targets: Vec::new(),
        function: FunctionFacts::default(),
        symbols: vec![Symbols::new(Block::Module)],
        future_imports_allowed: leading_future_imports(&body),
        callee: None,
        class_headers: Vec::new(),
        class_names: Vec::new(),
    };
    walker.stmts(&body, 0)?;
    walker.finish()?;
    walker.private_attributes();
    walker.class_patterns();
    walker.imported_attribute_stores();
    walker.type_values();
    let mut violations = walker.violations;
    if violations.is_empty() {
        return Ok(());
    }
    // Stable: violations at one position keep the order the rules were applied in.
    violations.sort_by_key(|v| (v.line, v.column));
    Err(Rejection::Forbidden(violations))
}

/// The `from __future__ import` statements at the top of a module (after an optional
/// docstring): the only place CPython allows them.
fn leading_future_imports(body: &[Stmt]) -> Vec<TextSize> {
    let docstring = matches!(
        body.first(),
        Some(Stmt::Expr(ast::StmtExpr { value, .. }))
            if matches!(value.as_ref(), Expr::Constant(ast::ExprConstant { value: Constant::Str(_), .. }))
    );
    body.iter()
        .skip(usize::from(docstring))
        .map_while(|s| match s {
            Stmt::ImportFrom(i) if i.module.as_deref() == Some("__future__") => Some(i.range.start()),
            _ => None,
        })
        .collect()
}
