#!/bin/sh
# Run in the build stage of Dockerfile.runtime (the base has a shell; the final image has none):
# assembles in $1 the whole root filesystem of the execution image — the Python interpreter, the
# shared libraries it and its standard library's extension modules need, the standard library,
# the launcher and a minimal /etc — and nothing else. Works with the registry's python:3.11-slim
# (interpreter in /usr/local) and with the local debootstrap base (Debian's /usr/bin/python3.11).
set -eu
ROOT="$1"
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
for lib in $(sort -u "$libs"); do put "$lib"; done
rm -f "$libs"
# The loader's cache, made for exactly these files, so libraries outside the default
# directories (/usr/local/lib in the registry's image) are found.
mkdir -p "$ROOT/etc"
for lib in $(find "$ROOT" -name '*.so*' -type f ! -path "$ROOT$STDLIB/*"); do dirname "${lib#"$ROOT"}"; done \
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
log "$(find "$ROOT" -type f | wc -l) files, $(du -sh "$ROOT" | cut -f1)"
