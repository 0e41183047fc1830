"""Receives one program over standard input and runs it as `python3 main.py` would.

Once its allowed modules are loaded and before it reads anything, the launcher writes READY
(`\\0sandbox-launcher-ready\\0`) to fd 2: the worker starts a job's clock only after it.

Protocol on fd 0: the program's length in bytes as ASCII decimal, a space, the run's nonce (32
lowercase hex digits, chosen by the worker), a newline, exactly that many bytes of UTF-8 source,
then the program's own standard input until EOF.

A batch of test cases (docs/architecture.md, "Test-case batches") has a header of four fields:
`<length> <nonce> <cases> <time_ms>\n`, the program, then for each case `<stdin length>\n`, that
many bytes of stdin, and the case's own nonce (32 hex digits) and a newline. The launcher (the
parent) never runs program code: for each case it forks a child, which installs the run-time
wall below exactly as a single run does and runs the program with that case's stdin; the parent
reads the case's nonce only after that fork (so no case process ever holds its own nonce), waits
up to `time_ms` (SIGKILL past it), kills every process the case left, empties /tmp and /dev/shm,
and writes the case's record: `\0<case nonce>\0` on fd 1 and `\0<case nonce>\0<figures>\n` on
fd 2 (the exit status, the kernel's rusage of the case's process, whether the container's
cgroup counted an OOM kill). After the last case it ends as a single run does (the end marker).
A case that cannot be cleaned up after ends the launcher: the cases left get no record, and the
worker fails them.

When the program has ended (returned, raised, or called sys.exit), the launcher flushes its
output, writes the end marker (a NUL, the nonce, a NUL) to fd 2 and waits, its process and so the
container still alive, for SIGUSR1 (at most RELEASE_WAIT seconds); then it exits with the
program's status at once (os._exit: no program code — atexit, finalizers — runs after the
marker). The worker reads the container's resource accounting (cgroup) in that pause: the
figures are the kernel's, and the container's cgroup still exists (docs/architecture.md).

The source is compiled from the decoded text (so a coding declaration changes nothing, exactly as
the validator read it) and never written to disk (so the program cannot rewrite its own source).
Tracebacks name `main.py` and show its lines, and the launcher's own frame is hidden.

The run-time wall (docs/policy.md): unless SANDBOX_CODE_POLICY is `off`, the launcher

- installs a kernel filter (seccomp, through ctypes, before the program exists) that refuses
  every new process and thread, exec of a file, device nodes, ptrace and the like, and makes the
  process non-dumpable, so /proc/self/mem and its siblings belong to root and cannot be opened;
- guards the interpreter's own `__import__`, `getattr`, `setattr`, `delattr` and `vars` (in the
  real builtins module, so code the standard library evaluates gets the guarded ones too);
- installs an audit hook (`sys.addaudithook`, which Python code cannot remove) that refuses
  process starts, native calls, sockets, loading and running code, frame introspection, tracing,
  opening /proc, /sys and most of /dev, and writing anywhere but /tmp.

What the standard library does for itself is told apart by the call site, not only by the
frame: an import is the library's own when a standard-library frame is executing an `import`
statement; a `getattr` or an `exec` when the library's source at that instruction is that very
call (`getattr(...)`, dataclasses' `exec(...)`). A program that makes the library call one of
these for it (a key function, a callback, a reduce hook) is judged as the program. It is a
second wall behind the static check, not the boundary: native code, once reached, is bound by
the kernel filter and the container, not by this.
"""

import abc
import ast
import builtins
import collections
import copy
import dataclasses
import dis
import enum
import functools
import gc
import io
import itertools
import keyword
import linecache
import operator
import os
import re
import signal
import sys
import time
import traceback
import types
import typing
import unicodedata
import warnings

FILENAME = "main.py"
MAX_HEADER = 160
# The most cases a batch header may announce (the api allows MAX_TESTS, 64 by default).
MAX_CASES = 4096
NONCE_DIGITS = 32
# How long the launcher waits, after its end marker, for the worker's SIGUSR1 (a worker that
# died meanwhile must not leave the container waiting for ever).
RELEASE_WAIT = 10
# SECURITY: accounting integrity — what the end of the run calls is taken now, before the
# program exists: a program that rewrote os or signal cannot change how the launcher ends.
BLOCK_SIGNALS, WAIT_SIGNAL, RELEASE_SIGNAL = signal.pthread_sigmask, signal.sigtimedwait, signal.SIGUSR1
RAW_WRITE, EXIT_NOW, SET_HANDLER = os.write, os._exit, signal.signal
GC_DISABLE = gc.disable
# An int's own value, whatever its class says (`int(x)` would call a subclass's __int__).
INT_VALUE = int.__int__
# What collect_out reads `out/` with, taken before any program exists: nothing the program
# rewrites (a module attribute) changes how the launcher reads the files it returns.
OPEN, CLOSE, READ, FSTAT, LISTDIR = os.open, os.close, os.read, os.fstat, os.listdir
S_ISREG, S_ISDIR = __import__("stat").S_ISREG, __import__("stat").S_ISDIR
# The program's working directory (the writable scratch space): its input files are placed
# there, and what it writes under OUT_DIR there comes back as `result.files`.
WORKDIR = "/tmp"
OUT_DIR = "out"
# Bounds of the walk of out/: entries looked at, directory depth, path length (bytes).
OUT_MAX_ENTRIES = 10000
OUT_MAX_DEPTH = 16
OUT_MAX_PATH = 1024
# What the launcher writes once it is ready for a program, and nothing before it (the
# worker's launcher module, READY).
READY = b"\0sandbox-launcher-ready\0"
# The most input files a header may announce (the api allows MAX_FILES, 16 by default).
MAX_INPUT_FILES = 4096
POLICY_NAME = "sandbox policy"
# The ctypes the kernel filter was installed with, until install_policy takes it.
FILTER_CTYPES = []
AF_UNIX = 1

# Audit events refused whoever raises them: nothing an allowed module does for a program
# needs them. SECURITY: process starts (a shell), native calls and memory (ctypes, mmap),
# sockets, unpickling arbitrary callables, changing limits, signalling other processes,
# changing the filesystem, replacing the open-code hook, reaching every live object, threads,
# making code and functions from parts, adding hooks, running other files.
ALWAYS_REFUSED = frozenset(
    """
    os.system os.exec os.posix_spawn os.spawn os.fork os.forkpty os.startfile os.kill
    os.killpg subprocess.Popen pty.spawn os.chmod os.chown os.chflags os.lchflags os.lchmod
    os.link os.mkdir os.remove os.rename os.rmdir os.symlink os.truncate os.utime os.setxattr
    os.removexattr os.putenv os.unsetenv os.chroot mmap.__new__ resource.setrlimit
    resource.prlimit pickle.find_class setopencodehook sys._current_frames
    sys._current_exceptions sys.settrace sys.setprofile gc.get_objects gc.get_referrers
    gc.get_referents fcntl.fcntl fcntl.ioctl fcntl.flock fcntl.lockf shutil.copyfile
    shutil.copymode shutil.copystat shutil.copytree shutil.rmtree shutil.move
    shutil.make_archive shutil.unpack_archive webbrowser.open
    _thread.start_new_thread sys.addaudithook
    cpython.run_command cpython.run_file cpython.run_module cpython.run_startup
    cpython.run_interactivehook cpython.PyInterpreterState_New
    """.split()
)
ALWAYS_REFUSED_PREFIXES = ("ctypes.", "socket.", "winreg.", "msvcrt.", "_winapi.", "sqlite3.")

# Files a program may open for reading although they are under /dev.
DEVICE_FILES = frozenset(
    ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom",
     "/dev/stdin", "/dev/stdout", "/dev/stderr"]
)
# SECURITY: /proc/self/mem is an arbitrary memory write (exec with no import); /proc and /sys
# also give process control and the host's details; /dev the devices.
UNREADABLE_TREES = ("/proc", "/sys", "/dev")
WRITABLE_TREE = "/tmp"

# Dunder attributes a program may read by a computed name (getattr): names of the data model
# and of a function or class, none of which leads to a namespace, a frame or code.
READABLE_DUNDERS = frozenset(
    """
    __name__ __qualname__ __doc__ __module__ __len__ __iter__ __next__ __call__ __enter__
    __exit__ __str__ __repr__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __bool__
    __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ __neg__ __pos__ __abs__
    __contains__ __getitem__ __setitem__ __delitem__ __init__ __post_init__ __slots__
    """.split()
)
# What the library's own getattr may not read by a name it was handed (update_wrapper's
# `assigned`): namespaces, code, frames and the ways to them. enum, typing and functools read
# other dunders by variable names themselves (`__reduce_ex__`, `__dict__`, `__module__`).
LIBRARY_REFUSED = frozenset(
    """
    __globals__ __builtins__ __code__ __closure__ __loader__ __spec__ __subclasses__ f_globals
    f_locals f_back f_builtins f_code gi_frame gi_code cr_frame cr_code ag_frame ag_code
    tb_frame tb_next cell_contents get_stack print_stack __self__ __func__ __wrapped__
    __mro__ __bases__ __base__ __forward_code__ __getattribute__ __getattr__ __get__ __set__
    __delete__ __objclass__ __defaults__ __kwdefaults__
    """.split()
)
# What the library's own getattr may not read by a name it was handed, beyond LIBRARY_REFUSED,
# although the library may write them: slots that write or read any object's namespace.
# SECURITY: dataclasses' `getattr(cls, field_name, MISSING)` for a field named by a computed
# `__getstate__` handed out object.__getstate__, which is a module's namespace in 3.11, and
# `__setattr__` object.__setattr__, which writes past GuardedModule (adversary round 10).
LIBRARY_UNREADABLE = LIBRARY_REFUSED | frozenset(
    "__getstate__ __setstate__ __setattr__ __delattr__".split()
)
# What the library's own setattr and delattr may not write by a name it was handed (copy's
# `setattr(y, key, value)` for a state the program's __reduce_ex__ made): a function's code,
# namespace and defaults, an object's class and namespace, a cell's contents.
# SECURITY: adversary round 6 installed a code object typing had compiled from its string as a
# function's __code__ through copy._reconstruct's own setattr.
LIBRARY_UNWRITABLE = LIBRARY_REFUSED | frozenset(
    "__class__ __dict__ __code__ __globals__ __closure__ __defaults__ __kwdefaults__".split()
)
# Function attributes whose writes raise `object.__setattr__`: only while an approved import
# runs (types.coroutine rewrites a code object's flags as asyncio is imported).
FUNCTION_INTERNALS = frozenset(["__code__"])
# Global names and dunder attributes the code that dataclasses and namedtuple generate uses.
# SECURITY: a field name is text pasted into that code (dataclasses does not check it is an
# identifier when it comes from __annotations__): code that reaches any other global or dunder
# was written by the program, not generated for it.
GENERATED_GLOBALS = frozenset(
    """
    __create_fn__ NotImplemented hash type super object tuple len id isinstance TypeError
    AttributeError ValueError _tuple_new
    """.split()
)
GENERATED_DUNDERS = frozenset(
    """
    __class__ __qualname__ __setattr__ __delattr__ __post_init__ __init__ __name__
    """.split()
)
GLOBAL_OPS = frozenset(
    """
    LOAD_GLOBAL LOAD_NAME STORE_GLOBAL DELETE_GLOBAL DELETE_NAME IMPORT_NAME IMPORT_FROM
    IMPORT_STAR LOAD_CLASSDEREF
    """.split()
)
ATTRIBUTE_OPS = frozenset("LOAD_ATTR STORE_ATTR DELETE_ATTR LOAD_METHOD".split())

# Syscalls the kernel filter refuses with EPERM, by architecture: (audit arch, numbers).
# SECURITY: new processes and threads (clone, fork, vfork, clone3: a shell through an
# unaudited fork_exec, or a thread racing the audit hook), running a file (execve), other
# processes' memory (ptrace, process_vm_*), device nodes and FIFOs (mknod), changing the
# process's own protections (prctl: dumpable, no_new_privs; seccomp), namespaces, personality
# flags, userfaultfd and io_uring (kernel surface a Python program has no use for).
KERNEL_FILTER = {
    "x86_64": (0xC000003E, [56, 57, 58, 59, 322, 435, 101, 310, 311, 133, 259, 157, 317,
                            272, 308, 135, 323, 425, 426, 427]),
    "aarch64": (0xC00000B7, [220, 435, 221, 281, 117, 270, 271, 33, 167, 277, 97, 268, 92,
                             282, 425, 426, 427]),
}


def read_header(fd):
    """The program's length, the run's nonce, for a batch (cases, time_ms), and the options:
    from `<length> <nonce>` or `<length> <nonce> <cases> <time_ms>`, then optionally
    ` files=<count>` (input files follow the program) and ` out=<files>,<bytes>` (what of out/
    comes back after the end marker, at most), and a newline. Returns (length, nonce, batch,
    options) with options a dict of `files` (int) and `out` ((files, bytes) or None)."""
    header = b""
    while not header.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte or len(header) > MAX_HEADER:
            raise ValueError("malformed header")
        header += byte
    fields = header[:-1].split(b" ")
    options = {"files": 0, "out": None}
    while fields and b"=" in fields[-1]:
        key, _, value = fields.pop().partition(b"=")
        if key == b"files" and value.isdigit() and int(value) <= MAX_INPUT_FILES:
            options["files"] = int(value)
        elif key == b"out" and value.count(b",") == 1 and all(v.isdigit() for v in value.split(b",")):
            options["out"] = tuple(int(v) for v in value.split(b","))
        else:
            raise ValueError("malformed header")
    if len(fields) not in (2, 4) or not all(f.isdigit() for f in fields[:1] + fields[2:]):
        raise ValueError("malformed header")
    nonce = fields[1]
    if len(nonce) != NONCE_DIGITS or nonce.strip(b"0123456789abcdef"):
        raise ValueError("malformed header")
    if len(fields) == 4:
        cases, time_ms = int(fields[2]), int(fields[3])
        if not 1 <= cases <= MAX_CASES or time_ms < 1:
            raise ValueError("malformed header")
        return int(fields[0]), nonce, (cases, time_ms), options
    return int(fields[0]), nonce, None, options


def input_path(raw):
    """An input file's path, checked as the api checked it: relative, each component a plain
    name (not empty, `.` or `..`), no NUL, backslash or control character."""
    try:
        path = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("an input file's path is not UTF-8") from None
    parts = path.split("/")
    if (not path or len(raw) > 255 or path.startswith("/") or path == OUT_DIR
            or any(part in ("", ".", "..") for part in parts)
            or any(c == "\\" or ord(c) < 32 or ord(c) == 127 for c in path)):
        raise ValueError(f"an input file's path is refused: {path!r}")
    return path


def read_files(fd, count):
    """The input files that follow the program: `<path length> <size>\\n<path><bytes>` each."""
    files = []
    for _ in range(count):
        line = b""
        while not line.endswith(b"\n"):
            byte = os.read(fd, 1)
            if not byte or len(line) > 40:
                raise ValueError("malformed input file frame")
            line += byte
        fields = line[:-1].split(b" ")
        if len(fields) != 2 or not all(f.isdigit() for f in fields):
            raise ValueError("malformed input file frame")
        path = input_path(read_exact(fd, int(fields[0])) if int(fields[0]) else b"")
        files.append((path, read_exact(fd, int(fields[1])) if int(fields[1]) else b""))
    return files


def place_files(files):
    """Writes the input files into WORKDIR, makes OUT_DIR there, and makes WORKDIR the working
    directory: the program finds its files where `open("data.csv")` looks, and writes what
    should come back under `out/`. Done by the launcher before the program exists (and in a
    batch's parent before each case, as the case's trees are emptied after it)."""
    for path, content in files:
        directory, _, _ = path.rpartition("/")
        if directory:
            os.makedirs(os.path.join(WORKDIR, directory), exist_ok=True)
        # SECURITY: a new file, never through a link (nothing is in WORKDIR yet but the files
        # placed before it, which the api keeps apart: no path is another's directory).
        fd = os.open(os.path.join(WORKDIR, path),
                     os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        try:
            write_all(fd, content)
        finally:
            os.close(fd)
    os.makedirs(os.path.join(WORKDIR, OUT_DIR), exist_ok=True)
    os.chdir(WORKDIR)


def collect_out(max_files, max_bytes):
    """The regular files under WORKDIR/OUT_DIR, sorted by path, within the caps: a list of
    (path bytes, content), and whether more was there than returned.

    SECURITY: reading the program's files must not read anything else. Every entry is opened
    with O_NOFOLLOW (a symlink fails to open and is skipped) and O_NONBLOCK (a FIFO opens at
    once, and then is no regular file: skipped, never read); a directory is listed through the
    descriptor just opened and checked; only what fstat says is a regular file is read, and no
    more of it than the bytes left under the cap. The walk is bounded in entries, depth and
    path length. It runs after the program ended, in this process, from functions taken before
    the program existed; in a single run under the policy no other process of the program is
    left to swap a directory for a link meanwhile (the kernel filter refuses new processes).
    Paths are absolute: the audit hook, still on, judges a relative open by a descriptor as the
    program's. And whatever it reads, it reads inside the container, as the job's own uid:
    nothing outside the container is within its reach (docs/api.md, "Files")."""
    found, truncated, left = [], False, max_bytes
    entries = [0]
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY

    base = os.fsencode(os.path.join(WORKDIR, OUT_DIR)) + b"/"

    def walk(directory, prefix, depth):
        nonlocal truncated, left
        try:
            names = sorted(LISTDIR(directory))
        except OSError:
            return
        for name in names:
            entries[0] += 1
            path = prefix + os.fsencode(name)
            if entries[0] > OUT_MAX_ENTRIES or len(path) > OUT_MAX_PATH:
                truncated = True
                return
            try:
                fd = OPEN(base + path, flags)
            except OSError:
                continue  # a symlink, a socket, gone: nothing to return
            try:
                info = FSTAT(fd)
                if S_ISDIR(info.st_mode):
                    if depth >= OUT_MAX_DEPTH:
                        truncated = True
                    else:
                        walk(fd, path + b"/", depth + 1)
                    continue
                if not S_ISREG(info.st_mode):
                    continue
                if len(found) >= max_files or info.st_size > left:
                    truncated = True
                    continue
                chunks, size = [], 0
                while size <= left:
                    chunk = READ(fd, min(1 << 16, left + 1 - size))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                if size > left:
                    truncated = True  # it grew past what is left
                    continue
                left -= size
                found.append((path, b"".join(chunks)))
            finally:
                CLOSE(fd)

    try:
        root = OPEN(os.path.join(WORKDIR, OUT_DIR), flags | os.O_DIRECTORY)
    except OSError:
        return [], False
    try:
        walk(root, b"", 1)
    finally:
        CLOSE(root)
    found.sort()
    return found, truncated


def write_out(caps):
    """Writes collect_out's files to fd 2, after the end marker (see the worker's artifacts
    module): `F <count> <truncated>\\n`, then `<path length> <size>\\n<path><bytes>` each."""
    try:
        found, truncated = collect_out(*caps)
    except BaseException:  # noqa: B036 - the run's end must not fail on its files
        found, truncated = [], True
    write_all(2, b"F %d %d\n" % (len(found), int(truncated)))
    for path, content in found:
        write_all(2, b"%d %d\n" % (len(path), len(content)) + path)
        write_all(2, content)


def read_exact(fd, length):
    chunks = []
    while length:
        chunk = os.read(fd, min(length, 1 << 16))
        if not chunk:
            raise ValueError("input ended inside the program text")
        chunks.append(chunk)
        length -= len(chunk)
    return b"".join(chunks)


def full_writer(fd):
    """An unbuffered writer to `fd` that never loses the tail of a write.

    `python3 -u` writes through a raw FileIO, and a single os.write may write only part of a
    large buffer (a signal, gVisor's pipes); TextIOWrapper then drops the rest silently. This
    writer loops until every byte is written, and stays unbuffered, so output written before a
    kill is still not lost.

    SECURITY: the descriptor is this closure's, never an attribute. The program reaches the
    writer (redirect_stdout's `_old_targets` holds the real sys.stdout, whose `.buffer` it is)
    and its class's methods run the launcher's real `os`: with the descriptor in `self._fd`,
    `type(w).write(obj, data)` on an object of the program's wrote to any open descriptor
    (adversary round 15), and `type(w).__init__(w, 5)` would have re-pointed the real one. A
    method borrowed, or called on anything, writes to `fd` and nothing else.
    """

    class FullWriter(io.RawIOBase):
        # SECURITY: the launcher runs as `__main__`, the program's module name: its classes
        # would pass for the program's own (the policy's `owned`) without a module of their own.
        __module__ = "sandbox.launcher"

        def writable(self):
            return True

        def fileno(self):
            return fd

        def write(self, data):
            view = memoryview(data).cast("B")
            written = 0
            while written < len(view):
                written += os.write(fd, view[written:])
            return written

    return FullWriter()


def reopen_output():
    sys.stdout = io.TextIOWrapper(
        full_writer(1), encoding="utf-8", errors="strict", write_through=True
    )
    sys.stderr = io.TextIOWrapper(
        full_writer(2), encoding="utf-8", errors="backslashreplace", write_through=True
    )
    sys.__stdout__, sys.__stderr__ = sys.stdout, sys.stderr


def refuse(what):
    raise PermissionError(f"{POLICY_NAME}: {what} is not allowed")


def prepare_kernel_filter():
    """The seccomp program of KERNEL_FILTER and libc's prctl, ready for
    [install_kernel_filter] (built ahead of the job: they are plain data and a function)."""
    import ctypes

    machine = os.uname().machine
    if machine not in KERNEL_FILTER:
        raise OSError(f"no kernel filter for the architecture {machine}")
    arch, numbers = KERNEL_FILTER[machine]
    ld_abs, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06
    allow, deny, kill = 0x7FFF0000, 0x00050000 | 1, 0x80000000  # ERRNO(EPERM)

    class Filter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte),
                    ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]

    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(Filter))]

    # [arch check] [load nr] [x32 check] [one jeq per number] [allow] [deny]
    checks = ([(jge, 0x40000000)] if machine == "x86_64" else []) + [(jeq, n) for n in numbers]
    rows = [(ld_abs, 0, 0, 4), (jeq, 1, 0, arch), (ret, 0, 0, kill), (ld_abs, 0, 0, 0)]
    deny_at = len(rows) + len(checks) + 1
    for op, k in checks:
        rows.append((op, deny_at - len(rows) - 1, 0, k))
    rows += [(ret, 0, 0, allow), (ret, 0, 0, deny)]
    table = (Filter * len(rows))(*[Filter(c, jt, jf, k) for c, jt, jf, k in rows])
    program = Program(len(rows), table)
    libc = ctypes.CDLL(None, use_errno=True)
    prctl = libc.prctl
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                      ctypes.c_ulong]
    return [ctypes, prctl, program, table]


def process_threads():
    """The threads of this process, as the kernel counts them (/proc/self/status); None when
    it cannot be read."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status.read().splitlines():
                if line.startswith(b"Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def install_kernel_filter(prepared=None):
    """Makes the process non-dumpable and installs the seccomp filter of KERNEL_FILTER
    (`prepared` by [prepare_kernel_filter], else prepared now; emptied here: no frame the
    program could reach keeps ctypes).

    Fails closed: a machine where the filter cannot be installed runs no program under the
    strict policy. ctypes is used here, before the program exists, and dropped from
    sys.modules afterwards; the audit hook refuses it to the program.
    """
    ctypes, prctl, program, _table = prepared or prepare_kernel_filter()
    if prepared:
        prepared.clear()
    # SECURITY: the filter binds the thread that installs it, not its siblings: a thread left
    # running (OpenBLAS starts one per CPU when numpy loads unless OPENBLAS_NUM_THREADS=1, as
    # the python-data runtime sets) would make system calls — fork, exec — the filter refuses
    # the program's thread. Exactly one thread, or nothing runs.
    threads = process_threads()
    if threads != 1:
        raise OSError(0, f"the process has {threads} threads, not 1, before the kernel filter")
    # SECURITY: non-dumpable: /proc/self/mem (and, under runc, environ) becomes root's, and
    # the job's uid cannot open it whatever path reaches it (dir_fd, a link, /proc/1): no
    # memory write past the interpreter. gVisor leaves environ readable (the job's own
    # explicit environment only).
    for option, value in ((4, 0), (38, 1)):  # PR_SET_DUMPABLE 0, PR_SET_NO_NEW_PRIVS 1
        if prctl(option, value, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), f"prctl({option})")
    if prctl(22, 2, ctypes.addressof(program), 0, 0) != 0:  # PR_SET_SECCOMP, FILTER
        raise OSError(ctypes.get_errno(), "seccomp")
    for name in [m for m in sys.modules if m == "_ctypes" or m.split(".")[0] == "ctypes"]:
        del sys.modules[name]
    # Kept for install_policy alone (it takes it back out of here), which would otherwise
    # import ctypes a second time.
    FILTER_CTYPES.append(ctypes)


IMMUTABLETYPE, HEAPTYPE = 1 << 8, 1 << 9  # Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_HEAPTYPE
BASETYPE = 1 << 10  # Py_TPFLAGS_BASETYPE


def flags_word(ctypes):
    """The ctypes type of a type object's `tp_flags` and its offset in PyTypeObject, found
    rather than assumed: the word that holds `type.__flags__` in the type object itself."""
    word = ctypes.c_ulong
    offset = next((o for o in range(0, 512, ctypes.sizeof(word))
                   if word.from_address(id(type) + o).value == type.__flags__), None)
    if offset is None:
        raise OSError("the type object's flags were not found")
    return word, offset


def same(a, b):
    """PyObject_RichCompareBool's equality (identity first), with both operands held here."""
    return a is b or bool(a == b)


EMPTY = object()
C_GROUPBY = itertools.groupby


class groupby:
    """itertools.groupby in Python, step for step as 3.11's C one (keys compared identity
    first, target key first). SECURITY: the C groupby compares its target and current keys
    as borrowed references; a key's __eq__ that advanced the groupby freed the other key,
    and the reflected __eq__ then ran on freed memory (round 24b: memory read/write, the real
    os). Here both keys are held by the frame that compares them. No generator: a group is
    an object of _grouper, so no frame of the launcher's is handed to the program."""

    __slots__ = ("keyfunc", "it", "tgtkey", "currkey", "currvalue", "currgrouper")

    def __init__(self, iterable, key=None):
        self.keyfunc, self.it = key, iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = EMPTY
        self.currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self.it)
        keyfunc = self.keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self.currvalue, self.currkey = value, key

    def __next__(self):
        self.currgrouper = None
        while True:
            current, target = self.currkey, self.tgtkey
            if current is not EMPTY and (target is EMPTY or not same(target, current)):
                break
            self._step()
        self.tgtkey = key = self.currkey
        self.currgrouper = group = _grouper(self, key)
        return (key, group)


class _grouper:
    """One group of a groupby (see groupby)."""

    __slots__ = ("parent", "tgtkey")

    def __init__(self, parent, tgtkey):
        self.parent, self.tgtkey = parent, tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self.parent
        if parent.currgrouper is not self:
            raise StopIteration
        if parent.currvalue is EMPTY:
            parent._step()
        current, target = parent.currkey, self.tgtkey
        if not same(target, current):
            raise StopIteration
        value, parent.currvalue = parent.currvalue, EMPTY
        return value


groupby.__module__ = _grouper.__module__ = "itertools"


def guard_c_comparisons(modules, set_type_attribute):
    """Replaces, on the interpreter's own types, the C methods of 3.11 that compare borrowed
    references the program's __eq__ can free (see groupby). SECURITY: round 24b turned each
    into memory read/write and the real os: a deque item's __eq__ clearing the deque during
    `deque.index`, a key's __eq__ clearing the other OrderedDict during `==`, a second
    `Struct.__init__` freeing the codes a running pack_into/iter_unpack still read. Here
    every compared item is held by the comparing frame, and a Struct is initialised once."""
    collections_c = modules.get("_collections")
    if collections_c is not None:
        deque, ordered = collections_c.deque, collections_c.OrderedDict
        index_of = operator.index

        def index(self, value, start=0, stop=sys.maxsize, /):
            items = list(self)
            size = len(items)
            start, stop = index_of(start), index_of(stop)
            if start < 0:
                start = max(start + size, 0)
            if stop < 0:
                stop = max(stop + size, 0)
            stop = min(stop, size)
            for i in range(start, stop):
                if same(items[i], value):
                    return i
                if len(self) != size:
                    raise RuntimeError("deque mutated during iteration")
            raise ValueError(f"{value!r} is not in deque")

        real_eq = dict.__eq__

        def __eq__(self, other):
            result = real_eq(self, other)
            if result is not True or not isinstance(other, ordered):
                return result
            mine, theirs = list(self), list(other)
            return len(mine) == len(theirs) and all(map(same, mine, theirs))

        def __ne__(self, other):
            result = __eq__(self, other)
            return result if result is NotImplemented else not result

        index.__qualname__ = "deque.index"
        set_type_attribute(deque, "index", index)
        for method in (__eq__, __ne__):
            method.__qualname__ = "OrderedDict." + method.__name__
            set_type_attribute(ordered, method.__name__, method)
    struct_c = modules.get("_struct")
    if struct_c is not None:
        struct_type = struct_c.Struct
        real_init, size_of = struct_type.__init__, struct_type.__dict__["size"].__get__

        def __init__(self, *args, **kwargs):
            if size_of(self) != -1:
                raise TypeError("a Struct is initialised once")
            return real_init(self, *args, **kwargs)

        __init__.__qualname__ = "Struct.__init__"
        set_type_attribute(struct_type, "__init__", __init__)


def seal_classes(ctypes, launcher_classes, library_classes=None):
    """Makes the launcher's classes and every class the loaded modules define immutable, as
    the interpreter's own built-in types are: setting or deleting their attributes raises
    TypeError whoever does it, by whatever route.

    SECURITY: the interpreter audits no write to a class's ordinary attribute, and a program
    that reaches `type.__setattr__` (round 16: a class pattern's keyword) or holds a class of
    the library writes past every guard of Python code: round 16 put a property named
    `modules` on the modules' class, and dataclasses' own `sys.modules` ran it with the real
    sys. The flag is the C check CPython makes for its static types (`type_setattro`), set
    here through ctypes before the program exists. Classes the program makes later, its
    subclasses of these included, stay its own to change (the flag is not inherited).
    """
    classes = {id(c): c for c in launcher_classes}
    # The library's classes, as replacement_holders found them before the program arrived
    # (the caller passes them only when the modules are still exactly those), else found now.
    # The builtins hold the guards by now: nothing here calls getattr or vars.
    if library_classes is not None:
        for value in library_classes:
            classes[id(value)] = value
    else:
        for name, module in list(sys.modules.items()):
            if not isinstance(module, type(sys)) or name.split(".")[0] in ("ctypes", "_ctypes"):
                continue  # ctypes works below, and leaves sys.modules with it
            for value in list(module.__dict__.values()):
                if isinstance(value, type):
                    classes[id(value)] = value
    word, offset = flags_word(ctypes)
    # (No PyType_Modified: these two flags are read where they are checked, never cached.)
    def set_flags(cls, flags):
        slot = word.from_address(id(cls) + offset)
        if slot.value != cls.__flags__:
            raise OSError(f"the flags of {cls.__qualname__} were not where expected")
        slot.value = flags

    for cls in classes.values():
        flags = cls.__flags__
        if not flags & HEAPTYPE or flags & IMMUTABLETYPE:
            continue  # a static type (immutable already) or sealed already
        set_flags(cls, flags | IMMUTABLETYPE)
    # SECURITY: no metaclass of the program's. A metaclass decides what isinstance and
    # issubclass answer for its classes (`__instancecheck__`, `__subclasscheck__`), what a class
    # pattern reads (`__match_args__` as a property of the metaclass) and in which namespace a
    # class body looks its names up (`__prepare__`): round 19 made one with `type(int)` (the
    # real `type`, reached as a value), matched the launcher's attrgetter class with
    # `case int(v)` in a prepared class body, read its `__init__.__globals__` (the policy's
    # globals: the real os and sys), and told the frozen-dataclass guard a module was of its
    # class. Every allowed module is loaded by now and defines its metaclasses at import, so
    # from here on `type` and every metaclass in existence (the library's: ABCMeta, EnumType,
    # typing's, ctypes') may not be subclassed, whoever asks: `TypeError: type 'type' is not
    # an acceptable base type`. Classes made by the existing metaclasses (`class S(ABC)`,
    # enums, NamedTuple) are instances of them, not subclasses, and are made as before.
    metaclasses, stack = {id(type): type}, [type]
    while stack:
        for sub in type.__subclasses__(stack.pop()):
            if id(sub) not in metaclasses:
                metaclasses[id(sub)] = sub
                stack.append(sub)
    # SECURITY: nor dataclasses' Field: its `name` is what the generated code reads and
    # writes, and a subclass of the program's answered it differently at each read (round 22:
    # a name judged when the fields were collected, another pasted into the generated code).
    # SECURITY: nor the raw-file classes: `RawIOBase.read(n)` copies as many bytes as the
    # program's `readinto` says it read, past the buffer it asked for (round 23 read 64 KiB
    # of the heap, pointers included), and a FileIO subclass's readinto is the program's too.
    raw_io = [io.RawIOBase, io.FileIO] + [
        k for k in io.RawIOBase.__mro__ if k.__name__ == "_RawIOBase"]
    # SECURITY: nor super: a subclass's instance passed for the program's own object while
    # its attributes and `__dict__` were a module's (round 24).
    # SECURITY: nor types.GenericAlias, which answers every attribute read but a few with
    # its origin's, in C: an instance of a subclass of the program's (`G(math, ())`) passed
    # for the program's own object while it read, and copy handed over, a module's real
    # namespace (round 26: real posix and sys through its `__loader__`, the wall off).
    generic_alias = type(list[int])
    for cls in list(metaclasses.values()) + [dataclasses.Field, super, generic_alias] + raw_io:
        if cls.__flags__ & BASETYPE:
            set_flags(cls, cls.__flags__ & ~BASETYPE)


def install_policy(allowed, refused_names, program_builtins, holders=None):
    """The run-time wall in the interpreter: guarded builtins, and the audit hook.

    Everything it decides on is captured here, in closures, as immutable values (frozensets,
    tuples, strings) — the cells themselves are writable by whoever reaches them, which is why
    both walls refuse __closure__ and cell_contents; every argument it looks at must be of an
    exact built-in type, so that no object of the program's (a str subclass with its own
    __eq__, a path with __fspath__) runs inside it.
    """
    getframe = sys._getframe
    # The launcher's own namespaces: the policy's (this function's globals) and its module's.
    launcher_namespaces = (globals(), refuse.__globals__)
    realpath = os.path.realpath
    # SECURITY: bound now, not looked up in `io` when a site is read: a program that replaced
    # io.open served the policy a standard-library source of its own (adversary round 7).
    open_source = io.open
    stdlib = os.path.dirname(os.__file__) + os.sep
    # The trees whose code is the library's: the standard library's, and the packages of the
    # job's runtime (python-data: numpy, pandas, matplotlib, scipy from Debian).
    # SECURITY: both are in the image, read-only (the container's root filesystem is), so no
    # code of the program's can be placed under them; only runtimes with packages add theirs.
    package_roots = RUNTIME_LIBRARY_ROOTS.get(os.environ.get("SANDBOX_RUNTIME", ""), ())
    library_roots = (stdlib,) + package_roots
    encodings_init = stdlib + "encodings" + os.sep + "__init__.py"
    dataclasses_file = stdlib + "dataclasses.py"
    # SECURITY: warnings.catch_warnings (pandas and scipy wrap calls in it) saves and restores
    # the warnings module's own state; only warnings.py's code, only on that module, only
    # those names.
    warnings_file = stdlib + "warnings.py"
    warnings_module = warnings
    warnings_state = frozenset(["filters", "showwarning", "_showwarnmsg_impl"])
    collections_init = stdlib + "collections" + os.sep + "__init__.py"
    allowed = frozenset(allowed)
    refused_bare = frozenset(n.lstrip("_") for n in refused_names)
    library_refused, library_unwritable = LIBRARY_UNREADABLE, LIBRARY_UNWRITABLE
    # SECURITY: bound now: judge() read the module global AF_UNIX at each event, which a
    # program that reached the launcher's globals rewrote to let AF_INET through (round 10).
    af_unix = AF_UNIX
    # Slots that read or write any object's namespace, whatever name they were reached by.
    namespace_slots = (object.__getstate__, object.__setattr__, object.__delattr__,
                       object.__getattribute__, type.__setattr__, type.__delattr__,
                       type.__getattribute__, type.__subclasses__)
    function_internals = FUNCTION_INTERNALS
    library_doors = frozenset(["_convert_"])
    redirectable = frozenset(["stdout", "stderr"])
    string_formatters = frozenset(["format", "format_map"])
    mappingproxy_type, cell_type = types.MappingProxyType, types.CellType
    slot_types = (types.GetSetDescriptorType, types.MemberDescriptorType)
    builtin_type = types.BuiltinFunctionType
    # Modules the C code of allowed modules imports lazily through the builtins of the frame
    # that called it — the program's: datetime.strptime and time.strptime import _strptime.
    # The runtime's packages' C code does the same (numpy's npy_cache_import of
    # numpy.core._methods for a.std(), pandas' Cython of pandas.core.* helpers): each is loaded
    # before the program runs (RUNTIME_LAZY_MODULES), so the import only finds it.
    package_c_imports = frozenset(["os", "matplotlib._text_helpers"]) if package_roots else frozenset()
    class_refused = RUNTIME_CLASS_REFUSED.get(os.environ.get("SANDBOX_RUNTIME", ""), frozenset())
    lazy_internals = frozenset(["_strptime"]) | frozenset(
        RUNTIME_C_IMPORTS.get(os.environ.get("SANDBOX_RUNTIME", ""), ()))
    # Bound here, not looked up in this module's globals at call time (a program that reached
    # them could rebind `refuse`).
    refuse_ = refuse
    always_refused, always_prefixes = ALWAYS_REFUSED, ALWAYS_REFUSED_PREFIXES
    device_files, unreadable, writable = DEVICE_FILES, UNREADABLE_TREES, WRITABLE_TREE
    readable_dunders = READABLE_DUNDERS
    generated_globals, generated_dunders = GENERATED_GLOBALS, GENERATED_DUNDERS
    opmap = dict(dis.opmap)
    # LOAD_CLASSDEREF names a cell, not a global: generated code never uses it.
    global_opcodes = frozenset(opmap[n] for n in GLOBAL_OPS if n in opmap and n != "LOAD_CLASSDEREF")
    import_ops = frozenset(opmap[n] for n in ("IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR",
                                              "LOAD_CLASSDEREF") if n in opmap)
    attribute_opcodes = frozenset(opmap[n] for n in ATTRIBUTE_OPS if n in opmap)
    load_global_op, extended_arg_op = opmap["LOAD_GLOBAL"], opmap["EXTENDED_ARG"]
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
    import_name = dis.opmap["IMPORT_NAME"]
    load_attr_ops = frozenset([dis.opmap["LOAD_ATTR"], dis.opmap["LOAD_METHOD"]])
    store_attr_ops = frozenset([dis.opmap["STORE_ATTR"], dis.opmap["DELETE_ATTR"]])
    iskeyword = keyword.iskeyword
    islice = itertools.islice
    gc_enabled, gc_enable, gc_disable = gc.isenabled, gc.enable, gc.disable
    real_import, real_getattr = builtins.__import__, builtins.getattr
    real_setattr, real_delattr, real_vars = builtins.setattr, builtins.delattr, builtins.vars
    module_type, code_type = types.ModuleType, types.CodeType
    # A class's MRO as the interpreter keeps it (no `mro()` or `__mro__` of a metaclass runs).
    real_mro = type.__dict__["__mro__"].__get__

    def is_module(obj):
        # SECURITY: a module of any class, GuardedModule included (adversary round 8: an exact
        # type test missed every allowed module); by the real type, so no `__class__` property
        # of the program's runs here.
        return issubclass(type(obj), module_type)
    frame_type, traceback_type = types.FrameType, types.TracebackType
    modules = sys.modules
    real_builtins_dict = builtins.__dict__
    # The policy's own introspection (reading a frame's f_code raises an audit event) runs with
    # `inside` set: the hook then lets exactly those events pass. The garbage collector is off
    # meanwhile, so no __del__ or weakref callback of the program runs inside.
    inside = [0]
    # The launcher's own exec of the program is the one exec it lets pass, once.
    launching = [True]
    sources = {}
    sites = {}

    def enter():
        was = gc_enabled()
        gc_disable()
        inside[0] += 1
        return was

    def leave(was):
        inside[0] -= 1
        if was:
            gc_enable()

    def frame_at(depth):
        """The frame `depth` levels above the caller of frame_at, with its code and offset."""
        was = enter()
        try:
            frame = getframe(depth + 1)
            return frame, frame.f_code, frame.f_lasti
        finally:
            leave(was)

    def trusted(code):
        filename = code.co_filename
        return type(filename) is str and (
            filename.startswith(library_roots) or filename.startswith("<frozen ")
        )

    def site(code, lasti):
        """The standard library's source text of an instruction: exactly the expression it
        belongs to, from its start to its end position. SECURITY: from the start column alone,
        `getattr(self, 'repr_' + t)(x, level)` in reprlib read as the library's own getattr
        call while the outer call ran a chain of C callables of the program's that called
        the guarded getattr (adversary round 12)."""
        key = (code, lasti)
        text = sites.get(key)
        if text is None:
            text = ""
            filename = code.co_filename
            if type(filename) is str and filename.startswith("<frozen ") and filename[-1] == ">":
                # Frozen modules (importlib's bootstrap) are compiled from the stdlib's file.
                filename = stdlib + filename[8:-1].replace(".", os.sep) + ".py"
            if type(filename) is str and filename.startswith(library_roots):
                was = enter()
                try:
                    lines = sources.get(filename)
                    if lines is None:
                        with open_source(filename, "rb") as f:
                            lines = f.read().splitlines()
                        sources[filename] = lines
                    position = next(islice(code.co_positions(), lasti // 2, None), None)
                finally:
                    leave(was)
                if (position and position[0] and position[1] and position[2] is not None
                        and position[3] is not None and position[1] <= len(lines)):
                    first, last, start, end = position
                    if first == last:
                        span = lines[first - 1][start:end]
                    else:
                        span = b"\n".join([lines[first - 1][start:]] + lines[first:last - 1]
                                          + [lines[last - 1][:end]])
                    text = span.decode("utf-8", "replace")
            if len(sites) < 65536:
                sites[key] = text
        return text

    def call_of(text, functions):
        """Whether `text` is exactly one call of one of `functions`: `getattr(a, 'b')`, and
        not `getattr(a, b)(c)` or `x == getattr(a, b)`."""
        for function in functions:
            if not text.startswith(function + "("):
                continue
            level, quote = 0, None
            body = text[len(function) + 1:]
            for i, c in enumerate(body):
                if quote:
                    quote = None if c == quote else quote
                elif c in "'\"":
                    quote = c
                elif c in "([{":
                    level += 1
                elif c in ")]}":
                    level -= 1
                    if level < 0:
                        return body[i + 1:].strip() == ""
            return False
        return False

    def called_by_library(function):
        """Whether the caller of a guarded builtin is the standard library's own call of it."""
        return library_call(function, 3) is not None

    def library_call(function, depth=2):
        """For the standard library's own call of `function`: whether the attribute name is a
        string literal in its source (`getattr(cls, '__dataclass_fields__')`), not a variable
        whose value may be the program's (`getattr(wrapped, attr)` in update_wrapper). None
        when the caller is not the library's own call."""
        _, code, lasti = frame_at(depth)
        text = site(code, lasti) if trusted(code) else ""
        if not call_of(text, (function,)):
            return None
        # The second argument: past the first top-level comma.
        level, quote = 0, None
        for i, c in enumerate(text[len(function) + 1:]):
            if quote:
                quote = None if c == quote else quote
            elif c in "'\"":
                quote = c
            elif c in "([{":
                level += 1
            elif c in ")]}":
                level -= 1
                if level < 0:
                    return False
            elif c == "," and level == 0:
                # SECURITY: the whole argument is one string literal: `'repr_' + typename`
                # (reprlib's repr1) starts with a quote too (adversary round 26).
                rest = text[len(function) + 2 + i:].lstrip()
                if rest[:1] not in ("'", '"'):
                    return False
                end = rest.find(rest[0], 1)
                return end > 0 and rest[end + 1:].lstrip()[:1] in (",", ")")
        return False

    def owned(obj):
        # The program's own classes and their instances: their __module__ is __main__.
        # SECURITY: never a `super` object, whose `__dict__` and attributes are those of the
        # object it stands for (round 24: `super(type(json), json)` passed for neither a
        # module nor a class, and an instance of `class S(super)` for the program's own).
        if issubclass(type(obj), real_super):
            return False
        cls = obj if issubclass(type(obj), type) else type(obj)
        module = real_vars(cls).get("__module__")
        return type(module) is str and module == "__main__"

    real_super = super
    real_module_of = type.__dict__["__module__"].__get__
    real_qualname_of = type.__dict__["__qualname__"].__get__

    def library_class(cls):
        """Whether `cls` is a library's: not the program's, and its module names it under its
        qualified name (what the program writes in `__module__`/`__qualname__` of a class it
        makes cannot put the class in a library's namespace)."""
        # SECURITY: a class made by type() or by Enum's functional API states any
        # `__module__` (`Enum('E', 'a', module='json')`): by that name alone a class of the
        # program's passed for json's (round 22's review), and its reduce hook chose what copy
        # rebuilt.
        if owned(cls):
            return False
        module, qualname = real_module_of(cls), real_qualname_of(cls)
        if type(module) is not str or type(qualname) is not str:
            return False
        found = modules.get(module)
        if found is None or not is_module(found):
            return False
        for part in qualname.split("."):
            found = real_vars(found).get(part) if (is_module(found) or isinstance(found, type)) \
                else None
            if found is None:
                return False
        return found is cls

    def owns_name(obj, name):
        """Whether the private attribute `name` of `obj` is the program's: `obj` is of a class
        of the program's (or is one), and the first class that defines `name` on the way the
        interpreter looks it up (the class's MRO, then for a class its metaclass's) is the
        program's too; a name no class defines is an instance's own or computed by the
        program's class."""
        # SECURITY: a subclass's `__module__` is `__main__`, but what it inherits is the
        # library's: round 19 read `EnumType._convert_` (which copies any module's namespace
        # into enum members) on `class MyE(enum.Enum)` through the attrgetter class with a
        # computed name, and had the real sys.
        is_class = issubclass(type(obj), type)
        cls = obj if is_class else type(obj)
        return owns_member(cls, name, type(cls) if is_class else None)

    def owns_member(cls, name, meta=None):
        # The instances' attribute `name` of the class `cls` (with `meta`: the class's own).
        if not owned(cls):
            return False
        chain = list(real_mro(cls))
        if meta is not None:
            chain += list(real_mro(meta))
        for k in chain:
            if name in real_vars(k):
                return owned(k)
        return True

    def check_name(obj, name, action):
        if type(name) is not str:
            refuse_(f"{action} an attribute by a name that is not a plain string")
        if name in string_formatters and (obj is str or issubclass(type(obj), str)):
            # SECURITY: a string's format method reached by name formats a string computed
            # at run time, whose fields walk attributes in C past both walls and hand the
            # object reached back in an AttributeError's `.obj` (adversary round 13).
            refuse_(f"{action} the attribute {name} of a string by name")
        if name in refused_names or name.lstrip("_") in refused_bare or name in library_doors:
            refuse_(f"{action} the attribute {name}")
        if name.startswith("__") and name.endswith("__"):
            if action != "reading" or name not in readable_dunders:
                refuse_(f"{action} the attribute {name}")
        elif name.startswith("_") and not owns_name(obj, name):
            refuse_(f"{action} the private attribute {name} of an object of the library")

    # SECURITY: a module is judged by what it is, not by the name it carries: `__name__` is
    # rewritten by ModuleType's own initialiser, which `super(type(m), m).__init__` and
    # `type(m).mro()[1].__init__` reach past GuardedModule's (adversary rounds 15, 16).
    allowed_objects = {n: modules[n] for n in allowed if n in modules}

    def allowed_module(module):
        module_name = real_vars(module).get("__name__")
        return type(module_name) is str and allowed_objects.get(module_name) is module

    def package_module(module):
        """Whether `module` is one of the runtime's packages' own (its file under their tree):
        their C extensions (scipy.sparse._sparsetools, PIL._imaging)."""
        file = real_vars(module).get("__file__")
        return bool(package_roots) and type(file) is str and file.startswith(package_roots)

    def check_value(value, name, by_package=False):
        kind = type(value)
        if issubclass(kind, module_type):
            if not allowed_module(value):
                refuse_(f"reading the attribute {name} (a module off the allow-list)")
        elif kind in (frame_type, code_type, traceback_type):
            refuse_(f"reading the attribute {name} (a frame, a traceback or code)")
        elif kind is dict and (value is real_builtins_dict or value is modules or any(
                real_vars(m) is value for m in list(modules.values())
                if is_module(m))):
            refuse_(f"reading the attribute {name} (a module's namespace)")
        elif kind is dict and any(is_module(v) and not allowed_module(v)
                                  for v in list(value.values())):
            # SECURITY: an object's namespace that holds a module off the list hands it over
            # (round 17: a partial's, where partialmethod had put `abs.__self__`).
            refuse_(f"reading the attribute {name} (a dictionary holding a module off the allow-list)")
        elif any(value is slot for slot in namespace_slots):
            # SECURITY: object.__getstate__(module) is the module's namespace, and
            # object.__setattr__ writes any module's attributes past GuardedModule (round 10).
            refuse_(f"reading the attribute {name} (a slot that reaches any object's namespace)")
        elif kind is mappingproxy_type or kind is cell_type or kind in slot_types:
            # SECURITY: a type's namespace holds the descriptors of __globals__, __closure__
            # and cell_contents, which bind to any object (adversary round 6).
            refuse_(f"reading the attribute {name} (a type's namespace, a descriptor or a cell)")
        elif kind is type and real_vars(value).get("__module__") in (
                "_frozen_importlib", "_frozen_importlib_external"):
            # SECURITY: the interpreter's importers and specs make modules (round 26).
            refuse_(f"reading the attribute {name} (a class of the import system)")
        elif kind is builtin_type:
            # random._urandom is os.urandom: a C function's __self__ is its module.
            owner = real_getattr(value, "__self__", None)
            # A package's own getattr of a function of its own C extension (scipy.sparse's
            # `getattr(_sparsetools, self.format + '_matvec')`) is the package's: the C
            # extensions of the packages are theirs, not the interpreter's (os, posix).
            if is_module(owner) and not allowed_module(owner) and not (
                    by_package and package_module(owner)):
                refuse_(f"reading the attribute {name} (a function of a module off the allow-list)")

    def package_private(name):
        """Whether a private name a package's own getattr was handed is one it may read: the
        packages (pandas' `getattr(inst, attr, ...)` for `_typ`) read their private protocol by
        variable names, where the standard library never does. SECURITY: never a name the
        policy refuses (`_os` is `os`) nor library_doors; the value is still judged by
        check_value (no module off the list, no frame, code or namespace), and only for the
        package's own getattr call, not the standard library's."""
        return name not in library_doors and package_caller(3)

    def package_caller(depth=2):
        """Whether the caller of the guarded builtin is a frame of the runtime's packages."""
        if not package_roots:
            return False
        _, code, _ = frame_at(depth)
        filename = code.co_filename
        return type(filename) is str and filename.startswith(package_roots)

    def guarded_getattr(obj, name, *default):
        literal = library_call("getattr")
        if literal:
            value = real_getattr(obj, name, *default)
            if name == "__globals__" and any(value is ns for ns in launcher_namespaces):
                # SECURITY: typing.get_type_hints reads `__globals__` by a literal name, of
                # whatever `__wrapped__` leads to: a bound method of the launcher's handed the
                # policy's globals (real os and sys) to a ForwardRef's `_evaluate` (round 25).
                # The library gets an empty namespace instead (inspect.signature reads the
                # globals of the launcher's guards on a dataclass, for annotations it has none).
                return {}
            return value
        if literal is None:
            check_name(obj, name, "reading")
        elif type(name) is not str or name in library_refused or (
                # SECURITY: a library relay (typing's alias __getattr__ on an alias whose origin
                # is a module, dataclasses' asdict) with a refused name the program chose
                # handed out enum.global_enum and string.Formatter (round 21).
                not (name.startswith("__") and name.endswith("__"))
                and (name in refused_names or name.lstrip("_") in refused_bare)) or (
                name.startswith("_") and not name.startswith("__") and not owns_name(obj, name)
                and (not name.endswith("_") or name in library_doors)
                and not package_private(name)):
            # SECURITY: the library's own getattr with a name it was handed (update_wrapper's
            # `assigned`, dataclasses' field names) reads what the program named: the
            # internals' names are refused there too, and so is what they lead to, and so are
            # the library's private members (round 7 took Enum._convert_ this way, which
            # copies a module's globals into an enum's members), but for enum's _sunder_
            # names, which enum reads by name as its protocol (_generate_next_value_).
            refuse_(f"reading the attribute {name!r} through the library")
        elif obj is sys and name not in redirectable:
            # SECURITY: the library's getattr on sys with a name it was handed:
            # redirect_stdout's `getattr(sys, self._stream)` read `sys.meta_path` (and
            # through it the importers) once the program set `_stream` (round 8).
            refuse_(f"reading the attribute {name!r} of sys through the library")
        failure = None
        try:
            value = real_getattr(obj, name, *default)
        except AttributeError as error:
            failure = (error.args, error.name)
        if failure is not None:
            # SECURITY: an AttributeError carries the object it was raised on (`.obj`): a
            # library getattr on sys with a name of the program's handed sys to whoever caught
            # it (adversary round 7). The program gets the message, not the object — raised
            # outside the handler, so the original is not its __context__ either (round 8).
            raise AttributeError(*failure[0], name=failure[1])
        check_value(value, name, literal is False and package_caller())
        return value

    def check_library_write(obj, name, action):
        # SECURITY: the library's own setattr with a name it was handed (copy._reconstruct's
        # state, update_wrapper's `assigned`) writes what the program named.
        if type(name) is not str or name in library_unwritable:
            refuse_(f"{action} the attribute {name!r} through the library")
        if isinstance(obj, type) and not owned(obj):
            # SECURITY: update_wrapper or copy handed a class of the library writes what the
            # program named onto it (a `__module__` that makes it pass for the program's).
            refuse_(f"{action} the attribute {name} of a class of the library through the library")
        if is_module(obj) and not (
                obj is sys and name in redirectable and action == "writing"):
            # An import the policy approved binds a submodule on its parent (importlib's own
            # setattr), contextlib's redirect_stdout/stderr swap sys's streams; nothing else
            # writes a module's attributes.
            refuse_(f"{action} the attribute {name} of a module through the library")

    def guarded_setattr(obj, name, value):
        literal = library_call("setattr")
        if literal is None:
            check_name(obj, name, "writing")
            if is_module(obj):
                refuse_(f"writing the attribute {name} of a module")
        elif not literal:
            check_library_write(obj, name, "writing")
        return real_setattr(obj, name, value)

    def guarded_delattr(obj, name):
        literal = library_call("delattr")
        if literal is None:
            check_name(obj, name, "deleting")
            if is_module(obj):
                refuse_(f"deleting the attribute {name} of a module")
        elif not literal:
            check_library_write(obj, name, "deleting")
        return real_delattr(obj, name)

    def strict_getattr(obj, name):
        """getattr as the program's own: what attrgetter and methodcaller use."""
        check_name(obj, name, "reading")
        value = real_getattr(obj, name)
        check_value(value, name)
        return value

    # SECURITY: operator's attrgetter and methodcaller are C classes that read attributes by a
    # name given at run time, past the guarded getattr: `type(attrgetter('real'))('__glo' +
    # 'bals__')` read any function's globals (adversary round 6). These replacements judge
    # every name as the program's getattr does.
    class attrgetter:
        __slots__ = ("_paths", "_text")

        def __init__(self, attr, *attrs):
            paths = []
            for path in (attr,) + attrs:
                if type(path) is not str:
                    raise TypeError("attribute name must be a string")
                paths.append(tuple(path.split(".")))
            self._paths = tuple(paths)
            self._text = (attr,) + attrs

        def __call__(self, obj):
            values = []
            for path in self._paths:
                value = obj
                for part in path:
                    value = strict_getattr(value, part)
                values.append(value)
            return values[0] if len(values) == 1 else tuple(values)

        def __repr__(self):
            return "operator.attrgetter(" + ", ".join(map(repr, self._text)) + ")"

    class methodcaller:
        __slots__ = ("_name", "_args", "_kwargs")

        def __init__(self, name, /, *args, **kwargs):
            if type(name) is not str:
                raise TypeError("method name must be a string")
            if name in string_formatters:
                refuse_(f"calling {name} by name")
            self._name, self._args, self._kwargs = name, args, kwargs

        def __call__(self, obj):
            return strict_getattr(obj, self._name)(*self._args, **self._kwargs)

        def __repr__(self):
            parts = [repr(self._name)] + [repr(a) for a in self._args] + [
                f"{k}={v!r}" for k, v in self._kwargs.items()]
            return "operator.methodcaller(" + ", ".join(parts) + ")"

    for cls in (attrgetter, methodcaller):
        cls.__module__, cls.__qualname__ = "operator", cls.__name__

    def guarded_vars(*obj):
        if not obj:
            frame, _, _ = frame_at(1)
            was = enter()
            try:
                return frame.f_locals
            finally:
                leave(was)
        if not called_by_library("vars") and not owned(obj[0]):
            refuse_("vars() of an object of the library")
        namespace = real_vars(*obj)
        # The library's own vars() of what the program handed it is checked as getattr's
        # result is: never a module's namespace.
        check_value(namespace, "vars()")
        return namespace

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        if type(name) is not str or type(level) is not int:
            refuse_("importing by a name that is not a plain string")
        # SECURITY: a module off the allow-list only for an import statement of the standard
        # library's own (its names are its source's); a call of __import__ that some library
        # code makes with the program's string is the program's.
        _, code, lasti = frame_at(1)
        filename = code.co_filename
        library = trusted(code) and (
            code.co_code[lasti] == import_name
            # importlib's own C helpers import what they need (_io for reading a module).
            or filename.startswith("<frozen importlib")
            or (filename == encodings_init and name.startswith("encodings.")
                and call_of(site(code, lasti), ("__import__",)))
        )
        if (not library and name in package_c_imports and level == 0 and type(fromlist) is list
                and not fromlist and package_roots and type(filename) is str
                and filename.startswith(package_roots)):
            # SECURITY: a package's C code importing a module of the interpreter's for itself
            # (numpy's tofile: `os` for os.dup; matplotlib's ft2font: its warning helper).
            # PyImport_Import passes the calling frame's own globals, as
            # globals and locals, and an empty list: a program that hands a package
            # `__import__` as a callback (`Series(['os']).map(__import__)`) passes none of
            # them, and no package's namespace is the program's to pass.
            was = enter()
            try:
                frame_globals = getframe(1).f_globals
            finally:
                leave(was)
            library = globals is frame_globals and locals is globals
        if not library and not (level == 0 and (name in allowed or name in lazy_internals)):
            refuse_("a relative import" if level else f"importing {name}")
        if not library and fromlist and type(fromlist) in (tuple, list):
            # SECURITY: `from asyncio import log` takes a loaded submodule off the allow-list
            # from sys.modules (IMPORT_FROM's fallback), with no import event (round 8).
            for item in fromlist:
                full = f"{name}.{item}" if type(item) is str else None
                if full is None or (full in modules and full not in allowed):
                    refuse_(f"importing {full}")
        # Nothing is loaded here (the hook refuses the import event): every module a program
        # may import was loaded before it ran; this finds it in sys.modules.
        module = real_import(name, globals, locals, fromlist, level)
        if not library and fromlist and type(fromlist) in (tuple, list):
            # SECURITY: checked again now the import ran: `from asyncio import log` before
            # asyncio was loaded passed the check above, then asyncio loaded asyncio.log and
            # IMPORT_FROM took it from sys.modules (round 11).
            for item in fromlist:
                full = f"{name}.{item}" if type(item) is str else None
                if full is None or (full in modules and full not in allowed):
                    refuse_(f"importing {full}")
        if not library and fromlist and is_module(module):
            # SECURITY: IMPORT_FROM falls back to sys.modules under the module's own __name__,
            # not the name imported: a module renamed in C (`ModuleType.__init__(random,
            # 'importlib')`) handed out `importlib.machinery` (round 11).
            real_name = real_vars(module).get("__name__")
            if type(real_name) is not str or real_name != name:
                refuse_(f"importing from {name}, whose module is named otherwise")
        return module

    def writer():
        """The frame (and its code) that wrote a module's attribute: the caller of __setattr__,
        past the guarded setattr/delattr, which act for their caller."""
        was = enter()
        try:
            frame = getframe(2)
            while frame.f_code in guard_codes:
                frame = frame.f_back
            return frame, frame.f_code
        finally:
            leave(was)

    class GuardedModuleType(type):
        """The metaclass of GuardedModule: its class attributes are fixed. SECURITY: the
        interpreter raises no audit event for a write to a class's ordinary attribute, and a
        descriptor written onto the modules' class runs for every allowed module: a
        functools.cached_property whose attrname named `_os`, installed as
        `type(random).foo`, read random's namespace for the program (adversary round 10)."""

        __module__ = "sandbox.launcher"

        def __setattr__(cls, name, value):
            refuse_(f"writing the attribute {name} of the modules' class")

        def __delattr__(cls, name):
            refuse_(f"deleting the attribute {name} of the modules' class")

    class GuardedModule(module_type, metaclass=GuardedModuleType):
        """The class of every allowed module once the program runs: its attributes are the
        library's, written by the library (an import binding a submodule) and not by the
        program. SECURITY: `dataclasses.type = spy` made dataclasses' own `type(...)` call the
        program with the real sys (adversary round 7); the static check refuses such a store,
        and this refuses it again where the interpreter does it."""

        __slots__ = ()
        __module__ = "sandbox.launcher"

        # SECURITY: only importlib writes an allowed module's attributes (binding a submodule
        # on its package): a library `self.x = …` handed a module as `self`
        # (`dataclasses.InitVar.__init__(module, v)`, round 9) is refused like the program's.
        def __init__(self, *args, **kwargs):
            # SECURITY: ModuleType.__init__ rewrites an existing module's __name__, __spec__
            # and __loader__ in C, past __setattr__: round 11 renamed `random` to `importlib`
            # and took `importlib.machinery` by a from-import. A new module (importlib makes
            # them as `type(sys)(name)`) is initialised once.
            if "__name__" in real_vars(self):
                refuse_("initialising a module again")
            module_type.__init__(self, *args, **kwargs)

        def __setattr__(self, name, value):
            _, code = writer()
            # Nothing imports once the program runs, so importlib binds no submodule: the one
            # write is contextlib's redirect_stdout/stderr swapping sys's streams.
            if not ((self is sys and name in redirectable and trusted(code)) or (
                    self is warnings_module and name in warnings_state
                    and code.co_filename == warnings_file)):
                refuse_(f"writing the attribute {name} of a module")
            module_type.__setattr__(self, name, value)

        def __delattr__(self, name):
            refuse_(f"deleting the attribute {name} of a module")
            module_type.__delattr__(self, name)

    def guard_modules():
        was = enter()
        try:
            for module_name in list(modules):
                module = modules.get(module_name)
                # SECURITY: every module, not only the allowed ones: a module off the list
                # that the program reached (posixpath, round 11) had its functions replaced,
                # and the policy itself calls some of them (realpath).
                if type(module) is module_type and module_name != "__main__":
                    module.__class__ = GuardedModule
        finally:
            leave(was)

    def hide_submodules():
        # SECURITY: a package's submodules are its attributes: `asyncio.threads`,
        # `asyncio.log` and their like are modules off the allow-list that a plain attribute
        # read (which no guard sees) would reach. The import system binds them on asyncio's
        # namespace, which asyncio's own code never reads back (its __init__ only re-exports;
        # a later `from . import x` falls back to sys.modules), so the launcher takes them off.
        # Not for packages in general: `re` runs on its `_compiler` global, a submodule.
        package = modules.get("asyncio")
        if not is_module(package):
            return
        namespace = real_vars(package)
        for key, value in list(namespace.items()):
            if (is_module(value) and type(key) is str
                    and real_vars(value).get("__name__") == "asyncio." + key
                    and "asyncio." + key not in allowed):
                del namespace[key]

    def generated(code, fields):
        """Whether code given to exec by dataclasses or namedtuple is their template's: the
        globals and dunders of the template, and no attribute but the class's fields."""
        # SECURITY: the bytecode is read here, with opcode numbers taken at install, not through
        # dis, whose helpers it looks up in its module's namespace at each call: a program that
        # reached that namespace stubbed them out and the check saw no instruction (round 10).
        raw, names, extended = code.co_code, code.co_names, 0
        for i in range(0, len(raw) - 1, 2):
            op, arg = raw[i], raw[i + 1] | extended
            if op == extended_arg_op:
                extended = arg << 8
                continue
            extended = 0
            if op in import_ops:
                return False
            if op in global_opcodes:
                index = arg >> 1 if op == load_global_op else arg
                if index >= len(names) or names[index] not in generated_globals:
                    return False
            elif op in attribute_opcodes:
                name = names[arg] if arg < len(names) else None
                if type(name) is not str:
                    return False
                if name.startswith("__") and name.endswith("__"):
                    if name not in generated_dunders:
                        return False
                elif name not in fields:
                    # SECURITY: `_create_fn('f', ['m'], ['return m._os'])` (round 6).
                    return False
        return all(generated(c, fields) for c in code.co_consts if type(c) is code_type)

    def check_open(path, mode, flags):
        if type(path) is int:
            if path in (0, 1, 2):
                return  # the program's own standard streams (open(0) for stdin)
            refuse_(f"opening the file descriptor {path}")
        if type(path) is bytes:
            path = os.fsdecode(path)
        if type(path) is not str:
            refuse_("opening a file by a path that is not a plain string")
        if mode is None and not path.startswith("/"):
            # SECURITY: os.open's event (its mode is None) shows the path, not the `dir_fd`
            # it is relative to, so a relative one is judged against the wrong directory
            # (round 17 read /proc/self/status as `proc/self/status` from a descriptor of /).
            refuse_(f"opening the relative path {path!r} by a descriptor")
        writing = (type(mode) is str and any(c in mode for c in "wax+")) or (
            type(flags) is int and flags & write_flags
        )
        if not writing and path in device_files:
            return
        resolved = realpath(path)
        if writing:
            if not resolved.startswith(writable + "/"):
                refuse_(f"writing {path!r} (only under /tmp)")
            return
        for tree in unreadable:
            if resolved == tree or resolved.startswith(tree + "/"):
                refuse_(f"opening {path!r}")

    def hook(event, args):
        if inside[0] and event in ("sys._getframe", "object.__getattr__", "object.__setattr__"):
            return  # the policy's own introspection, and its guarding of the allowed modules
        was = enter()
        try:
            judge(event, args)
        finally:
            leave(was)

    def generator_site(code, lasti):
        # The two places that run code they generate: dataclasses' methods, namedtuple's __new__.
        filename = code.co_filename
        text = site(code, lasti)
        return (filename == dataclasses_file and call_of(text, ("exec",))) or (
            filename == collections_init and call_of(text, ("eval",))
        )

    def identifier_fields():
        # SECURITY: dataclasses pastes field names into the code it generates and checks only
        # those make_dataclass is given; __annotations__ keys set through type() or a class
        # body's dict are any text. Every field of the class being processed must be an
        # identifier, found in the frame of dataclasses' _process_class.
        frame = getframe(3)
        while frame is not None:
            code = frame.f_code
            if code.co_filename == dataclasses_file and code.co_name == "_process_class":
                names = frame.f_locals
                break
            frame = frame.f_back
        else:
            return None
        found = set()
        for table in (names.get("fields"), names.get("cls_annotations")):
            if type(table) is not dict:
                return None
            for key in list(table):
                if type(key) is not str or not key.isidentifier() or iskeyword(key):
                    return None
                # SECURITY: a field is an attribute the generated methods read and write on
                # whatever object they are handed (`D.__eq__(m, typing)` read `typing.sys`):
                # judged as the program's own getattr judges a name.
                if (key in refused_names or key.lstrip("_") in refused_bare
                        or (key.startswith("__") and key.endswith("__"))):
                    return None
                found.add(key)
        return frozenset(found)

    def caller_frame():
        # The frame that raised the event: past judge, hook and the C function raising it, and
        # past the guarded builtins, which act for their caller.
        frame = getframe(3)
        while frame.f_code in guard_codes:
            frame = frame.f_back
        return frame

    def caller():
        frame = getframe(3)
        while frame.f_code in guard_codes:
            frame = frame.f_back
        return frame.f_code, frame.f_lasti

    def judge(event, args):
        if type(event) is not str or type(args) is not tuple:
            refuse_("an audit event that is not a string")
        if event == "socket.__new__" and len(args) > 1 and args[1] == af_unix:
            return  # asyncio's self-pipe (socket.socketpair); seccomp admits only AF_UNIX too
        if event in always_refused or event.startswith(always_prefixes):
            refuse_(event)
        if event == "open":
            check_open(*args[:3])
        elif event == "import":
            name = args[0]
            if type(name) is not str:
                refuse_("importing by a name that is not a plain string")
            # SECURITY: nothing is loaded once the program runs — every allowed module was
            # loaded before it — so no import runs the library's code where the program's can
            # run too (a __del__, a __format__ of a name, a finder of its own: rounds 9, 11).
            refuse_(f"importing {name} (only modules loaded before the program ran)")
        elif event == "exec":
            if launching[0]:
                launching[0] = False
                return
            frame = caller_frame()
            code, lasti = frame.f_code, frame.f_lasti
            filename = code.co_filename
            if not generator_site(code, lasti):
                refuse_("running code (exec, eval)")
            fields = frozenset()
            if filename == dataclasses_file:
                # SECURITY: dataclasses' _create_fn execs what it is given: only when dataclasses
                # itself called it, not a program that reached it (adversary round 6).
                outer = frame.f_back
                if outer is None or outer.f_code.co_filename != dataclasses_file:
                    refuse_("running code through dataclasses' code generator")
                fields = identifier_fields()
                if fields is None:
                    refuse_("a dataclass field whose name is not an identifier")
            if not args or type(args[0]) is not code_type or not generated(args[0], fields):
                refuse_("running generated code that reaches beyond its template")
        elif event == "compile":
            frame = caller_frame()
            code, lasti = frame.f_code, frame.f_lasti
            name = args[1] if len(args) > 1 else None
            # SECURITY: compiling is the library's own only at its own compile(...) call and
            # never under a standard-library file name (code that would pass for the library's).
            if not (generator_site(code, lasti) or (
                    trusted(code) and call_of(site(code, lasti), ("compile",)))) or (
                type(name) is not str or name.startswith(library_roots) or name.startswith("<frozen")
            ):
                refuse_("compiling code")
        elif event in ("code.__new__", "function.__new__"):
            # SECURITY: never once the program runs (types.coroutine's own `.replace(` ran while
            # asyncio was loaded, before): round 9 made a function with `partial(FunctionType,
            # code)` under functools' frame.
            refuse_(f"making code or functions ({event})")
        elif event in ("marshal.loads", "marshal.load"):
            refuse_(event)
        elif event in ("sys._getframe", "sys._getframemodulename"):
            code, lasti = caller()
            text = site(code, lasti) if trusted(code) else ""
            at = text.find("_getframe(")
            # `sys._getframe(1)`, `_sys._getframe(depth)`: exactly the call, on a module name.
            if not (at >= 0 and all(c.isalnum() or c in "._" for c in text[:at])
                    and call_of(text[at:], ("_getframe",))):
                refuse_(event)
            # SECURITY: the library's own call, but never for one of the launcher's frames:
            # pandas' Scope(level=N) (and any helper that walks up N frames for its caller's
            # names) copied the frame's globals and locals, and a level past the program's
            # module frame handed over the launcher's namespace, with the real os and sys
            # (adversary round 30a).
            if event == "sys._getframe" and args and type(args[0]) is frame_type:
                reached = args[0].f_globals
                if any(reached is namespace for namespace in launcher_namespaces):
                    refuse_("a frame of the sandbox's launcher")
        elif event == "object.__getattr__":
            code, lasti = caller()
            # SECURITY: the library's own read (its LOAD_ATTR, its getattr(...) call), not a C
            # function of the program's choosing that a library frame happens to call.
            if not (trusted(code) and (code.co_code[lasti] in load_attr_ops
                                       or call_of(site(code, lasti), ("getattr", "hasattr")))):
                shown = args[1] if len(args) > 1 and type(args[1]) is str else "an attribute"
                refuse_(f"reading the attribute {shown}")
        elif event in ("object.__setattr__", "object.__delattr__"):
            name = args[1] if len(args) > 1 else None
            if type(name) is str and name in function_internals:
                # SECURITY: a function's code is what it runs: whoever writes it, library or
                # program (round 6: copy's own setattr installed code typing had compiled from
                # the program's string).
                refuse_(f"{event} of {name}")
            if type(name) is not str or name.startswith("__"):
                code, lasti = caller()
                # SECURITY: the library's own write (its STORE_ATTR/DELETE_ATTR, its setattr()
                # call): `ExitStack.callback(type.__setattr__, P, '__match_args__', …)` ran the
                # C slot under contextlib's frame (adversary round 7).
                text = site(code, lasti) if trusted(code) else ""
                if not (trusted(code) and (code.co_code[lasti] in store_attr_ops
                                           or call_of(text, ("setattr", "delattr")))):
                    shown = repr(name) if type(name) is str else "an attribute"
                    refuse_(f"{event} of {shown}")

    # SECURITY: a format string's fields walk attributes by name in C, past every guard, and
    # the AttributeError at the end of a walk hands back the object reached (`.obj`): rounds
    # 13 and 14 took the real sys through a run-time string's bound `format`, however they
    # reached it (UserString.format, a class-pattern keyword, typing's and dataclasses'
    # relays). str's own `format` and `format_map` are replaced in its type dictionary by
    # ones that judge every attribute a field names — no private or dunder name, none the
    # policy refuses — unless the string is a constant of the library's own code calling.
    # Imported with the real __import__: the builtins of this function hold the guards now.
    _string = real_import("_string")
    ctypes = FILTER_CTYPES.pop() if FILTER_CTYPES else real_import("ctypes")
    parse_format, split_field = _string.formatter_parser, _string.formatter_field_name_split
    real_format, real_format_map = str.format, str.format_map
    str_dict = gc.get_referents(str.__dict__)[0]

    def check_format(text, depth=0):
        if depth > 2:
            refuse_("a format specification nested this deep")
        for _, field, spec, _ in parse_format(text):
            if field is not None:
                _, rest = split_field(field)
                for is_attribute, key in rest:
                    if is_attribute and (type(key) is not str or key.startswith("_")
                                         or key in refused_names):
                        refuse_(f"a format field reading the attribute {key}")
            if spec:
                check_format(spec, depth + 1)

    def library_constant(text):
        _, code, _ = frame_at(2)
        return trusted(code) and any(c is text or (type(c) is str and c == text)
                                     for c in code.co_consts)

    def format(self, /, *args, **kwargs):
        text = str.__str__(self)
        if not library_constant(text):
            check_format(text)
        return real_format(text, *args, **kwargs)

    def format_map(self, mapping, /):
        text = str.__str__(self)
        if not library_constant(text):
            check_format(text)
        return real_format_map(text, mapping)

    format.__qualname__, format_map.__qualname__ = "str.format", "str.format_map"
    str_dict["format"], str_dict["format_map"] = format, format_map
    ctypes.pythonapi.PyType_Modified(ctypes.py_object(str))

    # Attributes of the interpreter's immutable types, set the way a class statement would
    # (type.__setattr__ updates the C slots too: `a[i] = v` calls the new __setitem__), with
    # the immutable flag lifted for the write only, through ctypes, before the program exists.
    word, flags_offset = flags_word(ctypes)

    def set_type_attribute(cls, name, value):
        slot = word.from_address(id(cls) + flags_offset)
        flags = slot.value
        if flags != cls.__flags__:
            raise OSError(f"the flags of {cls.__qualname__} were not where expected")
        slot.value = flags & ~IMMUTABLETYPE
        try:
            type.__setattr__(cls, name, value)
        finally:
            slot.value = flags
            # Again once the flags are back: without it, tried, the stdout TextIOWrapper over
            # the launcher's own writer went through the guarded buffered __init__ and failed.
            ctypes.pythonapi.PyType_Modified(ctypes.py_object(cls))

    arrays = modules.get("array")
    if arrays is not None and is_module(arrays):
        # SECURITY: CPython 3.11's array checks an index against the array's size, then
        # converts the value with the program's __index__/__float__, which may shrink the
        # array first: the store lands past the buffer (`a[i] = v`, insert, append, extend,
        # fromlist). Round 23 turned that 8-byte write into memory read/write, and the wall
        # off. The value is converted here, before the array's C code sees it.
        array_type = arrays.array
        typecode_of = array_type.__dict__["typecode"].__get__
        real_setitem, real_insert = array_type.__setitem__, array_type.insert
        real_append, real_extend = array_type.append, array_type.extend
        real_fromlist = array_type.fromlist
        as_index, exact_float = operator.index, float

        def array_item(a, value):
            code = typecode_of(a)
            if code in ("f", "d"):
                return exact_float(value)
            if code == "u":
                if type(value) is not str:
                    raise TypeError(f"array item must be unicode character, not {type(value).__name__}")
                return value
            return int(as_index(value))

        def __setitem__(self, key, value):
            if type(key) is slice or isinstance(value, array_type):
                return real_setitem(self, key, value)
            return real_setitem(self, key, array_item(self, value))

        def insert(self, i, v, /):
            return real_insert(self, i, array_item(self, v))

        def append(self, v, /):
            return real_append(self, array_item(self, v))

        def extend(self, bb, /):
            if isinstance(bb, array_type):
                return real_extend(self, bb)
            return real_extend(self, [array_item(self, v) for v in bb])

        def fromlist(self, list, /):
            if type(list) is not type([]):
                return real_fromlist(self, list)
            return real_fromlist(self, [array_item(self, v) for v in list])

        for method in (__setitem__, insert, append, extend, fromlist):
            method.__qualname__ = "array." + method.__name__
            set_type_attribute(array_type, method.__name__, method)

    # SECURITY: a buffered reader hands its own internal buffer, as a memoryview, to its raw
    # object's readinto, and a writer to its write: a raw object of the program's kept the
    # view, re-initialised or dropped the reader (freeing the buffer) and wrote through the
    # view into whatever was allocated there next (round 23: memory read/write, the wall off).
    # Their raw objects are the interpreter's own files and byte buffers only.
    plain_raw = (io.FileIO, io.BytesIO)

    def buffered_init(real_init):
        def __init__(self, *args, **kwargs):
            raw = args[0] if args else kwargs.get("raw")
            if type(raw) not in plain_raw:
                refuse_("a buffered stream over a raw object of the program's")
            return real_init(self, *args, **kwargs)

        return __init__

    for buffered in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
        init = buffered_init(buffered.__init__)
        init.__qualname__ = buffered.__name__ + ".__init__"
        set_type_attribute(buffered, "__init__", init)
    guard_c_comparisons(modules, set_type_attribute)
    guards = {
        "__import__": guarded_import,
        "getattr": guarded_getattr,
        "setattr": guarded_setattr,
        "delattr": guarded_delattr,
        "vars": guarded_vars,
    }
    guard_codes = frozenset(g.__code__ for g in guards.values())
    # SECURITY: the real builtins module gets the guarded functions too: code the standard
    # library runs with the real builtins (a ForwardRef evaluated in a dict of the program's,
    # dataclasses' generated methods) must not hand the unguarded ones out.
    # SECURITY: the launcher's own frames run with a copy of the builtins (so the program
    # cannot rewrite what the policy calls), and C code called from them looks builtins up
    # there: a method-wrapper's __reduce__ that the program had the copy-rebuild wrapper or
    # methodcaller call returned the real getattr (adversary round 12). The copy holds the
    # guards too.
    policy_builtins = globals()["__builtins__"]
    for name, guard in guards.items():
        real_builtins_dict[name] = guard
        program_builtins[name] = guard
        policy_builtins[name] = guard
    for name in ("__loader__", "__spec__", "breakpoint"):
        real_builtins_dict.pop(name, None)
        program_builtins.pop(name, None)

    # The classes match_class judged: their __match_args__ (and their bases') is what was
    # judged, and dataclasses may not write it afterwards (set_new_attribute).
    matched_classes = []

    def match_class(cls, keywords, positional):
        """The class of a class pattern with subpatterns, judged before the match statement
        runs (see [ClassPatterns]): the attributes the pattern will read in C, the keywords'
        and the positional ones `__match_args__` names, are judged as a computed getattr's
        names are. Returns `cls`."""
        # SECURITY: a class pattern reads attributes of the subject in C, by names no guard
        # sees: a keyword's, and for positional subpatterns those of the class's
        # `__match_args__`, read when the pattern runs. With a class that vouches for any
        # subject (a metaclass's `__instancecheck__`, an ABC's `__subclasshook__`, a
        # runtime-checkable Protocol) and a `__match_args__` of its choosing, that is getattr
        # of any name on anything: rounds 4 to 19 each found a new way to make such a class
        # past the static check (round 19: a prepared class body, `type(int)` as a class
        # maker, `functools.partial`). So the names are judged here, whatever made the class.
        if not issubclass(type(cls), type):
            return cls  # not a class: the match raises its own TypeError
        meta = type(cls)
        names = list(keywords)
        if positional:
            for k in real_mro(meta):
                if "__match_args__" in real_vars(k):
                    refuse_("a class pattern on a class whose metaclass defines __match_args__")
            for k in real_mro(cls):
                namespace = real_vars(k)
                if "__match_args__" in namespace:
                    # The value the interpreter will read: a plain tuple has no __get__, and
                    # no code can write a class's __match_args__ (a dunder write) meanwhile.
                    match_args = namespace["__match_args__"]
                    if type(match_args) is not tuple:
                        refuse_("a class pattern whose class's __match_args__ is not a plain tuple")
                    names.extend(match_args[:positional])
                    break
        for name in names:
            if type(name) is not str:
                refuse_("a class pattern reading an attribute by a name that is not a plain string")
            if name in string_formatters and any(k is str for k in real_mro(cls)):
                refuse_(f"a class pattern reading the attribute {name} of a string")
            if name in refused_names or name.lstrip("_") in refused_bare or name in library_doors:
                refuse_(f"a class pattern reading the attribute {name}")
            if name.startswith("__") and name.endswith("__"):
                refuse_(f"a class pattern reading the attribute {name}")
            if name.startswith("_") and (meta is not type or not owns_member(cls, name)):
                # A class whose metaclass is the library's may vouch for objects that are not
                # its instances (an ABC's hook, a Protocol): none of their private names.
                refuse_(f"a class pattern reading the private attribute {name} of an object of the library")
        matched_classes.append(cls)
        return cls

    program_builtins[MATCH_CLASS_GUARD] = match_class
    real_build_class = builtins.__build_class__
    typing_stand_ins = (typing.NamedTuple, typing.TypedDict)
    function_type = types.FunctionType
    filename = FILENAME

    def build_class(func, name, /, *bases, **kwargs):
        # SECURITY: what the program's `class` statements call (its frames' builtins), and
        # nothing else: named, it ran a library function as a class body, whose frame's
        # namespace was then the program's dictionary (adversary round 20: base64.main, with
        # `sys` copied in by a dir() a finalizer ran). The static check refuses the name too.
        code = None
        if type(func) is function_type:
            was = enter()
            try:
                code = func.__code__
            finally:
                leave(was)
        if (code is None or code.co_filename != filename
                or code.co_flags & 0x3):  # CO_OPTIMIZED | CO_NEWLOCALS: not a class body
            refuse_("making a class out of anything but a class statement's body")
        # SECURITY: the metaclass (named, or the first base's type) gives the class body its
        # namespace (`__prepare__`) and makes the class: only a real metaclass, and bases that
        # are classes or the library's stand-ins for them (`__mro_entries__`: typing's
        # generics). Round 21 passed an object whose `__getattr__` answered `__prepare__`
        # with a mapping that renamed the body's names into `__match_args__` and
        # `__subclasshook__`.
        # SECURITY: no private keyword for the library's metaclass: `_simple=True` made
        # EnumType build an enum class past every check of enum's own (adversary round 26).
        for keyword in kwargs:
            if type(keyword) is not str or keyword.startswith("_"):
                refuse_("a class statement's private keyword")
        meta = kwargs.get("metaclass")
        if meta is not None and not (issubclass(type(meta), type) and issubclass(meta, type)):
            refuse_("a metaclass that is not a class's class")
        for base in bases:
            if issubclass(type(base), type):
                continue
            kinds = real_mro(type(base))
            definer = next((k for k in kinds if "__mro_entries__" in real_vars(k)), None)
            if definer is not None and not owned(definer):
                # typing's generic aliases. SECURITY: what they stand for must be classes: an
                # alias of the program's own object (`type(typing.List[int])(k, ())`) made
                # `type(k)` the metaclass called with the class body (round 27).
                entries = real_vars(definer)["__mro_entries__"](base, bases)
                if type(entries) is not tuple or not all(
                        issubclass(type(entry), type) for entry in entries):
                    refuse_("a base that stands for something other than classes")
                continue
            if any(base is stand_in for stand_in in typing_stand_ins):
                # typing's NamedTuple and TypedDict, by identity (round 22 gave a function of
                # its own a `__module__` of json's through update_wrapper).
                continue
            refuse_("a base that is not a class")
        cls = real_build_class(func, name, *bases, **kwargs)
        namespace = real_vars(cls) if isinstance(cls, type) else None
        if namespace is not None:
            # SECURITY: copy's C code reads every name of `__slotnames__` from the object by
            # getattr, with no guard (round 26 named `get_stack` on an asyncio Task), and a
            # slot with a dunder name shadows the interpreter's own method (`__reduce__`,
            # computed, sent copy down another path).
            if "__slotnames__" in namespace:
                refuse_("a class that names its own __slotnames__")
            for member in class_refused:
                # SECURITY: numpy's C code reads the array interface of any object it converts
                # (np.asarray) on the object's word: a data pointer of the program's choosing is
                # a read and write of any address. `__getattr__` answers that name too.
                if member in namespace:
                    refuse_(f"a class that defines {member}")
            slots = namespace.get("__slots__")
            if type(slots) is str:
                slots = (slots,)
            if slots is not None:
                # SECURITY: a frozenset (or any other iterable) of names passed unread (round
                # 28: a `__reduce_ex__` slot of the program's, filled by copy).
                if type(slots) not in (tuple, list, dict):
                    refuse_("a class whose __slots__ is not a string, tuple, list or dict")
                for slot in list(slots):
                    if (type(slot) is str and slot.startswith("__") and slot.endswith("__")
                            and slot not in ("__dict__", "__weakref__")):
                        refuse_(f"a slot named {slot}")
        return cls

    program_builtins["__build_class__"] = build_class
    real_register = abc.ABCMeta.register

    def register(cls, subclass):
        # SECURITY: an ABC of the program's that claims a type of the library as its virtual
        # subclass makes isinstance, and so a class pattern, take the library's object for the
        # program's: adversary round 7 read a function's __globals__ through
        # `P.register(type(f))` and `case P(g)`.
        # SECURITY: by what the ABC is, not by its `__module__`: an ABC made through a
        # library relay took the relay's module (`abc`) and passed for the library's (round 23).
        if not library_class(cls) and not owned(subclass):
            refuse_("registering a type of the library as a virtual subclass of the program's class")
        return real_register(cls, subclass)

    abc.ABCMeta.register = register
    getset_type, member_type = types.GetSetDescriptorType, types.MemberDescriptorType

    def slot_dict(obj):
        # The real instance dictionary of `obj`, or None when its class keeps none (or it is
        # a module: a module's namespace is never merged into or out of). C types keep it as a
        # member (`types.SimpleNamespace`), Python classes as a getset.
        if is_module(obj):
            return None
        for k in real_mro(type(obj)):
            slot = real_vars(k).get("__dict__")
            if type(slot) is getset_type or type(slot) is member_type:
                found = slot.__get__(obj)
                return found if type(found) is dict else None
        return None

    def user_copy(data_copy):
        def __copy__(self):
            # SECURITY: UserDict's and UserList's __copy__ make `self.__class__.__new__(…)` and
            # update its `__dict__` in C: a subclass whose __new__ returns a module had that
            # module's namespace written (round 21 rewrote json.loads, and put a `getattr` of
            # its own in contextlib, which redirect_stdout then called with the real sys).
            cls = type(self)
            inst = cls.__new__(cls)
            if is_module(inst) or issubclass(type(inst), type) or not any(
                    k is cls for k in real_mro(type(inst))):
                refuse_("copying an object whose class makes something else")
            # Through the real instance-dictionary slots (slot_dict), not an attribute lookup
            # a property could answer.
            target, source = slot_dict(inst), slot_dict(self)
            if target is None or source is None:
                refuse_("copying an object with no instance dictionary")
            dict.update(target, source)
            target["data"] = data_copy(source["data"])
            return inst

        return __copy__

    for user_class, data_copy in ((collections.UserDict, lambda d: d.copy()),
                                  (collections.UserList, lambda d: d[:])):
        copier = user_copy(data_copy)
        copier.__qualname__ = user_class.__qualname__ + ".__copy__"
        type.__setattr__(user_class, "__copy__", copier)
    real_global_enum = enum.global_enum

    def global_enum(cls, update_str=False):
        # SECURITY: global_enum writes a class's members into the namespace of the module its
        # __module__ names: `__module__ = 'builtins'` rewrote the real builtins (round 7), and
        # the program's own module's namespace holds what the policy put there (round 21
        # rebound a class-pattern guard's variable with a member's name). Refused to the
        # program; the library applied it at import, before the program existed.
        refuse_("enum.global_enum")

    enum.global_enum = global_enum
    real_enum_create = enum.EnumType.__dict__["_create_"]
    enum_call_code = enum.EnumType.__dict__["__call__"].__code__
    enum_file = enum.__file__
    exact_type = type

    def enum_create(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                    boundary=None):
        # SECURITY: Enum's functional API (`Enum('E', names)`, also on a subclass of the
        # program's and as a value no rule sees) writes each name into the new class's
        # namespace, where a dunder or _sunder_ name is not a member but a method: a computed
        # `('__reduce_ex__', hook)` or `('_missing_', hook)` defined hooks no class body may
        # (round 22's review), and `module=` made the class pass for a library's. The names
        # are read once, here, from plain strings, lists, tuples and dicts, and judged.
        was = enter()
        try:
            frame = getframe(1)
            if frame.f_code is enum_call_code:
                frame = frame.f_back
            library_caller = trusted(frame.f_code)
            caller_module = frame.f_globals.get("__name__") if library_caller else "__main__"
            # SECURITY: a module stated by the caller counts only from enum's own code (its
            # global_enum/_convert_); a library relay (ExitStack.callback, typing's alias
            # `__call__`) calling Enum for the program stated `json` (round 25).
            enum_caller = frame.f_code.co_filename == enum_file
        finally:
            leave(was)
        # SECURITY: the names are judged whoever calls (round 23 called Enum through
        # ExitStack.callback, a library frame); the library's own enums have member names.
        if not enum_caller and module is not None and module != "__main__":
            refuse_("an enum stating another module")
        kind = exact_type(names)
        if kind is str:
            members = names.replace(",", " ").split()
            listed = members
        elif kind in (list, tuple):
            listed = list(names)
            if listed and exact_type(listed[0]) is str:
                members = listed
            else:
                members = []
                for item in listed:
                    if exact_type(item) not in (list, tuple) or len(item) != 2:
                        refuse_("an enum member that is not a name or a (name, value) pair")
                    members.append(item[0])
                listed = [(item[0], item[1]) for item in listed]
        elif kind is dict:
            listed = dict(names)
            members = list(listed)
        else:
            refuse_("Enum's functional API with names that are not a string, a list, "
                    "a tuple or a dict")
        for name in members:
            if exact_type(name) is not str:
                refuse_("an enum member whose name is not a plain string")
            # SECURITY: no private name either: a member named `_evaluate` on an enum mixing
            # in a library class answered the library's own lookup of that name (round 25).
            if name.startswith("_") and not enum_caller:
                refuse_(f"the enum member name {name}")
        names = listed
        if module is None:
            module = caller_module
        return real_enum_create(cls, class_name, names, module=module, qualname=qualname,
                                type=type, start=start, boundary=boundary)

    enum_create.__qualname__ = "EnumType._create_"
    type.__setattr__(enum.EnumType, "_create_", enum_create)
    real_reconstruct = copy._reconstruct

    def first_definition(cls, name):
        """What `cls`'s MRO defines `name` as first (what getattr on an instance finds)."""
        for k in real_mro(cls):
            namespace = real_vars(k)
            if name in namespace:
                return namespace[name]
        return None

    def declared_slots(cls):
        """The slot names copyreg._slotnames gives `cls`, from the `__slots__` of its MRO."""
        names = set()
        for k in real_mro(cls):
            slots = real_vars(k).get("__slots__")
            if slots is None:
                continue
            if type(slots) is str:
                slots = (slots,)
            elif type(slots) not in (tuple, list, dict):
                refuse_("copying an object whose class's __slots__ is not a plain collection")
            for slot in list(slots):
                if type(slot) is not str or slot in ("__dict__", "__weakref__"):
                    continue
                if slot.startswith("__") and not slot.endswith("__"):
                    stripped = k.__name__.lstrip("_")
                    if stripped:
                        slot = f"_{stripped}{slot}"
                names.add(slot)
        return names
    partial_type = functools.partial
    enum_type = enum.EnumType
    plain_containers = (list, dict, set, tuple, bytearray)

    def reconstruct(x, memo, func, args, *rest, **kwargs):
        # SECURITY: copy never rebuilds a module or a class, whoever's reduce hook asks: its
        # state would be written into the module's namespace or onto the class (adversary
        # round 8 registered a reductor for a library class in copy's dispatch table).
        make_any = func
        # SECURITY: the rebuilding callable runs in this wrapper's frame: `globals` (or the
        # guarded vars() with no argument) there answered the launcher's own namespace, and
        # the result, a dict, passed as a plain container (adversary round 10). No builtin of
        # a module (globals, locals, vars, dir, getattr, ...) and no guard rebuilds anything.
        cls_x = type(x)
        if (make_any is real_getattr or make_any is guarded_getattr) and type(args) is tuple \
                and len(args) == 2 \
                and args[0] is cls_x and type(args[1]) is str \
                and issubclass(type(cls_x), enum_type):
            # An enum member reduces to `getattr(its class, its name)` (Enum.__reduce_ex__):
            # answered from the class's member map, no getattr runs.
            members = real_vars(cls_x).get("_member_map_")
            if type(members) is dict and args[1] in members:
                member = members[args[1]]
                make_any, args = (lambda: member), ()
        # SECURITY: through a partial too (round 23 rebuilt with `functools.partial(dir)`).
        inner = make_any
        while type(inner) is partial_type:
            inner = inner.func
        if (type(inner) is builtin_type and is_module(real_getattr(inner, "__self__", None))) \
                or any(inner is guard for guard in guards.values()):
            refuse_("copying through a builtin function of a module")

        def func(*call_args):
            made = make_any(*call_args)
            if is_module(made) or isinstance(made, type) or issubclass(type(made), real_super):
                refuse_("copying into a module, a class or a super object")
            return made

        # SECURITY: copy looks the reduce hook up on the object: a library class's instance
        # whose own namespace holds one (`types.SimpleNamespace(**{'__reduce_ex__': hook})`,
        # round 24) runs the program's hook, not the library's.
        own_namespace = slot_dict(x)
        hooked = own_namespace is not None and any(
            type(key) is str and key.startswith("__") and key.endswith("__")
            for key in list(own_namespace))
        if hooked or not library_class(type(x)):
            # SECURITY: a reduce hook of the program's (a class made by type() with a computed
            # `__reduce_ex__`) chooses the object copy rebuilds and writes its state into:
            # `(itemgetter(0), ([contextlib],), {'getattr': spy})` wrote into contextlib's
            # namespace (adversary round 7). What a class that is not a library's rebuilds
            # must be the program's, a plain container, or of the copied object's own class.
            make, own_class = func, type(x)

            def func(*call_args):
                made = make(*call_args)
                if not owned(made) and type(made) not in plain_containers \
                        and type(made) is not own_class:
                    refuse_("copying into an object that is not the program's")
                return made
        # SECURITY: nothing off the allow-list in what the object is rebuilt from: a typing
        # alias named after a global of typing's (`name='sys'`) reduced to typing's real sys
        # (round 27; only the rebuilding function's check stopped it).
        if type(args) is tuple:
            for arg in args:
                check_value(arg, "a copied object's rebuilding argument")
        state = rest[0] if rest else kwargs.get("state")
        if type(state) is tuple and len(state) == 2 and type(state[1]) is dict:
            # SECURITY: the slot state is what C read from the object by the names of its
            # class's `__slotnames__`, by getattr with no guard: a class of the program's that
            # set them named `get_stack` on an asyncio Task (round 26: the launcher's frames).
            # Only the slots the classes declare, as copyreg names them.
            # SECURITY: and the name must lead to a slot: C reads it by getattr, which stops
            # at the first class of the MRO defining it — `asyncio.Task.get_stack`, not the
            # slot of that name a second base declared, or one a rewritten `__slots__` named
            # (round 27: the launcher's frames again).
            declared = declared_slots(cls_x)
            for key in list(state[1]):
                if type(key) is not str or key not in declared \
                        or type(first_definition(cls_x, key)) is not types.MemberDescriptorType:
                    refuse_("copying a slot state by names that are not the class's slots")
        for part in (state if type(state) is tuple else (state,)):
            if type(part) is dict:
                # SECURITY: the state dict itself, not only its values: a module's namespace
                # (round 26, through a GenericAlias subclass) holds no module of its own when
                # the module is written in C.
                check_value(part, "a copied object's state")
                # SECURITY: copy keeps what it copies alive in the memo, where the program
                # reads it back: a ForwardRef's state handed out the code object typing had
                # compiled (adversary round 12). No internal leaves through a copied state.
                for value in list(part.values()):
                    check_value(value, "a copied object's state")
        return real_reconstruct(x, memo, func, args, *rest, **kwargs)

    real_vars(copy)["_reconstruct"] = reconstruct

    def new_keeper():
        held = []

        def keep(x):
            held.append(x)

        return keep

    keep_code = new_keeper().__code__

    def keep_alive(x, memo):
        # SECURITY: deepcopy keeps every original it copied alive in the memo, under
        # `memo[id(memo)]`, and the memo may be the program's: there it read the originals,
        # a library object's real instance dictionary among them (the state its reduce hook
        # answered), and wrote its private state (round 26: redirect_stdout's _old_targets,
        # asyncio's Queue and Lock). The originals are kept in a closure the program cannot
        # read; a list of the program's under that key is replaced, not appended to.
        if not isinstance(memo, dict):
            refuse_("a deep copy's memo that is not a dict")
        holder = dict.get(memo, id(memo))
        code = None
        if type(holder) is function_type:
            was = enter()
            try:
                code = holder.__code__
            finally:
                leave(was)
        if code is not keep_code:
            holder = new_keeper()
            dict.__setitem__(memo, id(memo), holder)
        holder(x)

    keep_alive.__module__, keep_alive.__qualname__ = "copy", "_keep_alive"
    real_vars(copy)["_keep_alive"] = keep_alive
    # SECURITY: RawIOBase.read copies as many bytes as `readinto` says it read, past the
    # buffer it asked for (round 23 read 64 KiB of the heap through a subclass; RawIOBase and
    # FileIO are sealed since). socket.SocketIO is such a subclass already, whose readinto
    # answers what its socket object's recv_into does — an object of the program's (round 28
    # read 255 bytes of the heap). Its read checks the count.
    sockets = modules.get("socket")
    if sockets is not None:
        def socket_read(self, size=-1, /):
            if size is None or size < 0:
                return self.readall()
            buffer = bytearray(size)
            count = self.readinto(buffer)
            if count is None:
                return None
            if type(count) is not int or not 0 <= count <= size:
                raise ValueError(f"readinto returned {count!r} outside [0, {size}]")
            return bytes(buffer[:count])

        socket_read.__qualname__ = "SocketIO.read"
        type.__setattr__(sockets.SocketIO, "read", socket_read)
    # SECURITY: a task's stack is frames, the launcher's among them: refused by name in both
    # walls, but C code reads attributes by names no guard sees (round 27: copy's slot state
    # read `get_stack` from a Task). The methods themselves refuse.
    asyncio_tasks = modules.get("asyncio.tasks")
    if asyncio_tasks is not None:
        def stack_refused(self, *args, **kwargs):
            refuse_("a task's stack (frames)")

        namespace = real_vars(asyncio_tasks)
        for task_class in {id(k): k for k in (namespace.get("Task"), namespace.get("_PyTask"))
                           if k is not None}.values():
            if task_class.__flags__ & HEAPTYPE:
                for method in ("get_stack", "print_stack"):
                    type.__setattr__(task_class, method, stack_refused)
    # SECURITY: the interpreter's own importers make any built-in or frozen module on request
    # (`BuiltinImporter.create_module(ModuleSpec('posix', BuiltinImporter))`), and no import
    # event is raised: round 26 took a C module's `__loader__` from its namespace and made
    # real posix, sys and builtins. Every module the program may use is loaded by now, and
    # nothing is loaded once it runs: their loading methods refuse.
    frozen_importlib = modules.get("_frozen_importlib")
    if frozen_importlib is not None:
        def loading_refused(*args, **kwargs):
            refuse_("loading a module once the program runs")

        for importer in (frozen_importlib.BuiltinImporter, frozen_importlib.FrozenImporter):
            for method in ("create_module", "exec_module", "load_module"):
                type.__setattr__(importer, method, staticmethod(loading_refused))
    # SECURITY: dataclasses looks the function that makes `__hash__` up in this table and
    # calls it with the class's module namespace: round 23 read the table (a mutable dict)
    # and put a function of its own there, which was handed its globals. Read-only now.
    real_vars(dataclasses)["_hash_action"] = types.MappingProxyType(
        dict(dataclasses._hash_action))
    real_process_class, real_add_slots = dataclasses._process_class, dataclasses._add_slots
    real_set_new_attribute = dataclasses._set_new_attribute
    # Each guarded frozen __init__ and its owner (a one-item list: slots=True makes the class
    # again, and the guard follows the class made).
    guarded_inits = []

    def guard_of(init):
        return next((entry for entry in guarded_inits if entry[0] is init), None)

    def frozen_init_guard(init, owner):
        # SECURITY: a frozen dataclass's generated __init__ writes its fields with
        # object.__setattr__, which no guard sees: called unbound on a module
        # (`W.__init__(json, Spy)`) it rewrote json.JSONDecoder (rounds 9 and 10). It
        # initialises instances of its class (`owner[0]`) and nothing else, decided by the
        # real MRO, not issubclass, which asks the class's metaclass (round 19: a
        # `__subclasscheck__` answering True let `D.__init__(json, f)` rewrite json.dumps).
        guard = method_guard(init, owner, "__init__")
        guarded_inits.append((guard, owner))
        return guard

    def guard_frozen_init(made, init, owner):
        guard = frozen_init_guard(init, owner)
        was = enter()
        try:
            type.__setattr__(made, "__init__", guard)
        finally:
            leave(was)

    # SECURITY: every method dataclasses generates reads or writes the fields (any
    # attribute name the class's annotations give) of the objects it is handed: called
    # unbound on a module (`D.__eq__(re, p)`), the generated `__eq__` read `re._compiler` and
    # handed it to the program's `__eq__` (round 23; a `__class__` property of the program's
    # passed its `other.__class__ is self.__class__` test). Each one works on instances of its
    # class only, by the real MRO: `self` otherwise is refused, `other` of a comparison
    # answers NotImplemented. One owner per class, shared by its guards (slots=True makes
    # the class again, and the guards follow the class made).
    compared = frozenset(["__eq__", "__lt__", "__le__", "__gt__", "__ge__"])
    generated_methods = compared | frozenset(["__init__", "__repr__", "__hash__",
                                              "__setattr__", "__delattr__"])
    class_owners = {}

    def class_owner(cls):
        owner = class_owners.get(id(cls))
        if owner is None or owner[0] is not cls:
            owner = class_owners[id(cls)] = [cls]
        return owner

    def method_guard(method, owner, name):
        if name in compared:
            def guarded(self, other):
                if not any(k is owner[0] for k in real_mro(type(self))):
                    refuse_(f"a dataclass's {name} on an object that is not of its class")
                if not any(k is owner[0] for k in real_mro(type(other))):
                    return NotImplemented
                return method(self, other)
        else:
            def guarded(self, *call_args, **call_kwargs):
                if not any(k is owner[0] for k in real_mro(type(self))):
                    refuse_(f"a dataclass's {name} on an object that is not of its class")
                return method(self, *call_args, **call_kwargs)

        guarded.__name__ = name
        guarded.__qualname__ = real_getattr(method, "__qualname__", name)
        return guarded

    def set_new_attribute(cls, name, value):
        # SECURITY: the frozen __init__ is guarded where dataclasses puts it on the class, not
        # once the class is made: in between, _process_class runs the program's hooks (a
        # `__doc__`, `__signature__` or `__isabstractmethod__` that is a class property, an
        # ABC's update, one that raises and aborts the class), and round 20 took the raw
        # __init__ there and wrote copy._reconstruct and dataclasses' own functions with it.
        if name == "__match_args__" and any(
                k is cls for matched in matched_classes for k in real_mro(matched)):
            # SECURITY: a class pattern's names are judged when its match statement starts;
            # dataclass() applied in between (in the subject, a guard, a hook) rewrote what
            # the pattern then read (round 22).
            refuse_("a dataclass's __match_args__ on a class a class pattern already judged")
        if name == "__init__" and type(value) is types.FunctionType and guard_of(value) is None:
            params = real_vars(cls).get("__dataclass_params__")
            if params is not None and real_getattr(params, "frozen", False) is True:
                value = frozen_init_guard(value, class_owner(cls))
        if name in generated_methods and type(value) is types.FunctionType \
                and guard_of(value) is None:
            value = method_guard(value, class_owner(cls), name)
        return real_set_new_attribute(cls, name, value)

    def add_slots(cls, is_frozen, weakref_slot):
        # SECURITY: `slots=True` makes the class again, and the new class's creation runs the
        # program's hooks (a base's __init_subclass__, a metaclass, __set_name__) with the
        # class's namespace: the frozen __init__ is guarded before that (round 17 took the raw
        # one from __init_subclass__ and wrote copy._reconstruct with it), and the guard
        # follows the class made.
        owner = None
        init = real_vars(cls).get("__init__")
        if is_frozen and init is not None:
            entry = guard_of(init)
            if entry is None:
                owner = class_owner(cls)
                guard_frozen_init(cls, init, owner)
            else:
                owner = entry[1]
        made = real_add_slots(cls, is_frozen, weakref_slot)
        if owner is not None and owner[0] is cls:
            owner[0] = made
        shared = class_owners.get(id(cls))
        if shared is not None and shared[0] is cls:
            shared[0] = made
            class_owners[id(made)] = shared
        return made

    def process_class(cls, *args, **kwargs):
        made = real_process_class(cls, *args, **kwargs)
        # The generated __hash__ is set with `cls.__hash__ = …`, not where the other methods
        # are (round 25: `D.__hash__(json)` ran on a module): guarded here, as they are.
        hash_fn = real_vars(made).get("__hash__")
        if type(hash_fn) is types.FunctionType and guard_of(hash_fn) is None:
            was = enter()
            try:
                if hash_fn.__code__.co_filename == "<string>":
                    guarded_hash = method_guard(hash_fn, class_owner(made), "__hash__")
                    type.__setattr__(made, "__hash__", guarded_hash)
            finally:
                leave(was)
        params = real_vars(made).get("__dataclass_params__")
        init = real_vars(made).get("__init__")
        if (params is None or not real_getattr(params, "frozen", False) or init is None
                or guard_of(init) is not None):
            return made
        guard_frozen_init(made, init, [made])
        return made

    real_vars(dataclasses)["_process_class"] = process_class
    real_vars(dataclasses)["_add_slots"] = add_slots
    real_vars(dataclasses)["_set_new_attribute"] = set_new_attribute
    real_object_setattr, real_object_delattr = object.__setattr__, object.__delattr__
    field_type = dataclasses.Field

    def field_setattr(self, name, value):
        # SECURITY: a dataclass's fields are what its generated methods read and write, by the
        # field's `name`, in code the policy judged when it was generated: a field renamed
        # afterwards (`fields(B)[0].name = '_ur' + 'andom'`, then a subclass) made `__eq__`
        # read `random._urandom` and a frozen `__init__` write `copy._reconstruct` (round 17).
        # Fields are written by dataclasses' own code only.
        _, code = writer()
        if type(self) is not field_type or code.co_filename != dataclasses_file:
            refuse_(f"writing the attribute {name} of a dataclass field")
        real_object_setattr(self, name, value)

    def field_delattr(self, name):
        refuse_(f"deleting the attribute {name} of a dataclass field")

    field_type.__setattr__, field_type.__delattr__ = field_setattr, field_delattr
    real_update_wrapper = functools.update_wrapper
    wrapper_assignments = frozenset(functools.WRAPPER_ASSIGNMENTS)
    wrapper_updates = frozenset(functools.WRAPPER_UPDATES)

    def update_wrapper(wrapper, wrapped, assigned=functools.WRAPPER_ASSIGNMENTS,
                       updated=functools.WRAPPER_UPDATES):
        # SECURITY: `assigned` and `updated` are names update_wrapper's own getattr and
        # setattr use: the static check refuses them, but `functools.wraps(f).func` is
        # update_wrapper as a value (round 12 read `__reduce__` through it). Only the default
        # names, or fewer.
        if issubclass(type(wrapper), type):
            # SECURITY: update_wrapper writes the wrapper's __module__ before anything else:
            # on a class of the program's, `__module__ = 'builtins'` made it pass for the
            # library's (round 21), and ownership is read from it.
            refuse_("update_wrapper on a class")
        if type(assigned) is not tuple or type(updated) is not tuple or any(
                type(n) is not str or n not in wrapper_assignments for n in assigned) or any(
                type(n) is not str or n not in wrapper_updates for n in updated):
            refuse_("update_wrapper with attributes other than its defaults")
        # SECURITY: `getattr(wrapper, '__dict__').update(wrapped.__dict__)` hands the wrapped
        # object's namespace to whatever the wrapper's class calls `__dict__` (round 17: a
        # class attribute of the program's with an `update` method received a partial's
        # namespace, where partialmethod had put a builtin's `__self__`, its module). The
        # merge is made here, dictionary to dictionary in C, and every value is judged as a
        # guarded getattr's result.
        result = real_update_wrapper(wrapper, wrapped, assigned, ())
        for name in updated:
            # SECURITY: the namespaces are read through the real instance-dictionary slot, not
            # an attribute lookup: a `__dict__` class attribute of the program's answered the
            # merge's target (round 22's review) and chose where the keys went.
            target = slot_dict(wrapper)
            source = slot_dict(wrapped)
            if target is None:
                refuse_("update_wrapper on an object with no instance dictionary")
            if source is None:
                source = {}
            if type(target) is not dict or type(source) is not dict:
                refuse_(f"update_wrapper merging a {name} that is not a plain dictionary")
            for key, value in list(source.items()):
                # SECURITY: the keys become attributes of the wrapper: judged as the program's
                # setattr would judge them (round 20 gave a function of its own a `__prepare__`
                # through a `__dict__` that a class property answered). `__wrapped__` is what
                # update_wrapper itself leaves in a wrapper's namespace, for the next one.
                if type(key) is not str:
                    refuse_("update_wrapper merging a key that is not a plain string")
                if key != "__wrapped__":
                    check_name(wrapper, key, "writing")
                    # SECURITY: and read from the wrapped object: a library object's private
                    # instance attributes became the program's wrapper's (round 27: an event
                    # loop's `_ssock`, then the socket class).
                    check_name(wrapped, key, "reading")
                check_value(value, key)
            dict.update(target, source)
        return result

    update_wrapper.__module__, update_wrapper.__qualname__ = "functools", "update_wrapper"
    real_make_dataclass = dataclasses.make_dataclass

    def make_dataclass(cls_name, fields, *, namespace=None, **kwargs):
        # Python 3.11's make_dataclass leaves its class's __module__ to types.new_class
        # ("types"), which would make the program's class pass for the library's (3.12 takes
        # the caller's module, as here): the program's own, so dataclasses may write it.
        namespace = {} if namespace is None else dict(namespace)
        namespace["__module__"] = "__main__"
        return real_make_dataclass(cls_name, fields, namespace=namespace, **kwargs)

    make_dataclass.__module__, make_dataclass.__qualname__ = "dataclasses", "make_dataclass"
    real_vars(dataclasses)["make_dataclass"] = make_dataclass
    # SECURITY: the table of reductors copy consults for the library's classes is read-only to
    # the program (it is copyreg's; copy only looks reductors up in it).
    real_vars(copy)["dispatch_table"] = types.MappingProxyType(copy.dispatch_table)
    hide_submodules()
    real_cached_get = functools.cached_property.__get__

    class cached_property(functools.cached_property):
        """functools.cached_property for the program's own objects only. SECURITY: it reads
        and writes `instance.__dict__[attrname]` from a library frame, with an attrname the
        program can set: on a module it read the module's namespace (`_os`, `sys`,
        `__builtins__`) and wrote into it; on a class, the class's real annotations
        (adversary round 10)."""

        __slots__ = ()

        def __get__(self, instance, owner=None):
            if instance is not None and (issubclass(type(instance), type) or not owned(instance)):
                refuse_("a cached_property of an object that is not the program's")
            return real_cached_get(self, instance, owner)

    cached_property.__module__ = "functools"
    replacements = {operator.attrgetter: attrgetter, operator.methodcaller: methodcaller,
                    functools.cached_property: cached_property,
                    real_update_wrapper: update_wrapper, C_GROUPBY: groupby}
    # Compared by identity first, in C (a type's or a function's equality is its identity):
    # only a namespace holding one of them is walked; the walk decides exactly as before.
    replaced_ids = frozenset(map(id, replacements))
    walked = list(modules.values())
    # A batch's parent found, before the fork, which modules hold one of them
    # ([replacement_holders]): when the modules are still exactly those it looked at, only
    # those are walked (each as before); else all of them.
    current = [(name, module) for name, module in modules.items()
               if name != "_ctypes" and name.split(".")[0] != "ctypes"]
    unchanged = (holders is not None and len(current) == len(holders[0])
                 and all(modules.get(name) is module for name, module in holders[0]))
    if unchanged:
        walked = list(holders[1])
    for module in walked:
        namespace = real_vars(module) if is_module(module) else None
        if namespace is None or replaced_ids.isdisjoint(map(id, namespace.values())):
            continue
        for key, value in list(namespace.items()):
            if (type(value) is type or type(value) is types.FunctionType) and value in replacements:
                namespace[key] = replacements[value]
    guard_modules()
    seal_classes(ctypes, [GuardedModule, GuardedModuleType, attrgetter, methodcaller,
                          cached_property, groupby, _grouper, type(sys.stdout.buffer),
                          type(sys.stderr.buffer)],
                 holders[2] if unchanged else None)
    for name in [m for m in modules if m == "_ctypes" or m.split(".")[0] == "ctypes"]:
        del modules[name]
    del ctypes
    sys.addaudithook(hook)


# Modules the allowed ones load lazily, from inside their functions, that are loaded before the
# program runs too: nothing is imported once it does. `_strptime` (datetime.strptime,
# time.strptime) and the codecs a program is likely to name (str.encode/bytes.decode look a
# codec's module up by name); a codec not here is refused.
LAZY_MODULES = """
    _strptime encodings.utf_8 encodings.utf_8_sig encodings.utf_16 encodings.utf_16_le
    encodings.utf_16_be encodings.utf_32 encodings.utf_32_le encodings.utf_32_be
    encodings.latin_1 encodings.ascii encodings.cp1252 encodings.cp437 encodings.idna
    encodings.punycode encodings.unicode_escape encodings.raw_unicode_escape
    encodings.base64_codec encodings.hex_codec encodings.rot_13 encodings.charmap
    encodings.utf_7 encodings.iso8859_15 encodings.mac_roman
""".split()


# The package trees of a runtime beyond the standard library's (install_policy's library roots).
RUNTIME_LIBRARY_ROOTS = {"python-data": ("/usr/lib/python3/dist-packages/",)}
# What the C code of a runtime's packages imports by name at call time, through the builtins
# of the calling frame (the program's): let through to the module already loaded.
# SECURITY: not numpy.core._dtype_ctypes (ctypes), which numpy's C code imports for a ctypes
# type only, and no program has one.
RUNTIME_C_IMPORTS = {
    "python-data": """
    numpy numpy.core numpy.compat numpy.linalg numpy.core._methods numpy.core._dtype
    numpy.core._exceptions numpy.core._internal numpy.core._ufunc_config numpy.core.arrayprint
    numpy.core.numeric numpy.core.multiarray numpy.core.umath scipy._lib._ccallback
""".split(),
}
# What a runtime's packages import at call time, loaded with the allowed modules before the
# program runs (nothing is loaded once it runs): found by running ordinary programs with the
# wall on, and by listing the imports inside the packages' functions (their tests, and the
# modules of refused doors — pickle, clipboard, HTML/XML/SQL readers, eval — left out).
RUNTIME_LAZY_MODULES = {
    "python-data": """
    numpy.core._methods numpy.core._dtype numpy.core._exceptions numpy.core._internal
    numpy.core._ufunc_config numpy.core.arrayprint scipy._lib._ccallback
    matplotlib.backends matplotlib.backends.backend_agg matplotlib.backends.backend_pdf
    matplotlib.backends.backend_svg matplotlib._text_helpers
    matplotlib._qhull matplotlib._tri matplotlib.patheffects numpy.ma.mrecords
    pandas.core.arrays.sparse.scipy_sparse pandas.core.interchange.dataframe pandas.core.resample
    pandas.core.reshape.reshape pandas.io.formats.csvs pandas.io.formats.excel
    pandas.io.formats.latex pandas.io.formats.string pandas.plotting._matplotlib
    scipy.linalg._matfuncs_inv_ssq scipy.ndimage._interpolation scipy.signal.windows
    scipy.sparse._spfuncs
""".split(),
}


# What a class of the program may not define, by runtime (the static wall's
# refused_class_members, and what answers any name).
RUNTIME_CLASS_REFUSED = {
    "python-data": frozenset(["__array_interface__", "__array_struct__", "__dlpack__",
                              "__getattr__", "__getattribute__"]),
}
# What the launcher runs after the preload, before the program exists (see preload).
RUNTIME_WARM_UP = {
    "python-data": """
import io
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import scipy.integrate, scipy.optimize, scipy.stats
a = np.arange(6.0).reshape(2, 3)
repr(a); str(a); a.std(); a.var(); np.median(a); np.percentile(a, 50)
df = pd.read_csv(io.StringIO("k,v,d\\na,1,2024-01-01\\nb,2,2024-01-02\\n"), parse_dates=["d"])
repr(df); str(df); df.to_string(); df.describe(); df.groupby("k").agg({"v": ["mean", "sum"]})
df.to_csv(io.StringIO()); df.to_json(); df.info(buf=io.StringIO()); repr(df["v"]); df._repr_html_()
df.set_index("d").resample("D").sum(numeric_only=True); df["v"].rolling(2).mean()
pd.read_json(io.StringIO(df.to_json())); df.pivot_table(index="k", values="v", aggfunc="mean")
df["k"].str.upper(); df["k"].value_counts(); df[["v"]].plot()
fig, ax = plt.subplots()
ax.plot([1, 2], [3, 4], "o-", label="x"); ax.scatter([1], [2], c=[1]); ax.bar(["a"], [1])
ax.hist([1, 2, 2]); ax.legend(); ax.set_title("t"); ax.text(0, 0, "t"); ax.imshow(a)
fig.colorbar(ax.images[0]); fig.tight_layout()
for fmt in ("png", "svg", "pdf"):
    fig.savefig(io.BytesIO(), format=fmt)
plt.close("all")
scipy.integrate.quad(lambda x: x, 0, 1); scipy.optimize.curve_fit(lambda x, a: a * x, [0, 1, 2], [0, 1, 2])
scipy.optimize.minimize(lambda x: (x[0] - 1) ** 2, [0.0]); scipy.stats.linregress([1, 2, 3], [1, 2, 4])
""",
}


def allowed_modules():
    return [m for m in os.environ.get("SANDBOX_ALLOWED_MODULES", "").split(",") if m]


def preload(modules):
    """Imports the allowed modules and LAZY_MODULES (one that fails to import is left out: the
    program's import of it is then refused, as any import is once it runs)."""
    # SECURITY: asyncio runs on its Python Future and Task, not _asyncio's: 3.11's C
    # Future.remove_done_callback compares a borrowed callback the program's __eq__ can free
    # (round 24b: memory read/write, the real os).
    sys.modules.setdefault("_asyncio", None)
    lazy = RUNTIME_LAZY_MODULES.get(os.environ.get("SANDBOX_RUNTIME", ""), [])
    for name in list(modules) + LAZY_MODULES + lazy:
        try:
            __import__(name)
        except Exception:  # noqa: BLE001 - a module this image lacks is simply not there
            pass
    warm_up = RUNTIME_WARM_UP.get(os.environ.get("SANDBOX_RUNTIME", ""))
    if warm_up is not None and all(m in sys.modules for m in ("numpy", "pandas", "matplotlib.pyplot", "scipy")):
        # What the packages do on first use — import (pandas' formatters, pyplot's backend,
        # by a class body that copies the backend module's namespace), cache on their
        # classes (matplotlib's Path.unit_circle; classes are sealed once the program runs),
        # look up in C (scipy's quad takes ctypes' function-pointer type) — done now, by the
        # launcher's own code, before the program exists. A failure leaves the runtime as the
        # preload left it: the program's own first use then fails closed.
        try:
            exec(compile(warm_up, "<warm-up>", "exec"), {"__name__": "warm_up"})
        except Exception as exc:  # noqa: BLE001 - see above
            print(f"launcher: the warm-up of the runtime failed: {exc!r}", file=sys.stderr)
    roots = RUNTIME_LIBRARY_ROOTS.get(os.environ.get("SANDBOX_RUNTIME", ""), ())
    if roots:
        scrub_ctypes(roots)
        bound_as_strided(roots)


# numpy's as_strided, bounded: the view it makes must lie within the memory of the array it
# views (byte_bounds computes addresses from shape and strides, touching no memory). Compiled
# in globals of its own: nothing of the launcher's is reachable from the function.
BOUNDED_AS_STRIDED = """
def as_strided(x, shape=None, strides=None, subok=False, writeable=True):
    view = original(x, shape, strides, subok, writeable)
    root = asarray(x)
    while isinstance(root.base, ndarray):
        root = root.base
    low, high = byte_bounds(root)
    view_low, view_high = byte_bounds(view)
    if view.size and (view_low < low or view_high > high):
        raise ValueError("as_strided: the view reaches past the memory of the array it views")
    return view
"""


def bound_as_strided(roots):
    """Replaces numpy's as_strided, wherever the packages hold it, by one that refuses a view
    past the memory it views.

    SECURITY: as_strided makes a view of any shape and strides over an array's data pointer: a
    read and write of memory past the array (the static wall refuses the name; scipy's toeplitz
    and numpy's sliding_window_view call it for themselves, within bounds)."""
    stride_tricks = sys.modules.get("numpy.lib.stride_tricks")
    numpy = sys.modules.get("numpy")
    if stride_tricks is None or numpy is None:
        return
    original = stride_tricks.as_strided
    scope = {"__builtins__": {"isinstance": isinstance, "ValueError": ValueError},
             "original": original, "asarray": numpy.asarray, "ndarray": numpy.ndarray,
             "byte_bounds": numpy.byte_bounds}
    exec(compile(BOUNDED_AS_STRIDED, "<bounded as_strided>", "exec"), scope)
    bounded = scope["as_strided"]
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not isinstance(module, type(sys)) or type(file) is not str or not file.startswith(roots):
            continue
        namespace = module.__dict__
        for key, value in list(namespace.items()):
            if value is original:
                namespace[key] = bounded


def scrub_ctypes(roots):
    """Takes ctypes out of the namespaces of the runtime's packages.

    SECURITY: numpy (numpy.core._internal, numpy.ctypeslib) and scipy import ctypes at their own
    import, and hold it as a global: `ndarray.ctypes.data_as(POINTER(c_char))[i]` reads any
    address with no audit event, and a plain attribute read (`np.ctypeslib.ctypes`) reaches
    it past the run-time wall, which judges computed names only. What used it (the `.ctypes`
    attribute, ctypeslib, LowLevelCallable) is refused anyway; scipy's C code has taken the
    ctypes type it checks callbacks against in the warm-up."""
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not isinstance(module, type(sys)) or type(file) is not str or not file.startswith(roots):
            continue
        namespace = module.__dict__
        for key, value in list(namespace.items()):
            if isinstance(value, type(sys)) and value.__name__.split(".")[0] in ("ctypes", "_ctypes"):
                namespace[key] = None


def main(run):
    """Runs the program (or, for a batch, each of its cases); `run` gets the nonce, for the end
    marker."""
    reopen_output()
    policy = os.environ.get("SANDBOX_CODE_POLICY", "strict")
    if policy != "off":
        # Before the program is read: a warm-pool container has done this before its job.
        # SECURITY: every allowed module is loaded now, before the program exists, and nothing
        # is loaded once it runs (the hook refuses the import event): an import runs the
        # library's code with the library's trust, and rounds 9 and 11 ran the program's code
        # inside one (a __del__, a __format__, a finder of its own) and borrowed that trust.
        preload(allowed_modules())
        # The kernel filter is installed in the process that runs the program, once the
        # header says which (this one, or each case's child: a filtered process cannot fork);
        # it is built now so that installing it costs the job two system calls.
        try:
            prepared = prepare_kernel_filter()
        except OSError as exc:
            print(f"launcher: the kernel filter could not be installed: {exc}", file=sys.stderr)
            return 125
        # The walks of every module's namespace install_policy would make once the program is
        # here, made now (install_policy checks that the modules are still these).
        holders = replacement_holders()
    else:
        prepared = holders = None
    # Ready: the worker starts the job's clock only after this (a cold container's imports are
    # not the job's time), and takes it for a container it can use.
    write_all(2, READY)
    try:
        length, run["nonce"], batch, options = read_header(0)
        source = read_exact(0, length).decode("utf-8")
        files = read_files(0, options["files"])
    except ValueError as exc:
        print(f"launcher: {exc}", file=sys.stderr)
        return 125
    if batch is not None:
        return run_batch(source, policy, prepared, *batch, files=files)
    try:
        place_files(files)
    except OSError as exc:
        print(f"launcher: the input files could not be placed: {exc}", file=sys.stderr)
        return 125
    # What of out/ comes back: collected by end(), once the program has ended.
    run["out"] = options["out"]
    return run_program(source, policy, prepared, holders)


# Where install_policy leaves the guard the rewritten class patterns call (run_program takes
# it out of the builtins again), the constant the rewritten code holds in its place until the
# code is compiled, and the prefix of the variables that hold the classes it judged: reserved
# (a program naming one is refused before it runs).
MATCH_CLASS_GUARD = "_sandbox_match_class"
RESERVED_PREFIX = "_sandbox_"
# Where a `match` statement can begin: the start of a line, after its indentation.
MATCH_LINE = re.compile(r"(?:^|[\r\n])[ \t\f]*match\b")


class ClassPatterns(ast.NodeTransformer):
    """Rewrites each `match` statement so that the class of every class pattern with
    subpatterns is judged by the run-time wall before the statement runs:

        match s:                     _sandbox_class_0, = Point,
            case Point(x, y, z=0):   _sandbox_class_0 = _sandbox_match_class(_sandbox_class_0, ('z',), 2)
                ...                  match s:
                                         case _sandbox_class_0(x, y, z=0): ...

    The class is looked up once, where the statement begins, in the statement's own scope (a
    class body's namespace included), rather than when the case is tried. The guard is not
    looked up by name: the code holds it as a constant ([compile_program])."""

    def __init__(self, placeholder):
        self.count = 0
        self.placeholder = placeholder

    def visit_Match(self, node):
        self.generic_visit(node)
        hoisted, classes = [], []
        for case in node.cases:
            for pattern in list(ast.walk(case.pattern)):
                if not isinstance(pattern, ast.MatchClass):
                    continue
                if not pattern.patterns and not pattern.kwd_attrs:
                    continue  # an isinstance test: nothing is read
                name = f"{RESERVED_PREFIX}class_{self.count}"
                self.count += 1
                # `PLACEHOLDER(…)`: the string becomes the guard's trampoline once compiled.
                call = ast.Call(
                    func=ast.Constant(self.placeholder),
                    args=[ast.Name(name, ast.Load()),
                          ast.Tuple([ast.Constant(k) for k in pattern.kwd_attrs], ast.Load()),
                          ast.Constant(len(pattern.patterns))],
                    keywords=[])
                assign = ast.Assign(targets=[ast.Name(name, ast.Store())], value=call)
                hoisted.append(ast.fix_missing_locations(ast.copy_location(assign, node)))
                classes.append((name, pattern.cls))
                pattern.cls = ast.copy_location(ast.Name(name, ast.Load()), pattern.cls)
        if not hoisted:
            return node
        # Every class is evaluated (one tuple assignment) before any is judged, and the
        # guards run back to back: no code of the program's (a later pattern's class
        # expression, a property) runs between a class's judgement and the statement
        # (round 23 swapped a judged class while a later one was evaluated).
        evaluated = ast.Assign(
            targets=[ast.Tuple([ast.Name(n, ast.Store()) for n, _ in classes], ast.Store())],
            value=ast.Tuple([c for _, c in classes], ast.Load()))
        hoisted.insert(0, ast.fix_missing_locations(ast.copy_location(evaluated, node)))
        # The subject first, as the statement evaluates it, then the classes: code the subject
        # runs cannot change a class after its guard (round 22 applied dataclass() there).
        subject = f"{RESERVED_PREFIX}subject_{self.count}"
        self.count += 1
        assign = ast.Assign(targets=[ast.Name(subject, ast.Store())], value=node.subject)
        node.subject = ast.copy_location(ast.Name(subject, ast.Load()), node.subject)
        return [ast.fix_missing_locations(ast.copy_location(assign, node))] + hoisted + [node]


def reserved_name(tree):
    """The first identifier of the program that starts with RESERVED_PREFIX, if any."""
    for node in ast.walk(tree):
        names = []
        for field in ("id", "arg", "name", "asname", "attr", "rest"):
            value = getattr(node, field, None)
            if type(value) is str:
                names.append(value)
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            names.extend(node.names)
        for name in names:
            if name.startswith(RESERVED_PREFIX):
                return name
    return None


def with_constant(code, old, new):
    """`code` and the code objects nested in it, with the constant `old` replaced by `new`."""
    consts = tuple(
        new if type(c) is str and c == old
        else with_constant(c, old, new) if type(c) is types.CodeType
        else c
        for c in code.co_consts)
    return code.replace(co_consts=consts)


def compile_program(source, policy, holder):
    """The program's code; under the policy, with its class patterns rewritten (ClassPatterns),
    calling the guard that `holder[0]` will hold. Raises SyntaxError as compile() does, and
    PermissionError for a reserved name. Runs before the audit hook exists (code.replace)."""

    def trampoline(cls, keywords, positional):
        return holder[0](cls, keywords, positional)

    if policy == "off":
        return compile(source, FILENAME, "exec", dont_inherit=True)
    # A program with no `match` statement and no reserved name (identifiers are compared
    # after NFKC, as the parser normalises them) has nothing to rewrite: compiled as it is,
    # without the tree walks below. A match statement always begins a line.
    normalized = unicodedata.normalize("NFKC", source)
    if RESERVED_PREFIX not in normalized and MATCH_LINE.search(normalized) is None:
        return compile(source, FILENAME, "exec", dont_inherit=True)
    tree = ast.parse(source, FILENAME)
    # SECURITY: the rewritten statements keep each judged class in a variable: a program that
    # bound one would match a class of its own choosing. The guard itself is a constant of
    # the code (round 20 reached the program's globals and rebound a guard looked up by name).
    name = reserved_name(tree)
    if name is not None:
        refuse(f"the name {name} (reserved by the sandbox)")
    # SECURITY: the constant that becomes the guard's trampoline is drawn for this run, and
    # no constant of the program may equal it: round 21 wrote a fixed placeholder as a string
    # literal of its own (`"\x00sandbox: …"`) and was handed the trampoline.
    placeholder = "\x00sandbox-guard-" + os.urandom(16).hex()
    if any(type(node) is ast.Constant and node.value == placeholder for node in ast.walk(tree)):
        refuse(f"the constant {placeholder!r} (reserved by the sandbox)")
    tree = ClassPatterns(placeholder).visit(tree)
    with warnings.catch_warnings():
        # "'str' object is not callable": the placeholder's, not the program's.
        warnings.filterwarnings("ignore", message=".*is not callable", category=SyntaxWarning)
        code = compile(tree, FILENAME, "exec", dont_inherit=True)
    return with_constant(code, placeholder, trampoline)


def run_program(source, policy, prepared, holders=None):
    """Installs the run-time wall (unless the policy is off) and runs the program in this
    process; returns its exit status (a SystemExit propagates). `holders`: see
    [replacement_holders]."""
    if policy != "off":
        try:
            install_kernel_filter(prepared)
        except OSError as exc:
            print(f"launcher: the kernel filter could not be installed: {exc}", file=sys.stderr)
            return 125

    # Seed linecache so tracebacks show source lines of a file that exists nowhere.
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    match_class = [None]
    try:
        code = compile_program(source, policy, match_class)
    except (SyntaxError, PermissionError) as exc:
        traceback.print_exception(exc.with_traceback(None))
        return 1

    # SECURITY: the program gets a namespace and builtins of its own: nothing of this
    # launcher (its globals, os, sys) is in them.
    program_builtins = dict(builtins.__dict__)
    if policy != "off":
        allowed = allowed_modules()
        refused = os.environ.get("SANDBOX_REFUSED_NAMES", "").split(",")
        # SECURITY: the policy's functions look builtins up (type, isinstance, len, ...) in a
        # copy of the builtins taken now, before the program runs: a program that rewrote the
        # real builtins (enum.global_enum into `builtins`, round 7) cannot change what the
        # policy's own checks call.
        policy_globals = dict(globals())
        policy_globals["__builtins__"] = dict(builtins.__dict__)
        install = types.FunctionType(install_policy.__code__, policy_globals, "install_policy",
                                     install_policy.__defaults__, install_policy.__closure__)
        install(allowed, frozenset(n for n in refused if n), program_builtins, holders)
        match_class[0] = program_builtins.pop(MATCH_CLASS_GUARD)
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=FILENAME, __builtins__=program_builtins, __cached__=None)
    sys.modules["__main__"] = module
    sys.argv[:] = [FILENAME]
    try:
        exec(code, module.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: B036 - report everything, as the interpreter does
        try:
            tb = exc.__traceback__.tb_next  # the first frame is this launcher's
            # traceback (unlike the interpreter's C printer) reads source lines from linecache.
            traceback.print_exception(exc.with_traceback(tb))
        except BaseException:  # noqa: B036 - the exception's own __notes__, __str__, … raised
            pass
        return 1
    return 0


# Where a case's leftovers could persist for the next case: the only writable trees.
CASE_TREES = ("/tmp", "/dev/shm")
# The container's own memory cgroup, as the engine mounts it (read-only) inside: v1, v2.
OOM_COUNTERS = ("/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events")
# How long the parent tries to see every leftover process of a case gone, in 1 ms steps.
SWEEP_STEPS = 3000
CLOCK = time.monotonic


def run_batch(source, policy, prepared, cases, time_ms, files=()):
    """The parent of a batch: one child per case (see the module's doc); returns 0 once every
    case has its record, 125 when a case could not be cleaned up after (no more records)."""
    if policy != "off":
        # SECURITY: the parent is the trusted side of every case (its clock, its records):
        # non-dumpable, so a case's process (same uid) cannot open its /proc/<pid>/mem or
        # ptrace it, whatever it reached.
        if prepared[1](4, 0, 0, 0, 0) != 0:  # PR_SET_DUMPABLE 0
            print("launcher: prctl(PR_SET_DUMPABLE) failed", file=sys.stderr)
            return 125
    holders = replacement_holders() if policy != "off" else None
    BLOCK_SIGNALS(signal.SIG_BLOCK, {signal.SIGCHLD})
    # What is loaded now is shared with every case's process, untouched: no collection of the
    # parent's walks it (and copies its pages) in a case.
    gc.freeze()
    for _ in range(cases):
        try:
            stdin = read_exact(0, read_length(0))
        except ValueError as exc:
            print(f"launcher: {exc}", file=sys.stderr)
            return 125
        # SECURITY: the case's stdin is a pipe, as a single run's is (not a file: the policy
        # judges an open of /dev/stdin or /proc/self/fd/0 by where it leads, and a pipe leads
        # where a single run's does). The parent feeds it while it waits.
        try:
            place_files(files)
        except OSError as exc:
            print(f"launcher: the input files could not be placed: {exc}", file=sys.stderr)
            return 125
        reader, writer = os.pipe()
        os.set_blocking(writer, False)
        pending = feed(writer, memoryview(stdin))
        ooms = oom_kills()
        began = CLOCK()
        pid = os.fork()
        if pid == 0:
            os.close(writer)
            run_case(reader, source, policy, prepared, holders)  # never returns
        os.close(reader)
        if not pending:
            os.close(writer)
            writer = None
        try:
            case_nonce = read_case_nonce(0)
        except ValueError as exc:
            os.kill(pid, signal.SIGKILL)
            print(f"launcher: {exc}", file=sys.stderr)
            return 125
        status, usage, timed_out = wait_case(pid, began + time_ms / 1000, writer, pending)
        wall = CLOCK() - began
        if not sweep() or not all(empty_tree(tree) for tree in CASE_TREES):
            return 125
        after = oom_kills()
        oom = "?" if ooms is None or after is None else int(after > ooms)
        figures = (
            f"exit={os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1} "
            f"signal={os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0} "
            f"timeout={int(timed_out)} oom={oom} "
            f"cpu_us={round((usage.ru_utime + usage.ru_stime) * 1e6)} "
            f"maxrss_kb={usage.ru_maxrss} wall_us={round(wall * 1e6)}\n"
        )
        marker = b"\0" + case_nonce + b"\0"
        write_all(1, marker)
        write_all(2, marker + figures.encode())
    return 0


def replacement_holders():
    """The modules as install_policy will find them (ctypes aside; `_string` it loads), those
    whose namespace holds one of the library objects it replaces there, and the classes their
    namespaces hold (which seal_classes seals). Found before the program arrives (a single
    run's, while its container waits in the pool) or once in a batch's parent, where the walk
    costs nothing per case: in a case's process, reading every namespace copies most of the
    pages the fork shared."""
    __import__("_string")
    originals = frozenset(map(id, (operator.attrgetter, operator.methodcaller,
                                   functools.cached_property, functools.update_wrapper,
                                   C_GROUPBY)))
    scanned = tuple((name, module) for name, module in sys.modules.items()
                    if name != "_ctypes" and name.split(".")[0] != "ctypes")
    hits, classes = [], {}
    for _, module in scanned:
        try:
            namespace = vars(module)
        except TypeError:
            continue
        if not originals.isdisjoint(map(id, namespace.values())):
            hits.append(module)
        if isinstance(module, type(sys)):
            for value in namespace.values():
                if isinstance(value, type):
                    classes[id(value)] = value
    return scanned, tuple(hits), tuple(classes.values())


def write_all(fd, data):
    while data:
        data = data[RAW_WRITE(fd, data):]


def read_length(fd):
    """A case's stdin length, from `<length>\\n`."""
    line = b""
    while not line.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte or len(line) > 20:
            raise ValueError("malformed case header")
        line += byte
    if not line[:-1].isdigit():
        raise ValueError("malformed case header")
    return int(line[:-1])


def read_case_nonce(fd):
    nonce = read_exact(fd, NONCE_DIGITS + 1)
    if not nonce.endswith(b"\n") or nonce[:-1].strip(b"0123456789abcdef"):
        raise ValueError("malformed case nonce")
    return nonce[:-1]


def run_case(stdin, source, policy, prepared, holders):
    """The child of one case: its stdin, then exactly what a single run does. Never returns."""
    status = 125
    try:
        BLOCK_SIGNALS(signal.SIG_UNBLOCK, {signal.SIGCHLD})
        os.dup2(stdin, 0)
        os.close(stdin)
        try:
            status = run_program(source, policy, prepared, holders)
        except SystemExit as exit:
            status = status_of(exit)
        except BaseException:  # noqa: B036 - the launcher's own failure: said, and 125
            traceback.print_exc()
    finally:
        end(status, None)


def feed(writer, pending):
    """Writes what the pipe takes now of `pending`; returns the rest."""
    while pending:
        try:
            pending = pending[os.write(writer, pending):]
        except BlockingIOError:
            break
        except BrokenPipeError:
            return pending[:0]
    return pending


def wait_case(pid, deadline, writer, pending):
    """Waits for the case's process until `deadline` (SIGKILL then), feeding the rest of its
    stdin (`pending`) to `writer` meanwhile (closed once all is written, or at the end);
    returns its wait status, its rusage (the kernel's), and whether the time limit killed it."""
    timed_out = False
    try:
        while True:
            if writer is not None:
                pending = feed(writer, pending)
                if not pending:
                    os.close(writer)
                    writer = None
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done == pid:
                return status, usage, timed_out
            remaining = deadline - CLOCK()
            if remaining <= 0:
                timed_out = True
                os.kill(pid, signal.SIGKILL)
                _, status, usage = os.wait4(pid, 0)
                return status, usage, timed_out
            WAIT_SIGNAL({signal.SIGCHLD}, remaining if writer is None else min(remaining, 0.002))
    finally:
        if writer is not None:
            os.close(writer)


def sweep():
    """Kills every process the case left (all this uid's processes but this one and the init)
    and waits until there is none; False when some would not go."""
    for _ in range(SWEEP_STEPS):
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            return True
        while True:
            try:
                reaped, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if reaped == 0:
                break
        WAIT_SIGNAL({signal.SIGCHLD}, 0.001)
    print("launcher: a case's processes would not end", file=sys.stderr)
    return False


def empty_tree(tree):
    """Removes everything under `tree` (the case's files); False when something stays."""
    if not os.path.isdir(tree):
        return True
    try:
        remove_under(tree)
        if os.listdir(tree):
            raise OSError(f"{tree} is not empty")
        return True
    except OSError as exc:
        print(f"launcher: {tree} could not be emptied: {exc}", file=sys.stderr)
        return False


def remove_under(directory):
    """Removes what `directory` holds, depth first; a directory the case made read-only or
    unreadable is opened up again first (the same uid may)."""
    for entry in os.scandir(directory):
        if entry.is_dir(follow_symlinks=False):
            os.chmod(entry.path, 0o700)
            remove_under(entry.path)
            os.rmdir(entry.path)
        else:
            os.unlink(entry.path)


def oom_kills():
    """The container cgroup's count of OOM kills (the kernel's), or None where it is not seen."""
    for path in OOM_COUNTERS:
        try:
            with open(path) as counters:
                for line in counters:
                    if line.startswith("oom_kill "):
                        return int(line.split()[1])
        except (OSError, ValueError):
            continue
    return None


def status_of(exit):
    """The exit status the interpreter would give a SystemExit (None 0, an int itself, anything
    else printed and 1).

    SECURITY: nothing of the program's may raise out of here — a `code` property, an int
    subclass's `__int__` — and skip end() (adversary round 31b: the interpreter then shut down
    normally, ran the program's finalisers after the guards were gone, and handed it the real
    sys). The int's value is read as the interpreter does, without its class's `__int__`."""
    try:
        code = exit.code
        if code is None:
            return 0
        if isinstance(code, int):
            return INT_VALUE(code) & 0xFF
        print(code, file=sys.stderr)
    except BaseException:  # noqa: B036 - the status is what matters now
        pass
    return 1


def end(status, nonce, out=None):
    """Flushes the output, writes the end marker (and after it, with `out` caps, the files of
    out/: write_out), waits for the worker's release, and exits with `status`. Without a nonce
    (a malformed header) there is no marker: it exits now."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:  # noqa: B036 - the program's stream; the marker must follow
            pass
    # SECURITY: no program code after the marker — a collection of the garbage ran the
    # program's __del__ inside collect_out, which wrote a files trailer of its own on fd 2
    # ahead of the launcher's (adversary round 30b). Nothing is collected from here on; the
    # process ends with os._exit.
    GC_DISABLE()
    try:
        if nonce is not None:
            SET_HANDLER(RELEASE_SIGNAL, signal.SIG_DFL)
            BLOCK_SIGNALS(signal.SIG_BLOCK, {RELEASE_SIGNAL})
            marker = b"\0" + nonce + b"\0"
            while marker:
                marker = marker[RAW_WRITE(2, marker):]
            if out is not None:
                write_out(out)
            WAIT_SIGNAL({RELEASE_SIGNAL}, RELEASE_WAIT)
    finally:
        EXIT_NOW(status)


if __name__ == "__main__":
    run = {"nonce": None, "out": None}
    status = 1
    # SECURITY: end() runs whatever the program raised, and the process ends in it with
    # os._exit: the interpreter never shuts down normally, where it restores the real builtins
    # before its last collection and the program's finalisers would run unguarded (round 31b).
    try:
        try:
            status = main(run)
        except SystemExit as exit:
            status = status_of(exit)
        except BaseException:  # noqa: B036 - a program's exception that got past run_program
            status = 1
    finally:
        end(status, run["nonce"], run["out"])
