//! The walk over the tree: CPython's compile-time checks that the parser leaves out, and the
//! rules of docs/policy.md applied to every statement, expression and pattern.

use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Pattern, Ranged, Stmt};
use rustpython_parser::lexer;
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::{Mode, Tok};

use super::cpython_errors::expression_name;
use super::source::LineIndex;
use super::symbols::{Block, Symbols};
use super::tables::{
    NameArg, ATTRIBUTE_NAMING_ARGUMENTS, DUNDER_ATTRIBUTES, DUNDER_NAMES, DYNAMIC_ATTRIBUTE_FUNCTIONS,
    FUTURE_FEATURES, MODULE_PRIVATE_NAMES, REFLECTIVE, REFUSED_FUNCTIONS, STDLIB_PRIVATE_NAMES,
};
use super::xid;
use super::{nfkc, Policy, Rejection, Rule, Violation, MAX_AST_DEPTH};

pub(super) fn find<'a>(list: &'a [String], name: &str) -> Option<&'a String> {
    list.iter().find(|entry| entry.as_str() == name)
}

pub(super) fn find_table(table: &[(&str, &str)], name: &str) -> Option<String> {
    table
        .iter()
        .find(|(entry, _)| *entry == name)
        .map(|(entry, _)| (*entry).to_owned())
}

/// The kind of scope the walker is in, for CPython's compile-time checks (`return` outside a
/// function, `await` outside an async function, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
}

pub(super) struct Walker<'a> {
    pub(super) policy: &'a Policy,
    pub(super) lines: &'a LineIndex<'a>,
    pub(super) violations: Vec<Violation>,
    pub(super) ctx: Context,
    /// Iteration variables (NFKC) of the comprehensions around the current point, up to the
    /// nearest function, lambda, class or module: an assignment expression may not rebind them.
    pub(super) comprehension_targets: Vec<String>,
    /// What the current function body has shown so far, for checks made when it ends.
    pub(super) function: FunctionFacts,
    /// One symbol table per enclosing scope, the module's first.
    pub(super) symbols: Vec<Symbols>,
    /// Starts of the `from __future__` imports that are in an allowed place (the top of the
    /// module, after the docstring).
    pub(super) future_imports_allowed: Vec<TextSize>,
    /// The range of the function expression of the call being walked: a reflective helper
    /// there is a direct call, judged by `dynamic_attribute`; anywhere else it is a value.
    pub(super) callee: Option<TextRange>,
    /// The ranges of the bases and keywords of the class statements around the current point:
    /// a class maker there is a base or a metaclass, not a value passed around.
    pub(super) class_headers: Vec<TextRange>,
    /// The names (NFKC) of the class statements around the current point, innermost last:
    /// CPython mangles `__x` written inside one into `_Class__x`.
    pub(super) class_names: Vec<String>,
    /// Private (`_x`) attribute names the program reads, judged when the module ends against
    /// the ones it defines itself ([`Walker::private_attributes`]).
    pub(super) private_reads: Vec<(String, TextSize)>,
    /// Private attribute names the program defines: assigned as attributes (`self._x = …`)
    /// or bound in a class body (`def _helper`, `_count = 0`).
    pub(super) private_defined: std::collections::HashSet<String>,
    /// How many times each name is bound anywhere (assignments, defs, imports, parameters,
    /// captures), and how many of those are `class` statements whose class can be matched with
    /// positional subpatterns ([`Walker::class_patterns`]).
    pub(super) bindings: std::collections::HashMap<String, usize>,
    #[allow(clippy::type_complexity)]
    pub(super) plain_classes:
        std::collections::HashMap<String, (usize, Vec<String>, Vec<(String, &'static str)>)>,
    /// What each name is imported as, and how many times (an origin of "" when imports disagree).
    pub(super) imports: std::collections::HashMap<String, (String, usize)>,
    /// Ranges of the second argument of `isinstance`/`issubclass` calls, where `type` is a value.
    pub(super) type_compared: Vec<TextRange>,
    /// Where `type` is used as a value, judged when the module ends ([`Walker::type_values`]).
    pub(super) type_values: Vec<TextSize>,
    /// Attributes written or deleted on plain names: (name, attribute, where).
    pub(super) attribute_stores: Vec<(String, String, TextSize)>,
    /// Class patterns with positional subpatterns, by the name of their class.
    pub(super) positional_patterns: Vec<(String, TextSize)>,
}

/// Where the walker is, for CPython's compile-time checks; saved and restored around blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Context {
    pub(super) scope: Scope,
    pub(super) in_loop: bool,
    /// Inside a comprehension: CPython's name of the innermost one ("list comprehension").
    pub(super) in_comprehension: Option<&'static str>,
    /// Inside a generator expression, where CPython 3.11 allows `await` and `async for` in
    /// any function (the expression becomes an async generator).
    pub(super) in_generator: bool,
    /// Inside a comprehension's iterable, where CPython refuses assignment expressions.
    pub(super) in_comprehension_iterable: bool,
    /// Inside an `except*` block of the current function, where `return` is refused.
    pub(super) in_except_star: bool,
    /// `break`/`continue` here would leave an `except*` block (no loop inside the block
    /// encloses them), which CPython refuses.
    pub(super) break_leaves_except_star: bool,
}

impl Context {
    /// The top of the module.
    pub(super) fn module() -> Context {
        Context {
            scope: Scope::Module,
            in_loop: false,
            in_comprehension: None,
            in_generator: false,
            in_comprehension_iterable: false,
            in_except_star: false,
            break_leaves_except_star: false,
        }
    }

    /// A new function, lambda or class body: nothing of the enclosing block carries over.
    fn body(scope: Scope) -> Context {
        Context {
            scope,
            ..Context::module()
        }
    }
}

/// Facts about a function body that CPython checks once the whole body is known.
#[derive(Debug, Default)]
pub(super) struct FunctionFacts {
    has_yield: bool,
    /// The first `return` with a value, refused in an async generator.
    return_with_value: Option<TextRange>,
}

pub(super) type Walk = Result<(), Rejection>;

/// CPython 3.11's message for leaving an `except*` block early.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

pub(super) fn too_deep(depth: usize) -> Walk {
    // SECURITY: stack overflow / fail closed — past CPython's own limit the walker stops
    // and refuses instead of recursing further.
    if depth > MAX_AST_DEPTH {
        return Err(Rejection::TooComplex(format!(
            "nesting deeper than {MAX_AST_DEPTH} levels (CPython 3.11 refuses past about 3000)"
        )));
    }
    Ok(())
}

/// The names (NFKC) an assignment target binds, appended to `names`.
fn stored_names(target: &Expr, names: &mut Vec<String>) {
    match target {
        Expr::Name(n) => names.push(nfkc(&n.id)),
        Expr::Starred(s) => stored_names(&s.value, names),
        Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
            elts.iter().for_each(|e| stored_names(e, names))
        }
        _ => {}
    }
}

/// CPython's message when a pattern matches anything (and so makes later cases unreachable).
fn irrefutable(pattern: &Pattern) -> Option<String> {
    match pattern {
        Pattern::MatchAs(ast::PatternMatchAs {
            pattern: None, name, ..
        }) => Some(match name {
            Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
            None => "wildcard makes remaining patterns unreachable".to_owned(),
        }),
        Pattern::MatchAs(ast::PatternMatchAs { pattern: Some(p), .. }) => irrefutable(p),
        Pattern::MatchOr(o) => o.patterns.last().and_then(irrefutable),
        _ => None,
    }
}

/// The value of a literal mapping-pattern key, as CPython compares keys (`1`, `1.0` and
/// `True` are one key); `None` for keys it does not compare (dotted names, complex numbers).
fn mapping_key(key: &Expr) -> Option<String> {
    let (negative, constant) = match key {
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match u.operand.as_ref() {
            Expr::Constant(c) => (true, &c.value),
            _ => return None,
        },
        Expr::Constant(c) => (false, &c.value),
        _ => return None,
    };
    let number = |n: String| {
        let n = n.trim_start_matches('-').to_owned();
        if negative && n != "0" {
            format!("n-{n}")
        } else {
            format!("n{n}")
        }
    };
    Some(match constant {
        Constant::Str(s) => format!("s{s}"),
        Constant::Bytes(b) => format!("b{b:?}"),
        Constant::None => "None".to_owned(),
        Constant::Bool(b) => number(u8::from(*b).to_string()),
        Constant::Int(i) => number(i.to_string()),
        Constant::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => number(format!("{}", *f as i64)),
        Constant::Float(f) => number(format!("{f:?}")),
        _ => return None,
    })
}

/// Special names a program may not define (see `protocol_hook`).
const PROTOCOL_HOOKS: &[&str] = &[
    "__reduce__",
    "__reduce_ex__",
    "__match_args__",
    "__instancecheck__",
    "__subclasscheck__",
    "__getattribute__",
    "__class_getitem__",
    "__set_name__",
    "__subclasshook__",
    // SECURITY: a metaclass's __prepare__ chooses the namespace a class body fills, and so
    // renames what the body defines: round 12 turned an annotation into `__reduce_ex__`.
    "__prepare__",
];

/// Names a class body may not bind, nor a program write as attributes: the module a class
/// claims to be of (enum.global_enum writes its members into that module's namespace, and
/// dataclasses runs its generated code in it), and dataclasses' own records of a class's fields
/// (a planted `__dataclass_fields__` names any attribute as a field).
/// `__dict__`: what `vars()` and update_wrapper read as an object's namespace, which a class
/// property would answer (adversary round 20 handed update_wrapper a namespace of its choosing).
const CLASS_BODY_REFUSED: &[&str] = &[
    "__module__",
    "__dataclass_fields__",
    "__dataclass_params__",
    "__dict__",
];

/// Callables that make a class from a namespace: `type(name, bases, namespace)` and the
/// metaclasses of the allowed modules.
const METACLASS_NAMES: &[&str] = &["type", "ABCMeta", "EnumType", "EnumMeta"];

/// Callables that make a class from names the call gives: allowed only called directly (their
/// names are then judged as a class body's), as a class's base or keyword, or compared with.
/// SECURITY: under another name (`md = dataclasses.make_dataclass`, `AM = abc.ABCMeta`,
/// `partial(make_dataclass, …)`) they made classes whose field names no rule read (adversary
/// round 10: a field named by a computed `__getstate__`).
const CLASS_MAKERS: &[&str] = &[
    "make_dataclass",
    "ABCMeta",
    "EnumType",
    "EnumMeta",
    "TypedDict",
    "NamedTuple",
];

/// enum's classes, whose functional API (`Enum('Color', 'RED GREEN')`) names members.
const ENUM_CLASSES: &[&str] = &["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum"];

/// Dunders a class namespace made by a call may hold: the data model's ordinary methods and
/// a class's own descriptions, nothing the library calls with what the program chose.
const CLASS_NAMESPACE_DUNDERS: &[&str] = &[
    "__init__",
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__len__",
    "__iter__",
    "__next__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__call__",
    "__add__",
    "__sub__",
    "__mul__",
    "__bool__",
    "__doc__",
    "__slots__",
    "__enter__",
    "__exit__",
    "__post_init__",
    "__qualname__",
];

/// Built-in types a positional class pattern may name (`case int(n)`): they match the subject
/// itself.
const MATCHABLE_BUILTINS: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// namedtuple's API: public methods and fields whose names start with an underscore so that
/// they cannot clash with field names.
const NAMEDTUPLE_API: &[&str] = &["_asdict", "_replace", "_make", "_fields", "_field_defaults"];

/// The attribute names the replacement fields of a format string read: `b` and `c` in
/// `{0.b[1].c!r:>{w}}`, nested fields of the format spec included.
pub(super) fn format_attributes(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '{' {
            continue;
        }
        if chars.peek() == Some(&'{') {
            chars.next();
            continue;
        }
        // The field name runs to the conversion, the spec or the end of the field.
        let mut field = String::new();
        while let Some(&c) = chars.peek() {
            if matches!(c, '}' | '!' | ':' | '{') {
                break;
            }
            field.push(c);
            chars.next();
        }
        let mut rest = field.as_str();
        while let Some(i) = rest.find(['.', '[']) {
            let (sep, after) = (rest.as_bytes()[i], &rest[i + 1..]);
            if sep == b'[' {
                rest = after.find(']').map_or("", |j| &after[j + 1..]);
                continue;
            }
            let end = after.find(['.', '[']).unwrap_or(after.len());
            names.push(after[..end].to_owned());
            rest = &after[end..];
        }
    }
    names
}

/// A private name: one leading underscore or more, not a dunder, not `_` alone.
fn is_private(name: &str) -> bool {
    name.len() > 1 && name.starts_with('_') && !(name.starts_with("__") && name.ends_with("__"))
}

/// Forbidden builtins' names that are also ordinary method names, so not refused as attributes.
const ORDINARY_METHOD_NAMES: &[&str] = &["compile", "eval", "exec", "help"];

impl Walker<'_> {
    fn flag(&mut self, rule: Rule, detail: &str, at: TextSize) {
        let (line, column) = self.lines.position(at.to_usize());
        let (reason, hint) = super::explain::explain(rule, detail);
        self.violations.push(Violation {
            rule,
            detail: detail.to_owned(),
            line,
            column,
            reason,
            hint,
        });
    }

    /// Where the module name of the `from` statement starting at `start` begins (the parser
    /// gives the statement's range, not the name's): past `from` and the blanks and line
    /// continuations after it, so `from os import path` is reported at `os`, as `import os` is.
    fn module_name_start(&self, start: TextSize) -> TextSize {
        let source = self.lines.source;
        let begin = start.to_usize();
        let Some(rest) = source.get(begin..).and_then(|r| r.strip_prefix("from")) else {
            return start;
        };
        let mut offset = begin + "from".len();
        let mut chars = rest.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            match c {
                ' ' | '\t' | '\x0c' => offset += 1,
                '\\' => {
                    // A continuation: the backslash, then \n, \r\n or a lone \r.
                    offset += 1;
                    match chars.next() {
                        Some((_, '\r')) => {
                            offset += 1;
                            if chars.next_if(|(_, c)| *c == '\n').is_some() {
                                offset += 1;
                            }
                        }
                        Some((_, '\n')) => offset += 1,
                        _ => return start,
                    }
                }
                _ => break,
            }
        }
        TextSize::try_from(offset).unwrap_or(start)
    }

    /// Records a private attribute name read or defined (`ctx` of the attribute).
    fn private_attribute(&mut self, raw: &str, defines: bool, at: TextSize) {
        let name = nfkc(raw);
        // A name module-attribute refuses already (`_os`) is refused once, by that rule.
        if !is_private(&name) || !self.policy.internals || self.module_attribute(&name).is_some() {
            return;
        }
        if defines {
            // SECURITY: a library class's private member overridden by a subclass, or set on
            // its instance, changes what the library does: `class R(redirect_stdout): _stream =
            // …` made its own getattr read a name of the program's on sys (adversary round 7).
            if STDLIB_PRIVATE_NAMES.contains(name.as_str()) && !NAMEDTUPLE_API.contains(&name.as_str()) {
                self.flag(Rule::PrivateAttribute, &name, at);
            }
            self.private_defined.insert(name);
        } else {
            self.private_reads.push((name, at));
        }
    }

    fn note_binding(&mut self, name: &str) {
        *self.bindings.entry(name.to_owned()).or_default() += 1;
    }

    /// Records that an import binds `name` to `origin` (`dataclasses`, `dataclasses.dataclass`).
    fn note_import(&mut self, name: &str, origin: &str) {
        let entry = self
            .imports
            .entry(name.to_owned())
            .or_insert((origin.to_owned(), 0));
        if entry.0 != origin {
            entry.0.clear();
        }
        entry.1 += 1;
    }

    /// Records an attribute written or deleted on a plain name (`json.X = …`), judged when the
    /// module ends against the names imports bind.
    fn note_attribute_store(&mut self, a: &ast::ExprAttribute) {
        if let Expr::Name(n) = a.value.as_ref() {
            self.attribute_stores
                .push((nfkc(&n.id), nfkc(&a.attr), a.range.start()));
        }
    }

    /// module-attribute, when the module ends: an attribute written on a name an import binds
    /// (a module, or a class or function of one).
    pub(super) fn imported_attribute_stores(&mut self) {
        // SECURITY: what a module or a library class holds is what the library reads back:
        // `json.X = P` parked a class for a pattern to trust, `random.x = f` would be called
        // by whatever looks the name up. Nothing of the library is the program's to rewrite.
        let stores = std::mem::take(&mut self.attribute_stores);
        for (root, attr, at) in stores {
            if self.policy.internals && self.imports.contains_key(&root) {
                self.flag(Rule::ModuleAttribute, &format!("{root}.{attr}"), at);
            }
        }
    }

    /// Whether `name` is bound only by imports of `origin`.
    fn only_imported(&self, name: &str, origin: &str) -> bool {
        let bound = self.bindings.get(name).copied().unwrap_or(0);
        self.imports
            .get(name)
            .is_some_and(|(o, n)| (origin == "*module" || o == origin) && *n == bound)
    }

    /// Records a `class` statement whose class positional patterns may match: no metaclass,
    /// and bases that are names (judged when the module ends), dotted names of modules, or
    /// subscripts of either (`Generic[T]`).
    fn plain_class(&mut self, c: &ast::StmtClassDef) {
        // SECURITY: in a class body the bases are looked up in the class's namespace, which a
        // metaclass's `__prepare__` fills (round 19: `class K(B)` under `global K`, B prepared):
        // a class made there is not vouched for.
        if self.ctx.scope == Scope::Class {
            return;
        }
        // SECURITY: `class P(**{"meta" + "class": M})` sets a metaclass no keyword names.
        if c.keywords
            .iter()
            .any(|k| k.arg.as_deref().is_none_or(|a| a == "metaclass"))
        {
            return;
        }
        // SECURITY: a decorator binds the name to whatever it returns (a class made by
        // type()); only dataclasses' own decorator, imported as such, is vouched for.
        let mut decorators = Vec::new();
        for d in &c.decorator_list {
            let target = match d {
                Expr::Call(call) => call.func.as_ref(),
                other => other,
            };
            match target {
                Expr::Name(n) if nfkc(&n.id) == "dataclass" => {
                    decorators.push(("dataclass".to_owned(), "dataclasses.dataclass"))
                }
                Expr::Attribute(a) if nfkc(&a.attr) == "dataclass" => match a.value.as_ref() {
                    Expr::Name(n) if nfkc(&n.id) == "dataclasses" => {
                        decorators.push(("dataclasses".to_owned(), "dataclasses"))
                    }
                    _ => return,
                },
                _ => return,
            }
        }
        // SECURITY: a dataclass (or NamedTuple) builds __match_args__ from its annotated names,
        // even when it generates no code (`@dataclass(init=False, repr=False, eq=False)`), and
        // a positional pattern reads them in C: `tb_frame: int` would make `case P(x)` read an
        // internal that `x.tb_frame` is refused for. Such a class is not vouched for.
        for stmt in &c.body {
            if let Stmt::AnnAssign(a) = stmt {
                if let Expr::Name(n) = a.target.as_ref() {
                    let name = nfkc(&n.id);
                    if is_private(&name)
                        || (name.starts_with("__") && name.ends_with("__"))
                        || self.flagged_attribute_string(&name).is_some()
                        || REFUSED_FUNCTIONS.iter().any(|(_, f, _)| *f == name)
                    {
                        return;
                    }
                }
            }
        }
        let mut names = Vec::new();
        for base in &c.bases {
            let base = match base {
                Expr::Subscript(s) => s.value.as_ref(),
                other => other,
            };
            match base {
                Expr::Name(n) => names.push(nfkc(&n.id)),
                // SECURITY: no dotted base: `Holder.B` could be a class made by type() and parked
                // on an object, and `json.X` on a module (adversary round 7: `json.X = type(…,
                // {'__match_args__': …})`); a library class (`collections.abc.Sized`) may be an
                // ABC, whose register() makes any type match.
                _ => return,
            }
        }
        let entry = self
            .plain_classes
            .entry(nfkc(&c.name))
            .or_insert((0, Vec::new(), Vec::new()));
        entry.0 += 1;
        entry.1.extend(names);
        entry.2.extend(decorators);
    }

    /// Whether positional class patterns may use the class bound to `name`: a built-in type
    /// never rebound, or a class of the program's bound only by plain `class` statements whose
    /// name bases are such classes too.
    fn matchable(&self, name: &str, seen: &mut Vec<String>) -> bool {
        // SECURITY: inside a class body CPython mangles `__P` to `_C__P`, a name the walker's
        // tables do not hold (adversary round 8 vouched for `class __P` and matched a
        // `_C__P` made by a metaclass): a private name of that form is never vouched for.
        if name.starts_with("__") && !name.ends_with("__") {
            return false;
        }
        if seen.iter().any(|s| s == name) {
            return false;
        }
        seen.push(name.to_owned());
        let bound = self.bindings.get(name).copied().unwrap_or(0);
        match self.plain_classes.get(name) {
            None => bound == 0 && MATCHABLE_BUILTINS.contains(&name),
            Some((count, bases, decorators)) => {
                *count == bound
                    && decorators
                        .iter()
                        .all(|(name, origin)| self.only_imported(name, origin))
                    // SECURITY: `object` is the built-in only while the program never binds
                    // the name (round 22: `object = g; class X(object)`).
                    && bases.iter().all(|b| {
                        (b == "object" && self.bindings.get("object").copied().unwrap_or(0) == 0)
                            || self.matchable(b, seen)
                    })
            }
        }
    }

    /// dunder-access, when the module ends: positional class patterns of classes the walker
    /// cannot vouch for.
    pub(super) fn class_patterns(&mut self) {
        let patterns = std::mem::take(&mut self.positional_patterns);
        for (name, at) in patterns {
            if !self.matchable(&name, &mut Vec::new()) {
                self.flag(Rule::DunderAccess, "__match_args__", at);
            }
        }
    }

    /// `raw` as CPython reads it where it is written: `__x` inside a class statement (its
    /// methods included) is `_Class__x`, the class's name without its leading underscores.
    fn mangled(&self, raw: &str) -> String {
        let name = nfkc(raw);
        match self.class_names.last() {
            Some(class)
                if name.starts_with("__")
                    && !name.ends_with("__")
                    && !class.trim_start_matches('_').is_empty() =>
            {
                format!("_{}{}", class.trim_start_matches('_'), name)
            }
            _ => name,
        }
    }

    /// A name bound directly in a class body is an attribute the program defines.
    fn class_binding(&mut self, raw: &str, at: TextSize, annotated: bool) {
        if self.ctx.scope == Scope::Class {
            // SECURITY: judged as CPython names it, mangled (round 23 read a library private,
            // `_SequenceMatcher__chain_b`, as `o.__chain_b` inside a class SequenceMatcher).
            let mangled = self.mangled(raw);
            self.private_attribute(&mangled, true, at);
            let name = nfkc(raw);
            if self.policy.internals
                && (CLASS_BODY_REFUSED.contains(&name.as_str()) || self.policy.class_members.contains(&name))
            {
                self.flag(Rule::DunderAccess, &name, at);
            }
            if !annotated {
                return;
            }
            // SECURITY: an annotated name is what dataclasses and NamedTuple make a field of:
            // an attribute their generated methods read and write on whatever object they are
            // handed (adversary round 7's field `sys` made `D.__eq__(m, typing)` read
            // `typing.sys`), so it is judged as that read is. `__module__` names the module
            // whose namespace enum.global_enum and dataclasses work in.
            if let Some(entry) = self.module_attribute(&name) {
                self.flag(Rule::ModuleAttribute, &entry, at);
            }
            if let Some(entry) = self.dunder_attribute(&name) {
                self.flag(Rule::DunderAccess, &entry, at);
            }
        }
    }

    /// private-attribute, when the module ends: a private attribute the program reads must be
    /// one it defines itself, or namedtuple's public API.
    pub(super) fn private_attributes(&mut self) {
        let reads = std::mem::take(&mut self.private_reads);
        for (name, at) in reads {
            // SECURITY: the library's private names are its internals — `ForwardRef._evaluate`
            // evaluates a string with the real builtins, `random._os` is `os`, `_thread`,
            // `_sre`, `_posixsubprocess` — and no list of them is complete; the program's own
            // (`self._balance`) are what ordinary code reads.
            if !self.private_defined.contains(&name) && !NAMEDTUPLE_API.contains(&name.as_str()) {
                self.flag(Rule::PrivateAttribute, &name, at);
            } else if MODULE_PRIVATE_NAMES.iter().any(|(n, _)| *n == name)
                || (STDLIB_PRIVATE_NAMES.contains(name.as_str()) && !NAMEDTUPLE_API.contains(&name.as_str()))
            {
                // SECURITY: a name the program defines itself (`self._random = 1`) does not
                // make `random._random` its own: the allowed modules' private names for modules
                // are refused whoever defines them.
                self.flag(Rule::PrivateAttribute, &name, at);
            }
        }
    }

    fn syntax(&self, message: &str, range: TextRange) -> Rejection {
        let (line, column) = self.lines.position(range.start().to_usize());
        Rejection::Syntax {
            message: message.to_owned(),
            line,
            column,
        }
    }

    /// The module, when the allow-list does not have it (exactly: an entry admits no child).
    fn refused_module(&self, module: &str) -> Option<String> {
        if !self.policy.internals {
            return None;
        }
        let module = nfkc(module);
        // SECURITY: every allowed module is a door — only reviewed modules may be imported,
        // so a module nobody read (one that imports, runs strings or starts processes on the
        // program's behalf) is refused by default instead of admitted by default.
        (!self.policy.modules.contains(&module)).then_some(module)
    }

    /// forbidden-function and forbidden-call for a name used as an attribute or imported.
    fn refused_member(&mut self, name: &str, at: TextSize) {
        if !self.policy.internals {
            return;
        }
        // SECURITY: one function of an allowed module that is a door (evaluates strings,
        // looks fields up by string) is refused, not its module.
        if let Some((_, function, _)) = REFUSED_FUNCTIONS.iter().find(|(_, f, _)| *f == name) {
            self.flag(Rule::ForbiddenFunction, function, at);
        }
        // SECURITY: `builtins.exec`, `x.eval` — a forbidden builtin is refused as an attribute
        // of anything too, since no rule knows what `x` is bound to.
        // `compile`, `eval`, `exec` and `help` are exempt: they are ordinary method names
        // (`re.compile`, `model.eval()`, a command's `exec()`, `args.help`), and the builtins are
        // attributes only of the builtins module, which no rule lets a program name; the run-time
        // wall refuses exec and compile from the program's code however they were reached.
        if let Some(entry) = find(&self.policy.builtins, name)
            .filter(|e| !ORDINARY_METHOD_NAMES.contains(&e.as_str()))
            .cloned()
        {
            self.flag(Rule::ForbiddenCall, &entry, at);
        }
    }

    /// Dunder-access entry for an (already NFKC) attribute name.
    fn dunder_attribute(&self, name: &str) -> Option<String> {
        if !self.policy.internals {
            return None;
        }
        find_table(DUNDER_ATTRIBUTES, name)
    }

    /// Module-attribute entry for an (already NFKC) name, ignoring leading underscores.
    fn module_attribute(&self, name: &str) -> Option<String> {
        let bare = name.trim_start_matches('_');
        self.policy
            .attributes
            .iter()
            .find(|entry| entry.trim_start_matches('_') == bare)
            .cloned()
    }

    /// Applies dunder-access and module-attribute to an attribute name (access or import).
    fn attribute_name(&mut self, raw: &str, at: TextSize) {
        let name = nfkc(raw);
        if let Some(entry) = self.dunder_attribute(&name) {
            self.flag(Rule::DunderAccess, &entry, at);
        }
        if let Some(entry) = self.module_attribute(&name) {
            self.flag(Rule::ModuleAttribute, &entry, at);
        }
        self.refused_member(&name, at);
    }

    /// The entry a string naming an attribute would be flagged for, if any.
    fn flagged_attribute_string(&self, s: &str) -> Option<String> {
        let name = nfkc(s);
        self.dunder_attribute(&name)
            .or_else(|| self.module_attribute(&name))
    }

    /// Walks `f` in context `ctx` and restores the old context.
    fn within(&mut self, ctx: Context, f: impl FnOnce(&mut Self) -> Walk) -> Walk {
        let saved = std::mem::replace(&mut self.ctx, ctx);
        let result = f(self);
        self.ctx = saved;
        result
    }

    /// Walks `f` as a new scope (function, lambda, class): comprehension variables and
    /// function facts of the enclosing scope are set aside, and restored after.
    fn new_scope(
        &mut self,
        scope: Scope,
        f: impl FnOnce(&mut Self) -> Walk,
    ) -> Result<FunctionFacts, Rejection> {
        let targets = std::mem::take(&mut self.comprehension_targets);
        let facts = std::mem::take(&mut self.function);
        let block = match scope {
            Scope::Class => Block::Class,
            Scope::Module => Block::Module,
            Scope::Function { .. } | Scope::Lambda => Block::Function,
        };
        let result = self.in_symbols(block, |w| w.within(Context::body(scope), f));
        self.comprehension_targets = targets;
        let inner = std::mem::replace(&mut self.function, facts);
        result.map(|()| inner)
    }

    /// Walks `f` with a symbol table of its own, then hands what it left unresolved up.
    fn in_symbols(&mut self, block: Block, f: impl FnOnce(&mut Self) -> Walk) -> Walk {
        self.symbols.push(Symbols::new(block));
        let result = f(self);
        let inner = self.symbols.pop().expect("pushed above");
        let unresolved = inner.finish();
        self.scope_symbols().adopt(unresolved);
        result
    }

    /// The symbol table of the innermost scope.
    fn scope_symbols(&mut self) -> &mut Symbols {
        self.symbols
            .last_mut()
            .expect("the module's table is never popped")
    }

    /// The symbol table an assignment expression binds in: the innermost scope that is not a
    /// comprehension.
    fn binding_symbols(&mut self) -> &mut Symbols {
        let index = self
            .symbols
            .iter()
            .rposition(|s| s.block() != Block::Comprehension)
            .expect("the module's table is never a comprehension");
        &mut self.symbols[index]
    }

    /// After the whole module: a `nonlocal` still unresolved has no binding.
    pub(super) fn finish(&mut self) -> Walk {
        let module = std::mem::replace(&mut self.symbols[0], Symbols::new(Block::Module));
        match module.finish().into_iter().next() {
            Some((name, range)) => {
                Err(self.syntax(&format!("no binding for nonlocal '{name}' found"), range))
            }
            None => Ok(()),
        }
    }

    fn declare_params(&mut self, args: &ast::Arguments) {
        let all = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs);
        let names: Vec<String> = all
            .map(|a| nfkc(&a.def.arg))
            .chain(args.vararg.iter().chain(&args.kwarg).map(|a| nfkc(&a.arg)))
            .collect();
        for name in names {
            {
                let bound = name;
                self.note_binding(&bound);
                self.scope_symbols().param(bound);
            }
        }
    }

    fn in_async_function(&self) -> bool {
        self.ctx.scope == Scope::Function { is_async: true }
    }

    /// Where CPython 3.11 allows `await` and asynchronous comprehensions.
    fn async_allowed(&self) -> bool {
        self.in_async_function() || self.ctx.in_generator
    }

    /// CPython refuses a bare starred expression as a statement or assigned value.
    fn not_starred(&self, value: &Expr) -> Walk {
        match value {
            Expr::Starred(s) => Err(self.syntax("can't use starred expression here", s.range)),
            _ => Ok(()),
        }
    }

    /// CPython's check of an assignment, `for`, `with` or comprehension target.
    fn store_target(&self, target: &Expr, in_sequence: bool) -> Walk {
        match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            Expr::Starred(s) if in_sequence => self.store_target(&s.value, false),
            Expr::Starred(s) => {
                Err(self.syntax("starred assignment target must be in a list or tuple", s.range))
            }
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                let starred = elts.iter().filter(|e| matches!(e, Expr::Starred(_)));
                if let Some(second) = starred.clone().nth(1) {
                    return Err(self.syntax("multiple starred expressions in assignment", second.range()));
                }
                elts.iter().try_for_each(|e| self.store_target(e, true))
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                Err(self.syntax("assignment to yield expression not possible", target.range()))
            }
            other => Err(self.syntax(
                &format!("cannot assign to {}", expression_name(other)),
                other.range(),
            )),
        }
    }

    /// CPython's check of `T = value`, a single target: one that could be a comparison's
    /// operand gets the hint that `==` may have been meant (its `invalid_named_expression`).
    fn single_assignment(&self, target: &Expr, value: &Expr) -> Walk {
        let operand = !matches!(
            target,
            Expr::List(_)
                | Expr::Tuple(_)
                | Expr::GeneratorExp(_)
                | Expr::Compare(_)
                | Expr::BoolOp(_)
                | Expr::IfExp(_)
                | Expr::Lambda(_)
                | Expr::NamedExpr(_)
                | Expr::Starred(_)
                | Expr::Yield(_)
                | Expr::YieldFrom(_)
                | Expr::Name(_)
                | Expr::Attribute(_)
                | Expr::Subscript(_)
                | Expr::UnaryOp(ast::ExprUnaryOp {
                    op: ast::UnaryOp::Not,
                    ..
                })
                | Expr::Constant(ast::ExprConstant {
                    value: Constant::None | Constant::Bool(_),
                    ..
                })
        );
        let value_operand = !matches!(
            value,
            Expr::Lambda(_)
                | Expr::Yield(_)
                | Expr::YieldFrom(_)
                | Expr::Starred(_)
                | Expr::UnaryOp(ast::ExprUnaryOp {
                    op: ast::UnaryOp::Not,
                    ..
                })
        );
        if operand && value_operand {
            let message = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expression_name(target)
            );
            return Err(self.syntax(&message, target.range()));
        }
        self.store_target(target, false)
    }

    /// CPython's check of an augmented assignment's target.
    fn augmented_target(&self, target: &Expr) -> Walk {
        match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            other => Err(self.syntax(
                &format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expression_name(other)
                ),
                other.range(),
            )),
        }
    }

    /// CPython's check of an annotated assignment's target.
    fn annotated_target(&self, target: &Expr) -> Walk {
        let message = match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => return Ok(()),
            Expr::List(_) => "only single target (not list) can be annotated",
            Expr::Tuple(_) => "only single target (not tuple) can be annotated",
            _ => "illegal target for annotation",
        };
        Err(self.syntax(message, target.range()))
    }

    /// CPython's check of a `del` target.
    fn delete_target(&self, target: &Expr) -> Walk {
        match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            other => Err(self.syntax(
                &format!("cannot delete {}", expression_name(other)),
                other.range(),
            )),
        }
    }

    pub(super) fn stmts(&mut self, body: &[Stmt], depth: usize) -> Walk {
        body.iter().try_for_each(|s| self.stmt(s, depth + 1))
    }

    fn exprs(&mut self, exprs: &[Expr], depth: usize) -> Walk {
        exprs.iter().try_for_each(|e| self.expr(e, depth + 1))
    }

    fn opt_expr(&mut self, e: &Option<Box<Expr>>, depth: usize) -> Walk {
        e.as_deref().map_or(Ok(()), |e| self.expr(e, depth + 1))
    }

    fn arguments(&mut self, args: &ast::Arguments, depth: usize) -> Walk {
        let with_default = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs);
        for a in with_default {
            self.binding(&a.def.arg, a.def.range)?;
            self.opt_expr(&a.def.annotation, depth)?;
            self.opt_expr(&a.default, depth)?;
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            self.binding(&a.arg, a.range)?;
            self.opt_expr(&a.annotation, depth)?;
        }
        Ok(())
    }

    fn type_params(&self, params: &[ast::TypeParam]) -> Walk {
        // rustpython parses PEP 695 (3.12); CPython 3.11 does not.
        match params.first() {
            Some(p) => Err(self.syntax("invalid syntax (type parameters need Python 3.12)", p.range())),
            None => Ok(()),
        }
    }

    fn handlers(&mut self, handlers: &[ast::ExceptHandler], star: bool, depth: usize) -> Walk {
        for (i, ast::ExceptHandler::ExceptHandler(h)) in handlers.iter().enumerate() {
            if h.type_.is_none() && i + 1 < handlers.len() {
                return Err(self.syntax("default 'except:' must be last", h.range));
            }
            if let Some(name) = &h.name {
                self.binding(name, h.range)?;
                {
                    let bound = nfkc(name);
                    self.note_binding(&bound);
                    self.scope_symbols().assigned(bound);
                }
            }
            self.opt_expr(&h.type_, depth)?;
            let ctx = Context {
                in_except_star: self.ctx.in_except_star || star,
                break_leaves_except_star: self.ctx.break_leaves_except_star || star,
                ..self.ctx
            };
            self.within(ctx, |w| w.stmts(&h.body, depth))?;
        }
        Ok(())
    }

    /// A loop body: `break` and `continue` are allowed and stay inside it.
    fn loop_body(&self) -> Context {
        Context {
            in_loop: true,
            break_leaves_except_star: false,
            ..self.ctx
        }
    }

    /// CPython's tokenizer refuses a name (or a dotted name's part) with a character that may
    /// not be in an identifier, e.g. an emoji, which rustpython's lexer takes.
    fn identifier(&self, name: &str, range: TextRange) -> Walk {
        if name.is_ascii() {
            return Ok(());
        }
        match name.split('.').find_map(xid::invalid_character) {
            Some(c) => {
                let message = format!("invalid character '{c}' (U+{:04X})", u32::from(c));
                Err(self.syntax(&message, range))
            }
            None => Ok(()),
        }
    }

    /// CPython refuses to bind the name `__debug__` (NFKC) anywhere.
    fn binding(&self, name: &str, range: TextRange) -> Walk {
        self.identifier(name, range)?;
        if nfkc(name) == "__debug__" {
            return Err(self.syntax("cannot assign to __debug__", range));
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt, depth: usize) -> Walk {
        too_deep(depth)?;
        match stmt {
            Stmt::FunctionDef(ast::StmtFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            })
            | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            }) => {
                self.protocol_hook(name, stmt.range().start());
                self.binding(name, stmt.range())?;
                self.type_params(type_params)?;
                self.exprs(decorator_list, depth)?;
                self.arguments(args, depth)?;
                self.opt_expr(returns, depth)?;
                let is_async = matches!(stmt, Stmt::AsyncFunctionDef(_));
                self.class_binding(name, stmt.range().start(), false);
                {
                    let bound = nfkc(name);
                    self.note_binding(&bound);
                    self.scope_symbols().assigned(bound);
                }
                let facts = self.new_scope(Scope::Function { is_async }, |w| {
                    w.declare_params(args);
                    w.stmts(body, depth)
                })?;
                match facts.return_with_value {
                    Some(range) if is_async && facts.has_yield => {
                        Err(self.syntax("'return' with value in async generator", range))
                    }
                    _ => Ok(()),
                }
            }
            Stmt::ClassDef(c) => {
                self.binding(&c.name, c.range)?;
                self.type_params(&c.type_params)?;
                self.exprs(&c.decorator_list, depth)?;
                for base in &c.bases {
                    // SECURITY: a metaclass of the program's (`class M(type)`) makes classes
                    // whose namespace its __new__ computes (round 8 set `__module__` there).
                    if let Expr::Name(n) = base {
                        if self.policy.internals && nfkc(&n.id) == "type" {
                            self.flag(Rule::DynamicAttribute, "type", n.range.start());
                        }
                    }
                    if let Expr::GeneratorExp(g) = base {
                        if !self.parenthesised(g) {
                            return Err(self.syntax("Generator expression must be parenthesized", g.range));
                        }
                    }
                }
                // SECURITY: a private keyword of a class statement goes to the library's
                // metaclass: `class E(Enum, _simple=True)` made an enum class past every check of
                // enum's own (adversary round 26). The run-time wall refuses it too.
                for k in &c.keywords {
                    if let Some(arg) = &k.arg {
                        let name = nfkc(arg);
                        if self.policy.internals && name.starts_with('_') {
                            self.flag(Rule::PrivateAttribute, &name, k.range.start());
                        }
                    }
                }
                let headers = c
                    .bases
                    .iter()
                    .map(Expr::range)
                    .chain(c.keywords.iter().map(|k| k.value.range()));
                let before = self.class_headers.len();
                self.class_headers.extend(headers);
                let walked = self
                    .exprs(&c.bases, depth)
                    .and_then(|()| self.keywords(&c.keywords, depth));
                self.class_headers.truncate(before);
                walked?;
                self.plain_class(c);
                self.class_binding(&c.name, c.range.start(), false);
                {
                    let bound = nfkc(&c.name);
                    self.note_binding(&bound);
                    self.scope_symbols().assigned(bound);
                }
                self.class_names.push(nfkc(&c.name));
                let walked = self.new_scope(Scope::Class, |w| w.stmts(&c.body, depth));
                self.class_names.pop();
                walked.map(drop)
            }
            Stmt::Return(r) => {
                if !matches!(self.ctx.scope, Scope::Function { .. }) {
                    return Err(self.syntax("'return' outside function", r.range));
                }
                if self.ctx.in_except_star {
                    return Err(self.syntax(EXCEPT_STAR_EXIT, r.range));
                }
                if r.value.is_some() && self.function.return_with_value.is_none() {
                    self.function.return_with_value = Some(r.range);
                }
                self.opt_expr(&r.value, depth)
            }
            Stmt::Delete(d) => {
                d.targets.iter().try_for_each(|t| self.delete_target(t))?;
                self.exprs(&d.targets, depth)
            }
            Stmt::Assign(a) => {
                match a.targets.as_slice() {
                    [target] => self.single_assignment(target, &a.value)?,
                    targets => targets.iter().try_for_each(|t| self.store_target(t, false))?,
                }
                self.not_starred(&a.value)?;
                self.exprs(&a.targets, depth)?;
                self.expr(&a.value, depth + 1)
            }
            Stmt::TypeAlias(t) => Err(self.syntax("invalid syntax (type aliases need Python 3.12)", t.range)),
            Stmt::AugAssign(a) => {
                self.augmented_target(&a.target)?;
                self.expr(&a.target, depth + 1)?;
                self.expr(&a.value, depth + 1)
            }
            Stmt::AnnAssign(a) => {
                self.annotated_target(&a.target)?;
                // A simple target: a name not in parentheses (rustpython's `simple` is always
                // true for a name, so the statement and its target must start together).
                let simple = a.target.range().start() == a.range.start();
                if let (Expr::Name(n), true) = (a.target.as_ref(), simple) {
                    self.class_binding(&n.id, n.range.start(), true);
                    if let Err(message) = self.scope_symbols().annotated(nfkc(&n.id)) {
                        return Err(self.syntax(&message, a.range));
                    }
                }
                self.expr(&a.target, depth + 1)?;
                self.expr(&a.annotation, depth + 1)?;
                self.opt_expr(&a.value, depth)
            }
            Stmt::For(ast::StmtFor {
                target,
                iter,
                body,
                orelse,
                ..
            })
            | Stmt::AsyncFor(ast::StmtAsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            }) => {
                if matches!(stmt, Stmt::AsyncFor(_)) && !self.in_async_function() {
                    return Err(self.syntax("'async for' outside async function", stmt.range()));
                }
                self.store_target(target, false)?;
                self.expr(target, depth + 1)?;
                self.expr(iter, depth + 1)?;
                self.within(self.loop_body(), |w| w.stmts(body, depth))?;
                self.stmts(orelse, depth)
            }
            Stmt::While(w) => {
                self.expr(&w.test, depth + 1)?;
                self.within(self.loop_body(), |this| this.stmts(&w.body, depth))?;
                self.stmts(&w.orelse, depth)
            }
            Stmt::If(i) => {
                self.expr(&i.test, depth + 1)?;
                self.stmts(&i.body, depth)?;
                self.stmts(&i.orelse, depth)
            }
            Stmt::With(ast::StmtWith { items, body, .. })
            | Stmt::AsyncWith(ast::StmtAsyncWith { items, body, .. }) => {
                if matches!(stmt, Stmt::AsyncWith(_)) && !self.in_async_function() {
                    return Err(self.syntax("'async with' outside async function", stmt.range()));
                }
                for item in items {
                    self.expr(&item.context_expr, depth + 1)?;
                    if let Some(vars) = &item.optional_vars {
                        self.store_target(vars, false)?;
                        self.expr(vars, depth + 1)?;
                    }
                }
                self.stmts(body, depth)
            }
            Stmt::Match(m) => {
                self.expr(&m.subject, depth + 1)?;
                for (i, case) in m.cases.iter().enumerate() {
                    if i + 1 < m.cases.len() && case.guard.is_none() {
                        if let Some(message) = irrefutable(&case.pattern) {
                            return Err(self.syntax(&message, case.pattern.range()));
                        }
                    }
                    self.pattern(&case.pattern, false, &mut Vec::new(), depth + 1)?;
                    self.opt_expr(&case.guard, depth)?;
                    self.stmts(&case.body, depth)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                self.opt_expr(&r.exc, depth)?;
                self.opt_expr(&r.cause, depth)
            }
            Stmt::Try(ast::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | Stmt::TryStar(ast::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => {
                self.stmts(body, depth)?;
                self.handlers(handlers, matches!(stmt, Stmt::TryStar(_)), depth)?;
                self.stmts(orelse, depth)?;
                self.stmts(finalbody, depth)
            }
            Stmt::Assert(a) => {
                self.expr(&a.test, depth + 1)?;
                self.opt_expr(&a.msg, depth)
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.identifier(&alias.name, alias.range)?;
                    // `import a.b` binds `a`, `import a.b as c` binds `c`.
                    let bound = alias.asname.as_deref().unwrap_or(&alias.name);
                    let bound = bound.split('.').next().unwrap_or(bound);
                    self.binding(bound, alias.range)?;
                    self.import_binding(bound, alias.range.start());
                    {
                        let bound = nfkc(bound);
                        self.note_binding(&bound);
                        self.note_import(&bound, &nfkc(&alias.name));
                        self.scope_symbols().imported(bound);
                    }
                    if let Some(entry) = self.refused_module(&alias.name) {
                        self.flag(Rule::ForbiddenImport, &entry, alias.range.start());
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                if i.module.as_deref() == Some("__future__") {
                    self.future_import(i)?;
                }
                if self.ctx.scope != Scope::Module && i.names.iter().any(|a| a.name.as_str() == "*") {
                    return Err(self.syntax("import * only allowed at module level", i.range));
                }
                // `from . import x` has no module name: only the imported names are judged
                // (a relative import cannot reach the standard library's modules).
                let level = i.level.as_ref().map_or(0, |l| l.to_usize());
                if let Some(module) = &i.module {
                    self.identifier(module, i.range)?;
                }
                if level > 0 && self.policy.internals {
                    // SECURITY: a relative import names no module the allow-list can judge;
                    // the program is a single file with no package to import from anyway.
                    let name = format!("{}{}", ".".repeat(level), i.module.as_deref().unwrap_or(""));
                    self.flag(
                        Rule::ForbiddenImport,
                        &name,
                        self.module_name_start(i.range.start()),
                    );
                } else if let Some(entry) = i.module.as_deref().and_then(|m| self.refused_module(m)) {
                    self.flag(
                        Rule::ForbiddenImport,
                        &entry,
                        self.module_name_start(i.range.start()),
                    );
                }
                for alias in &i.names {
                    if alias.name.as_str() == "*" && self.policy.internals {
                        // SECURITY: `from site import *` binds whatever the module holds
                        // (`os`, `sys`, `builtins` where it has no `__all__`) as plain names no
                        // rule sees; refused from every module rather than vetting each one's
                        // exported names.
                        self.flag(Rule::StarImport, "*", alias.range.start());
                    }
                    if alias.name.as_str() != "*" {
                        self.identifier(&alias.name, alias.range)?;
                        let bound = alias.asname.as_deref().unwrap_or(&alias.name);
                        self.binding(bound, alias.range)?;
                        self.import_binding(bound, alias.range.start());
                        {
                            let bound = nfkc(bound);
                            self.note_binding(&bound);
                            let origin =
                                format!("{}.{}", i.module.as_deref().unwrap_or(""), nfkc(&alias.name));
                            self.note_import(&bound, if level == 0 { &origin } else { "" });
                            self.scope_symbols().imported(bound);
                        }
                        self.attribute_name(&alias.name, alias.range.start());
                        let name = nfkc(&alias.name);
                        if self.policy.internals
                            && is_dunder(&name)
                            && !IMPORTABLE_DUNDERS.contains(&name.as_str())
                        {
                            // SECURITY: `from contextlib import __setattr__` took a module's
                            // (the guarded module class's) methods by name (round 23); a
                            // module's dunders are its machinery, but for a few plain values.
                            self.flag(Rule::DunderAccess, &name, alias.range.start());
                        }
                        if is_private(&name)
                            && self.policy.internals
                            && self.module_attribute(&name).is_none()
                        {
                            // SECURITY: a module's private names are its internals; no module
                            // is the program's own, so none is ever defined by it.
                            self.flag(Rule::PrivateAttribute, &name, alias.range.start());
                        }
                        if self.policy.internals
                            && (REFLECTIVE.contains(&name.as_str()) || CLASS_MAKERS.contains(&name.as_str()))
                            && alias.asname.as_deref().is_some_and(|a| nfkc(a) != name)
                        {
                            // SECURITY: a reflective helper under another name would be
                            // called where no rule recognises it.
                            self.flag(Rule::DynamicAttribute, &name, alias.range.start());
                        }
                    }
                }
                Ok(())
            }
            Stmt::Expr(e) => {
                self.not_starred(&e.value)?;
                self.expr(&e.value, depth + 1)
            }
            Stmt::Nonlocal(n) if self.ctx.scope == Scope::Module => {
                Err(self.syntax("nonlocal declaration not allowed at module level", n.range))
            }
            Stmt::Break(b) if !self.ctx.in_loop => Err(self.syntax("'break' outside loop", b.range)),
            Stmt::Break(ast::StmtBreak { range }) | Stmt::Continue(ast::StmtContinue { range })
                if self.ctx.break_leaves_except_star =>
            {
                Err(self.syntax(EXCEPT_STAR_EXIT, *range))
            }
            Stmt::Continue(c) if !self.ctx.in_loop => {
                Err(self.syntax("'continue' not properly in loop", c.range))
            }
            Stmt::Global(ast::StmtGlobal { names, range })
            | Stmt::Nonlocal(ast::StmtNonlocal { names, range }) => {
                let nonlocal = matches!(stmt, Stmt::Nonlocal(_));
                for name in names {
                    self.identifier(name, *range)?;
                    if let Err(message) = self.scope_symbols().declare(nfkc(name), nonlocal, *range) {
                        return Err(self.syntax(&message, *range));
                    }
                }
                Ok(())
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
        }
    }

    /// CPython's checks of `from __future__ import ...`: known features, top of the module.
    fn future_import(&self, i: &ast::StmtImportFrom) -> Walk {
        if !self.future_imports_allowed.contains(&i.range.start()) {
            return Err(self.syntax(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        for alias in &i.names {
            match alias.name.as_str() {
                "braces" => return Err(self.syntax("not a chance", alias.range)),
                name if !FUTURE_FEATURES.contains(&name) => {
                    let message = format!("future feature {name} is not defined");
                    return Err(self.syntax(&message, alias.range));
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn keywords(&mut self, keywords: &[ast::Keyword], depth: usize) -> Walk {
        for k in keywords {
            if let Some(arg) = &k.arg {
                self.binding(arg, k.range)?;
            }
            self.expr(&k.value, depth + 1)?;
        }
        Ok(())
    }

    /// A comprehension's element(s) and generators, in comprehension context.
    fn comprehension(
        &mut self,
        elts: &[&Expr],
        generators: &[ast::Comprehension],
        kind: &'static str,
        depth: usize,
    ) -> Walk {
        let is_generator = kind == "generator expression";
        for elt in elts {
            if let Expr::Starred(s) = elt {
                return Err(self.syntax("iterable unpacking cannot be used in comprehension", s.range));
            }
        }
        // The first iterable is evaluated in the enclosing scope, not in the comprehension's
        // (so `yield` and `await` there belong to the enclosing function).
        if let Some(first) = generators.first() {
            let ctx = Context {
                in_comprehension_iterable: true,
                ..self.ctx
            };
            self.within(ctx, |w| w.expr(&first.iter, depth + 1))?;
        }
        let outer = self.comprehension_targets.len();
        for g in generators {
            stored_names(&g.target, &mut self.comprehension_targets);
        }
        let ctx = Context {
            in_comprehension: Some(kind),
            in_generator: self.ctx.in_generator || is_generator,
            in_comprehension_iterable: false,
            ..self.ctx
        };
        let result = self.in_symbols(Block::Comprehension, |w| {
            w.within(ctx, |w| {
                w.comprehensions(generators, depth)?;
                elts.iter().try_for_each(|elt| w.expr(elt, depth + 1))
            })
        });
        self.comprehension_targets.truncate(outer);
        result
    }

    fn comprehensions(&mut self, generators: &[ast::Comprehension], depth: usize) -> Walk {
        for g in generators {
            if g.is_async && !self.async_allowed() {
                return Err(self.syntax(
                    "asynchronous comprehension outside of an asynchronous function",
                    g.target.range(),
                ));
            }
            self.store_target(&g.target, false)?;
            self.expr(&g.target, depth + 1)?;
            if !std::ptr::eq(g, &generators[0]) {
                let ctx = Context {
                    in_comprehension_iterable: true,
                    ..self.ctx
                };
                self.within(ctx, |w| w.expr(&g.iter, depth + 1))?;
            }
            self.exprs(&g.ifs, depth)?;
        }
        Ok(())
    }

    /// Walks a pattern with CPython's compiler checks; `names` collects the names it binds
    /// (NFKC), `in_sequence` is true for the direct elements of a sequence pattern.
    fn pattern(
        &mut self,
        pattern: &Pattern,
        in_sequence: bool,
        names: &mut Vec<String>,
        depth: usize,
    ) -> Walk {
        too_deep(depth)?;
        let range = pattern.range();
        match pattern {
            Pattern::MatchValue(v) => {
                self.value_pattern(&v.value)?;
                self.expr(&v.value, depth + 1)
            }
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchStar(s) => {
                if !in_sequence {
                    return Err(self.syntax("invalid syntax", range));
                }
                s.name.as_ref().map_or(Ok(()), |n| self.capture(names, n, range))
            }
            Pattern::MatchSequence(s) => {
                let stars = s.patterns.iter().filter(|p| matches!(p, Pattern::MatchStar(_)));
                if stars.count() > 1 {
                    return Err(self.syntax("multiple starred names in sequence pattern", range));
                }
                s.patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p, true, names, depth + 1))
            }
            Pattern::MatchMapping(m) => {
                let mut seen = Vec::new();
                for key in &m.keys {
                    if let Some(value) = mapping_key(key) {
                        if seen.contains(&value) {
                            return Err(self.syntax("mapping pattern checks duplicate key", key.range()));
                        }
                        seen.push(value);
                    }
                }
                self.exprs(&m.keys, depth)?;
                for p in &m.patterns {
                    self.pattern(p, false, names, depth + 1)?;
                }
                match &m.rest {
                    Some(rest) if rest.as_str() == "_" => Err(self.syntax("invalid syntax", range)),
                    Some(rest) => self.capture(names, rest, range),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls, depth + 1)?;
                if !c.patterns.is_empty() && self.policy.internals {
                    // SECURITY: positional subpatterns read the attributes the class's
                    // __match_args__ names, in C, from whatever the class's metaclass lets
                    // match (__instancecheck__): a class made by type() with computed keys is an
                    // unguarded getattr of anything. Only classes whose shape the walker sees.
                    match c.cls.as_ref() {
                        // SECURITY: in a class body the name is looked up in the class's
                        // namespace, which a metaclass's `__prepare__` fills (round 19:
                        // `case int(v)` matched a class of the program's named `int` there).
                        Expr::Name(_) if self.ctx.scope == Scope::Class => {
                            self.flag(Rule::DunderAccess, "__match_args__", c.range.start())
                        }
                        Expr::Name(n) => self.positional_patterns.push((nfkc(&n.id), c.range.start())),
                        other => self.flag(Rule::DunderAccess, "__match_args__", other.range().start()),
                    }
                }
                for p in &c.patterns {
                    self.pattern(p, false, names, depth + 1)?;
                }
                let mut seen: Vec<String> = Vec::new();
                for attr in &c.kwd_attrs {
                    let name = nfkc(attr);
                    if seen.contains(&name) {
                        let message = format!("attribute name repeated in class pattern: {name}");
                        return Err(self.syntax(&message, range));
                    }
                    self.binding(attr, range)?;
                    seen.push(name);
                    // SECURITY: `case object(__setattr__=s)` reads the attribute as
                    // `subject.__setattr__` does and binds the value: every rule of an attribute
                    // read applies (round 16 took `object.__setattr__` and `type.__setattr__`
                    // this way, which the attribute rules alone refused, and wrote a module's
                    // namespace and the modules' class with them).
                    self.attribute_read(attr, c.range);
                }
                for p in &c.kwd_patterns {
                    self.pattern(p, false, names, depth + 1)?;
                }
                Ok(())
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p, false, names, depth + 1)?;
                }
                a.name.as_ref().map_or(Ok(()), |n| self.capture(names, n, range))
            }
            Pattern::MatchOr(o) => {
                let mut first: Option<Vec<String>> = None;
                for (i, alternative) in o.patterns.iter().enumerate() {
                    if i + 1 < o.patterns.len() {
                        if let Some(message) = irrefutable(alternative) {
                            return Err(self.syntax(&message, alternative.range()));
                        }
                    }
                    let mut bound = Vec::new();
                    self.pattern(alternative, false, &mut bound, depth + 1)?;
                    bound.sort();
                    match &first {
                        Some(expected) if *expected != bound => {
                            return Err(self.syntax("alternative patterns bind different names", range));
                        }
                        Some(_) => {}
                        None => first = Some(bound),
                    }
                }
                for name in first.unwrap_or_default() {
                    self.capture(names, &name, range)?;
                }
                Ok(())
            }
        }
    }

    /// CPython refuses a generator expression argument without its own parentheses unless it
    /// is the only argument, with no trailing comma (`f(x for x in y)`).
    fn generator_arguments(&self, call: &ast::ExprCall) -> Walk {
        for arg in &call.args {
            let Expr::GeneratorExp(g) = arg else { continue };
            // Only the sole argument may go without parentheses, and then without a trailing
            // comma (the text after it is only `)` in the ordinary case: cheap to lex).
            let alone = call.args.len() == 1 && call.keywords.is_empty();
            let needs_parentheses = !alone || {
                let rest = &self.lines.source[g.range.end().to_usize()..call.range.end().to_usize()];
                lexer::lex(rest, Mode::Module)
                    .map_while(Result::ok)
                    .any(|(tok, _)| tok == Tok::Comma)
            };
            if needs_parentheses && !self.parenthesised(g) {
                return Err(self.syntax("Generator expression must be parenthesized", g.range));
            }
        }
        Ok(())
    }

    /// Whether a generator expression has parentheses of its own: `(x for x in y)`, not
    /// `(x) for x in (y)`. rustpython's range of a generator expression includes its own
    /// parentheses but not those around its element, so the `(` before the element and the
    /// `)` after it (short slices, whatever the expression's size) tell them apart.
    fn parenthesised(&self, g: &ast::ExprGeneratorExp) -> bool {
        let Some(first) = g.generators.first() else {
            return false;
        };
        let source = self.lines.source;
        // Only brackets, white space, comments and the `async`/`for` keywords lie there.
        let count = |from: TextSize, to: TextSize, wanted: char| {
            let text = source.get(from.to_usize()..to.to_usize()).unwrap_or_default();
            let mut in_comment = false;
            let mut n = 0usize;
            for c in text.chars() {
                match c {
                    '\n' | '\r' => in_comment = false,
                    '#' => in_comment = true,
                    c if c == wanted && !in_comment => n += 1,
                    _ => {}
                }
            }
            n
        };
        let opened = count(g.range.start(), g.elt.range().start(), '(');
        let closed = count(g.elt.range().end(), first.target.range().start(), ')');
        opened > closed
    }

    /// A name a pattern binds: not `__debug__`, and not twice in one pattern.
    fn capture(&mut self, names: &mut Vec<String>, name: &str, range: TextRange) -> Walk {
        self.binding(name, range)?;
        let name = nfkc(name);
        if names.contains(&name) {
            return Err(self.syntax(
                &format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        {
            let bound = name.clone();
            self.note_binding(&bound);
            self.scope_symbols().assigned(bound);
        }
        names.push(name);
        Ok(())
    }

    /// CPython's check of a value pattern: a literal (an f-string is not one), a negated
    /// number, a complex literal `real ± imaginary`, or a dotted name.
    fn value_pattern(&self, value: &Expr) -> Walk {
        let number = |e: &Expr| match e {
            Expr::Constant(c) => match c.value {
                Constant::Int(_) | Constant::Float(_) => Some(false),
                Constant::Complex { .. } => Some(true),
                _ => None,
            },
            _ => None,
        };
        let signed = |e: &Expr| match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => number(&u.operand),
            other => number(other),
        };
        match value {
            Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
                if signed(&b.left) != Some(false) {
                    return Err(self.syntax("real number required in complex literal", b.left.range()));
                }
                if number(&b.right) != Some(true) {
                    return Err(self.syntax("imaginary number required in complex literal", b.right.range()));
                }
                Ok(())
            }
            Expr::JoinedStr(j) => {
                Err(self.syntax("patterns may only match literals and attribute lookups", j.range))
            }
            _ => Ok(()),
        }
    }

    fn expr(&mut self, expr: &Expr, depth: usize) -> Walk {
        too_deep(depth)?;
        match expr {
            Expr::Name(n) => {
                self.identifier(&n.id, n.range)?;
                let name = nfkc(&n.id);
                match n.ctx {
                    ExprContext::Load => self.scope_symbols().used(name),
                    _ => {
                        self.class_binding(&n.id, n.range.start(), false);
                        self.note_binding(&name);
                        self.scope_symbols().assigned(name)
                    }
                }
                if matches!(n.ctx, ExprContext::Store) {
                    self.protocol_hook(&n.id, n.range.start());
                }
                match n.ctx {
                    ExprContext::Store => self.binding(&n.id, n.range)?,
                    ExprContext::Del if nfkc(&n.id) == "__debug__" => {
                        return Err(self.syntax("cannot delete __debug__", n.range));
                    }
                    _ => {}
                }
                if matches!(n.ctx, ExprContext::Load) {
                    let name = nfkc(&n.id);
                    if let Some(entry) = find(&self.policy.builtins, &name).cloned() {
                        self.flag(Rule::ForbiddenCall, &entry, n.range.start());
                    }
                    self.reflective_value(&name, n.range);
                    self.class_maker_value(&name, n.range);
                    self.type_value(&name, n.range);
                }
                // Loaded or bound: `__annotations__ = {...}` in a class body is as much a door.
                if self.policy.internals {
                    if let Some(entry) = find_table(DUNDER_NAMES, &nfkc(&n.id)) {
                        self.flag(Rule::DunderAccess, &entry, n.range.start());
                    }
                }
                Ok(())
            }
            Expr::Attribute(a) if matches!(a.ctx, ExprContext::Store) && nfkc(&a.attr) == "__debug__" => {
                Err(self.syntax("cannot assign to __debug__", a.range))
            }
            Expr::Attribute(a) => {
                self.identifier(&a.attr, a.range)?;
                if matches!(a.ctx, ExprContext::Load) {
                    let attr = self.mangled(&a.attr);
                    self.attribute_read(&attr, a.range);
                } else {
                    self.note_attribute_store(a);
                    let attr = nfkc(&a.attr);
                    if self.policy.internals
                        && (CLASS_BODY_REFUSED.contains(&attr.as_str())
                            || matches!(attr.as_str(), "__setattr__" | "__delattr__" | "__slots__"))
                    {
                        self.flag(Rule::DunderAccess, &attr, a.range.start());
                    }
                    // Every context: `x.__class__ = C` is as much a climb as a read.
                    self.attribute_name(&a.attr, a.range.start());
                    let mangled = self.mangled(&a.attr);
                    self.private_attribute(&mangled, true, a.range.start());
                    self.reflective_value(&attr, a.range);
                }
                self.expr(&a.value, depth + 1)
            }
            Expr::Call(c) => {
                self.generator_arguments(c)?;
                if self.policy.internals {
                    self.dynamic_attribute(c);
                    self.attribute_naming_arguments(c);
                    self.class_namespace_call(c);
                    self.format_fields(c);
                }
                // `isinstance(x, type)`, `issubclass(c, (type, int))`: the type compared with.
                if let (Expr::Name(f), Some(second)) = (c.func.as_ref(), c.args.get(1)) {
                    if matches!(nfkc(&f.id).as_str(), "isinstance" | "issubclass") {
                        self.type_compared.push(second.range());
                    }
                }
                self.callee = Some(c.func.range());
                self.expr(&c.func, depth + 1)?;
                self.exprs(&c.args, depth)?;
                self.keywords(&c.keywords, depth)
            }
            Expr::BoolOp(b) => self.exprs(&b.values, depth),
            Expr::NamedExpr(n) => {
                let Expr::Name(target) = n.target.as_ref() else {
                    return Err(self.syntax("cannot use assignment expressions with this target", n.range));
                };
                if self.ctx.in_comprehension_iterable {
                    return Err(self.syntax(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                if self.ctx.in_comprehension.is_some() {
                    let name = nfkc(&target.id);
                    if self.comprehension_targets.contains(&name) {
                        let message = format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        );
                        return Err(self.syntax(&message, n.range));
                    }
                    if self.ctx.scope == Scope::Class {
                        return Err(self.syntax(
                            "assignment expression within a comprehension cannot be used in a class body",
                            n.range,
                        ));
                    }
                }
                {
                    let bound = nfkc(&target.id);
                    self.note_binding(&bound);
                    self.binding_symbols().assigned(bound);
                }
                self.expr(&n.target, depth + 1)?;
                self.expr(&n.value, depth + 1)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left, depth + 1)?;
                self.expr(&b.right, depth + 1)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand, depth + 1),
            Expr::Lambda(l) => {
                self.arguments(&l.args, depth)?;
                self.new_scope(Scope::Lambda, |w| {
                    w.declare_params(&l.args);
                    w.expr(&l.body, depth + 1)
                })
                .map(drop)
            }
            Expr::IfExp(i) => {
                self.expr(&i.test, depth + 1)?;
                self.expr(&i.body, depth + 1)?;
                self.expr(&i.orelse, depth + 1)
            }
            Expr::Dict(d) => {
                for key in d.keys.iter().flatten() {
                    self.expr(key, depth + 1)?;
                }
                self.exprs(&d.values, depth)
            }
            Expr::Set(s) => self.exprs(&s.elts, depth),
            Expr::ListComp(l) => self.comprehension(&[&l.elt], &l.generators, "list comprehension", depth),
            Expr::SetComp(s) => self.comprehension(&[&s.elt], &s.generators, "set comprehension", depth),
            Expr::GeneratorExp(g) => {
                self.comprehension(&[&g.elt], &g.generators, "generator expression", depth)
            }
            Expr::DictComp(d) => {
                self.comprehension(&[&d.key, &d.value], &d.generators, "dict comprehension", depth)
            }
            Expr::Await(a) => {
                if !self.async_allowed() {
                    let message = match self.ctx.scope {
                        Scope::Module => "'await' outside function",
                        _ => "'await' outside async function",
                    };
                    return Err(self.syntax(message, a.range));
                }
                self.expr(&a.value, depth + 1)
            }
            Expr::Starred(s) => self.expr(&s.value, depth + 1),
            Expr::Yield(ast::ExprYield { range, .. }) | Expr::YieldFrom(ast::ExprYieldFrom { range, .. }) => {
                if !matches!(self.ctx.scope, Scope::Function { .. } | Scope::Lambda) {
                    return Err(self.syntax("'yield' outside function", *range));
                }
                if let Some(kind) = self.ctx.in_comprehension {
                    return Err(self.syntax(&format!("'yield' inside {kind}"), *range));
                }
                self.function.has_yield = true;
                match expr {
                    Expr::YieldFrom(y) if self.in_async_function() => {
                        Err(self.syntax("'yield from' inside async function", y.range))
                    }
                    Expr::YieldFrom(y) => self.expr(&y.value, depth + 1),
                    Expr::Yield(y) => self.opt_expr(&y.value, depth),
                    _ => unreachable!("matched above"),
                }
            }
            Expr::Compare(c) => {
                self.expr(&c.left, depth + 1)?;
                self.exprs(&c.comparators, depth)
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value, depth + 1)?;
                self.opt_expr(&f.format_spec, depth)
            }
            Expr::JoinedStr(j) => self.exprs(&j.values, depth),
            Expr::Constant(c) => {
                if let Constant::Str(text) = &c.value {
                    // SECURITY: an internal's name as a string is one some library looks up
                    // for the program: functools.update_wrapper(w, f, ('__globals__',)) reads
                    // f.__globals__ by the name it is handed.
                    if let Some(entry) = self.dunder_attribute(&nfkc(text)) {
                        self.flag(Rule::DunderAccess, &entry, c.range.start());
                    }
                }
                Ok(())
            }
            Expr::Subscript(s) => {
                // SECURITY: `copy.dispatch_table[T] = f` writes into a library's own data as
                // `json.X = …` writes into its namespace (adversary round 8): judged as that
                // store, by the name its attribute chain starts from.
                if !matches!(s.ctx, ExprContext::Load) {
                    if let Expr::Attribute(a) = s.value.as_ref() {
                        let mut root = a;
                        while let Expr::Attribute(inner) = root.value.as_ref() {
                            root = inner;
                        }
                        self.note_attribute_store(root);
                    }
                }
                self.expr(&s.value, depth + 1)?;
                self.expr(&s.slice, depth + 1)
            }
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                self.exprs(elts, depth)
            }
            Expr::Slice(s) => {
                self.opt_expr(&s.lower, depth)?;
                self.opt_expr(&s.upper, depth)?;
                self.opt_expr(&s.step, depth)
            }
        }
    }

    /// dunder-access: defining a protocol hook through which the standard library calls a
    /// callable, or reads an attribute, that the program chose.
    /// A name an import binds is bound as an assignment's would be: a protocol hook, a name a
    /// class body may not define, a dunder of the internals.
    fn import_binding(&mut self, raw: &str, at: TextSize) {
        // SECURITY: `from operator import truth as __subclasshook__` in a class body made an
        // ABC vouch for every object (adversary round 20), and `import … as __match_args__`
        // defined what a class pattern reads.
        self.protocol_hook(raw, at);
        self.class_binding(raw, at, false);
        if self.policy.internals {
            if let Some(entry) = find_table(DUNDER_NAMES, &nfkc(raw)) {
                self.flag(Rule::DunderAccess, &entry, at);
            }
        }
    }

    fn protocol_hook(&mut self, name: &str, at: TextSize) {
        // SECURITY: sandbox escape — `__reduce_ex__` returning `(f, args)` makes copy.copy call
        // `f(*args)` from a standard-library frame; `__match_args__` with a metaclass's
        // `__instancecheck__` turns a class pattern into getattr of any name on any object.
        let name = nfkc(name);
        if self.policy.internals && PROTOCOL_HOOKS.contains(&name.as_str()) {
            self.flag(Rule::DunderAccess, &name, at);
        }
    }

    /// dynamic-attribute: `type` other than called (`type(x)`, `type(name, bases, {...})`, which
    /// `class_namespace_call` judges) or compared with (`isinstance(x, type)`).
    fn type_value(&mut self, name: &str, range: TextRange) {
        // SECURITY: under another name (`mk = type`) or as a metaclass's base (`class M(type)`),
        // `type` makes classes whose namespace no rule reads: adversary round 8 made a
        // metaclass with `__instancecheck__` and a `__match_args__` naming `__globals__`.
        if self.policy.internals
            && name == "type"
            && self.callee != Some(range)
            && !self.type_compared.iter().any(|r| r.contains_range(range))
        {
            self.type_values.push(range.start());
        }
    }

    /// dynamic-attribute, when the module ends: `type` used as a value, unless the program
    /// binds the name itself (`type = row['type']` is then its own variable).
    pub(super) fn type_values(&mut self) {
        let values = std::mem::take(&mut self.type_values);
        if self.bindings.get("type").copied().unwrap_or(0) == 0 {
            for at in values {
                self.flag(Rule::DynamicAttribute, "type", at);
            }
        }
    }

    /// The rules of reading an attribute, which hands its value over: `x.attr` in the source,
    /// and a class pattern's keyword (`case C(attr=v)`), which reads `attr` of the subject in C
    /// and binds what it finds. `range` is the expression's (for a pattern, the class
    /// pattern's): only an attribute expression can be the callee.
    fn attribute_read(&mut self, raw: &str, range: TextRange) {
        let attr = nfkc(raw);
        // SECURITY: `object.__setattr__(module, 'type', spy)` writes a library's namespace past
        // every guard (adversary round 8), and so does `super().__setattr__` once the program
        // rebinds the `__class__` cell or the first argument super() reads (round 9): refused
        // on anything.
        if self.policy.internals && matches!(attr.as_str(), "__setattr__" | "__delattr__") {
            self.flag(Rule::DunderAccess, &attr, range.start());
        }
        self.attribute_name(raw, range.start());
        self.private_attribute(raw, false, range.start());
        self.reflective_value(&attr, range);
        self.class_maker_value(&attr, range);
        // A format method as a value (`map(str.format, …)`, `partial(s.format)`, a pattern's
        // `format=f`) formats strings no rule sees; called, `format_fields` judges it.
        if self.policy.internals
            && matches!(attr.as_str(), "format" | "format_map")
            && self.callee != Some(range)
        {
            self.flag(Rule::DynamicAttribute, &attr, range.start());
        }
    }

    /// dynamic-attribute: a class maker ([`CLASS_MAKERS`]) used as a value rather than called,
    /// subclassed, named as a metaclass or compared with.
    fn class_maker_value(&mut self, name: &str, range: TextRange) {
        if self.policy.internals
            && CLASS_MAKERS.contains(&name)
            && self.callee != Some(range)
            && !self.class_headers.iter().any(|r| r.contains_range(range))
            && !self.type_compared.iter().any(|r| r.contains_range(range))
        {
            self.flag(Rule::DynamicAttribute, name, range.start());
        }
    }

    /// dynamic-attribute: a reflective helper used as a value (`f = getattr`,
    /// `reduce(getattr, …)`, `getattr.__call__`) rather than called directly.
    fn reflective_value(&mut self, name: &str, range: TextRange) {
        // SECURITY: sandbox escape — passed around as a value, getattr & co. are called with
        // names no rule sees (by `functools.reduce`, `map`, a decorator).
        if self.policy.internals && REFLECTIVE.contains(&name) && self.callee != Some(range) {
            self.flag(Rule::DynamicAttribute, name, range.start());
        }
    }

    /// dynamic-attribute: `getattr(o, name)` & co. whose name is not a harmless str literal.
    /// `"{0._os.environ}".format(random)`: a format string's fields read attributes of the
    /// arguments, by names no attribute expression shows; those of a literal format string
    /// (`"…".format(…)`, `"…".format_map(…)`, `str.format("…", …)`) are judged as attributes.
    /// A format string computed at run time is a known gap (docs/policy.md): it yields text.
    fn format_fields(&mut self, call: &ast::ExprCall) {
        let Expr::Attribute(a) = call.func.as_ref() else {
            return;
        };
        if !matches!(a.attr.as_str(), "format" | "format_map") {
            return;
        }
        let text = match (a.value.as_ref(), call.args.first()) {
            (
                Expr::Constant(ast::ExprConstant {
                    value: Constant::Str(s),
                    ..
                }),
                _,
            ) => s,
            (
                Expr::Name(n),
                Some(Expr::Constant(ast::ExprConstant {
                    value: Constant::Str(s),
                    ..
                })),
            ) if n.id.as_str() == "str" => s,
            _ => {
                // SECURITY: a format string computed at run time walks attributes and items
                // by name in C, past both walls, and an `AttributeError` at the end of the
                // walk carries the object it reached (`.obj`): round 13 took the real sys
                // through `("{0.__glo" + "bals__[sys].x}").format(f)`. Only literal format
                // strings, whose fields are judged here.
                if self.policy.internals {
                    self.flag(Rule::DynamicAttribute, &nfkc(&a.attr), a.range.start());
                }
                return;
            }
        };
        let at = call.range.start();
        for name in format_attributes(text) {
            self.attribute_name(&name, at);
            self.private_attribute(&name, false, at);
        }
    }

    /// A class made by a call rather than a `class` statement — `type(name, bases, namespace)`,
    /// a metaclass called the same way, enum's functional API — has its namespace's names
    /// judged as a class body's are; a namespace the walker cannot read is refused.
    fn class_namespace_call(&mut self, call: &ast::ExprCall) {
        let name = match call.func.as_ref() {
            Expr::Name(n) => nfkc(&n.id),
            Expr::Attribute(a) => nfkc(&a.attr),
            // SECURITY: `type(int)` is `type` itself, as a value no name shows; adversary round
            // 22 called `type(int)(*("H", (), {computed: hook}))` to define any hook. The type
            // of anything is judged as `type` when it is called again.
            Expr::Call(inner) if is_type_of(inner) => "type".to_owned(),
            _ => return,
        };
        let starred = call.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || call.keywords.iter().any(|k| k.arg.is_none());
        let literal = |e: &Expr| match e {
            Expr::Constant(ast::ExprConstant {
                value: Constant::Str(s),
                ..
            }) => Some(s.clone()),
            _ => None,
        };
        // SECURITY: `type('H', (), {'__reduce' + '_ex__': hook})` defines the protocol hooks
        // and dunders a class body may not (adversary rounds 4, 6 and 7 made __match_args__,
        // __instancecheck__ and __reduce_ex__ this way).
        // `f('M', (base,), {...})` has the shape of a class made by a call whatever `f` is
        // called here (`mk = type` under another name).
        let class_shape = call.args.len() == 3
            && matches!(call.args[1], Expr::Tuple(_))
            && (matches!(call.args[2], Expr::Dict(_)) || literal(&call.args[0]).is_some());
        let names: Option<Vec<String>> = if METACLASS_NAMES.contains(&name.as_str()) || class_shape {
            if call.args.len() < 3 && !starred && call.keywords.is_empty() {
                return; // type(x): the type of x
            }
            match (call.args.get(2), starred) {
                (Some(Expr::Dict(d)), false) => d.keys.iter().map(|k| k.as_ref().and_then(literal)).collect(),
                _ => None,
            }
        } else if name == "make_dataclass" {
            // SECURITY: make_dataclass's fields and `namespace=` are a class body made by a
            // call (round 8: a computed `'__module__': '__main__'` and a field `_stream`).
            let pair_name = |e: &Expr| match e {
                Expr::Tuple(t) => t.elts.first().and_then(literal),
                Expr::List(l) => l.elts.first().and_then(literal),
                other => literal(other),
            };
            let fields = call.args.get(1).or_else(|| {
                call.keywords
                    .iter()
                    .find(|k| k.arg.as_deref() == Some("fields"))
                    .map(|k| &k.value)
            });
            let mut names: Option<Vec<String>> = match (fields, starred) {
                (Some(Expr::List(l)), false) => l.elts.iter().map(pair_name).collect(),
                (Some(Expr::Tuple(t)), false) => t.elts.iter().map(pair_name).collect(),
                (None, false) => Some(Vec::new()),
                _ => None,
            };
            if let Some(namespace) = call
                .keywords
                .iter()
                .find(|k| k.arg.as_deref() == Some("namespace"))
            {
                let keys: Option<Vec<String>> = match &namespace.value {
                    Expr::Dict(d) => d.keys.iter().map(|k| k.as_ref().and_then(literal)).collect(),
                    Expr::Constant(ast::ExprConstant {
                        value: Constant::None,
                        ..
                    }) => Some(Vec::new()),
                    _ => None,
                };
                names = names.zip(keys).map(|(mut a, b)| {
                    a.extend(b);
                    a
                });
            }
            names
        } else if matches!(name.as_str(), "TypedDict" | "NamedTuple") {
            // SECURITY: the functional forms name fields, which become annotations that
            // dataclasses and NamedTuple paste into code and read by name (round 10:
            // `TypedDict(nm, {computed: int})`). `class X(TypedDict)` is a class body.
            if call.args.is_empty() && call.keywords.is_empty() {
                return;
            }
            let pair_name = |e: &Expr| match e {
                Expr::Tuple(t) => t.elts.first().and_then(literal),
                Expr::List(l) => l.elts.first().and_then(literal),
                _ => None,
            };
            let fields: Option<Vec<String>> = match (call.args.get(1), starred) {
                (Some(Expr::Dict(d)), false) => d.keys.iter().map(|k| k.as_ref().and_then(literal)).collect(),
                (Some(Expr::List(l)), false) => l.elts.iter().map(pair_name).collect(),
                (Some(Expr::Tuple(t)), false) => t.elts.iter().map(pair_name).collect(),
                (None, false) => Some(Vec::new()),
                _ => None,
            };
            let keywords = call
                .keywords
                .iter()
                .filter_map(|k| k.arg.as_deref())
                .filter(|k| *k != "total")
                .map(str::to_owned);
            fields.map(|mut f| {
                f.extend(keywords);
                f
            })
        } else if ENUM_CLASSES.contains(&name.as_str()) {
            if call.args.len() < 2
                && !starred
                && call.keywords.iter().all(|k| k.arg.as_deref() != Some("names"))
            {
                return; // Color(1): a member by value
            }
            let members = call.args.get(1).or_else(|| {
                call.keywords
                    .iter()
                    .find(|k| k.arg.as_deref() == Some("names"))
                    .map(|k| &k.value)
            });
            let pair_name = |e: &Expr| match e {
                Expr::Tuple(t) => t.elts.first().and_then(literal),
                Expr::List(l) => l.elts.first().and_then(literal),
                other => literal(other),
            };
            match (members, starred) {
                (Some(Expr::Constant(_)), false) => members.and_then(literal).map(|text| {
                    text.replace(',', " ")
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect()
                }),
                (Some(Expr::List(l)), false) => l.elts.iter().map(pair_name).collect(),
                (Some(Expr::Tuple(t)), false) => t.elts.iter().map(pair_name).collect(),
                (Some(Expr::Dict(d)), false) => d.keys.iter().map(|k| k.as_ref().and_then(literal)).collect(),
                _ => None,
            }
        } else {
            return;
        };
        let Some(names) = names else {
            self.flag(Rule::DynamicAttribute, &name, call.range.start());
            return;
        };
        for member in names {
            let member = nfkc(&member);
            let dunder = member.len() > 4 && member.starts_with("__") && member.ends_with("__");
            if (dunder && !CLASS_NAMESPACE_DUNDERS.contains(&member.as_str()))
                || PROTOCOL_HOOKS.contains(&member.as_str())
                || (STDLIB_PRIVATE_NAMES.contains(member.as_str())
                    && !NAMEDTUPLE_API.contains(&member.as_str()))
            {
                self.flag(Rule::DunderAccess, &member, call.range.start());
            } else if let Some(entry) = self.module_attribute(&member) {
                self.flag(Rule::ModuleAttribute, &entry, call.range.start());
            }
        }
    }

    /// dynamic-attribute: `update_wrapper(w, f, assigned=...)` and `wraps(f, ...)` told which
    /// attributes to copy — names the walker cannot judge, read and written by the library.
    fn attribute_naming_arguments(&mut self, call: &ast::ExprCall) {
        let name = match call.func.as_ref() {
            Expr::Name(n) => nfkc(&n.id),
            Expr::Attribute(a) => nfkc(&a.attr),
            _ => return,
        };
        let Some((function, index, keywords, _)) =
            ATTRIBUTE_NAMING_ARGUMENTS.iter().find(|(f, ..)| *f == name)
        else {
            return;
        };
        let positional = call.args.len() > *index || call.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let keyword = call.keywords.iter().any(|k| {
            k.arg
                .as_ref()
                .is_none_or(|a| keywords.contains(&nfkc(a.as_str()).as_str()))
        });
        if positional || keyword {
            self.flag(Rule::DynamicAttribute, function, call.range.start());
        }
    }

    fn dynamic_attribute(&mut self, call: &ast::ExprCall) {
        let (name, as_attribute) = match call.func.as_ref() {
            Expr::Name(n) if matches!(n.ctx, ExprContext::Load) => (nfkc(&n.id), false),
            Expr::Attribute(a) => (nfkc(&a.attr), true),
            _ => return,
        };
        let Some((function, name_arg, _, _)) = DYNAMIC_ATTRIBUTE_FUNCTIONS
            .iter()
            .find(|(f, _, by_attribute, _)| *f == name && (!as_attribute || *by_attribute))
        else {
            return;
        };
        // SECURITY: sandbox escape — an attribute name computed at run time ("__cla" + "ss__")
        // cannot be judged statically; only str literals that no rule flags pass.
        let literal = |e: &Expr| match e {
            Expr::Constant(ast::ExprConstant {
                value: Constant::Str(s),
                ..
            }) => Some(s.clone()),
            _ => None,
        };
        let names: Option<Vec<String>> = match *name_arg {
            NameArg::Positional(index) => {
                let before_starred = call
                    .args
                    .iter()
                    .take(index + 1)
                    .all(|a| !matches!(a, Expr::Starred(_)));
                call.args
                    .get(index)
                    .filter(|_| before_starred)
                    .and_then(literal)
                    .map(|s| vec![s])
            }
            NameArg::EveryDotted => call
                .args
                .iter()
                .map(literal)
                .collect::<Option<Vec<_>>>()
                .filter(|all| !all.is_empty())
                .map(|all| {
                    all.iter()
                        .flat_map(|path| path.split('.').map(str::to_owned).collect::<Vec<_>>())
                        .collect()
                }),
        };
        let detail = match &names {
            None => Some((*function).to_owned()),
            // SECURITY: any dunder name is refused here, listed or not (`setattr(C,
            // "__call__", f)` rewires what the interpreter calls).
            Some(names) => names.iter().find_map(|n| {
                let n = nfkc(n);
                self.flagged_attribute_string(&n)
                    .or_else(|| (n.len() > 4 && n.starts_with("__") && n.ends_with("__")).then_some(n))
            }),
        };
        if let Some(detail) = detail {
            self.flag(Rule::DynamicAttribute, &detail, call.range.start());
        } else if let Some(names) = names {
            // A literal private name is judged as `x._name` is; setattr(x, "_n", v) defines it.
            let defines = matches!(*function, "setattr" | "delattr");
            for n in names {
                self.private_attribute(&n, defines, call.range.start());
            }
        }
    }
}

/// `type(x)`: the one-argument call of the builtin `type` (or `type(x)(…)`'s inner call).
fn is_type_of(call: &ast::ExprCall) -> bool {
    matches!(call.func.as_ref(), Expr::Name(n) if nfkc(&n.id) == "type")
        && call.args.len() == 1
        && call.keywords.is_empty()
        && !matches!(call.args[0], Expr::Starred(_))
}

/// The dunders a module holds as plain data, which a from-import may take.
const IMPORTABLE_DUNDERS: &[&str] = &["__version__", "__name__", "__doc__", "__all__", "__author__"];

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}
