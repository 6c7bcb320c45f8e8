// f-strings as Python 3.11 parses them: the whole literal is one token; its body is scanned
// for literal text and `{expr!c:spec}` fields (CPython's fstring_find_literal/_find_expr), and
// each field's expression is parsed by a sub-parser over the same source bytes, so its nodes
// carry their true line and column.

extension Parser {
    /// Appends the parts of one f-string token.
    @inline(never) mutating func parseFString(_ t: Token, _ lit: StringLiteral, into parts: inout [FStringPart]) throws(ParseError) {
        var s = lit.bodyStart
        try scanFString(&s, lit.bodyEnd, raw: lit.isRaw, level: 0, token: t, into: &parts)
    }

    /// Literal text and fields up to `end` (level 0) or up to the `}` closing a format spec.
    private mutating func scanFString(_ s: inout Int, _ end: Int, raw: Bool, level: Int, token: Token,
                                      into parts: inout [FStringPart]) throws(ParseError) {
        while true {
            let (literalEnd, resume, doubled) = try findLiteral(s, end, raw: raw, level: level)
            if literalEnd > s {
                Parser.appendLiteral(try decodeStr(s, literalEnd, raw: raw), to: &parts)
            }
            s = resume
            if doubled { continue }
            if s >= end || base[s] == 125 { break }
            parts.append(try parseField(&s, end, raw: raw, level: level, token: token))
        }
        if level != 0 && (s >= end || base[s] != 125) {
            throw error("f-string: expecting '}'", at: tok)
        }
    }

    /// Scans literal text from `start`. Returns where the literal ends, where to resume, and
    /// whether it stopped at a doubled brace (whose first brace is part of the literal).
    private mutating func findLiteral(_ start: Int, _ end: Int, raw: Bool, level: Int) throws(ParseError) -> (Int, Int, Bool) {
        var s = start
        while s < end {
            var ch = base[s]
            s += 1
            if !raw && ch == 92 && s < end {
                ch = base[s]
                s += 1
                if ch == 78 {   // \N{...}: its braces are not a field
                    if s < end {
                        let open = base[s]
                        s += 1
                        if open == 123 {
                            while s < end {
                                let c = base[s]
                                s += 1
                                if c == 125 { break }
                            }
                        }
                    }
                    continue
                }
            }
            if ch == 123 || ch == 125 {
                if level == 0 {
                    if s < end && base[s] == ch { return (s, s + 1, true) }
                    if ch == 125 { throw error("f-string: single '}' is not allowed", at: tok) }
                }
                return (s - 1, s - 1, false)
            }
        }
        return (s, s, false)
    }

    /// One `{...}` field; `s` is at its `{`.
    private mutating func parseField(_ s: inout Int, _ end: Int, raw: Bool, level: Int, token: Token) throws(ParseError) -> FStringPart {
        if level >= 2 { throw error("f-string: expressions nested too deeply", at: tok) }
        s += 1
        let exprStart = s
        var quote: UInt8 = 0
        var tripleQuoted = false
        var stack: [UInt8] = []
        while s < end {
            let ch = base[s]
            if ch == 92 { throw error("f-string expression part cannot include a backslash", at: tok) }
            if quote != 0 {
                if ch == quote {
                    if tripleQuoted {
                        if s + 2 < end && base[s + 1] == ch && base[s + 2] == ch {
                            s += 3
                            quote = 0
                            continue
                        }
                    } else {
                        quote = 0
                    }
                }
                s += 1
                continue
            }
            if ch == 39 || ch == 34 {
                if s + 2 < end && base[s + 1] == ch && base[s + 2] == ch {
                    tripleQuoted = true
                    s += 2
                } else {
                    tripleQuoted = false
                }
                quote = ch
            } else if ch == 91 || ch == 123 || ch == 40 {
                if stack.count >= Lexer.maxBracketDepth { throw error("f-string: too many nested parenthesis", at: tok) }
                stack.append(ch)
            } else if ch == 35 {
                throw error("f-string expression part cannot include '#'", at: tok)
            } else if stack.isEmpty && (ch == 33 || ch == 58 || ch == 125 || ch == 61 || ch == 62 || ch == 60) {
                if s + 1 < end {
                    let next = base[s + 1]
                    if next == 61 && (ch == 33 || ch == 61 || ch == 60 || ch == 62) {
                        s += 2
                        continue
                    }
                }
                if ch == 62 || ch == 60 {
                    s += 1
                    continue
                }
                break
            } else if ch == 93 || ch == 125 || ch == 41 {
                guard let opening = stack.popLast() else {
                    throw error("f-string: unmatched '\(Character(Unicode.Scalar(ch)))'", at: tok)
                }
                let expected: UInt8 = opening == 40 ? 41 : opening == 91 ? 93 : 125
                if ch != expected {
                    throw error("f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' does not match opening parenthesis '\(Character(Unicode.Scalar(opening)))'", at: tok)
                }
            }
            s += 1
        }
        let exprEnd = s
        if quote != 0 { throw error("f-string: unterminated string", at: tok) }
        if let opening = stack.last { throw error("f-string: unmatched '\(Character(Unicode.Scalar(opening)))'", at: tok) }
        if s >= end { throw error("f-string: expecting '}'", at: tok) }

        let expr = try parseFieldExpression(exprStart, exprEnd, token: token)

        var selfDocumenting: String? = nil
        if base[s] == 61 {   // `{x=}`: the text up to and including '=' and following blanks
            s += 1
            while s < end && (base[s] == 32 || base[s] == 9 || base[s] == 10 || base[s] == 12 || base[s] == 13 || base[s] == 11) { s += 1 }
            if s >= end { throw error("f-string: expecting '}'", at: tok) }
            selfDocumenting = try decodeStr(exprStart, s, raw: true)
        }
        var conversion: Character? = nil
        if base[s] == 33 {
            s += 1
            if s >= end { throw error("f-string: expecting '}'", at: tok) }
            let c = base[s]
            s += 1
            guard c == 115 || c == 114 || c == 97 else {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: tok)
            }
            conversion = Character(Unicode.Scalar(c))
        }
        var spec: [FStringPart]? = nil
        if s < end && base[s] == 58 {
            s += 1
            if s >= end { throw error("f-string: expecting '}'", at: tok) }
            var specParts: [FStringPart] = []
            try scanFString(&s, end, raw: raw, level: level + 1, token: token, into: &specParts)
            spec = specParts
        }
        if s >= end || base[s] != 125 { throw error("f-string: expecting '}'", at: tok) }
        s += 1
        if selfDocumenting != nil && spec == nil && conversion == nil { conversion = "r" }
        return .field(expr, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting)
    }

    /// Parses a field's expression text with a sub-parser, as CPython does with "(" + text + ")".
    private mutating func parseFieldExpression(_ start: Int, _ end: Int, token: Token) throws(ParseError) -> Expr {
        var k = start
        while k < end && (base[k] == 32 || base[k] == 9 || base[k] == 10 || base[k] == 12 || base[k] == 13) { k += 1 }
        if k == end {
            let c = end < lexer.limit ? base[end] : 0
            if c == 33 || c == 58 || c == 61 {
                throw error("f-string: expression required before '\(Character(Unicode.Scalar(c)))'", at: tok)
            }
            throw error("f-string: empty expression not allowed", at: tok)
        }
        // Line and line start of the expression text.
        var line = token.line
        var lineStart = Int(token.start)
        while lineStart > 0 && base[lineStart - 1] != 10 && base[lineStart - 1] != 13 { lineStart -= 1 }
        var i = Int(token.start)
        while i < start {
            let b = base[i]
            if b == 10 || (b == 13 && !(i + 1 < start && base[i + 1] == 10)) {
                line &+= 1
                lineStart = i + 1
            }
            i += 1
        }
        var sub = Parser(lexer: Lexer(base: base, start: start, limit: end, line: line, lineStart: lineStart,
                                      isFStringExpr: true))
        sub.fstringField = FStringFieldContext(exprStart: start)
        sub.bracketNesting = 1   // CPython parses the text inside parentheses
        sub.depth = depth
        sub.recursion = recursion
        sub.inAsyncFunction = inAsyncFunction
        do throws(ParseError) {
            try sub.advance()
            // The text is parsed as if parenthesised: `{yield}` is allowed, a lone `*a` is not.
            let e = sub.tok.kind == .kwYield ? try sub.parseYieldExpression() : try sub.parseStarExpressions()
            if sub.tok.kind != .endMarker { throw sub.invalidSyntax() }
            if case .starred = e.kind { throw sub.error("cannot use starred expression here", from: e) }
            if let d = sub.deferredError { deferError(ParseError(d)) }
            return e
        } catch {
            if sub.lexer.errorKind == .none { throw error }
            // Tokenizer errors count columns from the "(" CPython puts before the text.
            let shift = Int(Lexer.countChars(base, lineStart, start)) - 1
            if error.syntax.line == Int(line) {
                error.syntax.col -= shift
                if error.syntax.endCol > 0 { error.syntax.endCol -= shift }
            }
            throw error
        }
    }
}
