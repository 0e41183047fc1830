"""Receives one program over standard input and runs it as `python3 main.py` would.

Protocol on fd 0: the program's length in bytes as ASCII decimal, a newline, exactly that many
bytes of UTF-8 source, then the program's own standard input until EOF.

The source is compiled from the decoded text (so a coding declaration changes nothing, exactly as
the validator read it) and never written to disk (so the program cannot rewrite its own source).
Tracebacks name `main.py` and show its lines, and the launcher's own frame is hidden.

The run-time wall (docs/policy.md): unless SANDBOX_CODE_POLICY is `off`, an audit hook
(`sys.addaudithook`, which Python code cannot remove) and a guarded `__import__` in the program's
own builtins refuse, with a PermissionError naming the policy, what the program itself asks for
outside the policy: imports off SANDBOX_ALLOWED_MODULES, process starts, native calls, sockets,
loading code (marshal, pickle, exec and compile from the program's code), frame introspection,
tracing, opening /proc, /sys and most of /dev, and writing anywhere but /tmp. What the standard
library does for itself (its own imports, dataclasses' generated code) is told apart by the
frame that asked: code whose file is in the standard library's directory. It is a second wall
behind the static check, not the boundary: native code, once reached, is not bound by it.
"""

import builtins
import io
import linecache
import os
import sys
import traceback
import types

FILENAME = "main.py"
MAX_HEADER = 20
POLICY_NAME = "sandbox policy"
AF_UNIX = 1

# Audit events refused whoever raises them: nothing an allowed module does for a program
# needs them. SECURITY: process starts (a shell), native calls and memory (ctypes, mmap),
# sockets, unpickling arbitrary callables, changing limits, signalling other processes,
# changing the filesystem, replacing the open-code hook, reaching every live object.
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
    _thread.start_new_thread
    """.split()
)
ALWAYS_REFUSED_PREFIXES = ("ctypes.", "socket.", "winreg.", "msvcrt.", "_winapi.", "sqlite3.")

# Refused when the program's own code raises them; the standard library raises them for
# itself (importlib loads .pyc files with marshal, dataclasses and namedtuple exec their own
# generated code, enum and typing read the caller's frame). SECURITY: running strings as
# code, making code objects (renaming one with replace), walking frames.
PROGRAM_REFUSED = frozenset(
    """
    exec compile marshal.loads marshal.load code.__new__ function.__new__ sys._getframe
    sys._getframemodulename object.__getattr__ sys.addaudithook cpython.run_command
    cpython.run_file cpython.run_module cpython.run_startup cpython.run_interactivehook
    """.split()
)

# Files a program may open for reading although they are under /dev.
DEVICE_FILES = frozenset(
    ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom",
     "/dev/stdin", "/dev/stdout", "/dev/stderr"]
)
# SECURITY: /proc/self/mem is an arbitrary memory write (exec with no import); /proc and /sys
# also give process control and the host's details; /dev the devices.
UNREADABLE_TREES = ("/proc", "/sys", "/dev")
WRITABLE_TREE = "/tmp"


def read_header(fd):
    header = b""
    while not header.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte or len(header) > MAX_HEADER:
            raise ValueError("malformed header")
        header += byte
    return int(header)


def read_exact(fd, length):
    chunks = []
    while length:
        chunk = os.read(fd, min(length, 1 << 16))
        if not chunk:
            raise ValueError("input ended inside the program text")
        chunks.append(chunk)
        length -= len(chunk)
    return b"".join(chunks)


class FullWriter(io.RawIOBase):
    """An unbuffered file-descriptor writer that never loses the tail of a write.

    `python3 -u` writes through a raw FileIO, and a single os.write may write only part of a
    large buffer (a signal, gVisor's pipes); TextIOWrapper then drops the rest silently. This
    writer loops until every byte is written, and stays unbuffered, so output written before a
    kill is still not lost.
    """

    def __init__(self, fd):
        super().__init__()
        self._fd = fd

    def writable(self):
        return True

    def fileno(self):
        return self._fd

    def write(self, data):
        view = memoryview(data).cast("B")
        written = 0
        while written < len(view):
            written += os.write(self._fd, view[written:])
        return written


def reopen_output():
    sys.stdout = io.TextIOWrapper(
        FullWriter(1), encoding="utf-8", errors="strict", write_through=True
    )
    sys.stderr = io.TextIOWrapper(
        FullWriter(2), encoding="utf-8", errors="backslashreplace", write_through=True
    )
    sys.__stdout__, sys.__stderr__ = sys.stdout, sys.stderr


def refuse(what):
    raise PermissionError(f"{POLICY_NAME}: {what} is not allowed")


def install_policy(allowed, program_builtins):
    """The run-time wall: an audit hook, and a guarded __import__ in `program_builtins`.

    Everything it decides on is captured here and immutable (frozensets, tuples, strings),
    and every argument it looks at must be of an exact built-in type, so that no object of the
    program's (a str subclass with its own __eq__, a path with __fspath__) runs inside the hook.
    """
    getframe = sys._getframe
    realpath = os.path.realpath
    stdlib = os.path.dirname(os.__file__) + os.sep
    allowed = frozenset(allowed)
    # Modules the C code of allowed modules imports lazily through the builtins of the frame
    # that called it — the program's: datetime.strptime and time.strptime import _strptime.
    lazy_internals = frozenset(["_strptime"])
    # Everything the hook consults is bound here, in its closure, not looked up in this
    # module's globals at call time (a program that reached them could rebind `refuse`).
    refuse_ = refuse
    always_refused, always_prefixes = ALWAYS_REFUSED, ALWAYS_REFUSED_PREFIXES
    program_refused, device_files = PROGRAM_REFUSED, DEVICE_FILES
    unreadable, writable = UNREADABLE_TREES, WRITABLE_TREE
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
    original_import = builtins.__import__
    # Set while the hook itself runs: the events its own work raises (reading a frame's
    # f_code raises object.__getattr__) are its own, not the program's. No code of the program
    # runs meanwhile: the hook touches only objects of exact built-in types.
    busy = [False]
    # The launcher's own exec of the program is the one exec it lets pass, once, before any
    # code of the program runs.
    launching = [True]

    def trusted(frame):
        filename = frame.f_code.co_filename
        return type(filename) is str and (
            filename.startswith(stdlib) or filename.startswith("<frozen ")
        )

    def importer():
        # The frame that asked for the import: past importlib's own frames and ours.
        frame = getframe(3)
        while frame is not None and (
            frame.f_code.co_filename.startswith("<frozen importlib")
            or frame.f_code is guarded_code[0]
        ):
            frame = frame.f_back
        return frame

    def check_open(path, mode, flags):
        if type(path) is int:
            return  # a descriptor the program already has (open(0) for stdin)
        if type(path) is bytes:
            path = os.fsdecode(path)
        if type(path) is not str:
            refuse_("opening a file by a path that is not a plain string")
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
        if busy[0]:
            return
        busy[0] = True
        try:
            judge(event, args)
        finally:
            busy[0] = False

    def judge(event, args):
        if type(event) is not str or type(args) is not tuple:
            refuse_("an audit event that is not a string")
        if event == "socket.__new__" and len(args) > 1 and args[1] == AF_UNIX:
            return  # asyncio's self-pipe (socket.socketpair); seccomp admits only AF_UNIX too
        if event in always_refused or event.startswith(always_prefixes):
            refuse_(event)
        if event == "open":
            check_open(*args[:3])
            return
        if event == "import":
            name = args[0]
            if type(name) is not str:
                refuse_("importing by a name that is not a plain string")
            if name not in allowed and name not in lazy_internals:
                frame = importer()
                if frame is not None and not trusted(frame):
                    refuse_(f"importing {name}")
            return
        if event == "compile" and len(args) > 1:
            # SECURITY: code compiled under a standard-library file name would pass for the
            # library's own; only importlib, loading a module's source, may do that.
            name = args[1]
            if type(name) is not str or name.startswith(stdlib) or name.startswith("<frozen"):
                frame = getframe(2)
                if frame is None or not frame.f_code.co_filename.startswith("<frozen importlib"):
                    refuse_("compiling code under a standard-library file name")
        if event == "exec" and launching[0]:
            launching[0] = False
            return
        if event in program_refused:
            frame = getframe(2)
            if frame is not None and not trusted(frame):
                if event == "object.__getattr__" and len(args) > 1 and type(args[1]) is str:
                    refuse_(f"reading the attribute {args[1]}")
                refuse_(event)
            return
        if event in ("object.__setattr__", "object.__delattr__"):
            name = args[1] if len(args) > 1 else None
            if type(name) is not str or name.startswith("__"):
                frame = getframe(2)
                if frame is not None and not trusted(frame):
                    shown = repr(name) if type(name) is str else "an attribute"
                    refuse_(f"{event} of {shown}")

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        # The program's own `import` statements: a module already loaded (os, by this
        # launcher) raises no audit event, so the name is judged here first.
        if type(name) is not str or type(level) is not int:
            refuse_("importing by a name that is not a plain string")
        if level != 0:
            refuse_("a relative import")
        if name not in allowed and name not in lazy_internals:
            refuse_(f"importing {name}")
        return original_import(name, globals, locals, fromlist, level)

    guarded_code = (guarded_import.__code__,)
    program_builtins["__import__"] = guarded_import
    sys.addaudithook(hook)


def main():
    reopen_output()
    try:
        source = read_exact(0, read_header(0)).decode("utf-8")
    except ValueError as exc:
        print(f"launcher: {exc}", file=sys.stderr)
        return 125

    # Seed linecache so tracebacks show source lines of a file that exists nowhere.
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    try:
        code = compile(source, FILENAME, "exec", dont_inherit=True)
    except SyntaxError as exc:
        traceback.print_exception(exc.with_traceback(None))
        return 1

    # SECURITY: the program gets a namespace and builtins of its own: nothing of this
    # launcher (its globals, os, sys) is in them, and its __import__ is the guarded one.
    program_builtins = dict(builtins.__dict__)
    policy = os.environ.get("SANDBOX_CODE_POLICY", "strict")
    if policy != "off":
        allowed = os.environ.get("SANDBOX_ALLOWED_MODULES", "").split(",")
        install_policy([m for m in allowed if m], program_builtins)
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=FILENAME, __builtins__=program_builtins, __cached__=None)
    sys.modules["__main__"] = module
    sys.argv[:] = [FILENAME]
    try:
        exec(code, module.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: B036 - report everything, as the interpreter does
        tb = exc.__traceback__.tb_next  # the first frame is this launcher's
        # traceback (unlike the interpreter's C printer) reads source lines from linecache.
        traceback.print_exception(exc.with_traceback(tb))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
