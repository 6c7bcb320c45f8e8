// Variable annotations (`x: int = 1`): in a module or class body the annotation is evaluated
// and a simple name's goes into `__annotations__` (made empty first, CPython's
// SETUP_ANNOTATIONS); in a function it is not evaluated at all.

extension Compiler {
    /// `__annotations__ = {}` at the start of a module or class body that annotates a name.
    func setupAnnotations(_ u: CodeUnit, _ body: [Stmt], _ pos: SourcePos) throws(SyntaxError) {
        guard annotatesName(body) else { return }
        u.emit(.buildMap, 0)
        try compileStore(u, Expr(.name("__annotations__"), pos))
    }

    /// The annotation part of `target: annotation [= value]` (the value is already stored).
    func compileAnnotation(_ u: CodeUnit, _ target: Expr, _ annotation: Expr) throws(SyntaxError) {
        if u.scope.kind != .module && u.scope.kind != .classBody { return }
        try compileExpr(u, annotation)
        guard case .name(let n) = target.kind else {
            u.emit(.popTop)
            return
        }
        try compileExpr(u, Expr(.name("__annotations__"), target.pos))
        u.emit(.loadConst, u.addConst(.str(PyStr.make(n))))
        u.line = target.pos.line
        u.emit(.storeSubscr)
    }

    /// A `name: annotation` in these statements, outside nested functions and classes.
    private func annotatesName(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign(let target, _, _):
                if case .name = target.kind { return true }
            case .ifStmt(_, let a, let b), .whileStmt(_, let a, let b), .forStmt(_, _, let a, let b):
                if annotatesName(a) || annotatesName(b) { return true }
            case .with(_, let a):
                if annotatesName(a) { return true }
            case .tryStmt(let a, let handlers, let b, let c):
                if annotatesName(a) || annotatesName(b) || annotatesName(c) { return true }
                for h in handlers where annotatesName(h.body) { return true }
            default: break
            }
        }
        return false
    }
}
