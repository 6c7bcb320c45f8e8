// Literals: number values from their source bytes, and string/bytes literals with escapes,
// prefixes and adjacent-literal concatenation (f-string bodies are in ParserFString.swift).

extension Parser {
    // MARK: - Numbers

    @inline(never) mutating func numberValue(_ t: Token) throws(ParseError) -> ExprKind {
        let p = base + Int(t.start)
        let n = Int(t.end &- t.start)
        if n >= 2 && p[0] == 48 {
            let r = p[1] | 0x20
            if r == 120 || r == 111 || r == 98 {
                return radixInteger(p + 2, n - 2, radix: r == 120 ? 16 : r == 111 ? 8 : 2)
            }
        }
        // Decimal integer fast path; anything with '.', 'e' or 'j' is a float.
        var value = 0
        var overflow = false
        var i = 0
        while i < n {
            let b = p[i]
            if b >= 48 && b <= 57 {
                if !overflow {
                    let (m, o1) = value.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(Int(b &- 48))
                    if o1 || o2 { overflow = true } else { value = s }
                }
            } else if b != 95 {
                return floatValue(p, n)
            }
            i &+= 1
        }
        if !overflow { return .int(value) }
        // CPython 3.11 refuses decimal literals over its int/str conversion limit (converting
        // them takes quadratic time); it reports no column.
        var count = 0
        for k in 0..<n where p[k] != 95 { count += 1 }
        if count > 4300 {
            throw ParseError(SyntaxError("Exceeds the limit (4300 digits) for integer string conversion: value has \(count) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                                         line: Int(t.line), col: 0, endCol: 0, typeName: "SyntaxError"))
        }
        var digits = ""
        var started = false
        for k in 0..<n where p[k] != 95 {
            if p[k] == 48 && !started { continue }
            started = true
            digits.unicodeScalars.append(Unicode.Scalar(p[k]))
        }
        return .bigInt(digits.isEmpty ? "0" : digits)
    }

    @inline(never) private mutating func floatValue(_ p: UnsafePointer<UInt8>, _ n: Int) -> ExprKind {
        var text = ""
        var imaginary = false
        for k in 0..<n {
            let b = p[k]
            if b == 95 { continue }
            if b == 106 || b == 74 { imaginary = true; continue }
            text.unicodeScalars.append(Unicode.Scalar(b))
        }
        // Swift's parser takes "1." and ".5" like C's strtod, and rounds correctly.
        let v = Double(text) ?? (Double(text + "0") ?? 0)
        return imaginary ? .imaginary(v) : .float(v)
    }

    /// 0x / 0o / 0b digits; values past Int keep their radix prefix and digits (converted by
    /// the compiler in linear time: a power-of-two radix maps digits straight to bits).
    @inline(never) private mutating func radixInteger(_ p: UnsafePointer<UInt8>, _ n: Int, radix: Int) -> ExprKind {
        var value = 0
        for k in 0..<n {
            let b = p[k]
            if b == 95 { continue }
            let d: Int
            switch b {
            case 48...57: d = Int(b - 48)
            case 97...102: d = Int(b - 87)
            default: d = Int(b - 55)
            }
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return .bigInt(prefixedDigits(p, n, radix: radix)) }
            value = s
        }
        return .int(value)
    }

    private func prefixedDigits(_ p: UnsafePointer<UInt8>, _ n: Int, radix: Int) -> String {
        var text = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b"
        for k in 0..<n where p[k] != 95 { text.unicodeScalars.append(Unicode.Scalar(p[k])) }
        return text
    }

    // MARK: - Strings

    struct StringLiteral {
        var isBytes = false, isRaw = false, isFormat = false
        var bodyStart = 0, bodyEnd = 0
        var quoteSize = 1
    }

    mutating func stringLiteral(_ t: Token) -> StringLiteral {
        var s = StringLiteral()
        var i = Int(t.start)
        while true {
            let c = base[i] | 0x20
            if c == 98 { s.isBytes = true } else if c == 114 { s.isRaw = true } else if c == 102 { s.isFormat = true }
            else if c == 117 {} else { break }
            i += 1
        }
        let q = base[i]
        let end = Int(t.end)
        s.quoteSize = (end - i >= 6 && base[i + 1] == q && base[i + 2] == q) ? 3 : 1
        s.bodyStart = i + s.quoteSize
        s.bodyEnd = end - s.quoteSize
        return s
    }

    /// One or more adjacent string literals, concatenated.
    @inline(never) mutating func parseStrings() throws(ParseError) -> Expr {
        let first = tok
        try advance()
        if tok.kind != .string {
            let lit = stringLiteral(first)
            let e: ExprKind
            if lit.isFormat {
                var parts: [FStringPart] = []
                try parseFString(first, lit, into: &parts)
                e = .fstring(parts)
            } else if lit.isBytes {
                e = .bytes(try decodeBytes(first, lit))
            } else {
                e = .str(try decodeStr(lit.bodyStart, lit.bodyEnd, raw: lit.isRaw))
            }
            return node(e, first.pos)
        }
        var tokens = [first]
        while tok.kind == .string {
            tokens.append(tok)
            try advance()
        }
        // One literal at a time, in order, as CPython does (so its errors come in its order).
        var bytesMode = false
        var bytesOut: [UInt8] = []
        var parts: [FStringPart] = []
        var sawFormat = false
        for (i, t) in tokens.enumerated() {
            let l = stringLiteral(t)
            var decodedBytes: [UInt8] = []
            var decodedStr = ""
            if l.isBytes {
                decodedBytes = try decodeBytes(t, l)
            } else if !l.isFormat {
                decodedStr = try decodeStr(l.bodyStart, l.bodyEnd, raw: l.isRaw)
            }
            if i != 0 && bytesMode != l.isBytes {
                throw error("cannot mix bytes and nonbytes literals", at: tok)
            }
            bytesMode = l.isBytes
            if l.isBytes {
                bytesOut += decodedBytes
            } else if l.isFormat {
                sawFormat = true
                try parseFString(t, l, into: &parts)
            } else {
                Parser.appendLiteral(decodedStr, to: &parts)
            }
        }
        if bytesMode { return node(.bytes(bytesOut), first.pos) }
        if sawFormat { return node(.fstring(parts), first.pos) }
        if case .literal(let s)? = parts.first { return node(.str(s), first.pos) }
        return node(.str(""), first.pos)
    }

    static func appendLiteral(_ s: String, to parts: inout [FStringPart]) {
        if s.isEmpty { return }
        if case .literal(let prev)? = parts.last {
            parts[parts.count - 1] = .literal(prev + s)
        } else {
            parts.append(.literal(s))
        }
    }

    /// Decodes a str literal body: newlines normalised, escapes resolved unless raw, UTF-8
    /// checked. Errors use CPython's texts and sit at the token after the literal(s).
    @inline(never) mutating func decodeStr(_ start: Int, _ end: Int, raw: Bool) throws(ParseError) -> String {
        // Fast path: plain ASCII with no escapes or carriage returns.
        var i = start
        while i < end {
            let b = base[i]
            if b == 92 || b == 13 || b >= 128 { break }
            i &+= 1
        }
        if i == end {
            return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start))
        var escapedPosition = i - start   // position in CPython's escape-transformed buffer
        while i < end {
            let b = base[i]
            if b == 13 {
                out.append(10)
                i += (i + 1 < end && base[i + 1] == 10) ? 2 : 1
                escapedPosition += 1
                continue
            }
            if b >= 128 {
                // A run of non-ASCII bytes must be valid UTF-8.
                var j = i
                while j < end && base[j] >= 128 { j += 1 }
                let runStart = raw ? start : i
                if case .failure(let f) = UTF8Check.decode(base, runStart, raw ? end : j) {
                    throw error(f.message, at: tok)
                }
                var k = i
                while k < j {
                    if base[k] & 0xC0 != 0x80 { escapedPosition += 10 }
                    out.append(base[k])
                    k += 1
                }
                i = j
                continue
            }
            if b != 92 || raw {
                out.append(b)
                i += 1
                escapedPosition += 1
                continue
            }
            // A backslash escape.
            let escStart = escapedPosition
            i += 1
            if i >= end { out.append(92); break }
            let c = base[i]
            i += 1
            escapedPosition += 2
            switch c {
            case 10: break
            case 13: if i < end && base[i] == 10 { i += 1 }
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = UInt32(c - 48)
                var count = 1
                while count < 3 && i < end && base[i] >= 48 && base[i] <= 55 {
                    v = v * 8 + UInt32(base[i] - 48)
                    i += 1
                    count += 1
                    escapedPosition += 1
                }
                Parser.appendScalar(v, to: &out)
            case 120, 117, 85:
                let want = c == 120 ? 2 : c == 117 ? 4 : 8
                var v: UInt32 = 0
                var got = 0
                while got < want && i < end, let h = Parser.hexValue(base[i]) {
                    v = v << 4 | h
                    got += 1
                    i += 1
                }
                if got < want {
                    let what = c == 120 ? "truncated \\xXX escape" : c == 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                    throw unicodeEscapeError(escStart, escStart + 1 + got, what)
                }
                escapedPosition += got
                if v > 0x10FFFF {
                    throw unicodeEscapeError(escStart, escStart + 1 + got, "illegal Unicode character")
                }
                if v >= 0xD800 && v <= 0xDFFF {
                    // A str here is UTF-8, which cannot hold one: say so rather than change it.
                    throw error("lone surrogates in strings (\\u\(String(v, radix: 16))) are not supported by pyrust yet", at: tok)
                }
                Parser.appendScalar(v, to: &out)
            case 78:   // \N{name}
                guard i < end && base[i] == 123 else {
                    throw unicodeEscapeError(escStart, escStart + 1, "malformed \\N character escape")
                }
                var j = i + 1
                while j < end && base[j] != 125 { j += 1 }
                guard j < end && j > i + 1 else {
                    throw unicodeEscapeError(escStart, escStart + 1, "malformed \\N character escape")
                }
                let name = String(decoding: UnsafeBufferPointer(start: base + i + 1, count: j - i - 1), as: UTF8.self)
                escapedPosition += j + 1 - i
                guard let scalar = UnicodeNames.lookup(name) else {
                    throw unicodeEscapeError(escStart, escapedPosition - 1, "unknown Unicode character name")
                }
                Parser.appendScalar(scalar.value, to: &out)
                i = j + 1
            default:
                // Unknown escapes stay as written (CPython only warns).
                out.append(92)
                if c >= 128 {
                    i -= 1
                    escapedPosition -= 1
                } else {
                    out.append(c)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func unicodeEscapeError(_ from: Int, _ to: Int, _ what: String) -> ParseError {
        error("(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(to): \(what)", at: tok)
    }

    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 48...57: return UInt32(b - 48)
        case 97...102: return UInt32(b - 87)
        case 65...70: return UInt32(b - 55)
        default: return nil
        }
    }

    /// Appends a code point as UTF-8. Lone surrogates cannot live in a Swift String: they become
    /// U+FFFD.
    static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        let s = Unicode.Scalar(v) ?? "\u{FFFD}"
        var buf: [UInt8] = []
        UTF8.encode(s) { buf.append($0) }
        out += buf
    }

    @inline(never) mutating func decodeBytes(_ t: Token, _ lit: StringLiteral) throws(ParseError) -> [UInt8] {
        var out: [UInt8] = []
        var i = lit.bodyStart
        let end = lit.bodyEnd
        while i < end {
            let b = base[i]
            if b >= 128 { throw error("bytes can only contain ASCII literal characters", at: t) }
            if b == 13 {
                out.append(10)
                i += (i + 1 < end && base[i + 1] == 10) ? 2 : 1
                continue
            }
            if b != 92 || lit.isRaw {
                out.append(b)
                i += 1
                continue
            }
            let escPos = out.count
            i += 1
            if i >= end { out.append(92); break }
            let c = base[i]
            i += 1
            switch c {
            case 10: break
            case 13: if i < end && base[i] == 10 { i += 1 }
            case 92: out.append(92)
            case 39: out.append(39)
            case 34: out.append(34)
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = UInt32(c - 48)
                var count = 1
                while count < 3 && i < end && base[i] >= 48 && base[i] <= 55 {
                    v = v * 8 + UInt32(base[i] - 48)
                    i += 1
                    count += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case 120:
                guard i + 1 < end, let h1 = Parser.hexValue(base[i]), let h2 = Parser.hexValue(base[i + 1]) else {
                    throw error("(value error) invalid \\x escape at position \(escPos)", at: tok)
                }
                out.append(UInt8(h1 << 4 | h2))
                i += 2
            default:
                out.append(92)
                if c >= 128 { throw error("bytes can only contain ASCII literal characters", at: t) }
                out.append(c)
            }
        }
        return out
    }
}

/// `\N{...}` names: a table of common ones, then a scan of Swift's Unicode name data.
enum UnicodeNames {
    static func lookup(_ name: String) -> Unicode.Scalar? {
        let upper = name.uppercased()
        if let s = common[upper] { return s }
        // Rare path: search the planes that hold named characters.
        for range in [0x20...0x323AF, 0xE0001...0xE01EF] {
            for v in range {
                guard let s = Unicode.Scalar(UInt32(v)), let n = s.properties.name else { continue }
                if n == upper { return s }
            }
        }
        return nil
    }

    private static let common: [String: Unicode.Scalar] = Immortal.dictionary([
        "SPACE": " ", "NO-BREAK SPACE": "\u{A0}", "BULLET": "\u{2022}", "EM DASH": "\u{2014}",
        "EN DASH": "\u{2013}", "HORIZONTAL ELLIPSIS": "\u{2026}", "DEGREE SIGN": "\u{B0}",
        "COPYRIGHT SIGN": "\u{A9}", "REGISTERED SIGN": "\u{AE}", "EURO SIGN": "\u{20AC}",
        "POUND SIGN": "\u{A3}", "YEN SIGN": "\u{A5}", "MULTIPLICATION SIGN": "\u{D7}",
        "DIVISION SIGN": "\u{F7}", "INFINITY": "\u{221E}", "GREEK SMALL LETTER ALPHA": "\u{3B1}",
        "GREEK SMALL LETTER BETA": "\u{3B2}", "GREEK SMALL LETTER PI": "\u{3C0}",
        "GREEK CAPITAL LETTER DELTA": "\u{394}", "LATIN SMALL LETTER E WITH ACUTE": "\u{E9}",
        "LEFT SINGLE QUOTATION MARK": "\u{2018}", "RIGHT SINGLE QUOTATION MARK": "\u{2019}",
        "LEFT DOUBLE QUOTATION MARK": "\u{201C}", "RIGHT DOUBLE QUOTATION MARK": "\u{201D}",
        "CHECK MARK": "\u{2713}", "BLACK STAR": "\u{2605}", "WHITE STAR": "\u{2606}",
        "SNOWMAN": "\u{2603}", "GRINNING FACE": "\u{1F600}", "NULL": "\u{0}",
        "LINE FEED": "\n", "CARRIAGE RETURN": "\r", "CHARACTER TABULATION": "\t",
    ])
}
