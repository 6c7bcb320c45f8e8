// The lexer: UTF-8 source bytes -> tokens, modelled on CPython 3.11's tokenizer
// (Parser/tokenizer.c) so that the token stream, INDENT/DEDENT and the tokenizer's error
// messages and positions come out the same. It works on raw bytes and allocates nothing per
// token; only the bracket and indentation stacks grow, and only when the source nests.

/// How a tokenizer error ranks against a parser error found earlier in the file. CPython
/// re-tokenizes the rest of the source after a parser error; errors its tokenizer raises
/// directly win, errors it only flags in its state (indentation, EOF) do not.
enum LexErrorKind { case none, overridesParser, stateOnly }

struct Lexer {
    static let maxBracketDepth = 200        // CPython's MAXLEVEL
    static let maxIndentDepth = 100         // CPython's MAXINDENT
    static let tabSize: Int32 = 8

    let base: UnsafePointer<UInt8>
    let limit: Int
    var pos: Int
    var line: Int32
    var lineStart: Int

    /// Code-point column bookkeeping: only lines holding non-ASCII bytes need counting.
    private var lineHasNonASCII = false
    private var colCachePos = 0
    private var colCacheChars: Int32 = 0

    private var atLineStart = true
    private var pendingIndents = 0
    private var indentCols: [Int32] = []     // indentation stack above the implicit 0
    private var altIndentCols: [Int32] = []  // same with tabs counted as 1, to detect TabError

    struct OpenBracket { var byte: UInt8; var line: Int32; var col: Int32 }
    private(set) var brackets: [OpenBracket] = []

    /// Lexing the expression of an f-string replacement field: CPython wraps it in parentheses,
    /// so newlines are insignificant and the end of the range is the end of input.
    let isFStringExpr: Bool
    /// What the last thrown error was (see LexErrorKind).
    private(set) var errorKind: LexErrorKind = .none

    init(base: UnsafePointer<UInt8>, start: Int, limit: Int, line: Int32 = 1, lineStart: Int? = nil,
         isFStringExpr: Bool = false) {
        self.base = base
        self.limit = limit
        self.pos = start
        self.line = line
        self.lineStart = lineStart ?? start
        self.isFStringExpr = isFStringExpr
        self.atLineStart = !isFStringExpr
        if isFStringExpr {
            lineHasNonASCII = true    // the line may hold non-ASCII text before the field
        }
    }

    // MARK: - Byte helpers

    @inline(__always) private func byte(_ i: Int) -> UInt8 { i < limit ? base[i] : 0 }

    /// Length of the newline sequence at `i`: 1 for \n or a lone \r, 2 for \r\n, 0 otherwise.
    @inline(__always) private func newlineLength(_ i: Int) -> Int {
        guard i < limit else { return 0 }
        let b = base[i]
        if b == 10 { return 1 }
        if b == 13 { return (i + 1 < limit && base[i + 1] == 10) ? 2 : 1 }
        return 0
    }

    @inline(__always) private static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b >= 128
    }
    @inline(__always) private static func isIdentChar(_ b: UInt8) -> Bool {
        isIdentStart(b) || (b >= 48 && b <= 57)
    }
    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) private static func isHexDigit(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 97 && b <= 102) || (b >= 65 && b <= 70)
    }

    /// Counts code points in base[from..<to] (UTF-8 continuation bytes do not start one).
    static func countChars(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int32 {
        var n: Int32 = 0
        var i = from
        while i < to {
            if base[i] & 0xC0 != 0x80 { n &+= 1 }
            i &+= 1
        }
        return n
    }

    /// 0-based code-point column of byte offset `offset` on the current line.
    @inline(__always) mutating func charCol(_ offset: Int) -> Int32 {
        if !lineHasNonASCII { return Int32(truncatingIfNeeded: offset - lineStart) }
        return countedCharCol(offset)
    }

    @inline(never) private mutating func countedCharCol(_ offset: Int) -> Int32 {
        if colCachePos < lineStart || colCachePos > offset {
            colCachePos = lineStart
            colCacheChars = 0
        }
        colCacheChars &+= Lexer.countChars(base, colCachePos, offset)
        colCachePos = offset
        return colCacheChars
    }

    private mutating func startNewLine(at offset: Int) {
        line &+= 1
        lineStart = offset
        lineHasNonASCII = false
        colCachePos = offset
        colCacheChars = 0
    }

    // MARK: - Errors

    /// An error located like CPython's tokenizer `syntaxerror()`: at the current position.
    private mutating func errorHere(_ message: String) -> ParseError {
        errorKind = .overridesParser
        let c = Int(charCol(pos))
        return ParseError(SyntaxError(message, line: Int(line), col: c, endCol: c))
    }

    private mutating func stateError(_ message: String, typeName: String = "SyntaxError",
                                     line l: Int32, col: Int, endCol: Int) -> ParseError {
        errorKind = .stateOnly
        return ParseError(SyntaxError(message, line: Int(l), col: col, endCol: endCol, typeName: typeName))
    }

    /// Where CPython's tokenizer stands once it has hit the end of input: the last physical
    /// line, just past its (possibly implicit) newline.
    func endOfInputPosition() -> (line: Int32, col: Int32) {
        var end = limit
        var l = line
        if end > 0 && !isFStringExpr {
            let last = base[end - 1]
            if last == 10 || last == 13 {
                l = line &- 1
                end -= (last == 10 && end >= 2 && base[end - 2] == 13) ? 2 : 1
            }
        }
        var s = end
        while s > 0 {
            let b = base[s - 1]
            if b == 10 || b == 13 { break }
            s -= 1
        }
        return (max(l, 1), Lexer.countChars(base, s, end) &+ 1)
    }

    /// The error for reaching the end of input inside brackets: CPython's "'(' was never closed".
    mutating func unclosedBracketError() -> ParseError {
        errorKind = .stateOnly
        let b = brackets[brackets.count - 1]
        return ParseError(SyntaxError("'\(Character(Unicode.Scalar(b.byte)))' was never closed",
                                      line: Int(b.line), col: Int(b.col) + 1, endCol: 0))
    }

    private mutating func endOfInputError() -> ParseError {
        if !brackets.isEmpty { return unclosedBracketError() }
        let p = endOfInputPosition()
        return stateError("unexpected EOF while parsing", line: p.line, col: Int(p.col), endCol: -1)
    }

    // MARK: - Tokens

    @inline(__always) private mutating func make(_ kind: TokenKind, _ start: Int) -> Token {
        let c = charCol(start)
        let e = charCol(pos)
        return Token(kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: pos),
                     line: line, col: c, endLine: line, endCol: e)
    }

    /// A token without text (INDENT, DEDENT, ENDMARKER), positioned as CPython reports errors at
    /// them: the tokenizer's current column, no end.
    private mutating func makeTextless(_ kind: TokenKind) -> Token {
        if pos >= limit && !isFStringExpr {
            // Its position is only needed for an error: Parser.error(at:) asks endOfInputPosition().
            return Token(kind: kind, start: Int32(truncatingIfNeeded: limit), end: Int32(truncatingIfNeeded: limit),
                         line: line, col: Token.atEndOfInput, endLine: line, endCol: -2)
        }
        let c = charCol(pos)
        return Token(kind: kind, start: Int32(truncatingIfNeeded: pos), end: Int32(truncatingIfNeeded: pos),
                     line: line, col: c &- 1, endLine: line, endCol: -2)
    }

    /// The next token. Throws CPython's tokenizer errors.
    mutating func next() throws(ParseError) -> Token {
        if pendingIndents != 0 { return emitPendingIndent() }
        var blankLine = false
        while true {
            if atLineStart {
                atLineStart = false
                blankLine = try measureIndentation()
                if pendingIndents != 0 { return emitPendingIndent() }
            }
            // Skip blanks between tokens.
            var i = pos
            while i < limit {
                let b = base[i]
                if b == 32 || b == 9 || b == 12 { i &+= 1 } else { break }
            }
            pos = i
            let start = pos
            if pos < limit && base[pos] == 35 {   // '#': a comment runs to the end of the line
                var acc: UInt8 = 0
                while pos < limit {
                    let b = base[pos]
                    if b == 10 || b == 13 { break }
                    acc |= b
                    pos &+= 1
                }
                if acc & 0x80 != 0 { lineHasNonASCII = true }
            }
            if pos >= limit {
                if isFStringExpr {
                    return Token(kind: .endMarker, start: Int32(truncatingIfNeeded: limit), end: Int32(truncatingIfNeeded: limit),
                                 line: line, col: charCol(limit), endLine: line, endCol: charCol(limit))
                }
                if atEndOfInput {
                    if !brackets.isEmpty { throw unclosedBracketError() }
                    return makeTextless(.endMarker)
                }
                // CPython appends a newline to source that lacks one: act as if it were there.
                atEndOfInput = true
                atLineStart = true
                if blankLine || !brackets.isEmpty { blankLine = false; continue }
                let c = charCol(start)
                return Token(kind: .newline, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: pos),
                             line: line, col: c, endLine: line, endCol: charCol(pos))
            }
            let b = base[pos]
            let nl = newlineLength(pos)
            if nl != 0 {
                let c = charCol(start)
                let tokenLine = line
                let nlPos = pos
                pos &+= nl
                let ec = charCol(nlPos)
                startNewLine(at: pos)
                atLineStart = true
                if pos >= limit { atEndOfInput = true }
                if blankLine || !brackets.isEmpty || isFStringExpr { blankLine = false; continue }
                return Token(kind: .newline, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: nlPos),
                             line: tokenLine, col: c, endLine: tokenLine, endCol: ec)
            }
            if Lexer.isIdentStart(b) { return try lexNameOrPrefixedString(start) }
            if Lexer.isDigit(b) { return try lexNumber(start) }
            if b == 46 {   // '.'
                if Lexer.isDigit(byte(pos + 1)) { return try lexNumber(start) }
                if byte(pos + 1) == 46 && byte(pos + 2) == 46 { pos &+= 3; return make(.ellipsis, start) }
                pos &+= 1
                return make(.dot, start)
            }
            if b == 34 || b == 39 { return try lexString(start) }
            if b == 92 {   // '\\': explicit line joining
                try continuationLine()
                continue
            }
            return try lexOperator(start)
        }
    }

    /// Set once the end of input has been reached through a newline (real or implicit).
    private var atEndOfInput = false

    private mutating func emitPendingIndent() -> Token {
        if pendingIndents > 0 {
            pendingIndents -= 1
            return makeTextless(.indent)
        }
        pendingIndents += 1
        return makeTextless(.dedent)
    }

    /// At the start of a line: measure its indentation and queue INDENT/DEDENT tokens.
    /// Returns whether the line is blank (only whitespace and/or a comment).
    private mutating func measureIndentation() throws(ParseError) -> Bool {
        var col: Int32 = 0
        var altCol: Int32 = 0
        var contLineCol: Int32 = 0
        while pos < limit {
            let b = base[pos]
            if b == 32 {
                col &+= 1; altCol &+= 1
            } else if b == 9 {
                col = (col / Lexer.tabSize + 1) &* Lexer.tabSize
                altCol &+= 1
            } else if b == 12 {
                col = 0; altCol = 0
            } else if b == 92 {
                // Indentation cannot be split over lines: the first backslash fixes it.
                contLineCol = contLineCol != 0 ? contLineCol : col
                try continuationLine()
                continue
            } else {
                break
            }
            pos &+= 1
        }
        if isFStringExpr { return false }
        var blank = false
        if pos < limit {
            let b = base[pos]
            if b == 35 || b == 10 || b == 13 { blank = true }
        } else if !atEndOfInput {
            blank = true    // a last line of blanks, before the newline CPython appends
        }
        if blank || !brackets.isEmpty { return blank }
        if contLineCol != 0 { col = contLineCol; altCol = contLineCol }
        let top = indentCols.last ?? 0
        let altTop = altIndentCols.last ?? 0
        if col == top {
            if altCol != altTop { throw tabError() }
        } else if col > top {
            if indentCols.count + 1 >= Lexer.maxIndentDepth {
                pos = lineEnd()
                throw stateError("too many levels of indentation", typeName: "IndentationError",
                                 line: line, col: 1, endCol: 0)
            }
            if altCol <= altTop { throw tabError() }
            pendingIndents += 1
            indentCols.append(col)
            altIndentCols.append(altCol)
        } else {
            while let last = indentCols.last, col < last {
                pendingIndents -= 1
                indentCols.removeLast()
                altIndentCols.removeLast()
            }
            if col != (indentCols.last ?? 0) {
                let lineEndPos = lineEnd()
                let c = Lexer.countChars(base, lineStart, lineEndPos) &+ 1
                pos = lineEndPos
                throw stateError("unindent does not match any outer indentation level",
                                 typeName: "IndentationError", line: line, col: Int(c), endCol: -1)
            }
            if altCol != (altIndentCols.last ?? 0) { throw tabError() }
        }
        return false
    }

    private mutating func tabError() -> ParseError {
        pos = lineEnd()
        return stateError("inconsistent use of tabs and spaces in indentation", typeName: "TabError",
                          line: line, col: 1, endCol: 0)
    }

    private func lineEnd() -> Int {
        var i = pos
        while i < limit && base[i] != 10 && base[i] != 13 { i &+= 1 }
        return i
    }

    /// After a backslash: it must end the line, and more input must follow.
    private mutating func continuationLine() throws(ParseError) {
        pos &+= 1
        let nl = newlineLength(pos)
        if nl == 0 {
            if pos >= limit {   // the backslash ends the input: CPython sees its appended newline, then EOF
                throw endOfInputError()
            }
            let c = Int(charCol(pos)) + 1
            pos &+= 1
            errorKind = .stateOnly
            throw ParseError(SyntaxError("unexpected character after line continuation character",
                                         line: Int(line), col: c, endCol: 0))
        }
        pos &+= nl
        startNewLine(at: pos)
        if pos >= limit { throw endOfInputError() }
    }

    // MARK: - Names and keywords

    private mutating func lexNameOrPrefixedString(_ start: Int) throws(ParseError) -> Token {
        // String prefixes: the combinations CPython accepts (b, r, u, f, br, rb, fr, rf, any case).
        var sawB = false, sawR = false, sawU = false, sawF = false
        while true {
            let c = byte(pos) | 0x20
            if !(sawB || sawU || sawF) && c == 98 { sawB = true }
            else if !(sawB || sawU || sawR || sawF) && c == 117 { sawU = true }
            else if !(sawR || sawU) && c == 114 { sawR = true }
            else if !(sawF || sawB || sawU) && c == 102 { sawF = true }
            else { break }
            pos &+= 1
            let q = byte(pos)
            if q == 34 || q == 39 { return try lexString(start) }
        }
        var nonASCII = false
        var i = pos
        while i < limit {
            let b = base[i]
            if !Lexer.isIdentChar(b) { break }
            if b >= 128 { nonASCII = true }
            i &+= 1
        }
        pos = i
        if nonASCII {
            lineHasNonASCII = true
            try verifyIdentifier(start)
            return make(.name, start)
        }
        return make(Lexer.keyword(base + start, pos - start) ?? .name, start)
    }

    /// Keyword lookup on raw bytes: the name's bytes, read as a little-endian integer, are
    /// matched against each keyword's (all keywords are 2 to 8 bytes long).
    static func keyword(_ p: UnsafePointer<UInt8>, _ n: Int) -> TokenKind? {
        if n < 2 || n > 8 { return nil }
        var w: UInt64 = 0
        var i = n &- 1
        while i >= 0 {
            w = w << 8 | UInt64(p[i])
            i &-= 1
        }
        switch w {
        case 0x65736c6146: return .kwFalse   // False
        case 0x656e6f4e: return .kwNone   // None
        case 0x65757254: return .kwTrue   // True
        case 0x646e61: return .kwAnd   // and
        case 0x7361: return .kwAs   // as
        case 0x747265737361: return .kwAssert   // assert
        case 0x636e797361: return .kwAsync   // async
        case 0x7469617761: return .kwAwait   // await
        case 0x6b61657262: return .kwBreak   // break
        case 0x7373616c63: return .kwClass   // class
        case 0x65756e69746e6f63: return .kwContinue   // continue
        case 0x666564: return .kwDef   // def
        case 0x6c6564: return .kwDel   // del
        case 0x66696c65: return .kwElif   // elif
        case 0x65736c65: return .kwElse   // else
        case 0x747065637865: return .kwExcept   // except
        case 0x796c6c616e6966: return .kwFinally   // finally
        case 0x726f66: return .kwFor   // for
        case 0x6d6f7266: return .kwFrom   // from
        case 0x6c61626f6c67: return .kwGlobal   // global
        case 0x6669: return .kwIf   // if
        case 0x74726f706d69: return .kwImport   // import
        case 0x6e69: return .kwIn   // in
        case 0x7369: return .kwIs   // is
        case 0x6164626d616c: return .kwLambda   // lambda
        case 0x6c61636f6c6e6f6e: return .kwNonlocal   // nonlocal
        case 0x746f6e: return .kwNot   // not
        case 0x726f: return .kwOr   // or
        case 0x73736170: return .kwPass   // pass
        case 0x6573696172: return .kwRaise   // raise
        case 0x6e7275746572: return .kwReturn   // return
        case 0x797274: return .kwTry   // try
        case 0x656c696877: return .kwWhile   // while
        case 0x68746977: return .kwWith   // with
        case 0x646c656979: return .kwYield   // yield
        default: return nil
        }
    }

    /// A name holding non-ASCII bytes must be valid UTF-8 made of identifier characters.
    private mutating func verifyIdentifier(_ start: Int) throws(ParseError) {
        switch UTF8Check.decode(base, start, pos) {
        case .failure(let e):
            errorKind = .overridesParser
            // compile() of undecodable bytes reports byte columns.
            throw ParseError(SyntaxError(e.message, line: Int(line), col: pos - lineStart, endCol: -1))
        case .success(let scalars):
            for (i, s) in scalars.enumerated() {
                let ok = i == 0 ? (s.properties.isXIDStart || s == "_") : s.properties.isXIDContinue
                if ok { continue }
                // CPython points just past the offending character.
                var cut = start
                for k in 0...i { cut &+= UTF8Check.encodedLength(scalars[k]) }
                pos = cut
                throw errorHere(UTF8Check.invalidCharacterMessage(s))
            }
        }
    }

    // MARK: - Numbers

    /// CPython's check that a number does not run into a name (`1a`, `0x1g`): a keyword that may
    /// legally follow (`1if x else y`) only draws a warning there.
    private mutating func verifyEndOfNumber(_ kind: String) throws(ParseError) {
        let c = byte(pos)
        var keywordFollows = false
        switch c {
        case 97: keywordFollows = byte(pos + 1) == 110 && byte(pos + 2) == 100                      // and
        case 101: keywordFollows = byte(pos + 1) == 108 && byte(pos + 2) == 115 && byte(pos + 3) == 101   // else
        case 102: keywordFollows = byte(pos + 1) == 111 && byte(pos + 2) == 114                     // for
        case 105: let c2 = byte(pos + 1); keywordFollows = c2 == 102 || c2 == 110 || c2 == 115       // if in is
        case 111: keywordFollows = byte(pos + 1) == 114                                             // or
        case 110: keywordFollows = byte(pos + 1) == 111 && byte(pos + 2) == 116                     // not
        default: break
        }
        if keywordFollows { return }
        if c < 128 && Lexer.isIdentChar(c) && c != 0 {
            throw errorHere("invalid \(kind) literal")
        }
    }

    /// Digits with single underscores between them; pos is just past the first digit.
    private mutating func decimalTail() throws(ParseError) {
        while true {
            while Lexer.isDigit(byte(pos)) { pos &+= 1 }
            if byte(pos) != 95 { return }
            pos &+= 1
            if !Lexer.isDigit(byte(pos)) { throw errorHere("invalid decimal literal") }
        }
    }

    private mutating func lexNumber(_ start: Int) throws(ParseError) -> Token {
        // Fast path: decimal digits followed by something that cannot continue a number.
        let first = base[pos]
        if first != 48 && first != 46 {
            var i = pos &+ 1
            while i < limit && Lexer.isDigit(base[i]) { i &+= 1 }
            let next: UInt8 = i < limit ? base[i] : 0
            if !(next == 46 || (next < 128 && Lexer.isIdentChar(next))) {
                pos = i
                return make(.number, start)
            }
        }
        var c = base[pos]
        if c == 46 {   // ".5"
            pos &+= 1
            try decimalTail()
            return try lexExponentAndSuffix(start)
        }
        if c == 48 {
            pos &+= 1
            c = byte(pos) | 0x20
            if c == 120 || c == 111 || c == 98 {   // 0x 0o 0b
                pos &+= 1
                try lexRadixDigits(c)
                return make(.number, start)
            }
            // Zeros, maybe an old-style octal (now an error), maybe a float.
            while true {
                if byte(pos) == 95 {
                    pos &+= 1
                    if !Lexer.isDigit(byte(pos)) { throw errorHere("invalid decimal literal") }
                }
                if byte(pos) != 48 { break }
                pos &+= 1
            }
            let zerosEnd = pos + (Lexer.isDigit(byte(pos)) ? 1 : 0)
            var nonZero = false
            if Lexer.isDigit(byte(pos)) {
                nonZero = true
                try decimalTail()
            }
            let n = byte(pos)
            if n == 46 || n == 101 || n == 69 || n == 106 || n == 74 {
                return try lexFractionExponentSuffix(start)
            }
            if nonZero {
                errorKind = .overridesParser
                let sc = Int(charCol(start)) + 1
                let ec = Int(charCol(zerosEnd))
                throw ParseError(SyntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                             line: Int(line), col: sc, endCol: ec))
            }
            try verifyEndOfNumber("decimal")
            return make(.number, start)
        }
        pos &+= 1
        try decimalTail()
        return try lexFractionExponentSuffix(start)
    }

    private mutating func lexFractionExponentSuffix(_ start: Int) throws(ParseError) -> Token {
        if byte(pos) == 46 {
            pos &+= 1
            if Lexer.isDigit(byte(pos)) { try decimalTail() }
        }
        return try lexExponentAndSuffix(start)
    }

    private mutating func lexExponentAndSuffix(_ start: Int) throws(ParseError) -> Token {
        let e = byte(pos)
        if e == 101 || e == 69 {
            let ePos = pos
            pos &+= 1
            var c = byte(pos)
            if c == 43 || c == 45 {
                pos &+= 1
                c = byte(pos)
                if !Lexer.isDigit(c) { throw errorHere("invalid decimal literal") }
            } else if !Lexer.isDigit(c) {
                // "1e" then a name: the number ends before the 'e' unless a name follows directly.
                pos = ePos
                try verifyEndOfNumber("decimal")
                return make(.number, start)
            }
            try decimalTail()
        }
        let j = byte(pos)
        if j == 106 || j == 74 {
            pos &+= 1
            try verifyEndOfNumber("imaginary")
        } else {
            try verifyEndOfNumber("decimal")
        }
        return make(.number, start)
    }

    /// Digits after 0x / 0o / 0b (`radixLetter` lower-cased).
    private mutating func lexRadixDigits(_ radixLetter: UInt8) throws(ParseError) {
        let kind = radixLetter == 120 ? "hexadecimal" : radixLetter == 111 ? "octal" : "binary"
        @inline(__always) func isRadixDigit(_ b: UInt8) -> Bool {
            switch radixLetter {
            case 120: return Lexer.isHexDigit(b)
            case 111: return b >= 48 && b <= 55
            default: return b == 48 || b == 49
            }
        }
        repeat {
            if byte(pos) == 95 { pos &+= 1 }
            let c = byte(pos)
            if !isRadixDigit(c) {
                if radixLetter != 120 && Lexer.isDigit(c) {
                    pos &+= 1
                    throw errorHere("invalid digit '\(Character(Unicode.Scalar(c)))' in \(kind) literal")
                }
                throw errorHere("invalid \(kind) literal")
            }
            repeat { pos &+= 1 } while isRadixDigit(byte(pos))
        } while byte(pos) == 95
        if radixLetter != 120 && Lexer.isDigit(byte(pos)) {
            let c = byte(pos)
            pos &+= 1
            throw errorHere("invalid digit '\(Character(Unicode.Scalar(c)))' in \(kind) literal")
        }
        try verifyEndOfNumber(kind)
    }

    // MARK: - Strings

    /// A string literal; `start` is where its prefix begins, `pos` its opening quote.
    private mutating func lexString(_ start: Int) throws(ParseError) -> Token {
        let quote = base[pos]
        let firstLine = line
        let firstLineStart = lineStart
        let startCol = charCol(start)
        pos &+= 1
        var quoteSize = 1
        var endQuoteSize = 0
        if byte(pos) == quote {
            pos &+= 1
            if byte(pos) == quote { pos &+= 1; quoteSize = 3 } else { endQuoteSize = 1 }
        }
        var acc: UInt8 = 0
        while endQuoteSize != quoteSize {
            if pos >= limit {
                return try unterminatedString(start, firstLine, firstLineStart, quoteSize, detectedAt: endOfInputPosition().line)
            }
            let c = base[pos]
            let nl = newlineLength(pos)
            if nl != 0 {
                if quoteSize == 1 {
                    return try unterminatedString(start, firstLine, firstLineStart, quoteSize, detectedAt: line)
                }
                pos &+= nl
                startNewLine(at: pos)
                endQuoteSize = 0
                continue
            }
            acc |= c
            pos &+= 1
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == 92 {   // a backslash escapes the next character, a newline included
                    let nl2 = newlineLength(pos)
                    if nl2 != 0 {
                        pos &+= nl2
                        startNewLine(at: pos)
                    } else if pos < limit {
                        acc |= base[pos]
                        pos &+= 1
                    }
                }
            }
        }
        if acc & 0x80 != 0 { lineHasNonASCII = true }
        return Token(kind: .string, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: pos),
                     line: firstLine, col: startCol, endLine: line, endCol: charCol(pos))
    }

    private mutating func unterminatedString(_ start: Int, _ firstLine: Int32, _ firstLineStart: Int,
                                             _ quoteSize: Int, detectedAt: Int32) throws(ParseError) -> Token {
        errorKind = .overridesParser
        let c = Int(Lexer.countChars(base, firstLineStart, start)) + 1
        let what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal"
        throw ParseError(SyntaxError("\(what) (detected at line \(detectedAt))", line: Int(firstLine), col: c, endCol: c))
    }

    // MARK: - Operators

    private mutating func lexOperator(_ start: Int) throws(ParseError) -> Token {
        let c = base[pos]
        let c2 = byte(pos + 1)
        let c3 = byte(pos + 2)
        var kind: TokenKind
        var len = 1
        switch c {
        case 40, 91, 123:   // ( [ {
            if brackets.count >= Lexer.maxBracketDepth {
                pos &+= 1
                throw errorHere("too many nested parentheses")
            }
            brackets.append(OpenBracket(byte: c, line: line, col: charCol(start)))
            pos &+= 1
            return make(c == 40 ? .lpar : c == 91 ? .lsqb : .lbrace, start)
        case 41, 93, 125:   // ) ] }
            pos &+= 1
            guard let open = brackets.popLast() else {
                throw errorHere("unmatched '\(Character(Unicode.Scalar(c)))'")
            }
            let expected: UInt8 = open.byte == 40 ? 41 : open.byte == 91 ? 93 : 125
            if c != expected {
                let closing = Character(Unicode.Scalar(c)), opening = Character(Unicode.Scalar(open.byte))
                if open.line != line {
                    throw errorHere("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)' on line \(open.line)")
                }
                throw errorHere("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'")
            }
            return make(c == 41 ? .rpar : c == 93 ? .rsqb : .rbrace, start)
        case 58: if c2 == 61 { kind = .colonEqual; len = 2 } else { kind = .colon }
        case 44: kind = .comma
        case 59: kind = .semi
        case 43: if c2 == 61 { kind = .plusEqual; len = 2 } else { kind = .plus }
        case 45:
            if c2 == 61 { kind = .minusEqual; len = 2 } else if c2 == 62 { kind = .arrow; len = 2 } else { kind = .minus }
        case 42:
            if c2 == 42 {
                if c3 == 61 { kind = .doubleStarEqual; len = 3 } else { kind = .doubleStar; len = 2 }
            } else if c2 == 61 { kind = .starEqual; len = 2 } else { kind = .star }
        case 47:
            if c2 == 47 {
                if c3 == 61 { kind = .doubleSlashEqual; len = 3 } else { kind = .doubleSlash; len = 2 }
            } else if c2 == 61 { kind = .slashEqual; len = 2 } else { kind = .slash }
        case 37: if c2 == 61 { kind = .percentEqual; len = 2 } else { kind = .percent }
        case 124: if c2 == 61 { kind = .vbarEqual; len = 2 } else { kind = .vbar }
        case 38: if c2 == 61 { kind = .amperEqual; len = 2 } else { kind = .amper }
        case 94: if c2 == 61 { kind = .circumflexEqual; len = 2 } else { kind = .circumflex }
        case 126: kind = .tilde
        case 64: if c2 == 61 { kind = .atEqual; len = 2 } else { kind = .at }
        case 61: if c2 == 61 { kind = .equalEqual; len = 2 } else { kind = .equal }
        case 33: if c2 == 61 { kind = .notEqual; len = 2 } else { kind = .errorToken }
        case 60:
            if c2 == 60 {
                if c3 == 61 { kind = .leftShiftEqual; len = 3 } else { kind = .leftShift; len = 2 }
            } else if c2 == 61 { kind = .lessEqual; len = 2 }
            else if c2 == 62 { kind = .errorToken; len = 2 }   // `<>` outside Barry-as-FLUFL mode
            else { kind = .less }
        case 62:
            if c2 == 62 {
                if c3 == 61 { kind = .rightShiftEqual; len = 3 } else { kind = .rightShift; len = 2 }
            } else if c2 == 61 { kind = .greaterEqual; len = 2 } else { kind = .greater }
        default:
            if c < 32 || c == 127 {
                pos &+= 1
                throw errorHere("invalid non-printable character U+\(UTF8Check.hex4(UInt32(c)))")
            }
            kind = .errorToken
        }
        pos &+= len
        return make(kind, start)
    }

    /// After a parser error: lex on to the end, as CPython does, and return the first error that
    /// should replace the parser's. `errorLine` is the line of the parser's last token.
    /// `failedBracket` (line, 0-based col) is an opening bracket the parser failed at: if it is
    /// the one left open, CPython's parser had read on past it and reports it as never closed.
    mutating func errorInRestOfSource(errorLine: Int32, failedBracket: SourcePos? = nil) -> SyntaxError? {
        while true {
            do throws(ParseError) {
                let t = try next()
                if t.kind == .endMarker { return nil }
            } catch {
                if let open = brackets.last {
                    let isFailedBracket = failedBracket == SourcePos(line: open.line, col: open.col)
                    if errorLine > open.line || (isFailedBracket && errorKind == .stateOnly) {
                        return unclosedBracketError().syntax
                    }
                }
                if errorKind == .overridesParser { return error.syntax }
                return nil
            }
        }
    }
}

/// UTF-8 validation with the error texts of CPython's decoder.
enum UTF8Check {
    struct Failure: Error {
        var message: String
    }

    /// Decodes base[from..<to]; the error names positions relative to `from`.
    static func decode(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Result<[Unicode.Scalar], Failure> {
        var scalars: [Unicode.Scalar] = []
        var i = from
        while i < to {
            let b = base[i]
            if b < 0x80 {
                scalars.append(Unicode.Scalar(b))
                i &+= 1
                continue
            }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xED: need = 2; hi = 0x9F
            case 0xE1...0xEF: need = 2
            case 0xF0: need = 3; lo = 0x90
            case 0xF4: need = 3; hi = 0x8F
            case 0xF1...0xF3: need = 3
            default:
                return .failure(failure(b, i - from, 1, "invalid start byte"))
            }
            var value = UInt32(b) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
            var k = 0
            while k < need {
                let j = i + 1 + k
                if j >= to { return .failure(failure(b, i - from, 1 + k, "unexpected end of data")) }
                let c = base[j]
                let okLo: UInt8 = k == 0 ? lo : 0x80, okHi: UInt8 = k == 0 ? hi : 0xBF
                if c < okLo || c > okHi { return .failure(failure(b, i - from, 1 + k, "invalid continuation byte")) }
                value = (value << 6) | UInt32(c & 0x3F)
                k += 1
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            i &+= 1 + need
        }
        return .success(scalars)
    }

    private static func failure(_ b: UInt8, _ position: Int, _ length: Int, _ reason: String) -> Failure {
        let hex = String(b, radix: 16)
        let byteText = hex.count == 1 ? "0" + hex : hex
        if length == 1 {
            return Failure(message: "(unicode error) 'utf-8' codec can't decode byte 0x\(byteText) in position \(position): \(reason)")
        }
        return Failure(message: "(unicode error) 'utf-8' codec can't decode bytes in position \(position)-\(position + length - 1): \(reason)")
    }

    static func encodedLength(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// Python's str.isprintable() for one character.
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        if s == " " { return true }
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return h.count >= 4 ? h : String(repeating: "0", count: 4 - h.count) + h
    }

    static func invalidCharacterMessage(_ s: Unicode.Scalar) -> String {
        if isPrintable(s) { return "invalid character '\(Character(s))' (U+\(hex4(s.value)))" }
        return "invalid non-printable character U+\(hex4(s.value))"
    }
}
