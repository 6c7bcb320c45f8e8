// Scope analysis: decides for every name in every scope whether it is a fast local, a cell
// (captured by an inner scope), a free variable (captured from an outer scope) or a global.

final class Scope {
    enum Kind { case module, function, comprehension, classBody }
    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []

    var params: [String] = []
    var assigned: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    /// Where each nonlocal name was declared (for "no binding for nonlocal" errors).
    var nonlocalLines: [String: Int] = [:]
    /// Walrus targets inside a comprehension bind in the enclosing function: treated as free here.
    var walrusTargets: Set<String> = []
    /// A comprehension's iteration variables (a walrus inside may not rebind them).
    var iterationVars: Set<String> = []
    /// The scope contains `yield` (a generator function or a generator expression).
    var isGenerator = false

    // Results of resolution
    var locals: [String] = []          // slot order, parameters first
    var localIndex: [String: Int] = [:]
    var cells: [String] = []
    var frees: [String] = []
    var globals: Set<String> = []

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    /// `name`: a class body's namespace dict, then globals; `classDeref`: the class namespace,
    /// then the enclosing function's cell.
    enum Resolution { case fast(Int), deref(Int), global, name, classDeref(Int) }

    func resolve(_ name: String) -> Resolution {
        if kind == .module { return .global }
        if kind == .classBody {
            if declaredGlobal.contains(name) { return .global }
            if declaredNonlocal.contains(name), let i = frees.firstIndex(of: name) { return .deref(cells.count + i) }
            if assigned.contains(name) { return .name }
            if let i = frees.firstIndex(of: name) { return .classDeref(cells.count + i) }
            return .name
        }
        if let i = cells.firstIndex(of: name) { return .deref(i) }
        if let i = frees.firstIndex(of: name) { return .deref(cells.count + i) }
        if let i = localIndex[name] { return .fast(i) }
        return .global
    }

    /// Index of a name's cell among this scope's cells and frees (for building closures).
    func cellIndex(_ name: String) -> Int? {
        if let i = cells.firstIndex(of: name) { return i }
        if let i = frees.firstIndex(of: name) { return cells.count + i }
        return nil
    }
}

/// Builds the scope tree for a module and resolves every scope.
struct SymbolTableBuilder {
    /// Scope of each function/lambda/comprehension node, keyed by the node's identity.
    var scopes: [ObjectIdentifier: Scope] = [:]
    var current: Scope
    let module: Scope

    init() {
        module = Scope(kind: .module, name: "<module>", parent: nil)
        current = module
    }

    mutating func build(_ m: Module) throws(SyntaxError) -> Scope {
        for s in m.body { try visit(s) }
        try resolve(module)
        return module
    }

    // MARK: collection

    private mutating func bind(_ name: String) {
        // Module-level names are globals: nothing reads the module scope's name sets, so they
        // are not built (hashing every name is a large part of compiling a short snippet).
        if current.kind == .module { return }
        if current.kind == .comprehension && current.walrusTargets.contains(name) { return }
        current.assigned.insert(name)
    }

    private mutating func use(_ name: String) {
        if current.kind != .module { current.used.insert(name) }
        // Zero-argument super() and __class__ read the class cell of the enclosing class body.
        if (name == "super" || name == "__class__") && current.kind != .module && current.kind != .classBody {
            current.used.insert("__class__")
        }
    }

    private mutating func visitBody(_ body: [Stmt]) throws(SyntaxError) {
        for s in body { try visit(s) }
    }

    private mutating func visit(_ s: Stmt) throws(SyntaxError) {
        switch s.kind {
        case .expr(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { use(n) }
            try visitTarget(target)
        case .annAssign(let target, let ann, let value):
            try visit(ann)
            if let v = value { try visit(v); try visitTarget(target) } else if case .name = target.kind {
                // `x: int` alone makes x local in a function without binding it.
                try visitTarget(target)
            }
        case .ifStmt(let test, let body, let orElse), .whileStmt(let test, let body, let orElse):
            try visit(test)
            try visitBody(body)
            try visitBody(orElse)
        case .forStmt(let target, let iter, let body, let orElse):
            try visit(iter)
            try visitTarget(target)
            try visitBody(body)
            try visitBody(orElse)
        case .breakStmt, .continueStmt, .pass, .unsupported: break
        case .returnStmt(let e): if let e = e { try visit(e) }
        case .functionDef(let fd):
            for d in fd.decorators { try visit(d) }
            try visitDefaults(fd.params)
            bind(fd.name)
            let scope = Scope(kind: .function, name: fd.name, parent: current)
            current.children.append(scope)
            scopes[ObjectIdentifier(s)] = scope
            let saved = current
            current = scope
            declareParams(fd.params)
            try visitBody(fd.body)
            current = saved
        case .classDef(let cd):
            for d in cd.decorators { try visit(d) }
            for a in cd.arguments {
                switch a {
                case .positional(let x), .star(let x), .keyword(_, let x), .doubleStar(let x): try visit(x)
                }
            }
            bind(cd.name)
            let scope = Scope(kind: .classBody, name: cd.name, parent: current)
            current.children.append(scope)
            scopes[ObjectIdentifier(s)] = scope
            let saved = current
            current = scope
            scope.params = ["__locals__"]
            try visitBody(cd.body)
            current = saved
        case .with(let items, let body):
            for it in items {
                try visit(it.context)
                if let t = it.target { try visitTarget(t) }
            }
            try visitBody(body)
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guardTest { try visit(g) }
                try visitBody(c.body)
            }
        case .global(let names):
            for n in names {
                if current.kind == .module { continue }
                if current.params.contains(n) {
                    throw compileError("name '\(n)' is parameter and global", line: Int(s.pos.line), col: Int(s.pos.col))
                }
                if current.assigned.contains(n) || current.used.contains(n) {
                    let what = current.assigned.contains(n) ? "assigned to before" : "used prior to"
                    throw compileError("name '\(n)' is \(what) global declaration", line: Int(s.pos.line), col: Int(s.pos.col))
                }
                current.declaredGlobal.insert(n)
            }
        case .nonlocal(let names):
            for n in names {
                if current.kind == .module {
                    throw compileError("nonlocal declaration not allowed at module level", line: Int(s.pos.line), col: Int(s.pos.col))
                }
                if current.params.contains(n) {
                    throw compileError("name '\(n)' is parameter and nonlocal", line: Int(s.pos.line), col: Int(s.pos.col))
                }
                if current.assigned.contains(n) || current.used.contains(n) {
                    let what = current.assigned.contains(n) ? "assigned to before" : "used prior to"
                    throw compileError("name '\(n)' is \(what) nonlocal declaration", line: Int(s.pos.line), col: Int(s.pos.col))
                }
                current.declaredNonlocal.insert(n)
                if current.nonlocalLines[n] == nil { current.nonlocalLines[n] = Int(s.pos.line) }
            }
        case .assert(let test, let msg):
            try visit(test)
            if let m = msg { try visit(m) }
        case .del(let targets):
            for t in targets { try visitTarget(t) }
        case .tryStmt(let body, let handlers, let orElse, let fin):
            try visitBody(body)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { bind(n) }
                try visitBody(h.body)
            }
            try visitBody(orElse)
            try visitBody(fin)
        case .raise(let exc, let cause):
            if let e = exc { try visit(e) }
            if let c = cause { try visit(c) }
        case .importModules(let aliases):
            for a in aliases { bind(a.asName ?? String(a.name.split(separator: ".")[0])) }
        case .importFrom(let module, let level, let names):
            if names.isEmpty {
                if current.kind != .module {
                    throw compileError("import * only allowed at module level", line: Int(s.pos.line), col: Int(s.pos.col))
                }
                if level == 0 { for n in ModuleLibrary.starNames(module) ?? [] { bind(n) } }
            }
            for a in names { bind(a.asName ?? a.name) }
        }
    }

    /// A case pattern binds its capture names and evaluates its values, classes and keys.
    private mutating func visitPattern(_ p: Pattern) throws(SyntaxError) {
        switch p.kind {
        case .value(let e), .singleton(let e): try visit(e)
        case .sequence(let items), .or(let items): for i in items { try visitPattern(i) }
        case .star(let name): if let n = name { bind(n) }
        case .mapping(let keys, let values, let rest):
            for k in keys { try visit(k) }
            for v in values { try visitPattern(v) }
            if let r = rest { bind(r) }
        case .classPattern(let cls, let args, _, let kwps):
            try visit(cls)
            for a in args { try visitPattern(a) }
            for k in kwps { try visitPattern(k) }
        case .capture(let inner, let name):
            if let i = inner { try visitPattern(i) }
            if let n = name { bind(n) }
        }
    }

    private mutating func declareParams(_ p: Parameters) {
        for x in p.posOnly { current.params.append(x.name) }
        for x in p.args { current.params.append(x.name) }
        for x in p.kwOnly { current.params.append(x.name) }
        if let v = p.vararg { current.params.append(v) }
        if let k = p.kwarg { current.params.append(k) }
        // params go: positional, keyword-only, *args, **kwargs (CPython's co_varnames order)
        var ordered: [String] = []
        for x in p.posOnly { ordered.append(x.name) }
        for x in p.args { ordered.append(x.name) }
        for x in p.kwOnly { ordered.append(x.name) }
        if let v = p.vararg { ordered.append(v) }
        if let k = p.kwarg { ordered.append(k) }
        current.params = ordered
    }

    private mutating func visitDefaults(_ p: Parameters) throws(SyntaxError) {
        for x in p.posOnly { if let d = x.defaultValue { try visit(d) } }
        for x in p.args { if let d = x.defaultValue { try visit(d) } }
        for x in p.kwOnly { if let d = x.defaultValue { try visit(d) } }
        for (_, a) in p.annotations { try visit(a) }   // evaluated where the def runs
    }

    private mutating func visitTarget(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .name(let n): bind(n)
        case .tuple(let items), .list(let items): for i in items { try visitTarget(i) }
        case .starred(let inner): try visitTarget(inner)
        case .attribute(let obj, _): try visit(obj)
        case .subscript(let obj, let idx):
            try visit(obj)
            try visit(idx)
        default: try visit(e)
        }
    }

    private mutating func visitComprehension(_ node: Expr, _ name: String, _ gens: [Comprehension],
                                             _ elements: [Expr]) throws(SyntaxError) {
        // The first iterable is evaluated in the enclosing scope.
        guard let first = gens.first else { return }
        try visit(first.iter)
        let scope = Scope(kind: .comprehension, name: name, parent: current)
        scope.isGenerator = name == "<genexpr>"
        current.children.append(scope)
        scopes[ObjectIdentifier(node)] = scope
        let saved = current
        current = scope
        scope.params = [".0"]
        for (i, g) in gens.enumerated() {
            if i > 0 { try visit(g.iter) }
            try visitTarget(g.target)
            collectTargetNames(g.target, into: &scope.iterationVars)
            for c in g.ifs { try visit(c) }
        }
        for e in elements { try visit(e) }
        current = saved
    }

    private func collectTargetNames(_ e: Expr, into names: inout Set<String>) {
        switch e.kind {
        case .name(let n): names.insert(n)
        case .tuple(let items), .list(let items): for i in items { collectTargetNames(i, into: &names) }
        case .starred(let inner): collectTargetNames(inner, into: &names)
        default: break
        }
    }

    private mutating func visit(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .name(let n): use(n)
        case .int, .bigInt, .float, .imaginary, .str, .bytes, .bool, .none, .ellipsis: break
        case .fstring(let parts): try visitFString(parts)
        case .unary(_, let x): try visit(x)
        case .binary(_, let l, let r):
            try visit(l)
            try visit(r)
        case .boolOp(_, let xs): for x in xs { try visit(x) }
        case .compare(let l, let rest):
            try visit(l)
            for (_, r) in rest { try visit(r) }
        case .ifExp(let t, let b, let o):
            try visit(t)
            try visit(b)
            try visit(o)
        case .lambda(let params, let body):
            try visitDefaults(params)
            let scope = Scope(kind: .function, name: "<lambda>", parent: current)
            current.children.append(scope)
            scopes[ObjectIdentifier(e)] = scope
            let saved = current
            current = scope
            declareParams(params)
            try visit(body)
            current = saved
        case .call(let f, let args):
            try visit(f)
            for a in args {
                switch a {
                case .positional(let x), .star(let x), .keyword(_, let x), .doubleStar(let x): try visit(x)
                }
            }
        case .attribute(let x, _): try visit(x)
        case .subscript(let x, let i):
            try visit(x)
            try visit(i)
        case .slice(let a, let b, let c):
            if let a = a { try visit(a) }
            if let b = b { try visit(b) }
            if let c = c { try visit(c) }
        case .list(let xs), .tuple(let xs), .set(let xs): for x in xs { try visit(x) }
        case .dict(let pairs):
            for p in pairs {
                if let k = p.key { try visit(k) }
                try visit(p.value)
            }
        case .starred(let x): try visit(x)
        case .listComp(let elt, let gens): try visitComprehension(e, "<listcomp>", gens, [elt])
        case .setComp(let elt, let gens): try visitComprehension(e, "<setcomp>", gens, [elt])
        case .dictComp(let k, let v, let gens): try visitComprehension(e, "<dictcomp>", gens, [k, v])
        case .generatorExp(let elt, let gens): try visitComprehension(e, "<genexpr>", gens, [elt])
        case .namedExpr(let target, let value):
            try visit(value)
            if current.kind == .comprehension {
                // Bind in the nearest enclosing non-comprehension scope.
                var s: Scope? = current
                while let c = s, c.kind == .comprehension {
                    if c.iterationVars.contains(target) {
                        throw compileError("assignment expression cannot rebind comprehension iteration variable '\(target)'",
                                           line: Int(e.pos.line), col: Int(e.pos.col))
                    }
                    s = c.parent
                }
                if let owner = s, owner.kind == .classBody {
                    throw compileError("assignment expression within a comprehension cannot be used in a class body",
                                       line: Int(e.pos.line), col: Int(e.pos.col))
                }
                s = current
                while let c = s, c.kind == .comprehension {
                    c.walrusTargets.insert(target)
                    c.used.insert(target)
                    s = c.parent
                }
                if let owner = s {
                    if owner.kind == .module { owner.assigned.insert(target) } else { owner.assigned.insert(target) }
                }
            } else {
                bind(target)
            }
        case .yield(let x):
            try markGenerator(e)
            if let x = x { try visit(x) }
        case .yieldFrom(let x):
            try markGenerator(e)
            try visit(x)
        case .await(let x): try visit(x)
        }
    }

    private mutating func markGenerator(_ e: Expr) throws(SyntaxError) {
        let what: String
        if case .yieldFrom = e.kind { what = "'yield from'" } else { what = "'yield'" }
        switch current.kind {
        case .module, .classBody:
            throw compileError("\(what) outside function", line: Int(e.pos.line), col: Int(e.pos.col))
        case .comprehension where !current.isGenerator:
            let kind = current.name == "<listcomp>" ? "list comprehension" : current.name == "<setcomp>" ? "set comprehension" : "dict comprehension"
            throw compileError("'yield' inside \(kind)", line: Int(e.pos.line), col: Int(e.pos.col))
        case .comprehension:
            throw compileError("'yield' inside generator expression", line: Int(e.pos.line), col: Int(e.pos.col))
        case .function:
            current.isGenerator = true
        }
    }

    private mutating func visitFString(_ parts: [FStringPart]) throws(SyntaxError) {
        for p in parts {
            if case .field(let e, _, let spec, _) = p {
                try visit(e)
                if let s = spec { try visitFString(s) }
            }
        }
    }

    // MARK: resolution

    /// Decides locals, cells and frees, top-down then bottom-up.
    private func resolve(_ scope: Scope) throws(SyntaxError) {
        if scope.kind == .classBody {
            scope.locals = scope.params
            for (i, n) in scope.locals.enumerated() { scope.localIndex[n] = i }
        } else if scope.kind != .module {
            var locals = scope.params
            var seen = Set(locals)
            for n in scope.assigned.sorted() where !seen.contains(n) && !scope.declaredGlobal.contains(n)
                && !scope.declaredNonlocal.contains(n) && !scope.walrusTargets.contains(n) {
                locals.append(n)
                seen.insert(n)
            }
            scope.locals = locals
            for (i, n) in locals.enumerated() { scope.localIndex[n] = i }
            for n in scope.declaredNonlocal {
                if !bindsInEnclosingFunction(scope, n) {
                    throw compileError("no binding for nonlocal '\(n)' found", line: scope.nonlocalLines[n] ?? 0, col: 0)
                }
            }
        }
        for c in scope.children { try resolve(c) }
        // A name used (not bound) here that an enclosing function binds is free here and a cell there.
        if scope.kind != .module {
            var wanted = scope.used.union(scope.declaredNonlocal).union(scope.walrusTargets)
            // Names that children need from beyond this scope pass through as frees.
            for c in scope.children { for f in c.frees { wanted.insert(f) } }
            for n in wanted.sorted() {
                if scope.kind == .classBody && scope.assigned.contains(n) && !scope.declaredNonlocal.contains(n)
                    && !scope.declaredGlobal.contains(n) && !scope.children.contains(where: { $0.frees.contains(n) }) {
                    continue
                }
                if scope.localIndex[n] != nil && !scope.declaredNonlocal.contains(n) && !scope.walrusTargets.contains(n) { continue }
                if scope.declaredGlobal.contains(n) { continue }
                if let owner = enclosingBinder(scope, n) {
                    if !scope.frees.contains(n) { scope.frees.append(n) }
                    if !owner.cells.contains(n) { owner.cells.append(n) }
                    // Intermediate scopes pass it along.
                    var p = scope.parent
                    while let s = p, s !== owner {
                        if !s.frees.contains(n) { s.frees.append(n) }
                        p = s.parent
                    }
                }
            }
        }
    }

    private func bindsInEnclosingFunction(_ scope: Scope, _ n: String) -> Bool {
        return enclosingBinder(scope, n) != nil
    }

    /// The nearest enclosing function scope whose own local `n` is (a parameter or assigned).
    private func enclosingBinder(_ scope: Scope, _ n: String) -> Scope? {
        var p = scope.parent
        while let s = p {
            if s.kind == .module { return nil }
            if s.kind == .classBody {
                // Class namespaces are not visible from nested scopes, except the __class__ cell.
                if n == "__class__" { return s }
                p = s.parent
                continue
            }
            if s.declaredGlobal.contains(n) { return nil }
            if !s.declaredNonlocal.contains(n) && !s.walrusTargets.contains(n)
                && (s.params.contains(n) || s.assigned.contains(n)) {
                return s
            }
            p = s.parent
        }
        return nil
    }
}

/// Errors the symbol table raises: like CPython's, they carry no source line.
private func compileError(_ msg: String, line: Int, col: Int) -> SyntaxError {
    var e = SyntaxError(msg, line: line, col: col)
    e.showsSource = false
    return e
}
