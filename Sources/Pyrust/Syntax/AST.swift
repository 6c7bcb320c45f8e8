// The abstract syntax tree: what the parser produces and the compiler consumes.
// Positions are 1-based lines and 1-based columns (in code points), as CPython reports them.

struct SourcePos: Equatable {
    var line: Int32
    var col: Int32
}

enum UnaryOp { case neg, pos, invert, not }

enum BinOp: UInt8 {
    case add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, bitand, bitor, bitxor, matmul
}

enum CmpOp: UInt8 { case eq, ne, lt, le, gt, ge, is_, isNot, in_, notIn }

/// One piece of an f-string: literal text or a replacement field `{expr!conv:spec}`.
enum FStringPart {
    case literal(String)
    /// conversion is nil, "s", "r" or "a"; spec pieces may themselves hold fields (`{x:{width}}`).
    /// `selfDocumenting` holds the `expr=` text (e.g. "x=") when the field uses the `=` form.
    case field(Expr, conversion: Character?, spec: [FStringPart]?, selfDocumenting: String?)
}

/// An argument at a call site.
enum CallArg {
    case positional(Expr)
    case star(Expr)                 // *xs
    case keyword(String, Expr)      // name=value
    case doubleStar(Expr)           // **d
}

struct Comprehension {
    var target: Expr
    var iter: Expr
    var ifs: [Expr]
}

/// Formal parameters of a def or lambda.
struct Parameters {
    struct Param {
        var name: String
        var defaultValue: Expr?
        var pos: SourcePos
    }
    var posOnly: [Param] = []       // before `/`
    var args: [Param] = []          // ordinary positional-or-keyword
    var vararg: String? = nil       // *args
    var kwOnly: [Param] = []        // after `*` or `*args`
    var kwarg: String? = nil        // **kwargs
    /// `name: expr` and `-> expr` ("return") in source order: the function's __annotations__.
    var annotations: [(String, Expr)] = []
}

final class Expr {
    var kind: ExprKind
    var pos: SourcePos
    /// Just past the node's last character (CPython's end_lineno, end_col_offset + 1), for error
    /// ranges and traceback carets; (0, 0) when unknown.
    var end: SourcePos
    init(_ kind: ExprKind, _ pos: SourcePos, end: SourcePos = SourcePos(line: 0, col: 0)) {
        self.kind = kind; self.pos = pos; self.end = end
    }
}

enum ExprKind {
    case name(String)
    case int(Int)
    case bigInt(String)             // digits of a literal too large for Int (underscores removed): decimal, or 0x/0o/0b-prefixed
    case float(Double)
    case imaginary(Double)          // `3j`: parsed so the compiler can reject it by name
    case str(String)
    case bytes([UInt8])             // parsed so the compiler can reject it by name
    case fstring([FStringPart])
    case bool(Bool)
    case none
    case ellipsis
    case unary(UnaryOp, Expr)
    case binary(BinOp, Expr, Expr)
    case boolOp(isAnd: Bool, [Expr])
    case compare(Expr, [(CmpOp, Expr)])
    case ifExp(test: Expr, body: Expr, orElse: Expr)
    case lambda(Parameters, Expr)
    case call(Expr, [CallArg])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)   // only inside a subscript
    case list([Expr])
    case tuple([Expr])
    case dict([(key: Expr?, value: Expr)])                 // key nil means `**value`
    case set([Expr])
    case starred(Expr)                                      // `*x` in a target, call or display
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case namedExpr(target: String, value: Expr)             // `name := value`
    case yield(Expr?)
    case yieldFrom(Expr)
    case await(Expr)
}

struct ExceptHandler {
    var type: Expr?                 // nil for a bare `except:`
    var name: String?               // `as name`
    var body: [Stmt]
    var pos: SourcePos
}

struct FunctionDef {
    var name: String
    var params: Parameters
    var body: [Stmt]
    var decorators: [Expr]
    var isAsync: Bool
}

struct ClassDef {
    var name: String
    var arguments: [CallArg]        // bases and keywords (metaclass=...)
    var body: [Stmt]
    var decorators: [Expr]
}

/// A `case` pattern (structural pattern matching). `pos` is where the pattern starts: the
/// compiler's errors about it point there, as CPython's do.
final class Pattern {
    var kind: PatternKind
    var pos: SourcePos
    init(_ kind: PatternKind, _ pos: SourcePos) { self.kind = kind; self.pos = pos }
}

enum PatternKind {
    case value(Expr)                    // a literal or dotted name: matches when subject == value
    case singleton(Expr)                // None, True, False: matches when subject is value
    case sequence([Pattern])            // [a, *b, c] or (a, b) or a, b; at most one .star
    case star(String?)                  // `*name` or `*_`, only inside a sequence
    case mapping(keys: [Expr], values: [Pattern], rest: String?)
    case classPattern(cls: Expr, args: [Pattern], keywords: [String], keywordPatterns: [Pattern])
    case capture(Pattern?, name: String?)  // `name`, `_` (both nil), `p as name`
    case or([Pattern])
}

struct MatchCase {
    var pattern: Pattern
    var guardTest: Expr?
    var body: [Stmt]
}

struct WithItem {
    var context: Expr
    var target: Expr?
}

struct ImportAlias {
    var name: String        // dotted for `import a.b`
    var asName: String?
}

final class Stmt {
    var kind: StmtKind
    var pos: SourcePos
    init(_ kind: StmtKind, _ pos: SourcePos) { self.kind = kind; self.pos = pos }
}

enum StmtKind {
    case expr(Expr)
    case assign(targets: [Expr], value: Expr)              // a = b = value
    case augAssign(target: Expr, op: BinOp, value: Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case ifStmt(test: Expr, body: [Stmt], orElse: [Stmt])  // elif becomes a nested if in orElse
    case whileStmt(test: Expr, body: [Stmt], orElse: [Stmt])
    case forStmt(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt])
    case breakStmt
    case continueStmt
    case pass
    case returnStmt(Expr?)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case with(items: [WithItem], body: [Stmt])
    case match(subject: Expr, cases: [MatchCase])
    case global([String])
    case nonlocal([String])
    case assert(test: Expr, msg: Expr?)
    case del([Expr])
    case tryStmt(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    /// `import a.b as c, d`
    case importModules([ImportAlias])
    /// `from .m import x as y, z`; `names` empty means `*`.
    case importFrom(module: String, level: Int, names: [ImportAlias])
    /// Syntax we parse but do not implement yet (class, with, import, match, async for, ...):
    /// the compiler turns it into an error naming the feature.
    case unsupported(feature: String)
}

/// A parsed program: the module body.
struct Module {
    var body: [Stmt]
}
