//! The policy as reviewed data: every list of the code policy (docs/policy.md) is a table
//! with a reason per entry, and the walker only looks entries up.

/// The only modules a program may import (docs/policy.md, forbidden-import: anything else is refused).
/// Each was read for what it re-exports and what it does on the program's behalf; a module
/// is listed only if none of its public functions imports by name, runs strings as code,
/// starts processes, opens sockets or unpickles, or where the one function that does is
/// refused by [`REFUSED_FUNCTIONS`]. Submodules are listed on their own (`collections.abc`):
/// an entry does not admit its children. The modules these import themselves (`random`
/// imports `os`) are theirs: the run-time wall tells the importing frame apart.
pub const DEFAULT_ALLOWED_MODULES: &[(&str, &str)] = &[
    ("__future__", "compiler switches only"),
    ("abc", "abstract base classes; no I/O"),
    ("array", "typed arrays of numbers; no I/O but its own buffers"),
    (
        "asyncio",
        "coroutines and event loops; its subprocess, network and thread helpers are refused",
    ),
    ("base64", "encodings of bytes; pure functions"),
    ("binascii", "encodings of bytes; pure functions"),
    ("bisect", "binary search on lists"),
    ("calendar", "date arithmetic and text calendars"),
    ("cmath", "complex math"),
    (
        "collections",
        "containers; namedtuple compiles only its own generated code",
    ),
    ("collections.abc", "container interfaces"),
    // asyncio's and json's own submodules, reachable as attributes of the packages anyway:
    // what they hold beyond the package's names is refused by module-attribute.
    ("asyncio.events", "asyncio's event-loop policy and handles"),
    ("asyncio.exceptions", "asyncio's exceptions"),
    ("asyncio.futures", "asyncio's futures"),
    ("asyncio.locks", "asyncio's locks"),
    ("asyncio.queues", "asyncio's queues"),
    ("asyncio.tasks", "asyncio's tasks"),
    ("asyncio.taskgroups", "asyncio's task groups"),
    ("asyncio.timeouts", "asyncio's timeouts"),
    ("json.decoder", "json's decoder"),
    ("json.encoder", "json's encoder"),
    ("json.scanner", "json's scanner"),
    (
        "contextlib",
        "context-manager helpers; calls only callables the program already holds",
    ),
    (
        "copy",
        "copies through the objects' own hooks, no unpickling of foreign data",
    ),
    ("csv", "parses and writes text the program hands it"),
    (
        "dataclasses",
        "generates methods from field names it validates as identifiers",
    ),
    ("datetime", "dates and times"),
    ("decimal", "decimal arithmetic"),
    ("difflib", "sequence comparison"),
    ("enum", "enumerations"),
    ("fractions", "rational arithmetic"),
    (
        "functools",
        "higher-order helpers; singledispatch is refused (it evaluates annotation strings)",
    ),
    ("graphlib", "topological sort"),
    ("hashlib", "digests; no I/O"),
    ("heapq", "heaps on lists"),
    ("hmac", "keyed digests"),
    (
        "io",
        "in-memory streams; io.open is open(), which the run-time wall checks",
    ),
    ("itertools", "iterator building blocks"),
    (
        "json",
        "parses and writes text; hooks are callables the program already holds",
    ),
    ("keyword", "the list of keywords"),
    ("math", "real math"),
    ("numbers", "numeric interfaces"),
    (
        "operator",
        "operators as functions; attrgetter and methodcaller are judged as getattr",
    ),
    ("pprint", "pretty printing"),
    ("queue", "in-process FIFO queues"),
    (
        "random",
        "pseudo-random numbers (its module attribute _os is refused)",
    ),
    ("re", "regular expressions"),
    ("reprlib", "bounded repr"),
    ("statistics", "descriptive statistics"),
    (
        "string",
        "constants and Template; Formatter is refused (field lookup by string)",
    ),
    ("struct", "packing of bytes"),
    ("textwrap", "text filling"),
    ("time", "clocks and sleep"),
    (
        "typing",
        "type hints; get_type_hints and ForwardRef are refused (they evaluate strings)",
    ),
    ("unicodedata", "the Unicode database"),
    ("zlib", "compression; output bounded by the job's memory"),
];

/// Functions of allowed modules that are doors themselves, refused as an attribute of
/// anything and as an imported name (docs/policy.md, forbidden-function). The module is in the first
/// column for the documentation; the walker does not know what a name is bound to, so the name
/// is refused wherever it appears as an attribute.
pub const REFUSED_FUNCTIONS: &[(&str, &str, &str)] = &[
    ("typing", "get_type_hints", "evaluates annotation strings as code"),
    (
        "enum",
        "global_enum",
        "writes a class's members into the namespace of the module it names",
    ),
    ("typing", "ForwardRef", "evaluates a string as code"),
    ("typing", "_eval_type", "evaluates annotation strings as code"),
    ("typing", "_type_check", "evaluates strings through ForwardRef"),
    (
        "string",
        "Formatter",
        "looks fields up by string (get_field returns the objects)",
    ),
    (
        "functools",
        "singledispatch",
        "register() evaluates annotation strings",
    ),
    (
        "functools",
        "singledispatchmethod",
        "register() evaluates annotation strings",
    ),
    (
        "asyncio",
        "get_stack",
        "Task.get_stack returns the frames of the task, the launcher's among them",
    ),
    ("asyncio", "print_stack", "Task.print_stack walks the same frames"),
    (
        "abc",
        "get_cache_token",
        "nothing a program needs; reaches the ABC caches",
    ),
    ("asyncio", "create_subprocess_exec", "starts a process"),
    ("asyncio", "create_subprocess_shell", "starts a shell"),
    (
        "asyncio",
        "subprocess_exec",
        "starts a process (an event loop's method)",
    ),
    (
        "asyncio",
        "subprocess_shell",
        "starts a shell (an event loop's method)",
    ),
    ("asyncio", "open_connection", "opens a network connection"),
    ("asyncio", "start_server", "listens on the network"),
    (
        "asyncio",
        "open_unix_connection",
        "connects to a Unix socket by path",
    ),
    ("asyncio", "start_unix_server", "listens on a Unix socket by path"),
    (
        "asyncio",
        "create_connection",
        "opens a network connection (an event loop's method)",
    ),
    (
        "asyncio",
        "create_server",
        "listens on the network (an event loop's method)",
    ),
    ("asyncio", "to_thread", "runs a function in a thread"),
    (
        "asyncio",
        "connect_write_pipe",
        "writes to a file descriptor the program names, past open()'s rules (an event loop's method)",
    ),
    (
        "asyncio",
        "connect_read_pipe",
        "reads a file descriptor the program names, past open()'s rules (an event loop's method)",
    ),
    (
        "asyncio",
        "MultiLoopChildWatcher",
        "installs a Python signal handler that runs the program's callbacks between any two instructions",
    ),
    (
        "asyncio",
        "get_child_watcher",
        "child watchers serve subprocesses, which a job cannot start; one installs a signal handler",
    ),
    (
        "asyncio",
        "set_child_watcher",
        "child watchers serve subprocesses, which a job cannot start; one installs a signal handler",
    ),
    (
        "asyncio",
        "run_in_executor",
        "runs a function in a thread or process pool",
    ),
];

/// Builtins and helpers that reach attributes by a name given at run time, allowed only as a
/// direct call (docs/policy.md, dynamic-attribute): as a value (`f = getattr`, `reduce(getattr, …)`)
/// they could be called with any name where no rule sees it.
pub(super) const REFLECTIVE: &[&str] = &[
    "getattr",
    "setattr",
    "delattr",
    "hasattr",
    "attrgetter",
    "methodcaller",
    // SECURITY: under another name, update_wrapper escapes the rule on its `assigned` and
    // `updated` arguments (adversary round 7: `uw = functools.update_wrapper`).
    "update_wrapper",
    "wraps",
];

/// Builtins that may not be referred to by name at all (docs/policy.md, forbidden-call).
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
    // SECURITY: what a `class` statement calls: named, it makes a class from any function
    // (a library one, whose frame's namespace then becomes the program's class dictionary)
    // with any metaclass (adversary round 20 ran base64.main as a class body).
    (
        "__build_class__",
        "makes a class out of any function, the library's included",
    ),
];

/// Attribute names that reach a capability module through another module's namespace, with
/// or without leading underscores (docs/policy.md, module-attribute).
pub const DEFAULT_FORBIDDEN_ATTRIBUTES: &[(&str, &str)] = &[
    ("os", "random._os, posixpath.os"),
    ("sys", "typing.sys and most modules"),
    ("subprocess", "re-exported by some modules"),
    ("socket", "re-exported by some modules"),
    ("ctypes", "re-exported by some modules"),
    ("importlib", "re-exported by some modules"),
    ("posix", "os.posix"),
    ("builtins", "the unrestricted builtins module"),
    ("bltns", "enum.bltns: enum's alias of the builtins module"),
    (
        "inspect",
        "dataclasses.inspect: frames, getmembers (getattr of everything)",
    ),
    ("gc", "every live object"),
    ("marshal", "loads code objects"),
    ("pickle", "unpickling calls arbitrary callables"),
    ("copyreg", "pickling hooks"),
    ("linecache", "reads any file through its loader hooks"),
    ("tokenize", "opens files by name"),
    (
        "threading",
        "threads that outlive a refusal; settrace for all threads",
    ),
    ("thread", "_thread, the C layer under threading"),
    ("weakref", "finalizers called at arbitrary times"),
    ("imp", "_imp, the C layer under importlib"),
    ("runpy", "runs modules as code"),
    ("pkgutil", "imports modules by name"),
    ("tempfile", "creates files and directories"),
    ("shutil", "copies, moves and deletes files"),
    ("frozen_importlib", "importlib's bootstrap"),
    ("frozen_importlib_external", "importlib's bootstrap"),
    ("bootstrap", "importlib._bootstrap"),
    ("bootstrap_external", "importlib._bootstrap_external"),
    ("sysconfig", "the interpreter's build and paths"),
    ("pty", "spawns processes with a terminal"),
    ("mmap", "maps memory"),
    ("fcntl", "file and device control"),
    ("resource", "changes process limits"),
    ("multiprocessing", "spawns processes"),
    // The routes from an allowed module, by plain attributes, to a module off the list, found
    // by walking every allowed module's namespace in the runtime image (docs/policy.md).
    (
        "unix_events",
        "asyncio.unix_events: signal, selectors, subprocess, os",
    ),
    (
        "base_tasks",
        "asyncio.tasks.base_tasks: task stacks, frames (adversary round 8)",
    ),
    ("base_futures", "asyncio.futures.base_futures, off the allow-list"),
    (
        "coroutines",
        "asyncio.tasks.coroutines: coroutine frames and code",
    ),
    ("mixins", "asyncio.locks.mixins, off the allow-list"),
    ("staggered", "asyncio.staggered: sockets"),
    ("selector_events", "asyncio.selector_events: socket, ssl"),
    (
        "base_events",
        "asyncio.base_events: socket, subprocess, traceback",
    ),
    ("base_subprocess", "asyncio.base_subprocess: subprocess"),
    ("sslproto", "asyncio.sslproto: ssl"),
    ("streams", "asyncio.streams: network connections"),
    ("runners", "asyncio.runners: signal handlers"),
    (
        "format_helpers",
        "asyncio.format_helpers: traceback, whose walk_stack gives frames",
    ),
    ("trsock", "asyncio.trsock: socket wrappers"),
    ("selectors", "select, polling of any descriptor"),
    ("ssl", "TLS sockets"),
    (
        "traceback",
        "walk_stack and extract_stack give the frames of every caller",
    ),
    (
        "logging",
        "handlers that open files and sockets; logging.config runs code",
    ),
    (
        "atexit",
        "callbacks run after the program, when the launcher reports",
    ),
    ("concurrent", "concurrent.futures: thread and process pools"),
    (
        "types",
        "typing.types: FunctionType and CodeType build code from parts",
    ),
    ("locale", "calendar._locale: the process's locale"),
    ("codecs", "json.codecs: codec registry and file openers"),
    (
        "warnings",
        "typing.warnings: showwarning hooks and filters of the interpreter",
    ),
    ("contextvars", "asyncio's context variables of the launcher"),
];

/// Interpreter internals used to climb out of a restricted namespace (docs/policy.md,
/// dunder-access). Not configurable.
pub(super) const DUNDER_ATTRIBUTES: &[(&str, &str)] = &[
    ("__class__", "from any object to its type"),
    (
        "__slotnames__",
        "the names copy's C code reads from an object by getattr, past every guard (round 26)",
    ),
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
    (
        "tb_next",
        "the next traceback entry: walks into the launcher's own entries (round 24)",
    ),
    ("f_code", "a frame's code"),
    (
        "gi_code",
        "a generator's code object, which FunctionType runs with other globals",
    ),
    ("cr_code", "a coroutine's code object"),
    ("ag_code", "an async generator's code object"),
    (
        "__defaults__",
        "a function's default values, which library functions run with",
    ),
    ("__kwdefaults__", "a function's keyword defaults, as __defaults__"),
    ("__traceback__", "an exception's traceback, up to tb_frame"),
    (
        "__wrapped__",
        "from a library wrapper to the library function it wraps",
    ),
    ("__objclass__", "from a slot wrapper to its class"),
    (
        "__annotations__",
        "dataclasses and NamedTuple paste its keys into generated code",
    ),
    (
        "__match_args__",
        "names the attributes a class pattern reads, in C",
    ),
    ("__instancecheck__", "decides what a class pattern matches"),
    (
        "__subclasshook__",
        "decides what an ABC's isinstance answers, class patterns included",
    ),
    ("__subclasscheck__", "decides what issubclass answers the library"),
    (
        "__class_getitem__",
        "a hook the library calls with the program's arguments",
    ),
    (
        "__set_name__",
        "a hook the library calls with the program's arguments",
    ),
    ("cell_contents", "a closure cell's value, writable"),
    (
        "__get__",
        "binds a descriptor taken from a type's namespace to any object (__globals__ of a function)",
    ),
    ("__set__", "sets through a descriptor (cell_contents of any cell)"),
    (
        "__getstate__",
        "object.__getstate__(module) is the module's namespace (Python 3.11, round 8)",
    ),
    (
        "__setstate__",
        "replaces an object's state, its namespace included",
    ),
    (
        "__dataclass_fields__",
        "dataclasses' record of a class's fields, whose names its generated code reads",
    ),
    ("__delete__", "deletes through a descriptor"),
    (
        "__getattr__",
        "attribute access by computed name, as __getattribute__",
    ),
    (
        "__forward_code__",
        "the code object typing compiled from a ForwardRef's string",
    ),
    (
        "__prepare__",
        "a metaclass hook that chooses, and can rename, what a class body defines",
    ),
];

/// The private names under which the allowed modules hold modules (found by walking their
/// namespaces in the runtime image): refused as attributes even where the program defines a
/// private attribute of the same name (private-attribute).
pub(super) const MODULE_PRIVATE_NAMES: &[(&str, &str)] = &[
    ("_casefix", "re._casefix"),
    ("_collections", "collections._collections, the C layer"),
    ("_collections_abc", "typing._collections_abc"),
    ("_compiler", "re._compiler, and through it _sre"),
    ("_constants", "re._constants"),
    ("_dataclasses", "copy and dataclasses internals"),
    ("_hashlib", "hashlib._hashlib, OpenSSL"),
    ("_hashopenssl", "hmac._hashopenssl"),
    ("_io", "io._io, the C layer of files"),
    ("_locale", "calendar._locale"),
    ("_os", "random._os"),
    ("_parser", "re._parser"),
    ("_random", "random._random"),
    ("_re", "string._re and others"),
    ("_string", "string._string"),
    ("_sys", "pprint._sys, collections._sys"),
    ("_thread", "dataclasses._thread, functools' locks"),
    ("_types", "enum._types"),
    ("_warnings", "typing._warnings"),
];

/// Names whose mere load reaches interpreter internals (docs/policy.md, dunder-access).
pub(super) const DUNDER_NAMES: &[(&str, &str)] = &[
    ("__builtins__", "the unrestricted builtins"),
    (
        "__class__",
        "the cell zero-argument super() reads: rebound, super() binds to any class (round 9)",
    ),
    (
        "__annotations__",
        "a class body's annotations, whose keys dataclasses pastes into code",
    ),
    ("__loader__", "the main module's loader"),
    ("__spec__", "the main module's import spec"),
    (
        "__slotnames__",
        "the names copy's C code reads from an object by getattr, past every guard (round 26)",
    ),
];

/// Private names of the allowed modules and of their classes (generated from the runtime image
/// by `runtime/list-private-names.py`: those whose value is a function, a class, a module or any
/// object other than plain data), refused as attributes even where the program defines a
/// private attribute of the same name (private-attribute). SECURITY: `class Own: _create_fn =
/// None` made `dataclasses._create_fn` the program's own — a function that execs what it is
/// given; the library's private names are its doors whoever names them.
pub(super) static STDLIB_PRIVATE_NAMES: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("stdlib-private-names.txt")
            .lines()
            .filter_map(|line| line.split('\t').next())
            .filter(|name| name.starts_with('_') && !STDLIB_PRIVATE_ORDINARY.contains(name))
            .chain(STDLIB_PRIVATE_DATA_DOORS.iter().copied())
            .collect()
    });

/// Private names of the library whose class-level value is plain data, but what the library
/// does with it is a door: contextlib's redirect_stdout writes `setattr(sys, self._stream, …)`.
pub(super) const STDLIB_PRIVATE_DATA_DOORS: &[&str] = &["_stream"];

/// Private names of the library that are also what ordinary classes call their own members
/// (`self._cache`, `def _get(self)`), and whose library values open no door (a lock, a dict of
/// compiled patterns, a queue's own get/put, arithmetic helpers): not refused when the program
/// defines them.
pub(super) const STDLIB_PRIVATE_ORDINARY: &[&str] = &[
    "_add",
    "_apply",
    "_cache",
    "_call",
    "_clear",
    "_close",
    "_count",
    "_counter",
    "_create",
    "_current",
    "_delete",
    "_dispatch",
    "_div",
    "_eq",
    "_format",
    "_get",
    "_handlers",
    "_hash",
    "_index",
    "_init",
    "_load",
    "_lock",
    "_log",
    "_mod",
    "_mul",
    "_new",
    "_open",
    "_parse",
    "_put",
    "_release",
    "_repr",
    "_run",
    "_setup",
    "_split",
    "_start",
    "_sub",
    "_sum",
    "_test",
    "_time",
    "_validate",
    "_wait",
];

/// Functions whose keyword (or positional, from the index) arguments name attributes the
/// library then reads and writes with its own getattr/setattr (dynamic-attribute).
/// SECURITY: `update_wrapper(w, type(f), assigned=('__di' + 'ct__',))` handed a type's
/// namespace, and its descriptors, to the program's wrapper.
pub(super) const ATTRIBUTE_NAMING_ARGUMENTS: &[(&str, usize, &[&str], &str)] = &[
    (
        "update_wrapper",
        2,
        &["assigned", "updated"],
        "copies the attributes it is told to",
    ),
    (
        "wraps",
        1,
        &["assigned", "updated"],
        "copies the attributes it is told to",
    ),
];

/// Which argument of a dynamic-attribute function names the attribute.
#[derive(Debug, Clone, Copy)]
pub(super) enum NameArg {
    /// The positional argument at this index.
    Positional(usize),
    /// Every positional argument, each a dotted path (`operator.attrgetter("a.b")`).
    EveryDotted,
}

/// Functions that reach an attribute by a name computed at run time (docs/policy.md,
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
