// Building the parser's SyntaxErrors the way CPython 3.11 words and places them: positions
// come from tokens or AST nodes, f-string fields get CPython's sub-parser conventions, and
// invalid assignment/deletion targets are named as `_PyPegen_get_expr_name` names them.

/// The parser's internal error: a SyntaxError behind one pointer, so that each throwing call
/// in the deeply recursive parser costs a word of stack rather than a whole SyntaxError.
final class ParseError: Error, @unchecked Sendable {
    var syntax: SyntaxError
    init(_ syntax: SyntaxError) { self.syntax = syntax }
}

extension Parser {
    /// The generic error at the lookahead token.
    @inline(never) mutating func invalidSyntax() -> ParseError { error("invalid syntax", at: tok) }

    @inline(never) mutating func error(_ message: String, at token: Token, typeName: String = "SyntaxError") -> ParseError {
        var t = token
        if t.col == Token.atEndOfInput {
            let p = lexer.endOfInputPosition()
            t.line = p.line
            t.endLine = p.line
            t.col = p.col &- 1
        }
        return error(message, line: t.line, col: t.col &+ 1, endLine: t.endLine, endCol: t.endCol &+ 1,
              startByte: Int(t.start), endByte: Int(t.end), textless: t.endCol == -2, typeName: typeName)
    }

    /// An error spanning AST nodes (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE / _LOCATION).
    @inline(never) mutating func error(_ message: String, from a: Expr, to b: Expr? = nil) -> ParseError {
        let e = (b ?? a).end
        return error(message, line: a.pos.line, col: a.pos.col, endLine: e.line, endCol: e.col,
                     startByte: -1, endByte: -1, textless: false, typeName: "SyntaxError")
    }

    @inline(never) mutating func error(_ message: String, from a: SourcePos, to e: SourcePos) -> ParseError {
        error(message, line: a.line, col: a.col, endLine: e.line, endCol: e.col,
              startByte: -1, endByte: -1, textless: false, typeName: "SyntaxError")
    }

    @inline(never) private mutating func error(_ message: String, line: Int32, col: Int32, endLine: Int32, endCol: Int32,
                       startByte: Int, endByte: Int, textless: Bool, typeName: String) -> ParseError {
        guard let field = fstringField else {
            return ParseError(SyntaxError(message, line: Int(line), col: Int(col), endCol: Int(endCol), typeName: typeName))
        }
        // CPython parses "(" + field text + ")" with a sub-parser whose columns are bytes from
        // that opening parenthesis, and prefixes its messages.
        let msg = "f-string: " + message
        func offset(_ byte: Int, _ fallbackCol: Int32) -> Int {
            if byte < 0 { return Int(fallbackCol) }
            return byte - field.exprStart + 2
        }
        let sb = startByte >= 0 ? startByte : byteOffset(line: line, col: col)
        let eb = endByte >= 0 ? endByte : byteOffset(line: endLine, col: endCol)
        let c = offset(sb, col)
        var ec = textless ? -1 : offset(eb, endCol)
        if startByte >= 0 && startByte == endByte && startByte == lexer.limit {
            ec = c + 1   // the end of the field text stands for CPython's closing ")"
        }
        return ParseError(SyntaxError(msg, line: Int(line), col: c, endCol: ec, typeName: typeName))
    }

    /// Byte offset of a 1-based code-point column on a line, found by scanning the source (used
    /// only while building an error).
    mutating func byteOffset(line: Int32, col: Int32) -> Int {
        var l: Int32 = 1
        var i = 0
        let n = lexer.limit
        while i < n && l < line {
            let b = base[i]
            if b == 10 || (b == 13 && !(i + 1 < n && base[i + 1] == 10)) { l &+= 1 }
            i &+= 1
        }
        var c: Int32 = 1
        while i < n && c < col {
            i &+= 1
            while i < n && base[i] & 0xC0 == 0x80 { i &+= 1 }
            c &+= 1
        }
        return i
    }

    // MARK: - Naming expressions in messages

    /// The noun CPython uses for an expression in "cannot assign to ..." messages.
    static func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binary, .unary: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .fstring: return "f-string expression"
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "ellipsis"
        case .int, .bigInt, .float, .imaginary, .str, .bytes: return "literal"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    enum TargetContext { case assign, forLoop, delete }

    /// The first sub-expression that cannot be a target (CPython's _PyPegen_get_invalid_target).
    static func invalidTarget(_ e: Expr, _ context: TargetContext) -> Expr? {
        switch e.kind {
        case .list(let elts), .tuple(let elts):
            for x in elts {
                if let bad = invalidTarget(x, context) { return bad }
            }
            return nil
        case .starred(let inner):
            return context == .delete ? e : invalidTarget(inner, context)
        case .compare(let left, let rest):
            // `for a in b` reaches here as a comparison when the target is bad.
            if context == .forLoop {
                if let first = rest.first, first.0 == .in_ { return invalidTarget(left, context) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }
}
