//! Refusals that teach: every violation carries a one-line reason (why the rule refuses it,
//! from the rule and the matched table entry) and, where there is one, the allowed way to do
//! what the program was after. The learner sees both in the 422, the web UI and the CLI.

use super::tables::{
    DEFAULT_FORBIDDEN_ATTRIBUTES, DEFAULT_FORBIDDEN_BUILTINS, DUNDER_ATTRIBUTES, DUNDER_NAMES,
    MODULE_PRIVATE_NAMES, REFUSED_FUNCTIONS,
};
use super::Rule;

/// Modules learners reach for that are off the allow-list: why, and what to use instead.
const MODULE_ADVICE: &[(&str, &str, Option<&str>)] = &[
    (
        "sys",
        "sys reaches the interpreter itself: its loaded modules, frames and import system",
        Some("read standard input with input() or open(0).read(); stop with raise SystemExit(code)"),
    ),
    (
        "os",
        "os runs commands and reaches the files, processes and environment of the machine",
        Some("read an input file with open(path); there are no environment variables or processes to reach"),
    ),
    ("subprocess", "subprocess starts other programs", None),
    (
        "socket",
        "socket opens network connections, and jobs run with no network",
        None,
    ),
    (
        "urllib",
        "urllib opens network connections, and jobs run with no network",
        None,
    ),
    (
        "http",
        "http opens network connections, and jobs run with no network",
        None,
    ),
    (
        "requests",
        "requests opens network connections (and is not installed); jobs run with no network",
        None,
    ),
    (
        "pathlib",
        "pathlib reaches the file system (listing, renaming, deleting)",
        Some("open a file by its path with open(path)"),
    ),
    ("shutil", "shutil copies, moves and deletes files", None),
    (
        "pickle",
        "unpickling calls whatever functions the data names",
        Some("save and load data as text with json.dumps() and json.loads()"),
    ),
    (
        "threading",
        "threads outlive the checks made on the program's own code",
        Some("for concurrency use asyncio (async def, await, asyncio.gather)"),
    ),
    (
        "multiprocessing",
        "multiprocessing starts processes",
        Some("for concurrency use asyncio (async def, await, asyncio.gather)"),
    ),
    (
        "concurrent",
        "concurrent.futures runs functions in threads and processes",
        Some("for concurrency use asyncio (async def, await, asyncio.gather)"),
    ),
    (
        "importlib",
        "importlib imports any module by name",
        Some("import an allowed module with an import statement"),
    ),
    ("ctypes", "ctypes calls native code and writes memory", None),
    (
        "inspect",
        "inspect reaches frames and the internals of every object",
        None,
    ),
    (
        "traceback",
        "traceback walks the frames of every caller",
        Some("an uncaught exception's traceback is printed to stderr for you"),
    ),
    (
        "logging",
        "logging's handlers open files and sockets, and its configuration runs code",
        Some("write messages with print(), or print(..., file=...) to an io.StringIO"),
    ),
    (
        "ast",
        "ast builds code trees for compile(), which is refused; it is not on the reviewed list",
        Some("turn text into a number with int() or float(); parse data with json.loads()"),
    ),
];

/// Forbidden builtins: the allowed way, where there is one.
const BUILTIN_HINTS: &[(&str, &str)] = &[
    (
        "eval",
        "turn text into a number with int() or float(); parse data with json.loads()",
    ),
    ("exec", "write the code in the program and call it as a function"),
    (
        "compile",
        "write the code in the program and call it as a function",
    ),
    ("__import__", "import an allowed module with an import statement"),
    (
        "globals",
        "keep the values you look up by name in a dict of your own",
    ),
    (
        "locals",
        "keep the values you look up by name in a dict of your own",
    ),
    (
        "vars",
        "keep the values you look up by name in a dict of your own; dataclasses.asdict() for a dataclass",
    ),
    ("breakpoint", "inspect values with print()"),
    ("help", "read the documentation at docs.python.org"),
    ("__build_class__", "write a class statement"),
];

/// Internals with an ordinary way to do what a program usually wants from them.
const DUNDER_HINTS: &[(&str, &str)] = &[
    (
        "__class__",
        "ask an object's type with type(x) or isinstance(x, C)",
    ),
    (
        "__dict__",
        "keep the values in a dict of your own; dataclasses.asdict() for a dataclass",
    ),
    (
        "__annotations__",
        "list a dataclass's fields with dataclasses.fields()",
    ),
    (
        "__code__",
        "call the function; write the code you need in the program",
    ),
    ("__globals__", "pass the values a function needs as arguments"),
    ("__mro__", "ask about a class with isinstance() and issubclass()"),
    (
        "__bases__",
        "ask about a class with isinstance() and issubclass()",
    ),
    ("__base__", "ask about a class with isinstance() and issubclass()"),
    ("__subclasses__", "keep a list of the classes you define"),
];

/// The reason and the hint for one violation.
pub(super) fn explain(rule: Rule, detail: &str) -> (String, Option<&'static str>) {
    match rule {
        Rule::ForbiddenImport => import(detail),
        Rule::StarImport => (
            "`from m import *` binds names no rule can judge, so star imports are refused".to_owned(),
            Some("import the names you use, e.g. from math import sqrt, pi"),
        ),
        Rule::ForbiddenFunction => {
            let why = REFUSED_FUNCTIONS
                .iter()
                .find(|(_, f, _)| *f == detail)
                .map_or("it is a door out of the policy", |(_, _, why)| why);
            let hint = match detail {
                "Formatter" => Some("format text with f-strings or str.format()"),
                "singledispatch" | "singledispatchmethod" => {
                    Some("dispatch with isinstance() checks or a dict of functions")
                }
                "to_thread" | "run_in_executor" => Some("call the function directly, or make it a coroutine"),
                _ => None,
            };
            (format!("`{detail}` {why}"), hint)
        }
        Rule::ForbiddenCall => {
            let why = lookup(DEFAULT_FORBIDDEN_BUILTINS, detail).unwrap_or("is refused by this service's policy");
            (format!("the builtin `{detail}` {why}"), lookup(BUILTIN_HINTS, detail))
        }
        Rule::DunderAccess => {
            let why = lookup(DUNDER_ATTRIBUTES, detail)
                .or_else(|| lookup(DUNDER_NAMES, detail))
                .unwrap_or("an interpreter internal");
            (
                format!("`{detail}` reaches the interpreter's internals: {why}"),
                lookup(DUNDER_HINTS, detail),
            )
        }
        Rule::ModuleAttribute => {
            // "random._os" or the entry itself ("os").
            let entry = detail.rsplit('.').next().unwrap_or(detail).trim_start_matches('_');
            let route = lookup(DEFAULT_FORBIDDEN_ATTRIBUTES, entry);
            let why = match route {
                Some(route) => format!("`{entry}` reaches a module off the allow-list through another module ({route})"),
                None => format!("`{entry}` reaches a module off the allow-list through another module"),
            };
            (why, None)
        }
        Rule::DynamicAttribute if detail == "type" => (
            "`type` as a value or with three arguments makes classes no rule judges".to_owned(),
            Some("ask an object's type with type(x); define classes with a class statement"),
        ),
        Rule::DynamicAttribute if matches!(detail, "format" | "format_map") => (
            format!(
                "`{detail}` on a string computed at run time, or passed around as a value, reads attributes by \
                 names no check sees"
            ),
            Some("use an f-string, or call .format on a string literal: \"{} scored {}\".format(name, score)"),
        ),
        Rule::DynamicAttribute => (
            format!(
                "`{detail}` reaches attributes by a name chosen at run time; it is allowed only as a direct call \
                 with a literal, ordinary name"
            ),
            Some("write getattr(obj, \"name\") with a literal name, or keep the values in a dict"),
        ),
        Rule::PrivateAttribute => {
            let why = match lookup(MODULE_PRIVATE_NAMES, detail) {
                Some(route) => format!("`{detail}` is a module's private internals ({route})"),
                None => format!(
                    "`{detail}` is a private name of the library, not one the program defines; a library's \
                     private names are its internals"
                ),
            };
            (
                why,
                Some("use the library's public names; private names your program defines itself (self._x) are fine"),
            )
        }
    }
}

fn import(module: &str) -> (String, Option<&'static str>) {
    if module.starts_with('.') {
        return (
            "a relative import names no module the allow-list can judge; a submission is one file".to_owned(),
            Some("import allowed modules by their full name"),
        );
    }
    let top = module.split('.').next().unwrap_or(module);
    if let Some((_, why, hint)) = MODULE_ADVICE.iter().find(|(m, _, _)| *m == top) {
        return ((*why).to_owned(), *hint);
    }
    (
        format!(
            "`{module}` is not on the allow-list: only modules reviewed as safe for a job may be imported"
        ),
        Some("the allowed modules are listed in docs/policy.md"),
    )
}

fn lookup(table: &[(&str, &'static str)], name: &str) -> Option<&'static str> {
    table.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray;

    #[test]
    fn sys_teaches_input_and_open_zero() {
        let (why, hint) = explain(Rule::ForbiddenImport, "sys");
        assert!(why.contains("interpreter"), "{why}");
        let hint = hint.unwrap();
        assert!(hint.contains("input()") && hint.contains("open(0)"), "{hint}");
    }

    #[test]
    fn eval_teaches_int_and_float() {
        let (why, hint) = explain(Rule::ForbiddenCall, "eval");
        assert_eq!(why, "the builtin `eval` runs a string as code");
        assert!(hint.unwrap().contains("int()"));
    }

    #[test]
    fn a_submodule_is_advised_by_its_package() {
        assert_eq!(
            explain(Rule::ForbiddenImport, "os.path").0,
            explain(Rule::ForbiddenImport, "os").0
        );
        let (why, _) = explain(Rule::ForbiddenImport, "xml.dom");
        assert!(why.contains("`xml.dom` is not on the allow-list"), "{why}");
    }

    #[test]
    fn table_entries_give_their_reasons() {
        let (why, _) = explain(Rule::ModuleAttribute, "random._os");
        assert!(why.contains("`os`") && why.contains("random._os"), "{why}");
        let (why, hint) = explain(Rule::DunderAccess, "__class__");
        assert!(why.contains("from any object to its type"), "{why}");
        assert!(hint.unwrap().contains("type(x)"));
        let (why, _) = explain(Rule::ForbiddenFunction, "ForwardRef");
        assert!(why.contains("evaluates a string as code"), "{why}");
        let (why, _) = explain(Rule::PrivateAttribute, "_os");
        assert!(why.contains("random._os"), "{why}");
    }

    #[test]
    fn every_rule_explains_every_entry_in_one_line() {
        let mut cases: Vec<(Rule, String)> = Vec::new();
        for rule in Rule::VARIANTS {
            cases.push((*rule, "anything".to_owned()));
        }
        cases.extend(
            DEFAULT_FORBIDDEN_BUILTINS
                .iter()
                .map(|(n, _)| (Rule::ForbiddenCall, n.to_string())),
        );
        cases.extend(
            DUNDER_ATTRIBUTES
                .iter()
                .map(|(n, _)| (Rule::DunderAccess, n.to_string())),
        );
        cases.extend(
            REFUSED_FUNCTIONS
                .iter()
                .map(|(_, n, _)| (Rule::ForbiddenFunction, n.to_string())),
        );
        cases.extend(
            DEFAULT_FORBIDDEN_ATTRIBUTES
                .iter()
                .map(|(n, _)| (Rule::ModuleAttribute, n.to_string())),
        );
        cases.extend(
            MODULE_ADVICE
                .iter()
                .map(|(n, _, _)| (Rule::ForbiddenImport, n.to_string())),
        );
        for (rule, detail) in cases {
            let (why, hint) = explain(rule, &detail);
            assert!(
                !why.is_empty() && !why.contains('\n'),
                "{rule:?} {detail}: {why:?}"
            );
            assert!(hint.is_none_or(|h| !h.is_empty() && !h.contains('\n')));
        }
    }
}
