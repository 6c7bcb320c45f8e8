// Character predicates of re: \d \w \s in their ASCII and Unicode meanings (CPython's
// Py_UNICODE_ISDECIMAL, ISALNUM, ISSPACE), and the simple case mappings IGNORECASE uses.

enum RegexChars {
    @inline(__always) static func category(_ cat: RegexCategory, _ c: UInt32) -> Bool {
        let hit: Bool
        switch cat.kind {
        case .digit: hit = cat.ascii ? (c >= 0x30 && c <= 0x39) : isDecimal(c)
        case .word: hit = isWord(c, ascii: cat.ascii)
        case .space: hit = cat.ascii ? isASCIISpace(c) : isPythonWhitespace(c)
        }
        return hit != cat.negated
    }

    @inline(__always) static func isASCIISpace(_ c: UInt32) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D)
    }

    static func isDecimal(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return Unicode.Scalar(c)?.properties.generalCategory == .decimalNumber
    }

    @inline(__always) static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 {
            return (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
        }
        if ascii { return false }
        guard let p = Unicode.Scalar(c)?.properties else { return false }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return p.numericType != nil
        }
    }

    /// The simple lowercase of c (itself when the mapping is not one code point).
    @inline(__always) static func lower(_ c: UInt32, _ mode: RegexCase) -> UInt32 {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
        if mode != .unicode { return c }
        return single(Unicode.Scalar(c)?.properties.lowercaseMapping, c)
    }

    @inline(__always) static func upper(_ c: UInt32, _ mode: RegexCase) -> UInt32 {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A ? c - 32 : c }
        if mode != .unicode { return c }
        return single(Unicode.Scalar(c)?.properties.uppercaseMapping, c)
    }

    private static func single(_ mapping: String?, _ c: UInt32) -> UInt32 {
        guard let m = mapping else { return c }
        var it = m.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else { return c }
        return first.value
    }

    /// Whether a and b are equal under the case mode.
    @inline(__always) static func equal(_ a: UInt32, _ b: UInt32, _ mode: RegexCase) -> Bool {
        if a == b { return true }
        if mode == .exact { return false }
        return lower(a, mode) == lower(b, mode) || upper(a, mode) == upper(b, mode)
    }
}
