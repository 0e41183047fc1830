//! The policy as reviewed data: every list of shared/POLICY.md is a table with a reason per
//! entry, and the walker only looks entries up.

/// Modules that may not be imported, nor any of their submodules (POLICY.md, forbidden-import).
pub const DEFAULT_FORBIDDEN_MODULES: &[(&str, &str)] = &[
    ("os", "files, processes and environment of the host"),
    ("sys", "interpreter internals, module table, frames"),
    ("subprocess", "runs host programs"),
    ("socket", "network access"),
    ("ctypes", "arbitrary native memory and calls"),
    ("importlib", "imports anything by name at run time"),
    ("posix", "the C layer under os"),
    ("nt", "the C layer under os on Windows"),
    ("_posixsubprocess", "the C layer under subprocess"),
    ("_socket", "the C layer under socket"),
    ("_ctypes", "the C layer under ctypes"),
    ("builtins", "unrestricted eval, exec, __import__"),
    ("imp", "deprecated importlib"),
    ("pty", "spawns processes with a terminal"),
    ("multiprocessing", "spawns processes"),
    ("signal", "signal handlers, can outlive timeouts"),
    ("_signal", "the C layer under signal"),
    ("resource", "changes process limits"),
    ("gc", "reaches every live object"),
    ("inspect", "frames and globals of any function"),
    ("code", "interactive interpreter on strings"),
    ("codeop", "compiles strings"),
    ("runpy", "runs modules and files as code"),
    ("pickle", "unpickling calls arbitrary callables"),
    ("marshal", "loads code objects"),
    ("zipimport", "imports code from archives"),
    ("pkgutil", "imports modules by name"),
    ("timeit", "runs code given as a string"),
];

/// Builtins that may not be referred to by name at all (POLICY.md, forbidden-call).
pub const DEFAULT_FORBIDDEN_BUILTINS: &[(&str, &str)] = &[
    ("eval", "runs a string as code"),
    ("exec", "runs a string as code"),
    ("compile", "turns a string into code"),
    ("__import__", "imports any module by name"),
    ("breakpoint", "starts a debugger, which runs code"),
    ("globals", "the module namespace, including __builtins__"),
    ("locals", "a frame's namespace"),
    ("vars", "any object's namespace"),
    ("help", "pydoc, which imports modules by name"),
];

/// Attribute names that reach a capability module through another module's namespace, with
/// or without leading underscores (POLICY.md, module-attribute).
pub const DEFAULT_FORBIDDEN_ATTRIBUTES: &[(&str, &str)] = &[
    ("os", "random._os, posixpath.os"),
    ("sys", "typing.sys and most modules"),
    ("subprocess", "re-exported by some modules"),
    ("socket", "re-exported by some modules"),
    ("ctypes", "re-exported by some modules"),
    ("importlib", "re-exported by some modules"),
    ("posix", "os.posix"),
    ("builtins", "the unrestricted builtins module"),
];

/// Interpreter internals used to climb out of a restricted namespace (POLICY.md,
/// dunder-access). Not configurable.
pub(super) const DUNDER_ATTRIBUTES: &[(&str, &str)] = &[
    ("__class__", "from any object to its type"),
    ("__bases__", "from a type up the hierarchy"),
    ("__base__", "from a type up the hierarchy"),
    ("__mro__", "from a type up to object"),
    ("__subclasses__", "from object down to every loaded class"),
    ("__globals__", "a function's module namespace"),
    ("__builtins__", "the unrestricted builtins"),
    ("__code__", "a function's code object"),
    ("__closure__", "a function's captured cells"),
    ("__dict__", "any object's namespace"),
    ("__self__", "from a bound method to its object, e.g. a module"),
    ("__func__", "from a method to its function"),
    ("__getattribute__", "attribute access by computed name"),
    ("__reduce__", "pickling hooks returning callables"),
    ("__reduce_ex__", "pickling hooks returning callables"),
    ("__loader__", "a module's loader, which reads and runs code"),
    ("__spec__", "a module's import spec"),
    ("f_globals", "a frame's globals"),
    ("f_locals", "a frame's locals"),
    ("f_back", "the calling frame"),
    ("f_builtins", "a frame's builtins"),
    ("gi_frame", "a generator's frame"),
    ("cr_frame", "a coroutine's frame"),
    ("ag_frame", "an async generator's frame, as gi_frame and cr_frame"),
    ("tb_frame", "a traceback's frame"),
];

/// Names whose mere load reaches interpreter internals (POLICY.md, dunder-access).
pub(super) const DUNDER_NAMES: &[(&str, &str)] = &[
    ("__builtins__", "the unrestricted builtins"),
    ("__loader__", "the main module's loader"),
    ("__spec__", "the main module's import spec"),
];

/// Which argument of a dynamic-attribute function names the attribute.
#[derive(Debug, Clone, Copy)]
pub(super) enum NameArg {
    /// The positional argument at this index.
    Positional(usize),
    /// Every positional argument, each a dotted path (`operator.attrgetter("a.b")`).
    EveryDotted,
}

/// Functions that reach an attribute by a name computed at run time (POLICY.md,
/// dynamic-attribute). `called_as_attribute`: also matched as `anything.name(...)`
/// (`operator.attrgetter`, whatever `operator` is bound to).
pub(super) const DYNAMIC_ATTRIBUTE_FUNCTIONS: &[(&str, NameArg, bool, &str)] = &[
    ("getattr", NameArg::Positional(1), false, "reads any attribute"),
    ("setattr", NameArg::Positional(1), false, "writes any attribute"),
    ("delattr", NameArg::Positional(1), false, "deletes any attribute"),
    ("hasattr", NameArg::Positional(1), false, "reads any attribute"),
    (
        "attrgetter",
        NameArg::EveryDotted,
        true,
        "reads any attribute path",
    ),
    ("methodcaller", NameArg::Positional(0), true, "calls any method"),
];

/// `__future__` features CPython 3.11 knows (Lib/__future__.py).
pub(super) const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];
