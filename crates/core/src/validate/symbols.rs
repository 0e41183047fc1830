//! CPython's symbol-table errors: `global` and `nonlocal` declarations checked against the
//! uses, assignments, parameters and annotations of their scope, and every `nonlocal` name
//! bound in an enclosing function. The walker records each name as it meets it; names are
//! NFKC-normalised, as CPython stores them.

use std::collections::HashSet;

use rustpython_parser::text_size::TextRange;

/// What kind of block a symbol table belongs to (CPython's `_Py_block_ty`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Block {
    Module,
    Class,
    Function,
    Comprehension,
}

/// One scope's names, in the order the walker meets them (CPython's checks depend on order:
/// `x = 1; global x` is an error, `global x; x = 1` is not).
#[derive(Debug)]
pub(super) struct Symbols {
    block: Block,
    params: HashSet<String>,
    used: HashSet<String>,
    assigned: HashSet<String>,
    /// Bound by an import: a binding, but not one CPython holds against a later `global`.
    imported: HashSet<String>,
    annotated: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    /// `nonlocal` declarations of this scope and of nested ones not yet found bound.
    pending: Vec<(String, TextRange)>,
    /// Unresolved declarations handed up by nested scopes, resolved when this scope ends.
    from_children: Vec<(String, TextRange)>,
}

impl Symbols {
    pub(super) fn new(block: Block) -> Symbols {
        Symbols {
            block,
            params: HashSet::new(),
            used: HashSet::new(),
            assigned: HashSet::new(),
            imported: HashSet::new(),
            annotated: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            pending: Vec::new(),
            from_children: Vec::new(),
        }
    }

    pub(super) fn block(&self) -> Block {
        self.block
    }

    pub(super) fn param(&mut self, name: String) {
        self.params.insert(name);
    }

    pub(super) fn used(&mut self, name: String) {
        self.used.insert(name);
    }

    pub(super) fn assigned(&mut self, name: String) {
        self.assigned.insert(name);
    }

    pub(super) fn imported(&mut self, name: String) {
        self.imported.insert(name);
    }

    /// `x: T` with a simple name: CPython refuses it for a global or nonlocal name.
    pub(super) fn annotated(&mut self, name: String) -> Result<(), String> {
        if self.globals.contains(&name) {
            return Err(format!("annotated name '{name}' can't be global"));
        }
        if self.nonlocals.contains(&name) {
            return Err(format!("annotated name '{name}' can't be nonlocal"));
        }
        self.annotated.insert(name.clone());
        self.assigned.insert(name);
        Ok(())
    }

    /// A `global` (`nonlocal: false`) or `nonlocal` declaration of `name`.
    pub(super) fn declare(&mut self, name: String, nonlocal: bool, range: TextRange) -> Result<(), String> {
        let kind = if nonlocal { "nonlocal" } else { "global" };
        if self.params.contains(&name) {
            return Err(format!("name '{name}' is parameter and {kind}"));
        }
        if self.used.contains(&name) {
            return Err(format!("name '{name}' is used prior to {kind} declaration"));
        }
        if self.annotated.contains(&name) {
            return Err(format!("annotated name '{name}' can't be {kind}"));
        }
        if self.assigned.contains(&name) {
            return Err(format!("name '{name}' is assigned to before {kind} declaration"));
        }
        let other = if nonlocal { &self.globals } else { &self.nonlocals };
        if other.contains(&name) {
            return Err(format!("name '{name}' is nonlocal and global"));
        }
        if nonlocal {
            self.nonlocals.insert(name.clone());
            self.pending.push((name, range));
        } else {
            self.globals.insert(name);
        }
        Ok(())
    }

    /// Whether this scope binds `name` for a `nonlocal` declaration nested in it.
    fn binds(&self, name: &str) -> bool {
        match self.block {
            Block::Function => {
                self.nonlocals.contains(name)
                    || (!self.globals.contains(name)
                        && (self.params.contains(name)
                            || self.assigned.contains(name)
                            || self.imported.contains(name)))
            }
            // Methods see the implicit `__class__` cell of their class.
            Block::Class => name == "__class__",
            Block::Module | Block::Comprehension => false,
        }
    }

    /// Ends this scope: the declarations it cannot resolve, to hand to its parent.
    pub(super) fn finish(mut self) -> Vec<(String, TextRange)> {
        let from_children = std::mem::take(&mut self.from_children);
        let mut unresolved = self.pending;
        self.pending = Vec::new();
        unresolved.extend(from_children.into_iter().filter(|(name, _)| !self.binds(name)));
        unresolved
    }

    pub(super) fn adopt(&mut self, unresolved: Vec<(String, TextRange)>) {
        self.from_children.extend(unresolved);
    }
}
