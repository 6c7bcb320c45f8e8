// Expressions: Python 3.11's precedence ladder. Binary operators use precedence climbing and
// chains (`a.b.c`, `-x`, `2**3**4`, `x if c else y if d else z`) are built with loops, so native
// recursion happens only where the grammar nests (brackets, lambdas) and stays shallow per level.

extension Parser {
    /// Tokens that can begin an expression (used for trailing commas and error hints).
    static func startsExpression(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .kwNot, .kwLambda,
             .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis, .star:
            return true
        default:
            return false
        }
    }

    // MARK: - Lists of expressions

    /// star_expressions: `a`, `a, *b`, `a, b,` (a tuple when there is a comma).
    mutating func parseStarExpressions() throws(ParseError) -> Expr {
        let start = tok.pos
        let first = try parseStarExpression()
        if tok.kind != .comma { return first }
        var elts = [first]
        while tok.kind == .comma {
            try advance()
            if !Parser.startsExpression(tok.kind) { break }
            elts.append(try parseStarExpression())
        }
        return node(.tuple(elts), start)
    }

    /// star_expression: `*bitwise_or` or an expression.
    @inline(__always) mutating func parseStarExpression() throws(ParseError) -> Expr {
        if tok.kind == .star {
            let p = tok.pos
            try advance()
            let e = try parseBitwiseOr()
            return node(.starred(e), p)
        }
        return try parseExpression()
    }

    /// star_named_expression: `*bitwise_or` or a named expression (displays, subjects).
    @inline(__always) mutating func parseStarNamedExpression() throws(ParseError) -> Expr {
        if tok.kind == .star {
            let p = tok.pos
            try advance()
            let e = try parseBitwiseOr()
            return node(.starred(e), p)
        }
        return try parseNamedExpression()
    }

    /// named_expression: `name := value` or an expression.
    mutating func parseNamedExpression(assignmentHints: Bool = true) throws(ParseError) -> Expr {
        let startTok = tok
        let e = try parseExpression()
        if tok.kind == .equal && assignmentHints && !hintsDisabled { try checkAssignmentInExpression(e, startTok) }
        if tok.kind != .colonEqual { return e }
        guard case .name(let target) = e.kind, startTok.kind == .name, prev.start == startTok.start else {
            throw error("cannot use assignment expressions with \(Parser.exprName(e))", from: e)
        }
        try advance()
        let value = try parseExpression()
        return node(.namedExpr(target: target, value: value), startTok.pos)
    }

    /// `if x = 1:` and the like: CPython's hints for '=' where an expression was expected.
    @inline(never) private mutating func checkAssignmentInExpression(_ e: Expr, _ startTok: Token) throws(ParseError) {
        let saved = snapshot()
        hintsDisabled = true
        defer { restore(saved) }
        do throws(ParseError) {
            try advance()
            let b = try parseBitwiseOr()
            if tok.kind == .equal || tok.kind == .colonEqual { return }
            let isBareName = startTok.kind == .name && saved.prev.start == startTok.start
            if case .name = e.kind, isBareName {
                let err = error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: e, to: b)
                restore(saved)
                throw err
            }
            if isBitwiseOrLevel(e) {
                switch e.kind {
                case .list, .generatorExp, .bool, .none: return
                case .tuple where isParenthesizedTuple(e): return
                default: break
                }
                let err = error("cannot assign to \(Parser.exprName(e)) here. Maybe you meant '==' instead of '='?", from: e)
                restore(saved)
                throw err
            }
        } catch {
            let m = error.syntax.message
            if m.hasPrefix("invalid syntax. Maybe") || m.hasPrefix("cannot assign") { throw error }
        }
    }

    // MARK: - expression: lambda, conditional

    mutating func parseExpression() throws(ParseError) -> Expr {
        if tok.kind == .kwLambda { return try parseLambda() }
        let startPos = tok.pos
        let body = try parseDisjunction()
        if tok.kind == .kwIf { return try parseConditional(body, startPos) }
        if Parser.startsExpression(tok.kind) { return try checkMissingComma(body) }
        return body
    }

    /// `body if test else orElse`, with else-chains folded right to left without recursion.
    @inline(never) private mutating func parseConditional(_ firstBody: Expr, _ firstStart: SourcePos) throws(ParseError) -> Expr {
        let savedDepth = depth
        var bodies = [firstBody]
        var starts = [firstStart]
        var tests: [Expr] = []
        var orElse: Expr
        while true {
            try advance()   // 'if'
            let test = try parseDisjunction()
            if tok.kind != .kwElse {
                if tok.kind != .colon {
                    throw error("expected 'else' after 'if' expression", from: bodies[bodies.count - 1], to: test)
                }
                throw invalidSyntax()
            }
            try advance()
            tests.append(test)
            if tok.kind == .kwLambda {
                orElse = try parseLambda()
                break
            }
            let nextStart = tok.pos
            let next = try parseDisjunction()
            if tok.kind == .kwIf {
                bodies.append(next)
                starts.append(nextStart)
                try deepen()
                continue
            }
            orElse = try checkMissingComma(next)
            break
        }
        var result = orElse
        var i = tests.count - 1
        while i >= 0 {
            result = Expr(.ifExp(test: tests[i], body: bodies[i], orElse: result), starts[i], end: prevEnd)
            i -= 1
        }
        depth = savedDepth
        return result
    }

    /// CPython's second-pass hints when an expression is directly followed by another one:
    /// `print x` ("Missing parentheses...") and, inside brackets, "Perhaps you forgot a comma?".
    /// Returns `a` unchanged when neither applies (the caller then reports `invalid syntax`).
    @inline(never) private mutating func checkMissingComma(_ a: Expr) throws(ParseError) -> Expr {
        let k = tok.kind
        guard Parser.startsExpression(k) && k != .minus && k != .plus && k != .star
                && k != .lpar && k != .lsqb else { return a }
        let aIsName: Bool
        if case .name = a.kind { aIsName = prev.kind == .name && prev.col &+ 1 == a.pos.col && prev.line == a.pos.line } else { aIsName = false }
        if hintsDisabled { return a }
        if aIsName, case .name(let n) = a.kind, n == "print" || n == "exec" {
            let saved = snapshot()
            hintsDisabled = true
            if let b = try? parseStarExpressions() {
                let e = error("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", from: a, to: b)
                restore(saved)
                throw e
            }
            restore(saved)
            return a
        }
        if bracketNesting == 0 { return a }
        if aIsName && k == .string { return a }
        if startsWithSoftKeyword(a) { return a }
        let saved = snapshot()
        hintsDisabled = true
        if let b = try? parseExpression() {
            let e = error("invalid syntax. Perhaps you forgot a comma?", from: a, to: b)
            restore(saved)
            throw e
        }
        restore(saved)
        return a
    }

    /// Whether the expression's first token is a soft keyword (`match`, `case`, `_`).
    private mutating func startsWithSoftKeyword(_ e: Expr) -> Bool {
        let off = byteOffset(line: e.pos.line, col: e.pos.col)
        for word: StaticString in ["match", "case", "_"] {
            let n = word.utf8CodeUnitCount
            if off + n > lexer.limit { continue }
            var same = true
            for i in 0..<n where base[off + i] != word.utf8Start[i] { same = false; break }
            if !same { continue }
            let after: UInt8 = off + n < lexer.limit ? base[off + n] : 32
            let identChar = (after >= 97 && after <= 122) || (after >= 65 && after <= 90) || after == 95
                || (after >= 48 && after <= 57) || after >= 128
            if !identChar { return true }
        }
        return false
    }

    // MARK: - Boolean operators, not, comparisons

    @inline(__always) mutating func parseDisjunction() throws(ParseError) -> Expr {
        let startPos = tok.pos
        let first = try parseInversion()
        if tok.kind != .kwOr && tok.kind != .kwAnd { return first }
        return try parseBoolOps(first, startPos)
    }

    /// `a and b or c and d`: `and` binds tighter; each operator's operands sit in one flat node.
    @inline(never) private mutating func parseBoolOps(_ first: Expr, _ firstStart: SourcePos) throws(ParseError) -> Expr {
        var orValues: [Expr] = []
        var current = first
        var currentStart = firstStart
        while true {
            if tok.kind == .kwAnd {
                var andValues = [current]
                while tok.kind == .kwAnd {
                    try advance()
                    andValues.append(try parseInversion())
                }
                current = node(.boolOp(isAnd: true, andValues), currentStart)
            }
            if tok.kind == .kwOr {
                orValues.append(current)
                try advance()
                currentStart = tok.pos
                current = try parseInversion()
                continue
            }
            break
        }
        if orValues.isEmpty { return current }
        orValues.append(current)
        return node(.boolOp(isAnd: false, orValues), firstStart)
    }

    /// `not not x`: prefix chains are collected in a loop.
    @inline(__always) private mutating func parseInversion() throws(ParseError) -> Expr {
        if tok.kind != .kwNot { return try parseComparison() }
        return try parseNotChain()
    }

    @inline(never) private mutating func parseNotChain() throws(ParseError) -> Expr {
        let savedDepth = depth
        var positions: [SourcePos] = []
        while tok.kind == .kwNot {
            positions.append(tok.pos)
            try advance()
            try deepen()
        }
        var e = try parseComparison()
        var i = positions.count - 1
        while i >= 0 {
            e = Expr(.unary(.not, e), positions[i], end: prevEnd)
            i -= 1
        }
        depth = savedDepth
        return e
    }

    private mutating func comparisonOperator() throws(ParseError) -> CmpOp? {
        switch tok.kind {
        case .equalEqual: try advance(); return .eq
        case .notEqual: try advance(); return .ne
        case .less: try advance(); return .lt
        case .lessEqual: try advance(); return .le
        case .greater: try advance(); return .gt
        case .greaterEqual: try advance(); return .ge
        case .kwIn: try advance(); return .in_
        case .kwIs:
            try advance()
            if tok.kind == .kwNot { try advance(); return .isNot }
            return .is_
        case .kwNot:
            return try peekNotIn() ? .notIn : nil
        default:
            return nil
        }
    }

    /// `not in` (consumed); a lone `not` here is left for the caller to report.
    @inline(never) private mutating func peekNotIn() throws(ParseError) -> Bool {
        let saved = snapshot()
        try advance()
        if tok.kind == .kwIn { try advance(); return true }
        restore(saved)
        return false
    }

    private mutating func parseComparison() throws(ParseError) -> Expr {
        let startPos = tok.pos
        let left = try parseBitwiseOr()
        guard let op = try comparisonOperator() else { return left }
        var rest: [(CmpOp, Expr)] = [(op, try parseBitwiseOr())]
        while let op2 = try comparisonOperator() {
            rest.append((op2, try parseBitwiseOr()))
        }
        return node(.compare(left, rest), startPos)
    }

    // MARK: - Binary operators

    /// Precedence of a binary operator token (higher binds tighter), or nil.
    @inline(__always) private static func binaryOperator(_ k: TokenKind) -> (BinOp, Int)? {
        switch k {
        case .vbar: return (.bitor, 1)
        case .circumflex: return (.bitxor, 2)
        case .amper: return (.bitand, 3)
        case .leftShift: return (.lshift, 4)
        case .rightShift: return (.rshift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.truediv, 6)
        case .doubleSlash: return (.floordiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matmul, 6)
        default: return nil
        }
    }

    mutating func parseBitwiseOr() throws(ParseError) -> Expr { try parseBinary(1) }

    /// Precedence climbing: left-associative operators of precedence >= minPrec.
    private mutating func parseBinary(_ minPrec: Int) throws(ParseError) -> Expr {
        let startPos = tok.pos
        var left = try parseFactor()
        guard var (op, prec) = Parser.binaryOperator(tok.kind), prec >= minPrec else { return left }
        let savedDepth = depth
        while true {
            try advance()
            let right = try parseBinary(prec + 1)
            left = Expr(.binary(op, left, right), startPos, end: prevEnd)
            try deepen()
            guard let next = Parser.binaryOperator(tok.kind), next.1 >= minPrec else { break }
            (op, prec) = next
        }
        depth = savedDepth
        return left
    }

    // MARK: - Unary operators and powers

    @inline(__always) private static func unaryOperator(_ k: TokenKind) -> UnaryOp? {
        switch k {
        case .minus: return .neg
        case .plus: return .pos
        case .tilde: return .invert
        default: return nil
        }
    }

    /// factor: unary operators, then a power (`-2**2` is `-(2**2)`).
    @inline(__always) private mutating func parseFactor() throws(ParseError) -> Expr {
        if Parser.unaryOperator(tok.kind) != nil { return try parseUnaryChain() }
        let startPos = tok.pos
        let base = try parsePrimary()
        if tok.kind != .doubleStar { return base }
        return try parsePowerChain(base, startPos)
    }

    private mutating func collectUnaryOperators() throws(ParseError) -> [(UnaryOp, SourcePos)] {
        var ops: [(UnaryOp, SourcePos)] = []
        while let op = Parser.unaryOperator(tok.kind) {
            ops.append((op, tok.pos))
            try advance()
            try deepen()
        }
        return ops
    }

    private mutating func applyUnary(_ ops: [(UnaryOp, SourcePos)], _ operand: Expr) -> Expr {
        var e = operand
        var i = ops.count - 1
        while i >= 0 {
            e = Expr(.unary(ops[i].0, e), ops[i].1, end: prevEnd)
            i -= 1
        }
        return e
    }

    @inline(never) private mutating func parseUnaryChain() throws(ParseError) -> Expr {
        let savedDepth = depth
        let ops = try collectUnaryOperators()
        let operandStart = tok.pos
        var operand = try parsePrimary()
        if tok.kind == .doubleStar { operand = try parsePowerChain(operand, operandStart) }
        depth = savedDepth
        return applyUnary(ops, operand)
    }

    /// `a ** -b ** c` is `a ** (-(b ** c))`: operands are gathered, then folded right to left.
    @inline(never) private mutating func parsePowerChain(_ first: Expr, _ firstStart: SourcePos) throws(ParseError) -> Expr {
        let savedDepth = depth
        var bases = [first]
        var starts = [firstStart]
        var unaries: [[(UnaryOp, SourcePos)]] = []
        while tok.kind == .doubleStar {
            try advance()
            unaries.append(try collectUnaryOperators())
            starts.append(tok.pos)
            bases.append(try parsePrimary())
            try deepen()
        }
        var result = bases[bases.count - 1]
        var k = bases.count - 1
        while k >= 1 {
            result = applyUnary(unaries[k - 1], result)
            result = Expr(.binary(.pow, bases[k - 1], result), starts[k - 1], end: prevEnd)
            k -= 1
        }
        depth = savedDepth
        return result
    }

    // MARK: - Primaries: atoms and trailers

    /// await_primary: `await` primary, or a primary.
    @inline(__always) mutating func parsePrimary() throws(ParseError) -> Expr {
        if tok.kind == .kwAwait {
            let p = tok.pos
            try advance()
            let e = try parsePrimaryNoAwait()
            return node(.await(e), p)
        }
        return try parsePrimaryNoAwait()
    }

    private mutating func parsePrimaryNoAwait() throws(ParseError) -> Expr {
        let startPos = tok.pos
        var e = try parseAtom()
        let savedDepth = depth
        while true {
            switch tok.kind {
            case .dot:
                try advance()
                guard tok.kind == .name else { throw invalidSyntax() }
                let name = text(of: tok)
                try advance()
                e = node(.attribute(e, name), startPos)
            case .lpar:
                e = try parseCall(e, startPos)
            case .lsqb:
                e = try parseSubscript(e, startPos)
            default:
                depth = savedDepth
                return e
            }
            try deepen()
        }
    }

    private mutating func parseAtom() throws(ParseError) -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            try advance()
            return node(.name(text(of: t)), t.pos)
        case .number:
            try advance()
            return node(try numberValue(t), t.pos)
        case .string:
            return try parseStrings()
        case .kwNone:
            try advance()
            return node(.none, t.pos)
        case .kwTrue:
            try advance()
            return node(.bool(true), t.pos)
        case .kwFalse:
            try advance()
            return node(.bool(false), t.pos)
        case .ellipsis:
            try advance()
            return node(.ellipsis, t.pos)
        case .lpar:
            return try parseParenthesized()
        case .lsqb:
            return try parseListDisplay()
        case .lbrace:
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    // MARK: - Displays and groups

    /// `( ... )`: empty tuple, group, tuple, generator expression or parenthesised yield.
    @inline(never) private mutating func parseParenthesized() throws(ParseError) -> Expr {
        let start = tok.pos
        try enterRecursion()
        bracketNesting += 1
        defer { leaveRecursion(); bracketNesting -= 1 }
        try advance()
        if tok.kind == .rpar {
            try advance()
            return node(.tuple([]), start)
        }
        if tok.kind == .kwYield {
            let y = try parseYieldExpression()
            try expect(.rpar)
            markParenthesized(y)
            return y
        }
        let first = try parseStarNamedExpression()
        if tok.kind == .kwFor || tok.kind == .kwAsync {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", from: first)
            }
            let gens = try parseComprehensionClauses()
            try expect(.rpar)
            return node(.generatorExp(first, gens), start)
        }
        if tok.kind == .comma {
            var elts = [first]
            while tok.kind == .comma {
                try advance()
                if tok.kind == .rpar { break }
                elts.append(try parseStarNamedExpression())
            }
            try expect(.rpar)
            return node(.tuple(elts), start)
        }
        if tok.kind != .rpar { throw invalidSyntax() }
        try advance()
        if case .starred = first.kind {
            throw error("cannot use starred expression here", from: first)
        }
        markParenthesized(first)
        return first
    }

    @inline(never) private mutating func parseListDisplay() throws(ParseError) -> Expr {
        let start = tok.pos
        try enterRecursion()
        bracketNesting += 1
        defer { leaveRecursion(); bracketNesting -= 1 }
        try advance()
        if tok.kind == .rsqb {
            try advance()
            return node(.list([]), start)
        }
        let first = try parseStarNamedExpression()
        if tok.kind == .kwFor || tok.kind == .kwAsync {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", from: first)
            }
            let gens = try parseComprehensionClauses()
            try expect(.rsqb)
            return node(.listComp(first, gens), start)
        }
        var elts = [first]
        while tok.kind == .comma {
            try advance()
            if tok.kind == .rsqb { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect(.rsqb)
        return node(.list(elts), start)
    }

    /// `{ ... }`: dict, set, or their comprehensions.
    @inline(never) private mutating func parseBraceDisplay() throws(ParseError) -> Expr {
        let start = tok.pos
        try enterRecursion()
        bracketNesting += 1
        defer { leaveRecursion(); bracketNesting -= 1 }
        try advance()
        if tok.kind == .rbrace {
            try advance()
            return node(.dict([]), start)
        }
        if tok.kind == .doubleStar {
            let starTok = tok
            try advance()
            let v = try parseBitwiseOr()
            if tok.kind == .kwFor || tok.kind == .kwAsync {
                throw error("dict unpacking cannot be used in dict comprehension", at: starTok)
            }
            return try parseDictRest(start, firstKey: nil, firstValue: v)
        }
        let first = try parseStarNamedExpression()
        if tok.kind == .colon {
            if case .starred = first.kind { throw invalidSyntax() }
            try advance()
            let value = try parseDictValue()
            if tok.kind == .kwFor || tok.kind == .kwAsync {
                let gens = try parseComprehensionClauses()
                try expect(.rbrace)
                return node(.dictComp(key: first, value: value, gens), start)
            }
            return try parseDictRest(start, firstKey: first, firstValue: value)
        }
        if tok.kind == .kwFor || tok.kind == .kwAsync {
            if case .starred = first.kind {
                throw error("iterable unpacking cannot be used in comprehension", from: first)
            }
            let gens = try parseComprehensionClauses()
            try expect(.rbrace)
            return node(.setComp(first, gens), start)
        }
        var elts = [first]
        while tok.kind == .comma {
            try advance()
            if tok.kind == .rbrace { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect(.rbrace)
        return node(.set(elts), start)
    }

    @inline(never) private mutating func parseDictValue() throws(ParseError) -> Expr {
        if tok.kind == .star {
            let p = tok.pos
            try advance()
            let v = try parseBitwiseOr()
            throw error("cannot use a starred expression in a dictionary value", from: p, to: v.end)
        }
        if tok.kind == .rbrace || tok.kind == .comma {
            throw error("expression expected after dictionary key and ':'", at: prev)
        }
        return try parseExpression()
    }

    /// The items of a dict display after the first (or from the first `**`).
    @inline(never) private mutating func parseDictRest(_ start: SourcePos, firstKey: Expr?, firstValue: Expr?) throws(ParseError) -> Expr {
        var items: [(key: Expr?, value: Expr)] = []
        if let v = firstValue {
            items.append((key: firstKey, value: v))
            if tok.kind != .comma {
                try expect(.rbrace)
                return node(.dict(items), start)
            }
            try advance()
        }
        while tok.kind != .rbrace {
            if tok.kind == .doubleStar {
                try advance()
                items.append((key: nil, value: try parseBitwiseOr()))
            } else {
                // CPython checks for the ':' before its "forgot a comma?" hint here.
                let savedHints = hintsDisabled
                hintsDisabled = true
                let k = try parseExpression()
                hintsDisabled = savedHints
                if tok.kind != .colon {
                    throw error("':' expected after dictionary key", from: SourcePos(line: k.end.line, col: k.end.col - 1),
                                to: SourcePos(line: k.end.line, col: 0))
                }
                try advance()
                items.append((key: k, value: try parseDictValue()))
            }
            if tok.kind != .comma { break }
            try advance()
        }
        try expect(.rbrace)
        return node(.dict(items), start)
    }

    /// for_if_clauses: `for t in it if c ...` repeated.
    @inline(never) mutating func parseComprehensionClauses() throws(ParseError) -> [Comprehension] {
        var gens: [Comprehension] = []
        while tok.kind == .kwFor || tok.kind == .kwAsync {
            if tok.kind == .kwAsync {
                let asyncTok = tok
                try advance()
                if tok.kind != .kwFor { throw invalidSyntax() }
                if !inAsyncFunction {
                    deferError(error("asynchronous comprehension outside of an asynchronous function", at: asyncTok))
                }
            }
            try advance()   // 'for'
            let target = try parseTargetList(stopAt: .kwIn)
            try validateTarget(target, .forLoop)
            try expect(.kwIn)
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while tok.kind == .kwIf {
                try advance()
                ifs.append(try parseDisjunction())
            }
            gens.append(Comprehension(target: target, iter: iter, ifs: ifs))
        }
        return gens
    }

    // MARK: - Calls and subscripts

    @inline(never) mutating func parseCall(_ function: Expr, _ startPos: SourcePos) throws(ParseError) -> Expr {
        try enterRecursion()
        bracketNesting += 1
        defer { leaveRecursion(); bracketNesting -= 1 }
        let openPos = tok.pos
        try advance()   // '('
        var args: [CallArg] = []
        var sawKeyword = false, sawDoubleStar = false
        var misplacedPositional = false
        var keywordNames = Set<String>()   // a set: f(k0=..., ..., k99999=...) stays linear
        var soleGenerator: Expr? = nil
        while tok.kind != .rpar {
            switch tok.kind {
            case .star:
                let starTok = tok
                try advance()
                let e = try parseExpression()
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: starTok)
                }
                args.append(.star(e))
            case .doubleStar:
                try advance()
                args.append(.doubleStar(try parseExpression()))
                sawDoubleStar = true
            default:
                let startTok = tok
                let e = try parseNamedExpression(assignmentHints: false)
                if tok.kind == .kwFor || tok.kind == .kwAsync {
                    let gens = try parseComprehensionClauses()
                    let gen = node(.generatorExp(e, gens), openPos)
                    if !args.isEmpty || tok.kind == .comma {
                        let last = gens[gens.count - 1]
                        let lastItem = last.ifs.last ?? last.iter
                        throw error("Generator expression must be parenthesized", from: e, to: lastItem)
                    }
                    // A lone generator argument: `f(x for x in y)`.
                    args.append(.positional(gen))
                    soleGenerator = gen
                    break
                }
                if tok.kind == .equal {
                    let eqTok = tok
                    let isBareName = startTok.kind == .name && prev.start == startTok.start
                    if case .name(let n) = e.kind, isBareName {
                        try advance()
                        let value = try parseExpression()
                        if tok.kind == .kwFor {
                            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: e.pos, to: SourcePos(line: eqTok.endLine, col: eqTok.endCol + 1))
                        }
                        if keywordNames.contains(n) {
                            deferError(error("keyword argument repeated: \(n)", from: e, to: value))
                        }
                        keywordNames.insert(n)
                        args.append(.keyword(n, value))
                        sawKeyword = true
                    } else {
                        switch e.kind {
                        case .bool, .none:
                            throw error("cannot assign to \(Parser.exprName(e))", from: e.pos, to: SourcePos(line: eqTok.endLine, col: eqTok.endCol + 1))
                        default:
                            throw error("expression cannot contain assignment, perhaps you meant \"==\"?", from: e.pos, to: SourcePos(line: eqTok.endLine, col: eqTok.endCol + 1))
                        }
                    }
                } else {
                    if sawKeyword || sawDoubleStar { misplacedPositional = true }
                    args.append(.positional(e))
                }
            }
            if tok.kind != .comma { break }
            try advance()
        }
        if tok.kind != .rpar { throw invalidSyntax() }
        if misplacedPositional {
            throw error(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument", at: tok)
        }
        try advance()
        if let g = soleGenerator { g.end = prevEnd }   // CPython's genexp spans the call's parentheses
        return node(.call(function, args), startPos)
    }

    @inline(never) private mutating func parseSubscript(_ value: Expr, _ startPos: SourcePos) throws(ParseError) -> Expr {
        try enterRecursion()
        bracketNesting += 1
        defer { leaveRecursion(); bracketNesting -= 1 }
        try advance()   // '['
        let start = tok.pos
        let first = try parseSliceOrStarred()
        var index = first
        if case .starred = first.kind, tok.kind != .comma {
            index = node(.tuple([first]), start)   // `a[*b]` indexes with a one-element tuple
        }
        if tok.kind == .comma {
            var elts = [first]
            while tok.kind == .comma {
                try advance()
                if tok.kind == .rsqb { break }
                elts.append(try parseSliceOrStarred())
            }
            index = node(.tuple(elts), start)
        }
        try expect(.rsqb)
        return node(.subscript(value, index), startPos)
    }

    @inline(never) private mutating func parseSliceOrStarred() throws(ParseError) -> Expr {
        if tok.kind == .star {
            let p = tok.pos
            try advance()
            let e = try parseBitwiseOr()
            return node(.starred(e), p)
        }
        let start = tok.pos
        var lower: Expr? = nil
        if tok.kind != .colon {
            let e = try parseNamedExpression()
            if tok.kind != .colon { return e }
            lower = e
        }
        try advance()   // ':'
        var upper: Expr? = nil, step: Expr? = nil
        if tok.kind != .colon && tok.kind != .comma && tok.kind != .rsqb {
            upper = try parseExpression()
        }
        if tok.kind == .colon {
            try advance()
            if tok.kind != .comma && tok.kind != .rsqb { step = try parseExpression() }
        }
        return node(.slice(lower: lower, upper: upper, step: step), start)
    }

    // MARK: - lambda, yield

    @inline(never) private mutating func parseLambda() throws(ParseError) -> Expr {
        let start = tok.pos
        try enterRecursion()
        defer { leaveRecursion() }
        try advance()
        let params = try parseParameters(closing: .colon, annotations: false)
        try expect(.colon)
        let body = try parseExpression()
        return node(.lambda(params, body), start)
    }

    /// yield_expr: `yield`, `yield x, y`, `yield from x`.
    @inline(never) mutating func parseYieldExpression() throws(ParseError) -> Expr {
        let start = tok.pos
        try advance()
        if tok.kind == .kwFrom {
            try advance()
            let e = try parseExpression()
            return node(.yieldFrom(e), start)
        }
        if Parser.startsExpression(tok.kind) {
            let e = try parseStarExpressions()
            return node(.yield(e), start)
        }
        return node(.yield(nil), start)
    }

    /// Targets of `for` and comprehensions: bitwise_or-level items (so `in` is not swallowed).
    mutating func parseTargetList(stopAt stop: TokenKind) throws(ParseError) -> Expr {
        let start = tok.pos
        let first = try parseTargetItem()
        if tok.kind != .comma { return first }
        var elts = [first]
        while tok.kind == .comma {
            try advance()
            if tok.kind == stop || !Parser.startsExpression(tok.kind) { break }
            elts.append(try parseTargetItem())
        }
        return node(.tuple(elts), start)
    }

    private mutating func parseTargetItem() throws(ParseError) -> Expr {
        if tok.kind == .star {
            let p = tok.pos
            try advance()
            let e = try parseBitwiseOr()
            return node(.starred(e), p)
        }
        return try parseBitwiseOr()
    }
}
