//! The walk over the tree: CPython's compile-time checks that the parser leaves out, and the
//! rules of shared/POLICY.md applied to every statement, expression and pattern.

use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Pattern, Ranged, Stmt};
use rustpython_parser::text_size::{TextRange, TextSize};

use super::source::LineIndex;
use super::tables::{NameArg, DUNDER_ATTRIBUTES, DUNDER_NAMES, DYNAMIC_ATTRIBUTE_FUNCTIONS, FUTURE_FEATURES};
use super::{nfkc, Policy, Rejection, Rule, Violation, MAX_AST_DEPTH};

pub(super) fn find<'a>(list: &'a [String], name: &str) -> Option<&'a String> {
    list.iter().find(|entry| entry.as_str() == name)
}

pub(super) fn find_table(table: &[(&str, &str)], name: &str) -> Option<String> {
    table
        .iter()
        .find(|(entry, _)| *entry == name)
        .map(|(entry, _)| (*entry).to_owned())
}

/// The kind of scope the walker is in, for CPython's compile-time checks (`return` outside a
/// function, `await` outside an async function, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
}

pub(super) struct Walker<'a> {
    pub(super) policy: &'a Policy,
    pub(super) lines: &'a LineIndex<'a>,
    pub(super) violations: Vec<Violation>,
    pub(super) scope: Scope,
    pub(super) in_loop: bool,
    pub(super) in_comprehension: bool,
    /// Inside a generator expression, where CPython 3.11 allows `await` and `async for` in
    /// any function (the expression becomes an async generator).
    pub(super) in_generator: bool,
    /// Starts of the `from __future__` imports that are in an allowed place (the top of the
    /// module, after the docstring).
    pub(super) future_imports_allowed: Vec<TextSize>,
}

pub(super) type Walk = Result<(), Rejection>;

pub(super) fn too_deep(depth: usize) -> Walk {
    // SECURITY: stack overflow / fail closed — past CPython's own limit the walker stops
    // and refuses instead of recursing further.
    if depth > MAX_AST_DEPTH {
        return Err(Rejection::TooComplex(format!(
            "nesting deeper than {MAX_AST_DEPTH} levels (CPython 3.11 refuses past about 3000)"
        )));
    }
    Ok(())
}

impl Walker<'_> {
    fn flag(&mut self, rule: Rule, detail: &str, at: TextSize) {
        let (line, column) = self.lines.position(at.to_usize());
        self.violations.push(Violation {
            rule,
            detail: detail.to_owned(),
            line,
            column,
        });
    }

    fn syntax(&self, message: &str, range: TextRange) -> Rejection {
        let (line, column) = self.lines.position(range.start().to_usize());
        Rejection::Syntax {
            message: message.to_owned(),
            line,
            column,
        }
    }

    /// Forbidden module entry matching `module` or one of its parents (`os` for `os.path`).
    fn forbidden_module(&self, module: &str) -> Option<String> {
        let module = nfkc(module);
        self.policy
            .modules
            .iter()
            .find(|entry| {
                module == **entry
                    || (module.starts_with(entry.as_str()) && module[entry.len()..].starts_with('.'))
            })
            .cloned()
    }

    /// Dunder-access entry for an (already NFKC) attribute name.
    fn dunder_attribute(&self, name: &str) -> Option<String> {
        if !self.policy.internals {
            return None;
        }
        find_table(DUNDER_ATTRIBUTES, name)
    }

    /// Module-attribute entry for an (already NFKC) name, ignoring leading underscores.
    fn module_attribute(&self, name: &str) -> Option<String> {
        let bare = name.trim_start_matches('_');
        self.policy
            .attributes
            .iter()
            .find(|entry| entry.trim_start_matches('_') == bare)
            .cloned()
    }

    /// Applies dunder-access and module-attribute to an attribute name (access or import).
    fn attribute_name(&mut self, raw: &str, at: TextSize) {
        let name = nfkc(raw);
        if let Some(entry) = self.dunder_attribute(&name) {
            self.flag(Rule::DunderAccess, &entry, at);
        }
        if let Some(entry) = self.module_attribute(&name) {
            self.flag(Rule::ModuleAttribute, &entry, at);
        }
    }

    /// The entry a string naming an attribute would be flagged for, if any.
    fn flagged_attribute_string(&self, s: &str) -> Option<String> {
        let name = nfkc(s);
        self.dunder_attribute(&name)
            .or_else(|| self.module_attribute(&name))
    }

    /// Walks `f` in a new scope / loop / comprehension context and restores the old one.
    fn within(
        &mut self,
        scope: Scope,
        in_loop: bool,
        in_comprehension: bool,
        in_generator: bool,
        f: impl FnOnce(&mut Self) -> Walk,
    ) -> Walk {
        let saved = (self.scope, self.in_loop, self.in_comprehension, self.in_generator);
        self.scope = scope;
        self.in_loop = in_loop;
        self.in_comprehension = in_comprehension;
        self.in_generator = in_generator;
        let result = f(self);
        (self.scope, self.in_loop, self.in_comprehension, self.in_generator) = saved;
        result
    }

    fn in_async_function(&self) -> bool {
        self.scope == Scope::Function { is_async: true }
    }

    /// Where CPython 3.11 allows `await` and asynchronous comprehensions.
    fn async_allowed(&self) -> bool {
        self.in_async_function() || self.in_generator
    }

    /// CPython refuses a bare starred expression as a statement or assigned value.
    fn not_starred(&self, value: &Expr) -> Walk {
        match value {
            Expr::Starred(s) => Err(self.syntax("can't use starred expression here", s.range)),
            _ => Ok(()),
        }
    }

    /// CPython's check of an assignment, `for`, `with` or comprehension target.
    fn store_target(&self, target: &Expr, in_sequence: bool) -> Walk {
        match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            Expr::Starred(s) if in_sequence => self.store_target(&s.value, false),
            Expr::Starred(s) => {
                Err(self.syntax("starred assignment target must be in a list or tuple", s.range))
            }
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                let starred = elts.iter().filter(|e| matches!(e, Expr::Starred(_)));
                if let Some(second) = starred.clone().nth(1) {
                    return Err(self.syntax("multiple starred expressions in assignment", second.range()));
                }
                elts.iter().try_for_each(|e| self.store_target(e, true))
            }
            other => Err(self.syntax("cannot assign to expression", other.range())),
        }
    }

    /// CPython's check of an augmented or annotated assignment's single target.
    fn single_target(&self, target: &Expr) -> Walk {
        match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            other => Err(self.syntax(
                "illegal target for augmented or annotated assignment",
                other.range(),
            )),
        }
    }

    /// CPython's check of a `del` target.
    fn delete_target(&self, target: &Expr) -> Walk {
        match target {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => Ok(()),
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            other => Err(self.syntax("cannot delete expression", other.range())),
        }
    }

    pub(super) fn stmts(&mut self, body: &[Stmt], depth: usize) -> Walk {
        body.iter().try_for_each(|s| self.stmt(s, depth + 1))
    }

    fn exprs(&mut self, exprs: &[Expr], depth: usize) -> Walk {
        exprs.iter().try_for_each(|e| self.expr(e, depth + 1))
    }

    fn opt_expr(&mut self, e: &Option<Box<Expr>>, depth: usize) -> Walk {
        e.as_deref().map_or(Ok(()), |e| self.expr(e, depth + 1))
    }

    fn arguments(&mut self, args: &ast::Arguments, depth: usize) -> Walk {
        let with_default = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs);
        for a in with_default {
            self.opt_expr(&a.def.annotation, depth)?;
            self.opt_expr(&a.default, depth)?;
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            self.opt_expr(&a.annotation, depth)?;
        }
        Ok(())
    }

    fn type_params(&self, params: &[ast::TypeParam]) -> Walk {
        // rustpython parses PEP 695 (3.12); CPython 3.11 does not.
        match params.first() {
            Some(p) => Err(self.syntax("invalid syntax (type parameters need Python 3.12)", p.range())),
            None => Ok(()),
        }
    }

    fn handlers(&mut self, handlers: &[ast::ExceptHandler], depth: usize) -> Walk {
        for ast::ExceptHandler::ExceptHandler(h) in handlers {
            self.opt_expr(&h.type_, depth)?;
            self.stmts(&h.body, depth)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt, depth: usize) -> Walk {
        too_deep(depth)?;
        match stmt {
            Stmt::FunctionDef(ast::StmtFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            })
            | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            }) => {
                self.type_params(type_params)?;
                self.exprs(decorator_list, depth)?;
                self.arguments(args, depth)?;
                self.opt_expr(returns, depth)?;
                let is_async = matches!(stmt, Stmt::AsyncFunctionDef(_));
                self.within(Scope::Function { is_async }, false, false, false, |w| {
                    w.stmts(body, depth)
                })
            }
            Stmt::ClassDef(c) => {
                self.type_params(&c.type_params)?;
                self.exprs(&c.decorator_list, depth)?;
                self.exprs(&c.bases, depth)?;
                self.keywords(&c.keywords, depth)?;
                self.within(Scope::Class, false, false, false, |w| w.stmts(&c.body, depth))
            }
            Stmt::Return(r) => {
                if !matches!(self.scope, Scope::Function { .. }) {
                    return Err(self.syntax("'return' outside function", r.range));
                }
                self.opt_expr(&r.value, depth)
            }
            Stmt::Delete(d) => {
                d.targets.iter().try_for_each(|t| self.delete_target(t))?;
                self.exprs(&d.targets, depth)
            }
            Stmt::Assign(a) => {
                a.targets.iter().try_for_each(|t| self.store_target(t, false))?;
                self.not_starred(&a.value)?;
                self.exprs(&a.targets, depth)?;
                self.expr(&a.value, depth + 1)
            }
            Stmt::TypeAlias(t) => Err(self.syntax("invalid syntax (type aliases need Python 3.12)", t.range)),
            Stmt::AugAssign(a) => {
                self.single_target(&a.target)?;
                self.expr(&a.target, depth + 1)?;
                self.expr(&a.value, depth + 1)
            }
            Stmt::AnnAssign(a) => {
                self.single_target(&a.target)?;
                self.expr(&a.target, depth + 1)?;
                self.expr(&a.annotation, depth + 1)?;
                self.opt_expr(&a.value, depth)
            }
            Stmt::For(ast::StmtFor {
                target,
                iter,
                body,
                orelse,
                ..
            })
            | Stmt::AsyncFor(ast::StmtAsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            }) => {
                if matches!(stmt, Stmt::AsyncFor(_)) && !self.in_async_function() {
                    return Err(self.syntax("'async for' outside async function", stmt.range()));
                }
                self.store_target(target, false)?;
                self.expr(target, depth + 1)?;
                self.expr(iter, depth + 1)?;
                let (scope, generator) = (self.scope, self.in_generator);
                self.within(scope, true, false, generator, |w| w.stmts(body, depth))?;
                self.stmts(orelse, depth)
            }
            Stmt::While(w) => {
                self.expr(&w.test, depth + 1)?;
                let (scope, generator) = (self.scope, self.in_generator);
                self.within(scope, true, false, generator, |this| this.stmts(&w.body, depth))?;
                self.stmts(&w.orelse, depth)
            }
            Stmt::If(i) => {
                self.expr(&i.test, depth + 1)?;
                self.stmts(&i.body, depth)?;
                self.stmts(&i.orelse, depth)
            }
            Stmt::With(ast::StmtWith { items, body, .. })
            | Stmt::AsyncWith(ast::StmtAsyncWith { items, body, .. }) => {
                if matches!(stmt, Stmt::AsyncWith(_)) && !self.in_async_function() {
                    return Err(self.syntax("'async with' outside async function", stmt.range()));
                }
                for item in items {
                    self.expr(&item.context_expr, depth + 1)?;
                    if let Some(vars) = &item.optional_vars {
                        self.store_target(vars, false)?;
                        self.expr(vars, depth + 1)?;
                    }
                }
                self.stmts(body, depth)
            }
            Stmt::Match(m) => {
                self.expr(&m.subject, depth + 1)?;
                for case in &m.cases {
                    self.pattern(&case.pattern, depth + 1)?;
                    self.opt_expr(&case.guard, depth)?;
                    self.stmts(&case.body, depth)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                self.opt_expr(&r.exc, depth)?;
                self.opt_expr(&r.cause, depth)
            }
            Stmt::Try(ast::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | Stmt::TryStar(ast::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => {
                self.stmts(body, depth)?;
                self.handlers(handlers, depth)?;
                self.stmts(orelse, depth)?;
                self.stmts(finalbody, depth)
            }
            Stmt::Assert(a) => {
                self.expr(&a.test, depth + 1)?;
                self.opt_expr(&a.msg, depth)
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    if let Some(entry) = self.forbidden_module(&alias.name) {
                        self.flag(Rule::ForbiddenImport, &entry, alias.range.start());
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                if i.module.as_deref() == Some("__future__") {
                    self.future_import(i)?;
                }
                if self.scope != Scope::Module && i.names.iter().any(|a| a.name.as_str() == "*") {
                    return Err(self.syntax("import * only allowed at module level", i.range));
                }
                // `from . import x` has no module name: only the imported names are judged
                // (a relative import cannot reach the standard library's modules).
                if let Some(module) = &i.module {
                    if let Some(entry) = self.forbidden_module(module) {
                        self.flag(Rule::ForbiddenImport, &entry, i.range.start());
                    }
                }
                for alias in &i.names {
                    if alias.name.as_str() != "*" {
                        self.attribute_name(&alias.name, alias.range.start());
                    }
                }
                Ok(())
            }
            Stmt::Expr(e) => {
                self.not_starred(&e.value)?;
                self.expr(&e.value, depth + 1)
            }
            Stmt::Nonlocal(n) if self.scope == Scope::Module => {
                Err(self.syntax("nonlocal declaration not allowed at module level", n.range))
            }
            Stmt::Break(b) if !self.in_loop => Err(self.syntax("'break' outside loop", b.range)),
            Stmt::Continue(c) if !self.in_loop => {
                Err(self.syntax("'continue' not properly in loop", c.range))
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {
                Ok(())
            }
        }
    }

    /// CPython's checks of `from __future__ import ...`: known features, top of the module.
    fn future_import(&self, i: &ast::StmtImportFrom) -> Walk {
        if !self.future_imports_allowed.contains(&i.range.start()) {
            return Err(self.syntax(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        for alias in &i.names {
            match alias.name.as_str() {
                "braces" => return Err(self.syntax("not a chance", alias.range)),
                name if !FUTURE_FEATURES.contains(&name) => {
                    let message = format!("future feature {name} is not defined");
                    return Err(self.syntax(&message, alias.range));
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn keywords(&mut self, keywords: &[ast::Keyword], depth: usize) -> Walk {
        keywords.iter().try_for_each(|k| self.expr(&k.value, depth + 1))
    }

    /// A comprehension's element(s) and generators, in comprehension context.
    fn comprehension(
        &mut self,
        elts: &[&Expr],
        generators: &[ast::Comprehension],
        is_generator: bool,
        depth: usize,
    ) -> Walk {
        let (scope, in_loop) = (self.scope, self.in_loop);
        let generator = self.in_generator || is_generator;
        self.within(scope, in_loop, true, generator, |w| {
            for elt in elts {
                w.expr(elt, depth + 1)?;
            }
            w.comprehensions(generators, depth)
        })
    }

    fn comprehensions(&mut self, generators: &[ast::Comprehension], depth: usize) -> Walk {
        for g in generators {
            if g.is_async && !self.async_allowed() {
                return Err(self.syntax(
                    "asynchronous comprehension outside of an asynchronous function",
                    g.target.range(),
                ));
            }
            self.store_target(&g.target, false)?;
            self.expr(&g.target, depth + 1)?;
            self.expr(&g.iter, depth + 1)?;
            self.exprs(&g.ifs, depth)?;
        }
        Ok(())
    }

    fn pattern(&mut self, pattern: &Pattern, depth: usize) -> Walk {
        too_deep(depth)?;
        match pattern {
            Pattern::MatchValue(v) => self.expr(&v.value, depth + 1),
            Pattern::MatchSingleton(_) | Pattern::MatchStar(_) => Ok(()),
            Pattern::MatchSequence(s) => self.patterns(&s.patterns, depth),
            Pattern::MatchMapping(m) => {
                self.exprs(&m.keys, depth)?;
                self.patterns(&m.patterns, depth)
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls, depth + 1)?;
                self.patterns(&c.patterns, depth)?;
                // `case C(__class__=x)` reads the attribute `__class__` of the subject.
                for attr in &c.kwd_attrs {
                    self.attribute_name(attr, c.range.start());
                }
                self.patterns(&c.kwd_patterns, depth)
            }
            Pattern::MatchAs(a) => match &a.pattern {
                Some(p) => self.pattern(p, depth + 1),
                None => Ok(()),
            },
            Pattern::MatchOr(o) => self.patterns(&o.patterns, depth),
        }
    }

    fn patterns(&mut self, patterns: &[Pattern], depth: usize) -> Walk {
        patterns.iter().try_for_each(|p| self.pattern(p, depth + 1))
    }

    fn expr(&mut self, expr: &Expr, depth: usize) -> Walk {
        too_deep(depth)?;
        match expr {
            Expr::Name(n) => {
                if matches!(n.ctx, ExprContext::Load) {
                    let name = nfkc(&n.id);
                    if let Some(entry) = find(&self.policy.builtins, &name).cloned() {
                        self.flag(Rule::ForbiddenCall, &entry, n.range.start());
                    }
                    if self.policy.internals {
                        if let Some(entry) = find_table(DUNDER_NAMES, &name) {
                            self.flag(Rule::DunderAccess, &entry, n.range.start());
                        }
                    }
                }
                Ok(())
            }
            Expr::Attribute(a) => {
                // Every context: `x.__class__ = C` is as much a climb as a read.
                self.attribute_name(&a.attr, a.range.start());
                self.expr(&a.value, depth + 1)
            }
            Expr::Call(c) => {
                if self.policy.internals {
                    self.dynamic_attribute(c);
                }
                self.expr(&c.func, depth + 1)?;
                self.exprs(&c.args, depth)?;
                self.keywords(&c.keywords, depth)
            }
            Expr::BoolOp(b) => self.exprs(&b.values, depth),
            Expr::NamedExpr(n) => {
                if !matches!(n.target.as_ref(), Expr::Name(_)) {
                    return Err(self.syntax("cannot use assignment expressions with this target", n.range));
                }
                self.expr(&n.target, depth + 1)?;
                self.expr(&n.value, depth + 1)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left, depth + 1)?;
                self.expr(&b.right, depth + 1)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand, depth + 1),
            Expr::Lambda(l) => {
                self.arguments(&l.args, depth)?;
                self.within(Scope::Lambda, false, false, false, |w| w.expr(&l.body, depth + 1))
            }
            Expr::IfExp(i) => {
                self.expr(&i.test, depth + 1)?;
                self.expr(&i.body, depth + 1)?;
                self.expr(&i.orelse, depth + 1)
            }
            Expr::Dict(d) => {
                for key in d.keys.iter().flatten() {
                    self.expr(key, depth + 1)?;
                }
                self.exprs(&d.values, depth)
            }
            Expr::Set(s) => self.exprs(&s.elts, depth),
            Expr::ListComp(ast::ExprListComp { elt, generators, .. })
            | Expr::SetComp(ast::ExprSetComp { elt, generators, .. }) => {
                self.comprehension(&[elt], generators, false, depth)
            }
            Expr::GeneratorExp(g) => self.comprehension(&[&g.elt], &g.generators, true, depth),
            Expr::DictComp(d) => self.comprehension(&[&d.key, &d.value], &d.generators, false, depth),
            Expr::Await(a) => {
                if !self.async_allowed() {
                    let message = match self.scope {
                        Scope::Module => "'await' outside function",
                        _ => "'await' outside async function",
                    };
                    return Err(self.syntax(message, a.range));
                }
                self.expr(&a.value, depth + 1)
            }
            Expr::Starred(s) => self.expr(&s.value, depth + 1),
            Expr::Yield(ast::ExprYield { range, .. }) | Expr::YieldFrom(ast::ExprYieldFrom { range, .. }) => {
                if !matches!(self.scope, Scope::Function { .. } | Scope::Lambda) {
                    return Err(self.syntax("'yield' outside function", *range));
                }
                if self.in_comprehension {
                    return Err(self.syntax("'yield' inside comprehension", *range));
                }
                match expr {
                    Expr::YieldFrom(y) if self.in_async_function() => {
                        Err(self.syntax("'yield from' inside async function", y.range))
                    }
                    Expr::YieldFrom(y) => self.expr(&y.value, depth + 1),
                    Expr::Yield(y) => self.opt_expr(&y.value, depth),
                    _ => unreachable!("matched above"),
                }
            }
            Expr::Compare(c) => {
                self.expr(&c.left, depth + 1)?;
                self.exprs(&c.comparators, depth)
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value, depth + 1)?;
                self.opt_expr(&f.format_spec, depth)
            }
            Expr::JoinedStr(j) => self.exprs(&j.values, depth),
            Expr::Constant(_) => Ok(()),
            Expr::Subscript(s) => {
                self.expr(&s.value, depth + 1)?;
                self.expr(&s.slice, depth + 1)
            }
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                self.exprs(elts, depth)
            }
            Expr::Slice(s) => {
                self.opt_expr(&s.lower, depth)?;
                self.opt_expr(&s.upper, depth)?;
                self.opt_expr(&s.step, depth)
            }
        }
    }

    /// dynamic-attribute: `getattr(o, name)` & co. whose name is not a harmless str literal.
    fn dynamic_attribute(&mut self, call: &ast::ExprCall) {
        let (name, as_attribute) = match call.func.as_ref() {
            Expr::Name(n) if matches!(n.ctx, ExprContext::Load) => (nfkc(&n.id), false),
            Expr::Attribute(a) => (nfkc(&a.attr), true),
            _ => return,
        };
        let Some((function, name_arg, _, _)) = DYNAMIC_ATTRIBUTE_FUNCTIONS
            .iter()
            .find(|(f, _, by_attribute, _)| *f == name && (!as_attribute || *by_attribute))
        else {
            return;
        };
        // SECURITY: sandbox escape — an attribute name computed at run time ("__cla" + "ss__")
        // cannot be judged statically; only str literals that no rule flags pass.
        let literal = |e: &Expr| match e {
            Expr::Constant(ast::ExprConstant {
                value: Constant::Str(s),
                ..
            }) => Some(s.clone()),
            _ => None,
        };
        let names: Option<Vec<String>> = match *name_arg {
            NameArg::Positional(index) => {
                let before_starred = call
                    .args
                    .iter()
                    .take(index + 1)
                    .all(|a| !matches!(a, Expr::Starred(_)));
                call.args
                    .get(index)
                    .filter(|_| before_starred)
                    .and_then(literal)
                    .map(|s| vec![s])
            }
            NameArg::EveryDotted => call
                .args
                .iter()
                .map(literal)
                .collect::<Option<Vec<_>>>()
                .filter(|all| !all.is_empty())
                .map(|all| {
                    all.iter()
                        .flat_map(|path| path.split('.').map(str::to_owned).collect::<Vec<_>>())
                        .collect()
                }),
        };
        let detail = match names {
            None => Some((*function).to_owned()),
            Some(names) => names.iter().find_map(|n| self.flagged_attribute_string(n)),
        };
        if let Some(detail) = detail {
            self.flag(Rule::DynamicAttribute, &detail, call.range.start());
        }
    }
}
