//! The worker's modules form layers: no module uses a module that uses it back, directly or
//! through others. Read from the sources: every `crate::<module>` a module names outside
//! comments (its `use` lines, paths in code and in its tests alike).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module → the modules of the crate it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        if path.extension().is_some_and(|e| e == "rs") && name != "lib" && name != "main" {
            modules.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(name, text)| {
            let mut uses = BTreeSet::new();
            for line in text.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
                for (at, _) in line.match_indices("crate::") {
                    let rest = &line[at + "crate::".len()..];
                    let used: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    // `use crate::{a, b}` names several.
                    if rest.starts_with('{') {
                        let group = &rest[1..rest.find('}').unwrap_or(rest.len())];
                        for part in group.split(',') {
                            let used = part.trim().split("::").next().unwrap_or_default();
                            uses.insert(used.to_string());
                        }
                    }
                    uses.insert(used);
                }
            }
            uses.retain(|u| names.contains(u) && u != name);
            (name.clone(), uses)
        })
        .collect()
}

/// A path from `from` to `to` through the graph, if there is one.
fn path(graph: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> Option<Vec<String>> {
    let mut stack = vec![vec![from.to_string()]];
    let mut seen = BTreeSet::new();
    while let Some(route) = stack.pop() {
        let last = route.last().unwrap().clone();
        if last == to && route.len() > 1 {
            return Some(route);
        }
        if !seen.insert(last.clone()) {
            continue;
        }
        for next in &graph[&last] {
            let mut longer = route.clone();
            longer.push(next.clone());
            stack.push(longer);
        }
    }
    None
}

#[test]
fn no_module_uses_a_module_that_uses_it_back() {
    let graph = graph();
    assert!(
        graph["pool"].contains("launcher"),
        "the reading of the sources works"
    );
    for module in graph.keys() {
        if let Some(cycle) = path(&graph, module, module) {
            panic!("an import cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_container_layers_go_one_way() {
    let graph = graph();
    let uses = |a: &str, b: &str| path(&graph, a, b).is_some();
    assert!(uses("executor", "pool") && uses("executor", "launcher") && uses("pool", "launcher"));
    assert!(!uses("launcher", "pool") && !uses("launcher", "executor") && !uses("pool", "executor"));
    for low in ["launcher", "pool", "executor"] {
        for high in ["lifecycle", "consume", "liveness"] {
            assert!(!uses(low, high), "{low} uses {high}");
        }
    }
}
