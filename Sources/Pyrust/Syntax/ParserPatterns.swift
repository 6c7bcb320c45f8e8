// `match` statements: the soft-keyword detection, case blocks and the pattern grammar of
// PEP 634 (as CPython 3.11's grammar spells it: as/or/closed patterns, literal, capture,
// wildcard, value, group, sequence, mapping and class patterns). The checks CPython makes in
// its compiler (irrefutable cases, repeated names, alternatives binding different names)
// are the compiler's (Compiler/PatternCompiler.swift).

extension Parser {
    /// A `match` statement, recognised as CPython does: the soft keyword, a subject, `:`
    /// NEWLINE. Anything else starting with the name `match` is an ordinary statement (nil).
    @inline(never) mutating func parseMatchIfPresent() throws(ParseError) -> Stmt? {
        let matchTok = tok
        let saved = snapshot()
        var subject: Expr
        do throws(ParseError) {
            try advance()
            guard Parser.startsExpression(tok.kind) else { restore(saved); return nil }
            let start = tok.pos
            let first = try parseStarNamedExpression()
            subject = first
            if tok.kind == .comma {
                var items = [first]
                while tok.kind == .comma {
                    try advance()
                    if tok.kind == .colon { break }
                    items.append(try parseStarNamedExpression())
                }
                subject = node(.tuple(items), start)
            }
            guard tok.kind == .colon else { restore(saved); return nil }
            try advance()
            guard tok.kind == .newline else { restore(saved); return nil }
            try advance()
        } catch {
            restore(saved)
            return nil
        }
        if tok.kind != .indent {
            throw error("expected an indented block after 'match' statement on line \(matchTok.line)", at: tok,
                        typeName: "IndentationError")
        }
        try advance()
        try enterRecursion()
        defer { leaveRecursion() }
        var cases: [MatchCase] = []
        while tok.kind != .dedent && tok.kind != .endMarker {
            guard tokenIs(tok, "case") else { throw invalidSyntax() }
            cases.append(try parseCaseBlock())
        }
        _ = try accept(.dedent)
        return Stmt(.match(subject: subject, cases: cases), matchTok.pos)
    }

    /// case_block: "case" patterns guard? ':' block
    private mutating func parseCaseBlock() throws(ParseError) -> MatchCase {
        let caseTok = tok
        try advance()
        let pattern = try parseTopPatterns()
        var guardTest: Expr? = nil
        if tok.kind == .kwIf {
            try advance()
            guardTest = try parseNamedExpression()
        }
        try expectHeaderColon(forced: true)
        let body = try parseBlock("'case' statement", line: caseTok.line)
        return MatchCase(pattern: pattern, guardTest: guardTest, body: body)
    }

    /// patterns: open_sequence_pattern | pattern (`case a, *b:` is a sequence pattern).
    private mutating func parseTopPatterns() throws(ParseError) -> Pattern {
        let start = tok.pos
        let first = try parseMaybeStarPattern()
        if tok.kind != .comma {
            if case .star = first.kind { throw invalidSyntax() }
            return first
        }
        var items = [first]
        while tok.kind == .comma {
            try advance()
            if tok.kind == .colon || tok.kind == .kwIf { break }
            items.append(try parseMaybeStarPattern())
        }
        return Pattern(.sequence(items), start)
    }

    /// maybe_star_pattern: `*name` | `*_` | pattern
    private mutating func parseMaybeStarPattern() throws(ParseError) -> Pattern {
        guard tok.kind == .star else { return try parsePattern() }
        let start = tok.pos
        try advance()
        guard tok.kind == .name else { throw invalidSyntax() }
        let name = text(of: tok)
        try advance()
        return Pattern(.star(name == "_" ? nil : name), start)
    }

    /// pattern: or_pattern ['as' NAME]
    private mutating func parsePattern() throws(ParseError) -> Pattern {
        try enterRecursion()
        defer { leaveRecursion() }
        let start = tok.pos
        let p = try parseOrPattern()
        guard tok.kind == .kwAs else { return p }
        try advance()
        if tokenIs(tok, "_") { throw error("cannot use '_' as a target", at: tok) }
        guard tok.kind == .name else {
            let exprStart = tok
            if Parser.startsExpression(tok.kind), let e = try? parseExpression() {
                throw error("invalid pattern target", from: e)
            }
            throw error("invalid pattern target", at: exprStart)
        }
        let nameTok = tok
        let name = text(of: tok)
        try advance()
        if tok.kind == .dot || tok.kind == .lpar || tok.kind == .equal {
            throw error("invalid pattern target", at: nameTok)
        }
        return Pattern(.capture(p, name: name), start)
    }

    /// or_pattern: closed_pattern ('|' closed_pattern)*
    private mutating func parseOrPattern() throws(ParseError) -> Pattern {
        let start = tok.pos
        let first = try parseClosedPattern()
        guard tok.kind == .vbar else { return first }
        var alternatives = [first]
        while tok.kind == .vbar {
            try advance()
            alternatives.append(try parseClosedPattern())
        }
        return Pattern(.or(alternatives), start)
    }

    private mutating func parseClosedPattern() throws(ParseError) -> Pattern {
        let t = tok
        switch t.kind {
        case .number, .minus, .string:
            return Pattern(.value(try parseLiteralPatternValue()), t.pos)
        case .kwNone:
            try advance()
            return Pattern(.singleton(node(.none, t.pos)), t.pos)
        case .kwTrue, .kwFalse:
            try advance()
            return Pattern(.singleton(node(.bool(t.kind == .kwTrue), t.pos)), t.pos)
        case .name:
            return try parseNamePattern()
        case .lpar:
            return try parseGroupOrTuplePattern()
        case .lsqb:
            try advance()
            var items: [Pattern] = []
            while tok.kind != .rsqb {
                items.append(try parseMaybeStarPattern())
                if tok.kind == .comma { try advance() } else if tok.kind != .rsqb { throw invalidSyntax() }
            }
            try advance()
            return Pattern(.sequence(items), t.pos)
        case .lbrace:
            return try parseMappingPattern()
        default:
            throw invalidSyntax()
        }
    }

    /// signed_number ['+'|'-' imaginary] | strings (no f-strings).
    private mutating func parseLiteralPatternValue() throws(ParseError) -> Expr {
        let t = tok
        if t.kind == .string {
            let s = try parseStrings()
            if case .fstring = s.kind { throw error("patterns may only match literals and attribute lookups", from: s) }
            return s
        }
        var value: Expr
        if t.kind == .minus {
            try advance()
            guard tok.kind == .number else { throw invalidSyntax() }
            let n = tok
            try advance()
            value = node(.unary(.neg, Expr(try numberValue(n), n.pos, end: prevEnd)), t.pos)
        } else {
            try advance()
            value = node(try numberValue(t), t.pos)
        }
        if tok.kind == .plus || tok.kind == .minus {
            // complex_number: the real part then an imaginary literal.
            let op: BinOp = tok.kind == .plus ? .add : .sub
            try advance()
            guard tok.kind == .number else { throw invalidSyntax() }
            let n = tok
            try advance()
            let imag = Expr(try numberValue(n), n.pos, end: prevEnd)
            guard case .imaginary = imag.kind else {
                throw error("imaginary number required in complex literal", from: imag)
            }
            value = node(.binary(op, value, imag), t.pos)
        }
        return value
    }

    /// A name: wildcard `_`, capture, dotted value (`a.b`), or class pattern (`C(...)`).
    private mutating func parseNamePattern() throws(ParseError) -> Pattern {
        let t = tok
        let name = text(of: t)
        let target = try parseDottedName()
        if tok.kind == .lpar { return try parseClassPattern(target, t.pos) }
        if case .attribute = target.kind { return Pattern(.value(target), t.pos) }
        if name == "_" { return Pattern(.capture(nil, name: nil), t.pos) }
        return Pattern(.capture(nil, name: name), t.pos)
    }

    /// `Cls(p, q, attr=r)`: positional patterns first, then keyword patterns.
    private mutating func parseClassPattern(_ cls: Expr, _ start: SourcePos) throws(ParseError) -> Pattern {
        try advance()   // (
        var args: [Pattern] = [], keywords: [String] = [], keywordPatterns: [Pattern] = []
        while tok.kind != .rpar {
            if tok.kind == .name {
                let saved = snapshot()
                let nameTok = tok
                try advance()
                if tok.kind == .equal {
                    try advance()
                    keywords.append(text(of: nameTok))
                    keywordPatterns.append(try parsePattern())
                    if tok.kind == .comma { try advance() } else if tok.kind != .rpar { throw invalidSyntax() }
                    continue
                }
                restore(saved)
            }
            let p = try parsePattern()
            if !keywords.isEmpty {
                throw error("positional patterns follow keyword patterns", from: p.pos, to: prevEnd)
            }
            args.append(p)
            if tok.kind == .comma { try advance() } else if tok.kind != .rpar { throw invalidSyntax() }
        }
        try advance()
        return Pattern(.classPattern(cls: cls, args: args, keywords: keywords, keywordPatterns: keywordPatterns), start)
    }

    /// name_or_attr: NAME ('.' NAME)*, as a name or attribute expression.
    private mutating func parseDottedName() throws(ParseError) -> Expr {
        let t = tok
        try advance()
        var e = node(.name(text(of: t)), t.pos)
        while tok.kind == .dot {
            try advance()
            guard tok.kind == .name else { throw invalidSyntax() }
            let attr = text(of: tok)
            try advance()
            e = node(.attribute(e, attr), t.pos)
        }
        return e
    }

    /// `(p)` is a group; `()`, `(p,)` and `(p, q)` are sequence patterns.
    private mutating func parseGroupOrTuplePattern() throws(ParseError) -> Pattern {
        let start = tok.pos
        try advance()
        if tok.kind == .rpar {
            try advance()
            return Pattern(.sequence([]), start)
        }
        let first = try parseMaybeStarPattern()
        if tok.kind == .rpar {
            if case .star = first.kind { throw invalidSyntax() }
            try advance()
            return first
        }
        var items = [first]
        while tok.kind == .comma {
            try advance()
            if tok.kind == .rpar { break }
            items.append(try parseMaybeStarPattern())
        }
        try expect(.rpar)
        return Pattern(.sequence(items), start)
    }

    /// `{key: p, ..., **rest}`; keys are literals or dotted names.
    private mutating func parseMappingPattern() throws(ParseError) -> Pattern {
        let start = tok.pos
        try advance()
        var keys: [Expr] = [], values: [Pattern] = []
        var rest: String? = nil
        while tok.kind != .rbrace {
            if tok.kind == .doubleStar {
                try advance()
                guard tok.kind == .name, !tokenIs(tok, "_") else { throw invalidSyntax() }
                rest = text(of: tok)
                try advance()
                _ = try accept(.comma)
                guard tok.kind == .rbrace else { throw invalidSyntax() }
                break
            }
            let key: Expr
            switch tok.kind {
            case .number, .minus, .string:
                key = try parseLiteralPatternValue()
            case .kwNone:
                key = node(.none, tok.pos); try advance()
            case .kwTrue, .kwFalse:
                let t = tok
                try advance()
                key = node(.bool(t.kind == .kwTrue), t.pos)
            case .name:
                let e = try parseDottedName()
                guard case .attribute = e.kind else { throw invalidSyntax() }   // a bare name is no key
                key = e
            default:
                throw invalidSyntax()
            }
            try expect(.colon)
            keys.append(key)
            values.append(try parsePattern())
            if tok.kind == .comma { try advance() } else if tok.kind != .rbrace { throw invalidSyntax() }
        }
        try advance()
        return Pattern(.mapping(keys: keys, values: values, rest: rest), start)
    }
}
