#!/usr/bin/env bash
# deploy/kubernetes/ validated offline: every resource against the Kubernetes API schemas of the
# oldest and newest versions checked (kubernetes-validate --strict: no unknown field), the KEDA
# ScaledObject against KEDA's types, and what ties the files to each other and to the code
# (scripts/kubernetes-check.py). Then the checks are shown to fail: a few broken copies of the
# manifests must each be refused.
#
# The validators come from PyPI into a venv in the user's cache, installed once:
#   kubernetes-validate  the Kubernetes OpenAPI schemas, bundled per version (no cluster, no network)
#   cloudcoil-models-keda  KEDA's CRD types as pydantic models, generated from KEDA's release
#                        (2.16.1: the newest that installs on Debian bookworm's Python 3.11)
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[kubernetes] %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

K8S_VERSIONS="1.29.0 1.37.0"
venv="${XDG_CACHE_HOME:-$HOME/.cache}/secure-sandbox/venv-kubernetes"
requirements=("kubernetes-validate==1.37.0" "cloudcoil-models-keda==2.16.1.0")
mkdir -p "$(dirname "$venv")"
if ! [ -x "$venv/bin/kubernetes-validate" ] || ! "$venv/bin/pip" freeze 2>/dev/null | grep -qx 'cloudcoil.models.keda==2.16.1.0'; then
  log "installing ${requirements[*]} into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv" 2>/dev/null || {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    rm -rf "$venv"
    python3 -m venv "$venv"
  }
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}"
fi

dir=deploy/kubernetes
# Everything but kustomization.yaml (kustomize's, not the API's) and the KEDA resource.
mapfile -t files < <(find "$dir" -name '*.yaml' ! -name kustomization.yaml ! -name keda.yaml | sort)
validate() {
  local version
  for version in $K8S_VERSIONS; do
    "$venv/bin/kubernetes-validate" --strict --quiet -k "$version" "$@" || return 1
  done
}
validate "${files[@]}" || fail "the manifests do not match the Kubernetes schemas"
log "${#files[@]} files match the Kubernetes $K8S_VERSIONS schemas (strict)"
"$venv/bin/python" scripts/kubernetes-check.py "$dir" || fail "scripts/kubernetes-check.py refused $dir"

# --- each check can fail: broken copies are refused --------------------------------------------
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
broken() {  # broken NAME FILE PYTHON-EXPRESSION-ON-docs: a copy with one change, must be refused
  local name=$1 file=$2 change=$3 copy="$scratch/$1"
  cp -r "$dir" "$copy"
  "$venv/bin/python" - "$copy/$file" "$change" <<'PY'
import sys, yaml
path, change = sys.argv[1], sys.argv[2]
docs = [d for d in yaml.safe_load_all(open(path)) if d]
exec(change)
yaml.safe_dump_all(docs, open(path, "w"))
PY
  if [ "$file" = keda.yaml ] || [ "$file" = config.yaml ] || [ "$4" = check ]; then
    if "$venv/bin/python" scripts/kubernetes-check.py "$copy" >/dev/null 2>"$scratch/$name.err"; then
      fail "scripts/kubernetes-check.py accepted a copy with $name"
    fi
  else
    if validate "$copy/$file" >"$scratch/$name.err" 2>&1; then
      fail "kubernetes-validate accepted a copy with $name"
    fi
  fi
  log "refused as it should, a copy with $name: $(grep -m1 -E 'kubernetes-check:|ERROR|error' "$scratch/$name.err" | cut -c1-150)"
}
broken "a misspelt Deployment field" worker.yaml "docs[0]['spec']['template']['spec']['terminationGracePeriod'] = 60" schema
broken "a port as a word" api.yaml "docs[0]['spec']['template']['spec']['containers'][0]['ports'][0]['containerPort'] = 'http'" schema
broken "an unknown ScaledObject field" keda.yaml "docs[0]['spec']['triggers'][0]['metdata'] = docs[0]['spec']['triggers'][0]['metadata']" check
broken "minReplicaCount as a word" keda.yaml "docs[0]['spec']['minReplicaCount'] = 'none'" check
broken "the trigger on another stream" keda.yaml "docs[0]['spec']['triggers'][0]['metadata']['stream'] = 'jobs'" check
broken "no pendingEntriesCount trigger" keda.yaml "del docs[0]['spec']['triggers'][1]" check
broken "a longer EXECUTION_TIMEOUT" config.yaml "docs[0]['data']['EXECUTION_TIMEOUT'] = '45'" check
broken "more test cases per batch" config.yaml "docs[0]['data']['MAX_TESTS'] = '64'" check
broken "the socket mounted in the api" api.yaml "docs[0]['spec']['template']['spec']['volumes'] = [{'name': 's', 'hostPath': {'path': '/var/run/docker.sock'}}]" check
broken "a privileged worker" worker.yaml "docs[0]['spec']['template']['spec']['containers'][0]['securityContext']['privileged'] = True" check
log "passed"
