// The parser: tokens -> AST, a hand-written recursive-descent parser for Python 3.11 that gives
// CPython's error messages and positions for the common mistakes. This file holds the parser's
// state, token movement, nesting limits and the entry point; statements, expressions, literals,
// f-strings and error reporting live in the other Parser*.swift files.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses a whole module. The bytes need not be valid UTF-8 or NUL-free: such input gives a
/// SyntaxError, never a trap.
func parseModule(_ source: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> Module {
    guard let base = source.baseAddress, source.count > 0 else { return Module(body: []) }
    let count = source.count
    if count >= Int(Int32.max) {
        throw SyntaxError("source code is too large", line: 0, col: 0, endCol: 0, typeName: "MemoryError")
    }
    if memchr(base, 0, count) != nil {
        throw SyntaxError("source code string cannot contain null bytes", line: 0, col: 0, endCol: 0)
    }
    let start = (count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF) ? 3 : 0
    var parser = Parser(lexer: Lexer(base: base, start: start, limit: count))
    do throws(ParseError) {
        return try parser.parseFile()
    } catch {
        throw error.syntax
    }
}

struct Parser {
    /// Native recursion allowed in the parser (bracket nesting alone stops at 200 in the lexer).
    static let maxRecursion = 300
    /// Deepest AST the parser builds, counting operator chains such as `1+1+...` and `-------x`;
    /// the compiler can walk any tree the parser returns recursively within this bound.
    static let maxNestingDepth = 1000

    var lexer: Lexer
    /// The lookahead: the next token not yet consumed.
    var tok: Token = .placeholder
    /// The last consumed token: node ends are taken from it.
    var prev: Token = .placeholder
    /// Current nesting (recursion plus open operator chains), checked against the limits above.
    var depth = 0
    var recursion = 0
    /// How many brackets the parser is inside (CPython's "Perhaps you forgot a comma?" needs it).
    var bracketNesting = 0
    /// Set when parsing an f-string replacement field: errors are reported as CPython does for
    /// its f-string sub-parser (message prefixed, offsets relative to the parenthesised text).
    var fstringField: FStringFieldContext? = nil
    /// Inside `async def` (whose body is parsed, then dropped as unsupported).
    var inAsyncFunction = false
    /// Expressions written in parentheses: assignment-error hints depend on it.
    var parenthesized: [ObjectIdentifier] = []
    /// An error CPython raises only after parsing (symbol table, compiler): reported when the
    /// parse otherwise succeeds.
    var deferredError: SyntaxError? = nil
    /// While looking ahead for a hint, CPython's second-pass hints are off (its
    /// `expression_without_invalid`).
    var hintsDisabled = false
    /// Set for the errors CPython reports without first lexing the rest of the source.
    var skipRestOfSourceCheck = false

    struct FStringFieldContext {
        var exprStart: Int      // byte offset of the expression text
    }

    var base: UnsafePointer<UInt8> { lexer.base }

    init(lexer: Lexer) {
        self.lexer = lexer
    }

    // MARK: - Entry

    mutating func parseFile() throws(ParseError) -> Module {
        do throws(ParseError) {
            try advance()
            var body: [Stmt] = []
            while tok.kind != .endMarker {
                try parseStatement(into: &body)
            }
            if var e = deferredError {
                e.showsSource = false   // CPython raises these after parsing, from its compiler
                throw ParseError(e)
            }
            return Module(body: body)
        } catch {
            throw ParseError(finalError(error.syntax))
        }
    }

    /// CPython lets some tokenizer errors later in the file replace a parser error.
    @inline(never) mutating func finalError(_ error: SyntaxError) -> SyntaxError {
        if lexer.errorKind != .none || skipRestOfSourceCheck { return error }
        // CPython compares an unclosed bracket's line with the furthest token its parser read.
        // Failing at an opening bracket, its second pass reads on into the bracket, past this line.
        var failedBracket: SourcePos? = nil
        if error.message == "invalid syntax" && (tok.kind == .lpar || tok.kind == .lsqb || tok.kind == .lbrace) {
            failedBracket = SourcePos(line: tok.line, col: tok.col)
        }
        if let later = lexer.errorInRestOfSource(errorLine: tok.line, failedBracket: failedBracket) { return later }
        return error
    }

    // MARK: - Tokens

    @inline(never) mutating func advance() throws(ParseError) {
        prev = tok
        tok = try lexer.next()
    }

    /// Consumes the lookahead if it has the given kind.
    @inline(__always) mutating func accept(_ kind: TokenKind) throws(ParseError) -> Bool {
        if tok.kind != kind { return false }
        try advance()
        return true
    }

    /// Consumes a token the grammar requires here; anything else is `invalid syntax` at it.
    @inline(__always) mutating func expect(_ kind: TokenKind) throws(ParseError) {
        if tok.kind != kind { throw invalidSyntax() }
        try advance()
    }

    /// CPython's forced token (`&&':'`): a mismatch is "expected ':'" at the offending token.
    @inline(never) mutating func expectForced(_ kind: TokenKind, _ text: String) throws(ParseError) {
        if tok.kind != kind { throw error("expected '\(text)'", at: tok) }
        try advance()
    }

    /// Where the last consumed token ends: the end of the node just parsed.
    @inline(__always) var prevEnd: SourcePos { SourcePos(line: prev.endLine, col: prev.endCol &+ 1) }

    @inline(__always) mutating func node(_ kind: ExprKind, _ pos: SourcePos) -> Expr {
        Expr(kind, pos, end: prevEnd)
    }

    /// The text of a name token (names are the one token kind turned into a String eagerly).
    @inline(never) mutating func text(of t: Token) -> String {
        String(decoding: UnsafeBufferPointer(start: base + Int(t.start), count: Int(t.end &- t.start)), as: UTF8.self)
    }

    /// Whether the token's text equals `s` (soft keywords, `print`).
    mutating func tokenIs(_ t: Token, _ s: StaticString) -> Bool {
        let n = Int(t.end &- t.start)
        guard t.kind == .name, n == s.utf8CodeUnitCount else { return false }
        let p = base + Int(t.start), q = s.utf8Start
        var i = 0
        while i < n {
            if p[i] != q[i] { return false }
            i &+= 1
        }
        return true
    }

    // MARK: - Nesting limits

    @inline(__always) mutating func enterRecursion() throws(ParseError) {
        recursion &+= 1
        depth &+= 1
        if recursion > Parser.maxRecursion || depth > Parser.maxNestingDepth { throw tooDeep() }
    }

    @inline(__always) mutating func leaveRecursion() {
        recursion &-= 1
        depth &-= 1
    }

    /// One more link in an operator chain that the parser builds with a loop.
    @inline(__always) mutating func deepen() throws(ParseError) {
        depth &+= 1
        if depth > Parser.maxNestingDepth { throw tooDeep() }
    }

    @inline(never) mutating func tooDeep() -> ParseError {
        ParseError(SyntaxError("maximum recursion depth exceeded during compilation", line: 0, col: 0, endCol: 0,
                               typeName: "RecursionError"))
    }

    mutating func deferError(_ e: ParseError) {
        if deferredError == nil { deferredError = e.syntax }
    }

    mutating func markParenthesized(_ e: Expr) {
        parenthesized.append(ObjectIdentifier(e))
    }

    mutating func isParenthesized(_ e: Expr) -> Bool {
        parenthesized.contains(ObjectIdentifier(e))
    }

    /// A saved parser state for the rare places that must look further ahead (match statements).
    typealias Snapshot = Parser
    @inline(never) func snapshot() -> Snapshot { self }
    @inline(never) mutating func restore(_ s: Snapshot) { self = s }
}
