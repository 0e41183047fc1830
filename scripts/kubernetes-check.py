"""Checks deploy/kubernetes/ beyond the Kubernetes schemas (scripts/kubernetes-validate.sh runs
kubernetes-validate for those first):

- the KEDA ScaledObject against KEDA's own types (PyPI's cloudcoil-models-keda, generated from
  KEDA's CRDs, the version pinned in the script), no field it does not know;
- what ties the files to each other and to the code: the stream and consumer group the triggers
  read are the ones crates/core/src/keys.rs names under the ConfigMap's REDIS_PREFIX, the
  trigger's Redis is the ConfigMap's, pendingEntriesCount is MAX_CONCURRENT, the workers' grace
  period outlasts EXECUTION_TIMEOUT, the scale target and the disruption budgets select what
  exists, kustomization.yaml lists every file;
- who holds what: only the worker mounts the Docker socket, starts through sandbox-worker-start
  with exactly SETUID, SETGID and SETPCAP and no privilege escalation; the api runs as non-root
  with no capability.

    python3 scripts/kubernetes-check.py deploy/kubernetes
Prints what it checked, or each problem and exits 1.
"""

import os
import re
import sys
from urllib.parse import urlparse

import yaml
from cloudcoil.models.keda.v1alpha1 import ScaledObject

# A worker needs this beyond EXECUTION_TIMEOUT to finish its last job: the container's start
# (image, gVisor) and its removal.
GRACE_MARGIN_SECS = 30

problems = []


def problem(text):
    problems.append(text)


def unknown_fields(given, parsed, path):
    """Paths in `given` (the manifest) that the parsed model dropped: fields KEDA does not know."""
    if isinstance(given, dict) and isinstance(parsed, dict):
        for key, value in given.items():
            if key not in parsed:
                yield f"{path}.{key}"
            else:
                yield from unknown_fields(value, parsed[key], f"{path}.{key}")
    elif isinstance(given, list) and isinstance(parsed, list):
        for i, (g, p) in enumerate(zip(given, parsed)):
            yield from unknown_fields(g, p, f"{path}[{i}]")


def code_names():
    """The stream's suffix and the consumer group's name, as the code has them."""
    keys = open(os.path.join(os.path.dirname(__file__), "..", "crates/core/src/keys.rs")).read()
    group = re.search(r'pub const GROUP: &str = "([^"]+)";', keys)
    # The default runtime's stream (`stream_of`: `{prefix}:jobs` for python), the one the
    # manifests' workers read.
    stream = re.search(r'if runtime == crate::runtimes::DEFAULT \{\s*format!\("\{\}([^"]+)", self.prefix\)', keys)
    if not (group and stream):
        sys.exit("kubernetes-check: the consumer group or the stream's name is no longer where "
                 "crates/core/src/keys.rs had it: update this script")
    return stream.group(1), group.group(1)


def main(folder):
    docs = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name)) as f:
                docs[name] = [d for d in yaml.safe_load_all(f) if d]
    kustomization = docs.pop("kustomization.yaml")[0]
    listed = set(kustomization["resources"])
    if listed != set(docs):
        problem(f"kustomization.yaml lists {sorted(listed)}, the folder has {sorted(docs)}")
    by_kind = {}
    for name, items in docs.items():
        for d in items:
            by_kind.setdefault(d["kind"], {})[d["metadata"]["name"]] = d

    config = by_kind["ConfigMap"]["sandbox"]["data"]
    deployments = by_kind["Deployment"]
    worker = deployments["sandbox-worker"]["spec"]["template"]["spec"]
    api = deployments["sandbox-api"]["spec"]["template"]["spec"]

    # --- KEDA: its schema, and the stream it reads is ours -----------------------------------
    suffix, group = code_names()
    stream = config["REDIS_PREFIX"] + suffix
    redis_host = urlparse(config["REDIS_URL"]).hostname
    for name, so in by_kind["ScaledObject"].items():
        try:
            parsed = ScaledObject.model_validate(so)
        except Exception as err:  # pydantic's ValidationError: every field it refused
            problem(f"ScaledObject {name} does not match KEDA's schema: {err}")
            continue
        dumped = parsed.model_dump(by_alias=True, exclude_unset=True, mode="json")
        for path in unknown_fields(so, dumped, "ScaledObject"):
            problem(f"{path}: not a field of KEDA's ScaledObject")
        spec = so["spec"]
        if spec["scaleTargetRef"]["name"] not in deployments:
            problem(f"ScaledObject {name} scales {spec['scaleTargetRef']['name']}, which is no Deployment here")
        modes = set()
        for trigger in spec["triggers"]:
            meta = trigger["metadata"]
            if trigger["type"] != "redis-streams":
                problem(f"trigger {trigger.get('name')}: type {trigger['type']}, not redis-streams")
                continue
            if meta.get("stream") != stream:
                problem(f"trigger {trigger.get('name')} reads the stream {meta.get('stream')}, the service writes {stream}")
            if meta.get("consumerGroup") != group:
                problem(f"trigger {trigger.get('name')} reads the group {meta.get('consumerGroup')}, the workers' is {group}")
            host = meta.get("address", "").rsplit(":", 1)[0]
            if host.split(".")[0] != redis_host:
                problem(f"trigger {trigger.get('name')} asks Redis at {host}, the service uses {redis_host}")
            counts = [k for k in ("lagCount", "pendingEntriesCount", "streamLength") if k in meta]
            if len(counts) != 1:
                problem(f"trigger {trigger.get('name')} has {counts}: one count per trigger")
            modes.update(counts)
            if "pendingEntriesCount" in meta and meta["pendingEntriesCount"] != config["MAX_CONCURRENT"]:
                problem(f"pendingEntriesCount {meta['pendingEntriesCount']} is not MAX_CONCURRENT {config['MAX_CONCURRENT']}")
        if modes != {"lagCount", "pendingEntriesCount"}:
            problem(f"ScaledObject {name} scales on {sorted(modes)}, not on lagCount and pendingEntriesCount")

    # --- the workers outlast their longest job -------------------------------------------------
    # The longest job is a batch: MAX_TESTS cases of EXECUTION_TIMEOUT each (the server's
    # defaults where the ConfigMap does not set them).
    grace = worker.get("terminationGracePeriodSeconds", 30)
    timeout = float(config.get("EXECUTION_TIMEOUT", 3))
    cases = int(config.get("MAX_TESTS", 64))
    if grace < timeout * cases + GRACE_MARGIN_SECS:
        problem(f"the workers' terminationGracePeriodSeconds {grace} is not EXECUTION_TIMEOUT {timeout:g} "
                f"x MAX_TESTS {cases} + {GRACE_MARGIN_SECS}")

    # --- disruption budgets select pods that exist ---------------------------------------------
    for name, pdb in by_kind["PodDisruptionBudget"].items():
        wanted = pdb["spec"]["selector"]["matchLabels"]
        if not any(wanted.items() <= d["spec"]["template"]["metadata"]["labels"].items() for d in deployments.values()):
            problem(f"PodDisruptionBudget {name} selects no Deployment's pods: {wanted}")

    # --- who holds the engine ---------------------------------------------------------------------
    pods = {name: d["spec"]["template"]["spec"] for name, d in deployments.items()}
    pods.update({name: s["spec"]["template"]["spec"] for name, s in by_kind.get("StatefulSet", {}).items()})
    for name, pod in pods.items():
        sockets = [v for v in pod.get("volumes", []) if "docker.sock" in v.get("hostPath", {}).get("path", "")]
        if sockets and name != "sandbox-worker":
            problem(f"{name} mounts the Docker socket")
        for c in pod["containers"]:
            sc = c.get("securityContext", {})
            if sc.get("privileged"):
                problem(f"{name}/{c['name']} is privileged")
            if sc.get("allowPrivilegeEscalation") is not False:
                problem(f"{name}/{c['name']} may escalate privileges")
            if sc.get("capabilities", {}).get("drop") != ["ALL"]:
                problem(f"{name}/{c['name']} does not drop every capability")
            if sc.get("readOnlyRootFilesystem") is not True:
                problem(f"{name}/{c['name']} has a writable root filesystem")
    w = worker["containers"][0]
    if w.get("command") != ["sandbox-worker-start"]:
        problem(f"the worker does not start through sandbox-worker-start: {w.get('command')}")
    if sorted(w["securityContext"]["capabilities"].get("add", [])) != ["SETGID", "SETPCAP", "SETUID"]:
        problem(f"the worker adds {w['securityContext']['capabilities'].get('add')}, not exactly SETUID, SETGID, SETPCAP")
    if not any(v.get("hostPath", {}).get("type") == "Socket" for v in worker["volumes"]):
        problem("the worker's socket hostPath is not of type Socket")
    if worker.get("nodeSelector", {}).get("secure-sandbox/engine") != "docker":
        problem("the workers are not placed on the nodes labelled secure-sandbox/engine=docker")
    if api.get("securityContext", {}).get("runAsNonRoot") is not True or api["containers"][0]["securityContext"].get("capabilities", {}).get("add"):
        problem("the api may run as root or adds a capability")

    if problems:
        for p in problems:
            print(f"kubernetes-check: {p}", file=sys.stderr)
        sys.exit(1)
    print(f"kubernetes-check: {sum(len(v) for v in docs.values())} resources in {len(docs)} files: "
          f"KEDA's schema kept, triggers on {stream} / group {group} (lag and pending), grace "
          f"{grace} s over MAX_TESTS x EXECUTION_TIMEOUT {cases * timeout:g} s, only the worker holds the socket")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "deploy/kubernetes")
