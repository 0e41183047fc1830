"""Writes the generated red-team programs (families x variants) as programs/g*.py: `python3 tests/redteam/generate.py tests/redteam/programs`. Hand-written programs live beside them."""
import os
import sys

OUT = sys.argv[1]
M = '"PWN" + "ED"'
progs = {}


def add(name, family, idea, code):
    progs[f"{family}_{name}"] = f"# {family}: {idea}\n{code.strip()}\n"


proofs = {
    "os": "print(M, os.getpid())", "sys": "print(M, len(sys.modules))",
    "subprocess": "print(M, subprocess.run(['id'], capture_output=True).stdout)",
    "socket": "s = socket.socket(socket.AF_UNIX)\nprint(M, s)",
    "ctypes": "print(M, ctypes.CDLL(None).getpid())",
    "importlib": "print(M, importlib.import_module('os').getpid())",
    "posix": "print(M, posix.getpid())",
    "builtins": "builtins.exec('print(' + repr('PWN') + ' + ' + repr('ED') + ')')",
    "pty": "print(M, pty.STDIN_FILENO)", "multiprocessing": "print(M, multiprocessing.cpu_count())",
    "signal": "print(M, signal.getsignal(2))", "gc": "print(M, len(gc.get_objects()))",
    "inspect": "print(M, inspect.currentframe().f_back)",
    "code": "code.InteractiveInterpreter().runsource('print(\"PWN\" \"ED\")')",
    "runpy": "print(M, runpy.run_path)", "pickle": "print(M, pickle.loads(pickle.dumps(1)))",
    "marshal": "print(M, marshal.loads(marshal.dumps(1)))",
    "pkgutil": "print(M, list(pkgutil.iter_modules())[:1])",
    "timeit": "timeit.timeit('print(\"PWN\" \"ED\")', number=1)", "pdb": "print(M, pdb.Pdb)",
    "profile": "profile.run('print(\"PWN\" \"ED\")')", "cProfile": "cProfile.run('print(\"PWN\" \"ED\")')",
    "trace": "print(M, trace.Trace)", "doctest": "print(M, doctest.run_docstring_examples)",
    "unittest": "print(M, unittest.TestCase)", "pydoc": "print(M, pydoc.locate('os').getpid())",
    "webbrowser": "print(M, webbrowser.get)", "shelve": "print(M, shelve.open)",
    "threading": "print(M, threading.current_thread())", "_thread": "print(M, _thread.get_ident())",
    "mmap": "print(M, mmap.PAGESIZE)", "asyncio": "print(M, asyncio.subprocess)",
    "tempfile": "print(M, tempfile.mkdtemp())", "shutil": "print(M, shutil.which('python3'))",
    "pathlib": "print(M, pathlib.Path('/proc/self/maps').read_text()[:20])",
    "platform": "print(M, platform.uname())", "site": "print(M, site.os.getpid())",
    "types": "print(M, types.FunctionType)", "atexit": "atexit.register(print, M)",
    "faulthandler": "print(M, faulthandler.is_enabled())",
    "tracemalloc": "print(M, tracemalloc.is_tracing())", "_imp": "print(M, _imp.is_builtin('sys'))",
    "zipimport": "print(M, zipimport.zipimporter)", "fcntl": "print(M, fcntl.F_GETFL)",
    "select": "print(M, select.select)", "sysconfig": "print(M, sysconfig.get_paths())",
    "linecache": "print(M, linecache.getline('/etc/passwd', 1))",
    "traceback": "print(M, list(traceback.walk_stack(None)))",
    "dis": "print(M, dis.dis)", "weakref": "print(M, weakref.ref)",
    "copyreg": "print(M, copyreg.dispatch_table)", "_io": "print(M, _io.FileIO)",
    "_posixsubprocess": "print(M, _posixsubprocess.fork_exec)", "_socket": "print(M, _socket.socket)",
    "_ctypes": "print(M, _ctypes.dlopen)", "__main__": "print(M, __main__)",
    "codecs": "print(M, codecs.open)", "resource": "print(M, resource.getrlimit(0))",
    "tty": "print(M, tty.setraw)", "sqlite3": "print(M, sqlite3.connect(':memory:'))",
    "http.client": "print(M, http.client.HTTPConnection)",
    "urllib.request": "print(M, urllib.request.urlopen)",
    "logging.config": "print(M, logging.config.listen)",
    "concurrent.futures": "print(M, concurrent.futures.ProcessPoolExecutor)",
    "json.tool": "print(M, json.tool)", "xml.etree.ElementTree": "print(M, xml.etree.ElementTree.parse)",
}
for mod, proof in proofs.items():
    proof = proof.replace("(M,", f"({M},").replace(", M)", f", {M})").replace("(M)", f"({M})")
    add(mod.replace(".", "_"), "import", f"import {mod} and use it", f"import {mod}\n{proof}")
for mod in ["os", "sys", "subprocess", "ctypes", "importlib"]:
    add(f"{mod}_alias", "import", f"import {mod} under another name", f"import {mod} as m\nprint({M}, m)")
    add(f"{mod}_infunc", "import", f"import {mod} inside a function",
        f"def f():\n    import {mod}\n    return {mod}\nprint({M}, f())")
    add(f"{mod}_star", "import", f"from {mod} import *", f"from {mod} import *\nprint({M})")
add("relative", "import", "relative import", f"from . import os\nprint({M}, os.getpid())")
add("fullwidth_os", "import", "NFKC lookalike of os", f"import ｏｓ\nprint({M}, ｏｓ.getpid())")
add("math_letters_sys", "import", "mathematical bold sys", f"import 𝐬𝐲𝐬\nprint({M}, 𝐬𝐲𝐬.modules)")

for mod in ["site", "typing", "random", "collections", "dataclasses", "enum", "json", "functools",
            "contextlib", "statistics", "re", "copy", "io", "string"]:
    add(f"star_{mod}", "star", f"from {mod} import * to bind os/sys/builtins as names",
        f"from {mod} import *\ntry:\n    print({M}, os.getpid())\nexcept NameError:\n    pass\n"
        f"try:\n    print({M}, sys.modules['os'].getpid())\nexcept NameError:\n    pass")

chains = ["random._os", "typing.sys", "enum.sys", "dataclasses.sys", "dataclasses.inspect",
          "collections._sys", "functools._thread", "contextlib.sys", "json.decoder.re.sys",
          "re._compiler", "statistics.sys", "decimal._sys", "string._sys", "heapq._sys",
          "datetime._sys", "textwrap._re", "queue.threading", "copy._copyreg", "calendar.sys",
          "csv.sys", "pprint._sys", "reprlib._thread", "io._io", "struct._struct", "typing.types",
          "typing.collections.abc", "abc._abc", "hashlib._hashlib", "random._sha512", "enum._sys",
          "typing.functools._thread", "dataclasses.copy._copyreg", "json.scanner.re.sys"]
for c in chains:
    top = c.split(".")[0]
    add(c.replace(".", "_"), "attr", f"reach a module through {c}",
        f"import {top}\nm = {c}\n"
        f"try:\n    print({M}, m.getpid())\nexcept Exception:\n    pass\n"
        f"try:\n    print({M}, m.modules['os'].getpid())\nexcept Exception:\n    pass\n"
        f"try:\n    print({M}, m.currentframe().f_back.f_globals['os'].getpid())\nexcept Exception:\n    pass")

refl = {
    "getattr_concat": "import random\nm = getattr(random, '_' + 'os')\nprint(M, m.getpid())",
    "getattr_value": "import random\ng = getattr\nm = g(random, '_os')\nprint(M, m.getpid())",
    "reduce_getattr": "import functools, random\nm = functools.reduce(getattr, ['_os'], random)\nprint(M, m.getpid())",
    "map_getattr": "import random\nm = list(map(getattr, [random], ['_os']))[0]\nprint(M, m.getpid())",
    "getattr_call": "import random\nm = getattr.__call__(random, '_os')\nprint(M, m.getpid())",
    "attrgetter_alias": "from operator import attrgetter as ag\nimport random\nm = ag('_os')(random)\nprint(M, m.getpid())",
    "attrgetter_computed": "import operator, random\nm = operator.attrgetter('_o' + 's')(random)\nprint(M, m.getpid())",
    "methodcaller_dunder": "import operator\nc = operator.methodcaller('__subclasses__')(object)\nprint(M, len(c))",
    "formatter_get_field": "import string\nobj, _ = string.Formatter().get_field('0.__globals__', [lambda: 0], {})\nprint(M, obj['__builtins__'])",
    "match_class": "match ():\n    case object(__class__=c):\n        print(M, c)",
    "match_os": "import random\nmatch random:\n    case object(_os=o):\n        print(M, o.getpid())",
    "vars_module": "import random\nprint(M, vars(random)['_os'].getpid())",
    "dir_getattr": "import random\nfor n in dir(random):\n    if n.endswith('os'):\n        print(M, getattr(random, n).getpid())",
    "globals_builtins": "b = globals()['__builtins__']\nprint(M, b)",
    "locals_print": "print(M, locals())",
    "subclasses_walk": "for c in ().__class__.__base__.__subclasses__():\n    if c.__name__ == '_wrap_close':\n        print(M, c.__init__.__globals__['getpid']())",
    "dunder_builtins": "print(M, __builtins__)",
    "loader": "print(M, __loader__)",
    "spec": "print(M, __spec__)",
    "eval_fullwidth": "ｅｖａｌ('print(\"PWN\" \"ED\")')",
    "exec_bold": "𝐞𝐱𝐞𝐜('print(\"PWN\" \"ED\")')",
    "exec_attr": "import random\nrandom.__builtins__['exec']('print(\"PWN\" \"ED\")')",
    "import_dunder": "m = __import__('os')\nprint(M, m.getpid())",
    "compile_code": "c = compile('print(\"PWN\" \"ED\")', 'x', 'exec')\nexec(c)",
    "breakpoint": "breakpoint()",
    "help": "help('os')",
    "code_replace": "def f():\n    return 1\nf.__code__ = f.__code__.replace(co_consts=(None, 2))\nprint(M, f())",
    "gi_frame": "def g():\n    yield 1\nx = g()\nprint(M, x.gi_frame.f_back)",
    "tb_frame": "try:\n    1/0\nexcept Exception as e:\n    print(M, e.__traceback__.tb_frame.f_back.f_globals['os'].getpid())",
    "cr_frame": "async def c():\n    pass\nx = c()\nprint(M, x.cr_frame)",
    "typing_hints": "import typing\ndef f(x: \"__import__('os').getpid()\"): pass\nprint(M, typing.get_type_hints(f))",
    "forwardref": "import typing\nprint(M, typing.ForwardRef(\"__import__('os')\")._evaluate(None, None, frozenset()))",
    "singledispatch": "import functools\n@functools.singledispatch\ndef f(x): pass\n@f.register\ndef _(x: \"print('PWN' 'ED')\"): pass",
    "init_subclass": "class A:\n    def __init_subclass__(cls):\n        print(M, cls.__mro__[-1].__subclasses__())\nclass B(A): pass",
    "metaclass_dict": "class Meta(type):\n    def __new__(m, n, b, d):\n        print(M, m.__dict__)\n        return super().__new__(m, n, b, d)\nclass X(metaclass=Meta): pass",
    "setattr_dunder": "class A: pass\nsetattr(A, '__call__', print)\nA()(M)",
    "x_exec_attr": "import json\njson.exec('print(1)')\nprint(M)",
    "main_module": "import json\nprint(M, json.sys.modules['__main__'])",
    "format_globals": "def f(): pass\ns = '{0.__globals__}'.format(f)\nprint(len(s) > 0)",
}
for k, v in refl.items():
    add(k, "reflect", k.replace("_", " "), v.replace("(M,", f"({M},").replace("(M)", f"({M})"))

files = {
    "proc_maps": "print(M, open('/proc/self/maps').read()[:40])",
    "proc_mem_write": "f = open('/proc/self/mem', 'r+b')\nprint(M, f)",
    "proc_mem_rb": "print(M, open('/proc/self/mem', 'rb'))",
    "proc_environ": "print(M, open('/proc/self/environ', 'rb').read())",
    "proc_1_cmdline": "print(M, open('/proc/1/cmdline').read())",
    "proc_dotdot": "print(M, open('/tmp/../proc/self/maps').read()[:10])",
    "proc_relative": "print(M, open('../proc/self/maps').read()[:10])",
    "proc_double_slash": "print(M, open('//proc//self//maps').read()[:10])",
    "proc_dot": "print(M, open('/proc/./self/./maps').read()[:10])",
    "proc_bytes": "print(M, open(b'/proc/self/maps').read()[:10])",
    "proc_thread_self": "print(M, open('/proc/thread-self/maps').read()[:10])",
    "proc_self_fd": "print(M, open('/proc/self/fd/0').read(1))",
    "proc_io_fileio": "import io\nprint(M, io.FileIO('/proc/self/maps').read()[:10])",
    "proc_io_open": "import io\nprint(M, io.open('/proc/self/status').read()[:10])",
    "sys_kernel": "print(M, open('/sys/kernel/hostname').read())",
    "dev_mem": "print(M, open('/dev/mem', 'rb').read(1))",
    "dev_kmsg": "print(M, open('/dev/kmsg').read(1))",
    "dev_tty": "print(M, open('/dev/tty', 'w'))",
    "write_workdir": "open('pwn.txt', 'w').write('x')\nprint(M, open('pwn.txt').read())",
    "write_sandbox_abs": "open('/sandbox/pwn', 'w').write('x')\nprint(M)",
    "write_devshm": "open('/dev/shm/pwn', 'w').write('x')\nprint(M)",
    "write_var_tmp": "open('/var/tmp/pwn', 'w').write('x')\nprint(M)",
    "write_append": "open('/sandbox/pwn', 'a').write('x')\nprint(M)",
    "write_excl": "open('/sandbox/pwn', 'x')\nprint(M)",
    "write_rplus": "open('/opt/sandbox/launcher.py', 'r+')\nprint(M)",
    "write_tmp_escape": "open('/tmp/../sandbox/pwn', 'w')\nprint(M)",
    "write_fileio": "import io\nio.FileIO('/sandbox/pwn', 'w')\nprint(M)",
    "write_bytes_path": "open(b'/sandbox/pwn', 'wb')\nprint(M)",
    "pathlike": "class P:\n    def __fspath__(self):\n        return '/proc/self/maps'\nprint(M, open(P()).read()[:10])",
    "str_subclass": "class S(str):\n    pass\nprint(M, open(S('/proc/self/maps')).read()[:10])",
    "str_subclass_method": "class S(str):\n    def startswith(self, *a):\n        return False\nprint(M, open(S('/proc/self/maps')).read()[:10])",
    "fd_guess": "for fd in range(3, 12):\n    try:\n        f = open(fd, 'rb', closefd=False)\n        print(M, fd, f.read(10))\n    except OSError:\n        pass",
    "namedtuple_inject": "import collections\ntry:\n    collections.namedtuple('X', ['a=print(\"PWN\" \"ED\")'])\nexcept ValueError:\n    pass",
    "dataclass_inject": "import dataclasses\ntry:\n    dataclasses.make_dataclass('X', [('a=print(\"PWN\" \"ED\")', int)])\nexcept Exception:\n    pass",
    "enum_functional": "import enum\ntry:\n    enum.Enum('E', 'a b; print(\"PWN\" \"ED\")')\nexcept Exception:\n    pass",
    "recursion_traceback": "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(M, e.__traceback__.tb_frame)",
    "hashlib_file_digest": "import hashlib\nprint(M, hashlib.file_digest(open('/proc/self/maps', 'rb'), 'sha256').hexdigest())",
    "csv_write": "import csv\nw = csv.writer(open('/sandbox/x.csv', 'w'))\nprint(M)",
    "io_open_code": "import io\nprint(M, io.open_code('/proc/self/maps').read(5))",
    "typing_types_code": "import typing\nf = lambda: 0\nprint(M, typing.types.FunctionType(f.__code__, {}))",
    "inspect_via_dataclasses": "import dataclasses\nprint(M, dataclasses.inspect.stack()[0])",
    "enum_sys_modules": "import enum\nprint(M, enum.sys.modules['os'].getpid())",
    "json_sys_getframe": "import json\nprint(M, json.decoder.re.sys._getframe(0))",
    "dataclass_exec_field": "import dataclasses\n@dataclasses.dataclass\nclass P:\n    x: int = dataclasses.field(default_factory=lambda: 0)\nprint(P().x)",
    "open_proc_via_contextlib": "import contextlib\nwith contextlib.suppress(OSError):\n    print(M, open('/proc/self/maps').read(5))",
}
for k, v in files.items():
    add(k, "runtime", k.replace("_", " "), v.replace("(M,", f"({M},").replace("(M)", f"({M})"))

os.makedirs(OUT, exist_ok=True)
for i, (k, v) in enumerate(sorted(progs.items()), 1):
    assert "PWNED" not in v, k
    with open(os.path.join(OUT, f"g{i:03d}_{k}.py"), "w") as f:
        f.write(v)
print(len(progs))
