"""Receives one program over standard input and runs it as `python3 main.py` would.

Protocol on fd 0: the program's length in bytes as ASCII decimal, a newline, exactly that many
bytes of UTF-8 source, then the program's own standard input until EOF.

The source is compiled from the decoded text (so a coding declaration changes nothing, exactly as
the validator read it) and never written to disk (so the program cannot rewrite its own source).
Tracebacks name `main.py` and show its lines, and the launcher's own frame is hidden.
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

    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=FILENAME, __builtins__=builtins, __cached__=None)
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
