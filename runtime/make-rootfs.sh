#!/bin/sh
# Run in the build stage of Dockerfile.runtime (the base has a shell; the final image has none):
# assembles in $1 the whole root filesystem of the execution image — the Python interpreter, the
# shared libraries it and its standard library's extension modules need, the standard library,
# the launcher and a minimal /etc — and nothing else. Works with the registry's python:3.11-slim
# (interpreter in /usr/local) and with the local debootstrap base (Debian's /usr/bin/python3.11).
#
# $2 names the runtime: `python` (the default: the interpreter and its standard library alone)
# or `python-data`, which adds numpy, pandas, matplotlib and scipy at the versions of
# /python-data.packages (runtime/python-data.packages), with every Python package they import
# and every shared library those map, and a prebuilt matplotlib font cache.
set -eu
ROOT="$1"
RUNTIME="${2:-python}"
case "$RUNTIME" in python|python-data) ;; *) echo "unknown runtime $RUNTIME" >&2; exit 1 ;; esac
log() { printf '[make-rootfs] %s\n' "$*" >&2; }

# Where this base keeps things, asked of the interpreter itself.
EXE=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')
STDLIB=$(python3 -c 'import os; print(os.path.dirname(os.__file__))')
DYNLOAD=$(python3 -c 'import sysconfig; print(sysconfig.get_config_var("DESTSHARED"))')
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version'
log "interpreter $EXE, standard library $STDLIB, extension modules $DYNLOAD"

mkdir -p "$ROOT"
# Copies a file to the same path under $ROOT, symlinks resolved (the copy is a regular file).
put() { mkdir -p "$ROOT$(dirname "$1")" && cp -L "$1" "$ROOT$1"; }

# The standard library, less what no job can use: the test suite and the test-only extension
# modules (deliberate crash and memory-corruption hooks), tools that install or build things
# (ensurepip, venv, the build configuration with its shell scripts), the GUI (idlelib,
# tkinter, turtledemo), lib2to3, and installed third-party packages.
mkdir -p "$ROOT$(dirname "$STDLIB")"
cp -a "$STDLIB" "$ROOT$STDLIB"
for drop in test ensurepip idlelib lib2to3 tkinter turtledemo venv site-packages dist-packages \
    unittest/test ctypes/test distutils/tests sqlite3/test; do
  if [ -e "$ROOT$STDLIB/$drop" ]; then log "dropping $drop"; rm -rf "$ROOT$STDLIB/$drop"; fi
done
rm -rf "$ROOT$STDLIB"/config-3.11-* "$ROOT$STDLIB"/EXTERNALLY-MANAGED
for module in "$ROOT$DYNLOAD"/_test*.so "$ROOT$DYNLOAD"/_ctypes_test*.so \
    "$ROOT$DYNLOAD"/_xxtestfuzz*.so "$ROOT$DYNLOAD"/xxlimited*.so; do
  [ -e "$module" ] && rm -f "$module"
done
# Debian's site-wide hook lives in /etc; a dangling link would stop the interpreter at start.
if [ -L "$STDLIB/sitecustomize.py" ]; then
  rm -f "$ROOT$STDLIB/sitecustomize.py"
  put "$(readlink -f "$STDLIB/sitecustomize.py")"
  ln -s "$(readlink -f "$STDLIB/sitecustomize.py")" "$ROOT$STDLIB/sitecustomize.py"
fi

# The C.UTF-8 locale the job's LANG names (glibc reads it from here; without it the
# interpreter would fall back to the C locale and its UTF-8 mode).
if [ -d /usr/lib/locale/C.utf8 ]; then
  mkdir -p "$ROOT/usr/lib/locale" && cp -a /usr/lib/locale/C.utf8 "$ROOT/usr/lib/locale/"
fi

# The interpreter, at its own path (its prefix is found from there) and at the one fixed path
# the entrypoint names, as a link.
put "$EXE"
if [ "$EXE" != /usr/bin/python3 ]; then
  mkdir -p "$ROOT/usr/bin"
  ln -sf "$EXE" "$ROOT/usr/bin/python3"
fi

# --- python-data: the data packages and everything they import ------------------------------
# Debian's base has them from its own packages (python3-numpy & co. in /usr/lib/python3/
# dist-packages); the registry's base gets the same versions from pip, pinned by
# /python-data.packages and /python-data.constraints, as wheels only (nothing compiled here).
# Either way the versions are checked against /python-data.packages: the file the service lists.
MPLCONFIG=/usr/share/sandbox/matplotlib
pkglibs=$(mktemp)
if [ "$RUNTIME" = python-data ]; then
  pins=$(awk '!/^[[:space:]]*(#|$)/ {print $1 "==" $2}' /python-data.packages)
  if ! python3 -c 'import numpy, pandas, matplotlib, scipy' 2>/dev/null; then
    log "installing $(echo $pins) with pip"
    python3 -m pip install --no-cache-dir --disable-pip-version-check --root-user-action=ignore \
      --only-binary=:all: -c /python-data.constraints $pins >&2
  fi
  python3 - /python-data.packages <<'PY'
import importlib.metadata, sys
for line in open(sys.argv[1]):
    line = line.split("#")[0].split()
    if not line:
        continue
    name, want = line
    have = importlib.metadata.version(name)
    # Debian's version strings carry no suffix for these (1:1.24.2-1 is 1.24.2 to Python).
    assert have == want, f"{name} is {have} in this base, {sys.argv[1]} says {want}"
    print(f"[make-rootfs] {name} {have}", file=sys.stderr)
PY
  # What to copy: every top-level package (whole) or module that these imports load from a
  # site directory, and those of every distribution the four require (without extras, at any
  # depth: fontTools and contourpy, say, which matplotlib imports only when it needs them; named
  # in the list too, as Debian's metadata has no requirements),
  # with the metadata (dist-info / egg-info) of the distributions providing them.
  # Whole packages, so submodules imported later (scipy.special, pandas.io...) are there too.
  python3 - numpy pandas matplotlib matplotlib.pyplot mpl_toolkits.mplot3d scipy scipy.stats \
      scipy.optimize scipy.signal scipy.interpolate scipy.linalg scipy.integrate scipy.sparse \
      scipy.special scipy.fft scipy.spatial scipy.ndimage pandas.plotting \
      matplotlib.backends.backend_pdf matplotlib.backends.backend_ps matplotlib.backends.backend_svg \
      matplotlib.contour fontTools.subset fontTools.ttLib contourpy PIL.Image kiwisolver cycler \
      pyparsing dateutil.tz pytz six packaging.version >/tmp/python-data.paths <<'PY'
import importlib, importlib.metadata, os, site, sys
from packaging.requirements import Requirement
os.environ["MPLBACKEND"] = "Agg"
for name in sys.argv[1:]:
    importlib.import_module(name)
provides = {}
for top, names in importlib.metadata.packages_distributions().items():
    for dist in names:
        provides.setdefault(dist.lower().replace("_", "-"), set()).add(top)
required, todo = set(), ["numpy", "pandas", "matplotlib", "scipy"]
while todo:
    dist = todo.pop()
    if dist in required:
        continue
    required.add(dist)
    for line in importlib.metadata.requires(dist) or []:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            todo.append(req.name.lower().replace("_", "-"))
for dist in sorted(required):
    for top in sorted(provides.get(dist, ())):
        if not top.startswith("_"):
            importlib.import_module(top)
sites = [s for s in site.getsitepackages() if os.path.isdir(s)]
# Optional imports that Debian's base happens to satisfy and pip's does not: fontTools takes lxml
# when it is there (and the standard library's ElementTree otherwise); lxml maps libxml2 and
# ICU's 31 MB of data. Left out, so both bases give the same packages.
OPTIONAL = {"lxml"}
tops = {}
for module in list(sys.modules.values()):
    for path in [getattr(module, "__file__", None)] + list(getattr(module, "__path__", []) or []):
        for s in sites:
            if path and path.startswith(s + "/"):
                top = path[len(s) + 1:].split("/")[0]
                if top.split(".")[0] not in OPTIONAL:
                    tops[os.path.join(s, top)] = top.split(".")[0]
dists = importlib.metadata.packages_distributions()
meta = set()
for name in set(tops.values()):
    for dist in dists.get(name, []):
        meta.add(str(importlib.metadata.distribution(dist)._path))
# matplotlib's data (Debian's sits in /usr/share/matplotlib/mpl-data, named by a link) and the
# matplotlibrc it reads (Debian's is /etc/matplotlibrc).
import matplotlib
meta.add(matplotlib.get_data_path())
meta.add(os.path.abspath(matplotlib.matplotlib_fname()))
for path in sorted(set(tops) | meta):
    print(path)
PY
  while read -r path; do
    log "copying $path"
    mkdir -p "$ROOT$(dirname "$path")"
    # -L: Debian's matplotlib reaches its data (mpl-data, its fonts, matplotlibrc) by links
    # into /usr/share and /etc; the image holds the files themselves. -p keeps the mtimes the
    # compiled __pycache__ files are checked against.
    cp -RLp "$path" "$ROOT$path"
  done </tmp/python-data.paths
  rm -f /tmp/python-data.paths
  # The time zone database: Debian's pytz and dateutil read the system's (pandas imports pytz,
  # which reads tzdata.zi at import), as does the standard library's zoneinfo. Links kept
  # (they are relative, inside it); the leap-second variants (right/) are left out.
  if [ -d /usr/share/zoneinfo ]; then
    mkdir -p "$ROOT/usr/share"
    cp -a /usr/share/zoneinfo "$ROOT/usr/share/"
    rm -rf "$ROOT/usr/share/zoneinfo/right"
  fi
  # Test suites are not for jobs (and are most of pandas' and scipy's size).
  find "$ROOT" -depth -type d -name tests -path '*-packages/*' -exec rm -rf {} +
  # Their compiled modules and the libraries those map (ldd of the installed originals: a
  # wheel's RUNPATH $ORIGIN/../x.libs names a folder next to the original).
  for object in $(cd "$ROOT" && find ./usr -path '*-packages/*' -name '*.so*' -type f); do
    object="${object#.}"
    if ldd "$object" | grep -q 'not found'; then
      log "dropping $object: $(ldd "$object" | grep 'not found' | tr -s ' \t' ' ')"
      rm -f "$ROOT$object"
      continue
    fi
    ldd "$object" | awk '/=>/ && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' >>"$pkglibs"
  done
fi

# Shared libraries: what the loader resolves for the interpreter and every extension module
# left. A module whose library this base lacks cannot be imported anyway: dropped, and said.
libs=$(mktemp)
for object in "$EXE" "$ROOT$DYNLOAD"/*.so; do
  # ldd of a file under $ROOT names libraries of the build stage: the same ones.
  if ldd "$object" | grep -q 'not found'; then
    log "dropping $(basename "$object"): $(ldd "$object" | grep 'not found' | tr -s ' \t' ' ')"
    rm -f "$object"
    continue
  fi
  ldd "$object" | awk '/=>/ && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' >>"$libs"
done
# glibc loads libgcc_s at run time (pthread_exit, as a thread ending during the interpreter's
# shutdown calls it) and aborts without it.
for extra in /lib/x86_64-linux-gnu/libgcc_s.so.1 /usr/lib/x86_64-linux-gnu/libgcc_s.so.1 \
    /lib/aarch64-linux-gnu/libgcc_s.so.1 /usr/lib/aarch64-linux-gnu/libgcc_s.so.1; do
  if [ -e "$extra" ]; then echo "$extra" >>"$libs"; break; fi
done
for lib in $(sort -u "$libs" "$pkglibs"); do put "$lib"; done
rm -f "$libs" "$pkglibs"
# The loader's cache, made for exactly these files, so libraries outside the default
# directories (/usr/local/lib in the registry's image) are found.
mkdir -p "$ROOT/etc"
# (Extension modules of packages are not libraries anyone links: their folders are left out.)
for lib in $(find "$ROOT" -name '*.so*' -type f ! -path "$ROOT$STDLIB/*" ! -path '*-packages/*'); do dirname "${lib#"$ROOT"}"; done \
  | sort -u >"$ROOT/etc/ld.so.conf"
PATH="$PATH:/usr/sbin:/sbin" ldconfig -r "$ROOT"

# SECURITY: no file is executable but the interpreter and the dynamic loader the kernel starts
# it with (execve needs the execute bit on both). Libraries and extension modules are mapped,
# never executed, and mmap needs only read permission: they lose their execute bits, so no
# library (libc.so.6 runs as a program) can be started directly. No set-uid or set-gid bit.
find "$ROOT" -type f -exec chmod a-x,a-s,go-w {} +
chmod 0755 "$ROOT$EXE"
interp=$(python3 -c '
import sys
data = open(sys.argv[1], "rb").read(4096)
start = data.index(b"/lib")
print(data[start:data.index(b"\0", start)].decode())' "$EXE")
chmod 0755 "$ROOT$interp"
log "loader $interp"

# Accounts: only root (who owns the files) and the image's default job user. The worker runs
# each job as a uid of its own (JOB_UIDS), which needs no entry.
printf 'root:x:0:0:root:/nonexistent:/nonexistent\nsandbox:x:64000:64000:sandbox job:/nonexistent:/nonexistent\n' \
  >"$ROOT/etc/passwd"
printf 'root:x:0:\nsandbox:x:64000:\n' >"$ROOT/etc/group"
chmod 0644 "$ROOT/etc/passwd" "$ROOT/etc/group"

mkdir -p "$ROOT/tmp" "$ROOT/opt/sandbox" "$ROOT/sandbox"
chmod 1777 "$ROOT/tmp"
chmod 0555 "$ROOT/sandbox"
# --- python-data: matplotlib's configuration directory, made here ------------------------------
# A job's root is read-only and its /tmp small: matplotlib must not build its font cache (a
# scan of every font, seconds) in the job's time. The cache is built now, by the image's own
# interpreter in the finished root (so it names the fonts at the paths a job sees), into
# $MPLCONFIG, which the image's environment names (MPLCONFIGDIR). matplotlib 3.6 takes a
# configuration directory it cannot write for none at all (a warning, a temporary directory, a
# new cache): the one change made to it here lets a directory holding the marker
# .sandbox-prebuilt be used as it is, read-only.
if [ "$RUNTIME" = python-data ]; then
  mkdir -p "$ROOT$MPLCONFIG"
  touch "$ROOT$MPLCONFIG/.sandbox-prebuilt"
  MPLCONFIGDIR="$MPLCONFIG" MPLBACKEND=Agg PATH="$PATH:/usr/sbin:/sbin" chroot "$ROOT" /usr/bin/python3 -I - <<'PY'
import importlib.util, os, py_compile
spec = importlib.util.find_spec("matplotlib")
source = spec.origin
text = open(source).read()
old = "    try:\n        configdir.mkdir(parents=True, exist_ok=True)\n"
new = ("    # sandbox image: a prebuilt configuration directory is used read-only, as it is.\n"
       "    if os.environ.get('MPLCONFIGDIR') and (configdir / '.sandbox-prebuilt').is_file():\n"
       "        return str(configdir)\n" + old)
assert text.count(old) == 1, "matplotlib's _get_config_or_cache_dir is not the one expected"
stat = os.stat(source)
open(source, "w").write(text.replace(old, new))
# The compiled module is checked against the source's mtime and size: compiled again.
py_compile.compile(source, doraise=True)
import matplotlib, matplotlib.font_manager, matplotlib.pyplot
assert matplotlib.get_cachedir() == os.environ["MPLCONFIGDIR"], matplotlib.get_cachedir()
print("[make-rootfs] matplotlib font cache:", os.listdir(os.environ["MPLCONFIGDIR"]))
PY
  rm -rf "$ROOT/tmp/"* "$ROOT/tmp/".[!.]* 2>/dev/null || true
  find "$ROOT$MPLCONFIG" -exec chmod a-w {} +
fi
log "$(find "$ROOT" -type f | wc -l) files, $(du -sh "$ROOT" | cut -f1)"
