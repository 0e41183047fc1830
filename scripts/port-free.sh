# Sourced by serve.sh and compose.sh: `require_free_port ADDRESS WHAT` stops the script, before
# anything is started, when ADDRESS (host:port, [v6]:port or a bare port, meaning every
# interface) cannot be bound, and says which process holds it. Port 0 (any free port) passes.

# The process listening on PORT, as `name (pid N)`, and a container publishing it, if any.
port_holder() {
  local port=$1 holder=""
  if command -v ss >/dev/null 2>&1; then
    holder=$(ss -ltnpH "sport = :$port" 2>/dev/null \
      | sed -n 's/.*users:((\"\([^"]*\)\",pid=\([0-9]*\).*/\1 (pid \2)/p' | sort -u | paste -sd, -)
  fi
  if command -v docker >/dev/null 2>&1; then
    local container
    container=$(docker ps --filter "publish=$port" --format '{{.Names}}' 2>/dev/null | paste -sd, -)
    [ -z "$container" ] || holder="${holder:+$holder, }container $container"
  fi
  echo "${holder:-a process this user cannot see}"
}

require_free_port() {
  local address=$1 what=$2 host port
  case "$address" in
    *:*) host=${address%:*}; port=${address##*:} ;;
    *) host=""; port=$address ;;
  esac
  host=${host#[}; host=${host%]}
  [ "$port" != 0 ] || return 0
  if ! python3 - "$host" "$port" <<'PY'
import socket, sys
host, port = sys.argv[1], int(sys.argv[2])
family = socket.AF_INET6 if ":" in host else socket.AF_INET
s = socket.socket(family, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind((host or ("::" if family == socket.AF_INET6 else "0.0.0.0"), port))
except OSError:
    sys.exit(1)
PY
  then
    printf '%s: %s is already in use by %s; stop it, or choose another address (%s)\n' \
      "$what" "$address" "$(port_holder "$port")" "$3" >&2
    exit 1
  fi
}
