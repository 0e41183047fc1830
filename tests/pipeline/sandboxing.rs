//! What an ordinary (validator-approved) program finds inside its container.

use crate::support::{executor, spawn_app, stdout, unchecked};
use sandbox::job::Outcome;

#[tokio::test]
async fn the_program_runs_as_an_unprivileged_user() {
    // The container's view, read from /proc: the run-time wall refuses /proc, so it is off.
    let app = spawn_app(&[("CODE_POLICY", "off")]).await;
    let code = "for line in open('/proc/self/status'):\n    if line.startswith(('Uid:', 'Gid:', 'CapEff:', 'NoNewPrivs:')):\n        print(line.split()[0], line.split()[1])";
    let job = app.run(code, "").await;
    let out = stdout(&job);
    // A uid of its own from JOB_UIDS (never root), the group of the same number.
    let uid = out
        .strip_prefix("Uid: ")
        .and_then(|rest| rest.split_once('\n'))
        .map(|(uid, _)| uid.to_string())
        .unwrap_or_else(|| panic!("{job}"));
    let n: u32 = uid.parse().unwrap();
    assert!(sandbox::config::DEFAULT_JOB_UIDS.contains(&n), "{job}");
    assert_eq!(
        out,
        format!("Uid: {uid}\nGid: {uid}\nCapEff: 0000000000000000\nNoNewPrivs: 1\n"),
        "{job}"
    );
}

#[tokio::test]
async fn the_filesystem_is_read_only_including_the_programs_own_source() {
    let app = spawn_app(&[]).await;
    // The program's source is never on disk (`main.py` in its working directory, /tmp, would
    // be a scratch file of that name): what it could rewrite is the image, and it cannot.
    let code = r#"
for path in ['/evil', '/sandbox/main.py', '/opt/sandbox/launcher.py', '/etc/passwd']:
    try:
        with open(path, 'w') as f:
            f.write('pwned')
        print(path, 'WRITTEN')
    except OSError as e:
        print(path, type(e).__name__)
with open('/tmp/scratch', 'w') as f:
    f.write('ok')
print('tmp', open('/tmp/scratch').read())
"#;
    let job = app.run(code, "").await;
    let out = stdout(&job);
    assert!(!out.contains("WRITTEN"), "{out}");
    assert_eq!(out.lines().count(), 5, "{job}");
    assert!(
        out.ends_with("tmp ok\n"),
        "a small scratch /tmp is writable: {out}"
    );
}

/// The run-time wall on its own: each program passes the static check, and the launcher's
/// audit hook refuses what it reaches for, with a PermissionError naming the policy; the job
/// completes as a `runtime_error` with the traceback on stderr.
#[tokio::test]
async fn the_run_time_wall_refuses_what_the_static_check_cannot_see() {
    let app = spawn_app(&[("RATE_LIMIT", "0")]).await;
    for code in [
        "print(open('/proc/self/maps').read())",
        "open('/proc/self/mem', 'r+b')",
        "open('/tmp/../proc/self/environ').read()",
        "open('/sys/kernel/hostname').read()",
        // The working directory is /tmp, writable: a relative path leaving it is not.
        "open('../etc/result.txt', 'w').write('x')",
        "open('/dev/shm/x', 'w')",
        "import io\nio.FileIO('/proc/self/status').read()",
    ] {
        let job = app.run(code, "").await;
        assert_eq!(job["result"]["outcome"], "runtime_error", "{code}: {job}");
        let stderr = job["result"]["stderr"].as_str().unwrap();
        assert!(
            stderr.contains("PermissionError: sandbox policy: "),
            "{code}: {stderr}"
        );
    }
}

/// The library's classes are sealed in C before the program runs (the interpreter audits no
/// write to a class's ordinary attribute): each program passes the static check and writes,
/// or deletes, an attribute of a class of the library or of the launcher; the interpreter
/// refuses it whatever route the write takes. The program's own classes, its subclasses of
/// the library's included, stay writable.
#[tokio::test]
async fn the_library_classes_are_sealed_but_the_programs_are_not() {
    let app = spawn_app(&[("RATE_LIMIT", "0")]).await;
    for code in [
        "import json\nt = type(json.JSONDecoder())\nt.decode = print",
        "import fractions\nt = type(fractions.Fraction(1))\ndel t.limit_denominator",
        "import collections\nt = type(collections.Counter())\nt.most_common = len",
        "import json\nt = type(json)\nt.modules = property(print)",
    ] {
        let job = app.run(code, "").await;
        assert_eq!(job["result"]["outcome"], "runtime_error", "{code}: {job}");
        let stderr = job["result"]["stderr"].as_str().unwrap();
        // The modules' class refuses in its metaclass first; `type.__setattr__` would meet
        // the seal.
        assert!(
            (stderr.contains("TypeError: cannot ") && stderr.contains("immutable type"))
                || stderr.contains("PermissionError: sandbox policy: writing the attribute modules"),
            "{code}: {stderr}"
        );
    }
    let code = "import collections, json\n\
                class C(collections.Counter):\n    pass\n\
                C.most_common = lambda self: len(self)\nprint(C('aab').most_common())\n\
                class D(json.JSONDecoder):\n    pass\n\
                D.extra = 1\nprint(D.extra)";
    let job = app.run(code, "").await;
    assert_eq!(stdout(&job), "2\n1\n", "{job}");
}

/// The run-time wall alone (the static check skipped, the launcher's policy strict): no
/// metaclass of the program's (one decides what isinstance answers and what a class pattern
/// reads), class patterns judged at run time by the names they will read, and a private member
/// inherited from the library is not the program's — adversary round 19's three routes — and
/// round 20's (a frozen dataclass's raw __init__ before it was guarded, update_wrapper's keys,
/// `__build_class__` named) and round 21's (UserDict's copy, update_wrapper on a class, a
/// metaclass that is not one, global_enum). What a program may do with the same tools keeps
/// working.
#[tokio::test]
async fn metaclasses_class_patterns_and_inherited_private_members_are_judged_at_run_time() {
    let (executor, _owner) = executor(&[("CODE_POLICY", "strict"), ("WARM_POOL_SIZE", "0")]).await;
    let run = |code: &'static str| {
        let executor = &executor;
        async move { executor.run_labelled("wall", &unchecked(code), "").await.unwrap() }
    };
    for (code, says) in [
        // `type(int)` is the real type, and ABCMeta a metaclass: neither may be subclassed.
        (
            "mk = type(int)\nM = mk('M', (mk,), {})",
            "TypeError: type 'type' is not an acceptable base type",
        ),
        (
            "import abc\nclass M(abc.ABCMeta):\n    pass",
            "TypeError: type 'ABCMeta' is not an acceptable base type",
        ),
        // An ABC whose hook vouches for anything and whose __match_args__ names __init__: the
        // pattern is refused before it reads it (round 19 read the launcher's attrgetter's
        // __init__.__globals__ this way).
        (
            "import operator, abc\n\
             class X(abc.ABC):\n    __match_args__ = ('__init__',)\n\
             \x20   @classmethod\n    def __subclasshook__(cls, c):\n        return True\n\
             match type(operator.attrgetter('real')):\n    case X(v):\n        print(v)",
            "PermissionError: sandbox policy: a class pattern reading the attribute __init__",
        ),
        // A keyword subpattern is judged the same way.
        (
            "def f():\n    pass\nmatch f:\n    case object(__globals__=g):\n        print(g)",
            "PermissionError: sandbox policy: a class pattern reading the attribute __globals__",
        ),
        // The frozen dataclass's __init__ on a module, with a metaclass's __subclasscheck__:
        // there is no such metaclass any more; with issubclass's other door (an ABC's hook)
        // the guard reads the real MRO.
        (
            "import json, abc\nfrom dataclasses import dataclass\n\
             class B(abc.ABC):\n    @classmethod\n    def __subclasshook__(cls, c):\n        return True\n\
             @dataclass(frozen=True)\nclass D(B):\n    dumps: object\n\
             D.__init__(json, print)",
            "PermissionError: sandbox policy: a dataclass's __init__ on an object that is not of its class",
        ),
        // EnumType._convert_ on a subclass of the program's, by a computed name.
        (
            "import enum, operator\nclass E(enum.Enum):\n    A = 1\n\
             print(operator.attrgetter('_conv' + 'ert_')(E))",
            "PermissionError: sandbox policy: reading the attribute _convert_",
        ),
        // Round 20: the raw frozen __init__ taken while dataclasses still processed the class
        // (a `__doc__` that is a class property), then called on a module.
        (
            "import json\nfrom dataclasses import dataclass\ngrab = []\n\
             @dataclass(frozen=True)\nclass D:\n    dumps: object\n\
             \x20   __doc__ = classmethod(property(lambda c: grab.append(c.__init__) or 'D'))\n\
             grab[0](json, print)",
            "PermissionError: sandbox policy: a dataclass's __init__ on an object that is not of its class",
        ),
        // The function behind class statements, named, on a library function.
        (
            "import base64\n__build_class__(base64.main, 'X')",
            "PermissionError: sandbox policy: making a class out of anything but a class statement's body",
        ),
        // Round 21: UserDict's __copy__ updating the __dict__ of what the class's __new__
        // made (a module), update_wrapper rewriting a class's __module__, a metaclass that is
        // not a class's class, global_enum into the program's namespace.
        (
            "import collections, copy, json\nclass U(collections.UserDict):\n\
             \x20   def __new__(cls):\n        return json\n\
             u = object.__new__(U)\nu.data = {}\ncopy.copy(u)",
            "PermissionError: sandbox policy: copying an object whose class makes something else",
        ),
        (
            "import functools\nclass A:\n    pass\nfunctools.update_wrapper(A, len)",
            "PermissionError: sandbox policy: update_wrapper on a class",
        ),
        (
            "class K(metaclass=print):\n    pass",
            "PermissionError: sandbox policy: a metaclass that is not a class's class",
        ),
        (
            "import enum\nclass E(enum.Enum):\n    A = 1\nenum.global_enum(E)",
            "PermissionError: sandbox policy: enum.global_enum",
        ),
        // Round 22: a Field of the program's answering its name differently at each read,
        // and dataclass() in a match subject rewriting a judged class's __match_args__.
        (
            "import dataclasses\nclass F(dataclasses.Field):\n    pass",
            "TypeError: type 'Field' is not an acceptable base type",
        ),
        (
            "from dataclasses import dataclass\nclass K:\n    x: int\n\
             match 1:\n    case K(v):\n        pass\n\
             dataclass(K)",
            "PermissionError: sandbox policy: a dataclass's __match_args__ on a class a class pattern already judged",
        ),
        // Round 22's review: Enum's functional API defining a hook by a computed name, a
        // reduce hook of a class stating a library's module, update_wrapper merging into a
        // `__dict__` a property answers.
        (
            "import enum\nE = enum.Enum('E', [('__red' + 'uce_ex__', print)])",
            "PermissionError: sandbox policy: the enum member name __reduce_ex__",
        ),
        (
            "import copy, dataclasses\n\
             H = type('H', (), {'__module__': 'json',\n\
             \x20   '__reduce_ex__': lambda s, p: (lambda: dataclasses.MISSING, (), {'x': 1})})\n\
             copy.copy(H())",
            "PermissionError: sandbox policy: copying into an object that is not the program's",
        ),
        (
            "import functools\nclass W:\n    __dict__ = property(lambda self: {})\n\
             functools.update_wrapper(W(), len)",
            "PermissionError: sandbox policy: update_wrapper on an object with no instance dictionary",
        ),
        // Round 23: CPython's array converts a stored value after its bounds check (the
        // program's __index__ shrank the array and the store landed past it), buffered
        // streams hand their buffer to a raw object's readinto, RawIOBase.read trusts the
        // count readinto returns, a dataclass's generated __eq__ read any attribute of a
        // module, and dataclasses' hash table took a function of the program's.
        (
            "import array\na = array.array('q', [0] * 8)\n\
             class I:\n    def __index__(self):\n        del a[1:]\n        return 7\n\
             a[5] = I()",
            "IndexError: array assignment index out of range",
        ),
        (
            "import io\nclass Raw:\n    def readable(self):\n        return True\n\
             \x20   def readinto(self, b):\n        return 0\nio.BufferedReader(Raw())",
            "PermissionError: sandbox policy: a buffered stream over a raw object of the program's",
        ),
        (
            "import io\nclass R(io.RawIOBase):\n    pass",
            "TypeError: type 'RawIOBase' is not an acceptable base type",
        ),
        (
            "import json, dataclasses\n@dataclasses.dataclass\nclass D:\n    _default_decoder: int\n\
             D.__eq__(json, D(1))",
            "PermissionError: sandbox policy: a dataclass's __eq__ on an object that is not of its class",
        ),
        (
            "import dataclasses\ndataclasses._hash_action[(False, False, False, False)] = print",
            "TypeError: 'mappingproxy' object does not support item assignment",
        ),
        // Round 24: a super object stands for a module (its __dict__ is the module's), and a
        // library object's own namespace holds the reduce hook copy calls.
        (
            "class S(super):\n    pass",
            "TypeError: type 'super' is not an acceptable base type",
        ),
        (
            "import copy, json, time\nNS = type(time.get_clock_info('time'))\n\
             x = NS(**{'__reduce' + '_ex__': lambda p: (super, (type(json), json), {'loads': 1})})\n\
             copy.copy(x)",
            "PermissionError: sandbox policy: copying into",
        ),
        // Round 25: typing.get_type_hints reads `__globals__` by a literal name of whatever
        // `__wrapped__` leads to; a launcher's bound method handed the policy's globals to a
        // ForwardRef of the program's.
        // (The library gets an empty namespace: `g['os']` is a KeyError.) The ForwardRef is
        // one by its `__class__` (round 26 closed subclassing it: `_root=True`, below).
        (
            "import typing, abc\nclass F:\n    @property\n    def __class__(self):\n\
             \x20       return typing.ForwardRef\n\
             \x20   def _evaluate(self, g, l, r):\n        print(g['os'])\n        return int\n\
             def g(x):\n    pass\ng.__wrapped__ = abc.ABC.register\n\
             g.__annotations__ = {'x': F()}\ntyping.get_type_hints(g)",
            "KeyError: 'os'",
        ),
        // Round 26: a class statement's private keyword goes to the library's metaclass or
        // `__init_subclass__` (`_simple=True` skipped enum's checks; `_root=True` subclasses
        // typing's special classes).
        (
            "import typing\nclass F(typing.ForwardRef, _root=True):\n    pass",
            "PermissionError: sandbox policy: a class statement's private keyword",
        ),
        // Round 26: copy's C code reads every name of `__slotnames__` from the object, and a
        // slot with a dunder name shadows the interpreter's own method.
        (
            "class T:\n    __slotnames__ = ['x']",
            "PermissionError: sandbox policy: a class that names its own __slotnames__",
        ),
        (
            "class T:\n    __slots__ = ('__red' + 'uce__',)",
            "PermissionError: sandbox policy: a slot named __reduce__",
        ),
        // Round 26: deepcopy kept the originals (a library object's real instance
        // dictionary among them) in the program's memo; now in a closure.
        (
            "import copy, contextlib, io\nm = {}\n\
             copy.deepcopy(contextlib.redirect_stdout(io.StringIO()), m)\nlist(m[id(m)])",
            "TypeError: 'function' object is not iterable",
        ),
        // Round 27: copy's C code reads a slot name by getattr, which found Task.get_stack
        // before the slot a second base declared; and a task's stack refuses itself.
        (
            "import asyncio, copy\nclass B:\n    __slots__ = ('get' + '_stack',)\n\
             class T(asyncio.Task, B):\n    def __setstate__(self, s):\n        print(s)\n\
             async def m():\n    copy.copy(asyncio.current_task())\n\
             asyncio.run(T(m()) if False else m())\nasync def n():\n    pass\n\
             async def k():\n    t = T(n())\n    copy.copy(t)\n    await t\nasyncio.run(k())",
            "PermissionError: sandbox policy: copying a slot state by names that are not the class's slots",
        ),
        (
            "import asyncio\nasync def m():\n    asyncio.current_task().get_stack()\nasyncio.run(m())",
            "PermissionError: sandbox policy: a task's stack (frames)",
        ),
        // Round 27: an alias of the program's own object as a base made its type the metaclass.
        (
            "import typing\nclass K:\n    pass\nclass X(type(typing.List[int])(K(), ())):\n    pass",
            "PermissionError: sandbox policy: a base that stands for something other than classes",
        ),
        // Round 27: update_wrapper merged a library object's private state into the wrapper.
        (
            "import functools, contextlib, io\nclass W:\n    def __init__(self):\n\
             \x20       self._new_target = self._old_targets = None\n\
             functools.update_wrapper(W(), contextlib.redirect_stdout(io.StringIO()))",
            "PermissionError: sandbox policy: reading the private attribute _new_target",
        ),
        // Round 26: types.GenericAlias forwards attribute reads to its origin, in C.
        (
            "class G(type(list[int])):\n    pass",
            "TypeError: type 'types.GenericAlias' is not an acceptable base type",
        ),
        // Round 26: the interpreter's importers make any built-in module, with no import event.
        (
            "import math\nL = math.__loader__\nL.create_module(type(math.__spec__)('posix', L))",
            "PermissionError: sandbox policy: loading a module once the program runs",
        ),
        // A name the sandbox keeps for its rewritten patterns.
        (
            "_sandbox_match_class = print",
            "PermissionError: sandbox policy: the name _sandbox_match_class (reserved by the sandbox)",
        ),
    ] {
        let result = run(code).await;
        assert_eq!(result.outcome, Outcome::RuntimeError, "{code}: {result:?}");
        assert!(result.stderr.contains(says), "{code}: {}", result.stderr);
    }
    // update_wrapper merging a namespace that a class property answers (round 20): what the
    // property answers is never read, only the real instance dictionary, which W has none of.
    let result = run(
        "import functools\nclass W:\n    __dict__ = property(lambda self: {'__prep' + 'are__': print})\n\
             def f():\n    pass\nfunctools.update_wrapper(f, W())\nprint(sorted(f.__dict__))",
    )
    .await;
    assert_eq!(result.stdout, "['__wrapped__']\n", "{result:?}");
    let code = "import abc, enum, operator\nfrom dataclasses import dataclass\n\
                class Shape(abc.ABC):\n    pass\n\
                @dataclass\nclass Circle(Shape):\n    r: int\n\
                class Q:\n    __match_args__ = ('_a', 'b')\n\
                \x20   def __init__(self):\n        self._a, self.b = 1, 2\n\
                class E(enum.Enum):\n    A = 1\n    def _own(self):\n        return 7\n\
                for s in [Circle(2), Q()]:\n    match s:\n\
                \x20       case Circle(r):\n            print('circle', r)\n\
                \x20       case Q(a, b):\n            print('q', a, b)\n\
                print(operator.attrgetter('_own')(E.A)(), list(enum.Enum('C', 'X Y')))\n\
                import collections, copy, functools\nfrom typing import NamedTuple, TypedDict\n\
                class N(NamedTuple):\n    a: int\nclass T(TypedDict):\n    b: int\n\
                class V(collections.UserDict):\n    pass\nv = V(k=1)\nv.note = 2\nw = copy.copy(v)\n\
                print(N(1), T(b=2), w, w.note, functools.wraps(len)(lambda x: 0).__name__)";
    let result = run(code).await;
    assert_eq!(
        result.stdout, "circle 2\nq 1 2\n7 [<C.X: 1>, <C.Y: 2>]\nN(a=1) {'b': 2} {'k': 1} 2 len\n",
        "{result:?}"
    );
}

/// Imports made inside allowed modules are theirs (queue imports threading, random imports
/// os), while the program's own are judged: the importing frame tells them apart.
#[tokio::test]
async fn allowed_modules_import_what_they_need_and_the_program_only_what_is_allowed() {
    let app = spawn_app(&[]).await;
    let code = "import queue, random, statistics, dataclasses, json, collections\n\
                @dataclasses.dataclass\nclass P:\n    x: int\n\
                q = queue.Queue()\nq.put(P(3))\n\
                print(q.get(), collections.namedtuple('N', 'a')(1), json.dumps({'k': 1}))\n\
                with open('/tmp/scratch', 'w') as f:\n    f.write('ok')\n\
                print(open('/tmp/scratch').read(), open('/dev/null').read() == '')\n";
    let job = app.run(code, "").await;
    assert_eq!(stdout(&job), "P(x=3) N(a=1) {\"k\": 1}\nok True\n", "{job}");
}

/// The kernel filter under the interpreter's layers: with modules allowed that reach what no
/// audit event covers (`_posixsubprocess.fork_exec`, `_thread`) and `os` itself, a process
/// and a thread are still refused, by the kernel (EPERM from clone).
#[tokio::test]
async fn the_kernel_filter_holds_where_the_audit_hook_sees_nothing() {
    let app = spawn_app(&[
        ("RATE_LIMIT", "0"),
        ("ALLOWED_MODULES", "_posixsubprocess,_thread,os,time"),
    ])
    .await;
    let code = r#"
import _posixsubprocess, _thread, os, time
try:
    r, w = os.pipe()
    _posixsubprocess.fork_exec([b"/usr/bin/python3", b"-c", b"1"], [b"/usr/bin/python3"], True,
        (w,), None, None, -1, -1, -1, w, -1, -1, r, w, True, False, -1, None, None, None, -1,
        None, False)
    print("process started")
except OSError as e:
    print("process", e.errno)
try:
    _thread.start_new_thread(print, ("thread started",))
    time.sleep(0.2)
except RuntimeError as e:
    print("thread", e)
"#;
    let job = app.run(code, "").await;
    let out = stdout(&job);
    assert!(
        out.contains("process 1\n"),
        "fork_exec must fail with EPERM: {job}"
    );
    assert!(out.contains("thread can't start new thread\n"), "{job}");
    assert!(!out.contains("started"), "{job}");
}

/// Adversary round 31b: a SystemExit whose `code` raises, an int subclass whose `__int__`
/// raises, an exception whose `__notes__` raises while it is printed — each got past the
/// launcher's own handling, so the launcher's end (its marker, os._exit) never ran: the
/// interpreter shut down normally, ran the program's finalisers after the real builtins came
/// back, and a copied `redirect_stdout` handed over the real sys. The end runs whatever the
/// program raised now: the run has its figures and its files, and no finaliser runs after it.
#[tokio::test]
async fn whatever_the_program_raises_the_launcher_ends_the_run() {
    let app = spawn_app(&[]).await;
    let finaliser = "class D:\n    def __del__(self):\n        print('finaliser ran after the program')\nkeep = D()\nopen('out/f.txt', 'w').write('data')\n";
    for raising in [
        "class Boom(BaseException):\n    pass\nclass X(SystemExit):\n    @property\n    def code(self):\n        raise Boom()\nraise X(3)\n",
        "class Boom(BaseException):\n    pass\nclass N(int):\n    def __int__(self):\n        raise Boom()\nraise SystemExit(N(7))\n",
        "class Boom(BaseException):\n    pass\nclass E(Exception):\n    @property\n    def __notes__(self):\n        raise Boom()\nraise E('x')\n",
    ] {
        let job = app.run(&format!("{finaliser}{raising}"), "").await;
        let result = &job["result"];
        assert!(
            !stdout(&job).contains("finaliser ran"),
            "no program code after the end: {job}"
        );
        assert!(result["cpu_ms"].is_u64(), "the launcher's end ran: {job}");
        assert_eq!(result["files"][0]["path"], "f.txt", "{job}");
        assert_ne!(result["exit_code"], 0, "{job}");
    }
}
