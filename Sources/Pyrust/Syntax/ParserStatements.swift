// Statements: simple statements, assignments and their target checks, compound statements and
// blocks, function parameters. Syntax the interpreter does not run yet (import, async) is
// parsed in full and returned as `.unsupported(feature:)`; match is in ParserPatterns.swift.

extension Parser {
    mutating func parseStatement(into body: inout [Stmt]) throws(ParseError) {
        switch tok.kind {
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor(isAsync: false))
        case .kwTry: body.append(try parseTry())
        case .kwDef: body.append(try parseFunctionDef(decorators: [], isAsync: false, start: tok.pos))
        case .kwClass: body.append(try parseClass(decorators: [], start: tok.pos))
        case .kwWith: body.append(try parseWith(isAsync: false))
        case .at: body.append(try parseDecorated())
        case .kwAsync: body.append(try parseAsync(decorators: []))
        case .indent:
            // CPython reports this without looking for tokenizer errors further on.
            skipRestOfSourceCheck = true
            throw error("unexpected indent", at: tok, typeName: "IndentationError")
        case .name where tokenIs(tok, "match"):
            if let m = try parseMatchIfPresent() { body.append(m) } else { try parseSimpleStatements(into: &body) }
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    /// simple_stmts: `a; b; c` NEWLINE.
    private mutating func parseSimpleStatements(into body: inout [Stmt]) throws(ParseError) {
        while true {
            body.append(try parseSimpleStatement())
            if tok.kind == .semi {
                try advance()
                if tok.kind == .newline { try advance(); return }
                continue
            }
            if tok.kind == .newline { try advance(); return }
            throw invalidSyntax()
        }
    }

    @inline(never) private mutating func parseSimpleStatement() throws(ParseError) -> Stmt {
        let t = tok
        let start = t.pos
        switch t.kind {
        case .kwPass: try advance(); return Stmt(.pass, start)
        case .kwBreak: try advance(); return Stmt(.breakStmt, start)
        case .kwContinue: try advance(); return Stmt(.continueStmt, start)
        case .kwReturn:
            try advance()
            var value: Expr? = nil
            if Parser.startsExpression(tok.kind) {
                let v = try parseStarExpressions()
                checkNotStarred(v)
                value = v
            }
            return Stmt(.returnStmt(value), start)
        case .kwRaise:
            try advance()
            var exc: Expr? = nil, cause: Expr? = nil
            if Parser.startsExpression(tok.kind) {
                exc = try parseExpression()
                if tok.kind == .kwFrom {
                    try advance()
                    cause = try parseExpression()
                }
            }
            return Stmt(.raise(exc: exc, cause: cause), start)
        case .kwGlobal, .kwNonlocal:
            try advance()
            var names: [String] = []
            while true {
                guard tok.kind == .name else { throw invalidSyntax() }
                names.append(text(of: tok))
                try advance()
                if tok.kind != .comma { break }
                try advance()
            }
            return Stmt(t.kind == .kwGlobal ? .global(names) : .nonlocal(names), start)
        case .kwDel:
            try advance()
            let e = try parseStarExpressions()
            if let bad = Parser.invalidTarget(e, .delete) {
                throw error("cannot delete \(Parser.exprName(bad))", from: bad)
            }
            if case .tuple(let elts) = e.kind, !isParenthesizedTuple(e) { return Stmt(.del(elts), start) }
            return Stmt(.del([e]), start)
        case .kwAssert:
            try advance()
            let test = try parseExpression()
            var msg: Expr? = nil
            if tok.kind == .comma {
                try advance()
                msg = try parseExpression()
            }
            return Stmt(.assert(test: test, msg: msg), start)
        case .kwImport, .kwFrom:
            return Stmt(try parseImport(), start)
        default:
            return try parseExpressionStatement()
        }
    }

    // MARK: - Expression statements and assignments

    private mutating func parseAssignmentValue() throws(ParseError) -> Expr {
        if tok.kind == .kwYield { return try parseYieldExpression() }
        return try parseStarExpressions()
    }

    @inline(never) private mutating func parseExpressionStatement() throws(ParseError) -> Stmt {
        let startTok = tok
        let start = tok.pos
        let first = try parseAssignmentValue()
        switch tok.kind {
        case .equal:
            var targets = [first]
            var value: Expr
            while true {
                try advance()
                let rhs = try parseAssignmentValue()
                if tok.kind == .equal {
                    targets.append(rhs)
                    continue
                }
                value = rhs
                break
            }
            try validateAssignment(targets, value)
            checkNotStarred(value)
            return Stmt(.assign(targets: targets, value: value), start)
        case .colon:
            switch first.kind {
            case .name, .attribute, .subscript: break
            default: try rejectAnnotationTarget(first)
            }
            try advance()
            let annotation = try parseExpression()
            var value: Expr? = nil
            if tok.kind == .equal {
                try advance()
                let v = try parseAssignmentValue()
                checkNotStarred(v)
                value = v
            }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value), start)
        default:
            if let op = tok.kind.augmentedOp {
                switch first.kind {
                case .name, .attribute, .subscript: break
                default:
                    throw error("'\(Parser.exprName(first))' is an illegal expression for augmented assignment", from: first)
                }
                try advance()
                let value = try parseAssignmentValue()
                checkNotStarred(value)
                return Stmt(.augAssign(target: first, op: op, value: value), start)
            }
            if tok.kind == .colonEqual {
                let bare = startTok.kind == .name && prev.start == startTok.start
                if case .name = first.kind, bare {} else {
                    throw error("cannot use assignment expressions with \(Parser.exprName(first))", from: first)
                }
            }
            checkNotStarred(first)
            return Stmt(.expr(first), start)
        }
    }

    /// `*x` alone as a value: CPython's compiler rejects it.
    private mutating func checkNotStarred(_ e: Expr) {
        if case .starred = e.kind { deferError(error("can't use starred expression here", from: e)) }
    }

    mutating func isParenthesizedTuple(_ e: Expr) -> Bool {
        guard case .tuple(let elts) = e.kind else { return false }
        guard let first = elts.first else { return true }
        return first.pos != e.pos || isParenthesized(e)
    }

    /// Checks `t1 = t2 = ... = value` targets with CPython's messages, including the hints its
    /// second parser pass gives when the first target looks like a mistyped comparison.
    @inline(never) private mutating func validateAssignment(_ targets: [Expr], _ value: Expr) throws(ParseError) {
        var bad: Expr? = nil
        for t in targets {
            if let b = Parser.invalidTarget(t, .assign) { bad = b; break }
        }
        guard let invalid = bad else {
            for t in targets { checkStarredTargets(t) }
            return
        }
        let t1 = targets[0]
        var last = t1
        if case .tuple(let elts) = t1.kind, !isParenthesizedTuple(t1), let l = elts.last { last = l }
        if isBitwiseOrLevel(last) {
            let rhs = targets.count >= 2 ? targets[1] : value
            let (exists, whole, prefix) = bitwiseOrPrefix(rhs)
            if exists && (!whole || targets.count == 1) {
                if case .name = last.kind, !isParenthesized(last) {
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: last, to: prefix)
                }
                var excluded = false
                switch last.kind {
                case .list, .generatorExp, .bool, .none: excluded = true
                case .tuple: excluded = true
                default: break
                }
                if !excluded {
                    throw error("cannot assign to \(Parser.exprName(last)) here. Maybe you meant '==' instead of '='?", from: last)
                }
            }
        }
        if case .yield = invalid.kind, !isParenthesized(invalid) {
            throw error("assignment to yield expression not possible", from: invalid)
        }
        throw error("cannot assign to \(Parser.exprName(invalid))", from: invalid)
    }

    /// CPython compiler checks on starred targets.
    private mutating func checkStarredTargets(_ t: Expr) {
        switch t.kind {
        case .starred:
            deferError(error("starred assignment target must be in a list or tuple", from: t))
        case .tuple(let elts), .list(let elts):
            var stars = 0
            for e in elts {
                if case .starred = e.kind { stars += 1 } else { checkStarredTargets(e) }
            }
            if stars > 1 { deferError(error("multiple starred expressions in assignment", from: t)) }
        default:
            break
        }
    }

    /// Whether the expression, as written, is a bitwise_or in CPython's grammar.
    mutating func isBitwiseOrLevel(_ e: Expr) -> Bool {
        if isParenthesized(e) { return true }
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .starred, .yield, .yieldFrom: return false
        case .unary(let op, _): return op != .not
        case .tuple: return isParenthesizedTuple(e)
        default: return true
        }
    }

    /// The bitwise_or CPython's grammar would parse at the start of `e`: whether one exists,
    /// whether it is all of `e`, and the node it ends with.
    private mutating func bitwiseOrPrefix(_ e: Expr) -> (Bool, Bool, Expr) {
        if isParenthesized(e) { return (true, true, e) }
        switch e.kind {
        case .tuple(let elts):
            if isParenthesizedTuple(e) { return (true, true, e) }
            guard let f = elts.first else { return (false, false, e) }
            let (x, _, p) = bitwiseOrPrefix(f)
            return (x, false, p)
        case .compare(let left, _):
            let (x, _, p) = bitwiseOrPrefix(left)
            return (x, false, p)
        case .boolOp(_, let values):
            guard let f = values.first else { return (false, false, e) }
            let (x, _, p) = bitwiseOrPrefix(f)
            return (x, false, p)
        case .ifExp(_, let body, _):
            let (x, _, p) = bitwiseOrPrefix(body)
            return (x, false, p)
        case .unary(let op, _) where op == .not:
            return (false, false, e)
        case .lambda, .starred, .yield, .yieldFrom, .namedExpr:
            return (false, false, e)
        default:
            return (true, true, e)
        }
    }

    /// `target: annotation` with a target that cannot be annotated. CPython's first pass never
    /// reads past the ':' then, so without a valid annotation the error is `invalid syntax` there.
    @inline(never) private mutating func rejectAnnotationTarget(_ e: Expr) throws(ParseError) {
        let colon = tok
        let saved = snapshot()
        hintsDisabled = true
        let annotationParses: Bool
        do throws(ParseError) {
            try advance()
            _ = try parseExpression()
            annotationParses = true
        } catch {
            annotationParses = false
        }
        restore(saved)
        if !annotationParses { throw error("invalid syntax", at: colon) }
        switch e.kind {
        case .tuple(let elts):
            if !isParenthesizedTuple(e), let first = elts.first {
                throw error("only single target (not tuple) can be annotated", from: first)
            }
            throw error("only single target (not tuple) can be annotated", from: e)
        case .list:
            throw error("only single target (not list) can be annotated", from: e)
        default:
            throw error("illegal target for annotation", from: e)
        }
    }

    /// For-loop and comprehension targets.
    @inline(never) mutating func validateTarget(_ e: Expr, _ context: TargetContext) throws(ParseError) {
        if let bad = Parser.invalidTarget(e, context) {
            throw error("cannot assign to \(Parser.exprName(bad))", from: bad)
        }
        checkStarredTargets(e)
    }

    // MARK: - Blocks

    /// A block after `:` (already consumed): an indented suite or statements on the same line.
    /// `header` names the statement for CPython's "expected an indented block after ...".
    mutating func parseBlock(_ header: String, line: Int32) throws(ParseError) -> [Stmt] {
        var body: [Stmt] = []
        if tok.kind != .newline {
            try parseSimpleStatements(into: &body)
            return body
        }
        try advance()
        if tok.kind != .indent {
            throw error("expected an indented block after \(header) on line \(line)", at: tok, typeName: "IndentationError")
        }
        try advance()
        try enterRecursion()
        defer { leaveRecursion() }
        while tok.kind != .dedent && tok.kind != .endMarker {
            try parseStatement(into: &body)
        }
        _ = try accept(.dedent)
        return body
    }

    /// The `:` ending a compound statement's header. CPython says "expected ':'" when the line
    /// ends there, or always for the statements whose grammar forces the colon.
    mutating func expectHeaderColon(forced: Bool = false) throws(ParseError) {
        if tok.kind == .colon { try advance(); return }
        if forced || tok.kind == .newline { throw error("expected ':'", at: tok) }
        throw invalidSyntax()
    }

    // MARK: - if / while / for

    @inline(never) private mutating func parseIf() throws(ParseError) -> Stmt {
        let ifTok = tok
        try advance()
        let test = try parseNamedExpression()
        try expectHeaderColon()
        let body = try parseBlock("'if' statement", line: ifTok.line)
        let orElse = try parseElifOrElse()
        return Stmt(.ifStmt(test: test, body: body, orElse: orElse), ifTok.pos)
    }

    /// elif chains become nested ifs; built with a loop so long chains do not recurse.
    @inline(never) private mutating func parseElifOrElse() throws(ParseError) -> [Stmt] {
        var chain: [(Token, Expr, [Stmt])] = []
        var finalElse: [Stmt] = []
        // Each elif is one level deeper in the tree the compiler walks recursively.
        let outerDepth = depth
        defer { depth = outerDepth }
        while tok.kind == .kwElif {
            try deepen()
            let elifTok = tok
            try advance()
            let test = try parseNamedExpression()
            try expectHeaderColon()
            let body = try parseBlock("'elif' statement", line: elifTok.line)
            chain.append((elifTok, test, body))
        }
        if tok.kind == .kwElse {
            let elseTok = tok
            try advance()
            try expectHeaderColon(forced: true)
            finalElse = try parseBlock("'else' statement", line: elseTok.line)
        }
        var result = finalElse
        var i = chain.count - 1
        while i >= 0 {
            let (t, test, body) = chain[i]
            result = [Stmt(.ifStmt(test: test, body: body, orElse: result), t.pos)]
            i -= 1
        }
        return result
    }

    @inline(never) private mutating func parseLoopElse() throws(ParseError) -> [Stmt] {
        guard tok.kind == .kwElse else { return [] }
        let elseTok = tok
        try advance()
        try expectHeaderColon(forced: true)
        return try parseBlock("'else' statement", line: elseTok.line)
    }

    @inline(never) private mutating func parseWhile() throws(ParseError) -> Stmt {
        let whileTok = tok
        try advance()
        let test = try parseNamedExpression()
        try expectHeaderColon()
        let body = try parseBlock("'while' statement", line: whileTok.line)
        let orElse = try parseLoopElse()
        return Stmt(.whileStmt(test: test, body: body, orElse: orElse), whileTok.pos)
    }

    @inline(never) private mutating func parseFor(isAsync: Bool) throws(ParseError) -> Stmt {
        let forTok = tok
        try advance()
        let target = try parseTargetList(stopAt: .kwIn)
        try validateTarget(target, .forLoop)
        try expect(.kwIn)
        let iter = try parseStarExpressions()
        checkNotStarred(iter)
        try expectHeaderColon()
        let body = try parseBlock("'for' statement", line: forTok.line)
        let orElse = try parseLoopElse()
        if isAsync { return Stmt(.unsupported(feature: "async for"), forTok.pos) }
        return Stmt(.forStmt(target: target, iter: iter, body: body, orElse: orElse), forTok.pos)
    }

    // MARK: - try

    @inline(never) private mutating func parseTry() throws(ParseError) -> Stmt {
        let tryTok = tok
        try advance()
        try expectHeaderColon(forced: true)
        let body = try parseBlock("'try' statement", line: tryTok.line)
        var handlers: [ExceptHandler] = []
        var sawExceptStar = false
        var bareExcept: Token? = nil
        while tok.kind == .kwExcept {
            let exceptTok = tok
            try advance()
            var header = "'except' statement"
            if tok.kind == .star {
                try advance()
                sawExceptStar = true
                header = "'except*' statement"
            }
            var type: Expr? = nil
            var name: String? = nil
            if tok.kind != .colon && tok.kind != .newline {
                let t = try parseExpression()
                if tok.kind == .comma {
                    let saved = snapshot()
                    try advance()
                    if (try? parseStarExpressions()) != nil, tok.kind == .colon || tok.kind == .kwAs {
                        let e = error("multiple exception types must be parenthesized", from: t.pos, to: prevEnd)
                        restore(saved)
                        throw e
                    }
                    restore(saved)
                }
                type = t
                if tok.kind == .kwAs {
                    try advance()
                    guard tok.kind == .name else { throw invalidSyntax() }
                    name = text(of: tok)
                    try advance()
                }
            }
            try expectHeaderColon()
            if let bare = bareExcept {
                deferError(error("default 'except:' must be last", at: bare))
            }
            if type == nil { bareExcept = exceptTok }
            let hbody = try parseBlock(header, line: exceptTok.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, pos: exceptTok.pos))
        }
        var orElse: [Stmt] = []
        var finalBody: [Stmt] = []
        if !handlers.isEmpty && tok.kind == .kwElse {
            let elseTok = tok
            try advance()
            try expectHeaderColon(forced: true)
            orElse = try parseBlock("'else' statement", line: elseTok.line)
        }
        var hasFinally = false
        if tok.kind == .kwFinally {
            let finTok = tok
            try advance()
            try expectHeaderColon(forced: true)
            finalBody = try parseBlock("'finally' statement", line: finTok.line)
            hasFinally = true
        }
        if handlers.isEmpty && !hasFinally {
            throw error("expected 'except' or 'finally' block", at: tok)
        }
        if sawExceptStar { return Stmt(.unsupported(feature: "except* clauses"), tryTok.pos) }
        return Stmt(.tryStmt(body: body, handlers: handlers, orElse: orElse, finally: finalBody), tryTok.pos)
    }

    // MARK: - def, class, decorators, async

    @inline(never) private mutating func parseDecorated() throws(ParseError) -> Stmt {
        var decorators: [Expr] = []
        while tok.kind == .at {
            try advance()
            decorators.append(try parseNamedExpression())
            try expect(.newline)
        }
        // Like CPython's AST, the statement sits at its `def`/`class` keyword, not its decorators.
        switch tok.kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, isAsync: false, start: tok.pos)
        case .kwClass: return try parseClass(decorators: decorators, start: tok.pos)
        case .kwAsync: return try parseAsync(decorators: decorators)
        default: throw invalidSyntax()
        }
    }

    @inline(never) private mutating func parseAsync(decorators: [Expr]) throws(ParseError) -> Stmt {
        let start = tok.pos
        try advance()
        switch tok.kind {
        case .kwDef:
            _ = try parseFunctionDef(decorators: decorators, isAsync: true, start: start)
            return Stmt(.unsupported(feature: "async functions"), start)
        case .kwFor where decorators.isEmpty:
            let s = try parseFor(isAsync: true)
            return Stmt(s.kind, start)
        case .kwWith where decorators.isEmpty:
            _ = try parseWith(isAsync: true)
            return Stmt(.unsupported(feature: "async with"), start)
        default:
            throw invalidSyntax()
        }
    }

    @inline(never) private mutating func parseFunctionDef(decorators: [Expr], isAsync: Bool, start: SourcePos) throws(ParseError) -> Stmt {
        let defTok = tok
        try advance()
        guard tok.kind == .name else { throw invalidSyntax() }
        let name = text(of: tok)
        try advance()
        try expectForced(.lpar, "(")
        bracketNesting += 1
        var params = try parseParameters(closing: .rpar, annotations: true)
        bracketNesting -= 1
        try expect(.rpar)
        if tok.kind == .arrow {
            try advance()
            params.annotations.append(("return", try parseExpression()))
        }
        try expectHeaderColon(forced: true)
        let savedAsync = inAsyncFunction
        inAsyncFunction = isAsync
        let body = try parseBlock("function definition", line: defTok.line)
        inAsyncFunction = savedAsync
        let def = FunctionDef(name: name, params: params, body: body, decorators: decorators, isAsync: isAsync)
        return Stmt(.functionDef(def), start)
    }

    @inline(never) private mutating func parseClass(decorators: [Expr], start: SourcePos) throws(ParseError) -> Stmt {
        let classTok = tok
        try advance()
        guard tok.kind == .name else { throw invalidSyntax() }
        let name = text(of: tok)
        try advance()
        var arguments: [CallArg] = []
        if tok.kind == .lpar {
            let call = try parseCall(node(.name("class"), classTok.pos), classTok.pos)
            if case .call(_, let args) = call.kind { arguments = args }
        }
        try expectHeaderColon()
        let body = try parseBlock("class definition", line: classTok.line)
        return Stmt(.classDef(ClassDef(name: name, arguments: arguments, body: body, decorators: decorators)), start)
    }

    // MARK: - with

    @inline(never) private mutating func parseWith(isAsync: Bool) throws(ParseError) -> Stmt {
        let withTok = tok
        try advance()
        var parsedItems = false
        var items: [WithItem] = []
        if tok.kind == .lpar {
            // `with (a as b, c):` -- or a parenthesised expression; try the first reading.
            let saved = snapshot()
            do throws(ParseError) {
                try advance()
                bracketNesting += 1
                while true {
                    items.append(try parseWithItem())
                    if tok.kind != .comma { break }
                    try advance()
                    if tok.kind == .rpar { break }
                }
                bracketNesting -= 1
                try expect(.rpar)
                if tok.kind != .colon { throw invalidSyntax() }
                parsedItems = true
            } catch {
                restore(saved)
                items = []
            }
        }
        if !parsedItems {
            while true {
                items.append(try parseWithItem())
                if tok.kind != .comma { break }
                try advance()
            }
        }
        try expectHeaderColon()
        let body = try parseBlock("'with' statement", line: withTok.line)
        if isAsync { return Stmt(.unsupported(feature: "async with"), withTok.pos) }
        return Stmt(.with(items: items, body: body), withTok.pos)
    }

    private mutating func parseWithItem() throws(ParseError) -> WithItem {
        let context = try parseExpression()
        var target: Expr? = nil
        if tok.kind == .kwAs {
            try advance()
            let t = try parseTargetItemForWith()
            try validateTarget(t, .assign)
            target = t
        }
        return WithItem(context: context, target: target)
    }

    private mutating func parseTargetItemForWith() throws(ParseError) -> Expr {
        if tok.kind == .star { throw invalidSyntax() }
        return try parseBitwiseOr()
    }

    // MARK: - import

    private mutating func parseDottedName() throws(ParseError) -> String {
        guard tok.kind == .name else { throw invalidSyntax() }
        var name = text(of: tok)
        try advance()
        while tok.kind == .dot {
            try advance()
            guard tok.kind == .name else { throw invalidSyntax() }
            name += "." + text(of: tok)
            try advance()
        }
        return name
    }

    private mutating func parseAsName() throws(ParseError) -> String? {
        guard tok.kind == .kwAs else { return nil }
        try advance()
        guard tok.kind == .name else { throw invalidSyntax() }
        let n = text(of: tok)
        try advance()
        return n
    }

    @inline(never) private mutating func parseImport() throws(ParseError) -> StmtKind {
        if tok.kind == .kwImport {
            try advance()
            var aliases: [ImportAlias] = []
            while true {
                let name = try parseDottedName()
                aliases.append(ImportAlias(name: name, asName: try parseAsName()))
                if tok.kind != .comma { return .importModules(aliases) }
                try advance()
            }
        }
        try advance()   // 'from'
        var dots = 0
        while tok.kind == .dot || tok.kind == .ellipsis {
            dots += tok.kind == .dot ? 1 : 3
            try advance()
        }
        var module = ""
        if tok.kind != .kwImport || dots == 0 { module = try parseDottedName() }
        try expect(.kwImport)
        if tok.kind == .star {
            try advance()
            return .importFrom(module: module, level: dots, names: [])
        }
        let parenthesized = tok.kind == .lpar
        if parenthesized { try advance() }
        var aliases: [ImportAlias] = []
        while true {
            guard tok.kind == .name else { throw invalidSyntax() }
            let name = text(of: tok)
            try advance()
            aliases.append(ImportAlias(name: name, asName: try parseAsName()))
            if tok.kind != .comma { break }
            try advance()
            if parenthesized && tok.kind == .rpar { break }
            if !parenthesized && tok.kind != .name {
                throw error("trailing comma not allowed without surrounding parentheses", at: tok)
            }
        }
        if parenthesized { try expect(.rpar) }
        return .importFrom(module: module, level: dots, names: aliases)
    }

    // MARK: - Parameters

    /// Parameters of a def (`annotations` true) or lambda, up to the closing token.
    @inline(never) mutating func parseParameters(closing: TokenKind, annotations: Bool) throws(ParseError) -> Parameters {
        var params = Parameters()
        var seenSlash = false, seenStar = false, seenDoubleStar = false, seenDefault = false
        var bareStar: Token? = nil
        var all: [(String, Expr)] = []   // names with their ranges, for the duplicate check
        while tok.kind != closing {
            switch tok.kind {
            case .slash:
                if seenSlash { throw error("/ may appear only once", at: tok) }
                if seenStar { throw error("/ must be ahead of *", at: tok) }
                if params.args.isEmpty { throw invalidSyntax() }
                params.posOnly = params.args
                params.args = []
                seenSlash = true
                try advance()
            case .star:
                if seenDoubleStar { throw error("arguments cannot follow var-keyword argument", at: tok) }
                if seenStar { throw error("* argument may appear only once", at: tok) }
                let starTok = tok
                try advance()
                seenStar = true
                if tok.kind == .name {
                    let (name, range) = try parseParamName(annotations: annotations, into: &params)
                    if tok.kind == .equal { throw error("var-positional argument cannot have default value", at: tok) }
                    params.vararg = name
                    all.append((name, range))
                } else if tok.kind == .comma {
                    bareStar = starTok
                    try checkBareStarFollowed(starTok, closing: closing, annotations: annotations)
                } else {
                    throw error("named arguments must follow bare *", at: annotations ? starTok : tok)
                }
            case .doubleStar:
                if seenDoubleStar { throw error("arguments cannot follow var-keyword argument", at: tok) }
                try advance()
                guard tok.kind == .name else { throw invalidSyntax() }
                let (name, range) = try parseParamName(annotations: annotations, into: &params)
                if tok.kind == .equal { throw error("var-keyword argument cannot have default value", at: tok) }
                params.kwarg = name
                all.append((name, range))
                seenDoubleStar = true
            case .name:
                if seenDoubleStar { throw error("arguments cannot follow var-keyword argument", at: tok) }
                let pos = tok.pos
                let (name, range) = try parseParamName(annotations: annotations, into: &params)
                var defaultValue: Expr? = nil
                if tok.kind == .equal {
                    try advance()
                    defaultValue = try parseExpression()
                }
                let param = Parameters.Param(name: name, defaultValue: defaultValue, pos: pos)
                if seenStar {
                    params.kwOnly.append(param)
                } else {
                    if defaultValue == nil && seenDefault {
                        throw error("non-default argument follows default argument", from: range)
                    }
                    if defaultValue != nil { seenDefault = true }
                    params.args.append(param)
                }
                all.append((name, range))
            default:
                throw invalidSyntax()
            }
            if tok.kind != .comma { break }
            try advance()
        }
        if let st = bareStar, params.kwOnly.isEmpty {
            throw error("named arguments must follow bare *", at: st)
        }
        // The first name seen twice is reported; a set keeps 100000 parameters linear.
        if all.count > 1 {
            var seen = Set<String>()
            for (name, range) in all where !seen.insert(name).inserted {
                deferError(error("duplicate argument '\(name)' in function definition", from: range))
                break
            }
        }
        return params
    }

    /// `*,` must be followed by a keyword-only parameter.
    @inline(never) private mutating func checkBareStarFollowed(_ starTok: Token, closing: TokenKind, annotations: Bool) throws(ParseError) {
        let saved = snapshot()
        try advance()
        if tok.kind == closing || tok.kind == .doubleStar {
            throw error("named arguments must follow bare *", at: annotations ? starTok : tok)
        }
        restore(saved)
    }

    /// A parameter name with its optional annotation; the Expr spans both (for error ranges).
    private mutating func parseParamName(annotations: Bool, into params: inout Parameters) throws(ParseError) -> (String, Expr) {
        let t = tok
        let name = text(of: t)
        try advance()
        if annotations && tok.kind == .colon {
            try advance()
            params.annotations.append((name, try parseExpression()))
        }
        return (name, node(.name(name), t.pos))
    }
}
