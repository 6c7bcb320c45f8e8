// float(text): Python's float literal syntax (with '_' between digits, inf/infinity/nan in any
// case, surrounding whitespace), validated here and then converted with correct rounding:
// exactly by one multiplication or division when the digits and the power of ten are both
// exact doubles, otherwise by Swift's correctly rounded Double(String).

/// float(s) for a str (`unicode` true: also strips Unicode whitespace and reads non-ASCII
/// decimal digits, as CPython does) or for bytes (`unicode` false). nil means CPython raises
/// "could not convert string to float: ...".
func parsePythonFloat<Text: Collection<UInt8>>(_ text: Text, unicode: Bool = true) -> Double? {
    if let result = text.withContiguousStorageIfAvailable({ parsePythonFloat(bytes: $0, unicode: unicode) }) {
        return result
    }
    return Array(text).withUnsafeBufferPointer { parsePythonFloat(bytes: $0, unicode: unicode) }
}

/// Non-generic core of `parsePythonFloat`.
func parsePythonFloat(bytes text: UnsafeBufferPointer<UInt8>, unicode: Bool) -> Double? {
    if unicode {
        for b in text where b >= 0x80 {
            guard let mapped = asciiFloatText(text) else { return nil }
            return mapped.withUnsafeBufferPointer { parseASCIIFloat($0) }
        }
    }
    return parseASCIIFloat(text)
}

private func parseASCIIFloat(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
    var start = 0
    var end = text.count
    while start < end && isASCIISpace(text[start]) { start += 1 }
    while end > start && isASCIISpace(text[end - 1]) { end -= 1 }
    if start == end { return nil }

    var negative = false
    var i = start
    if text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    if let special = specialFloat(UnsafeBufferPointer(rebasing: text[i..<end])) {
        return negative ? -special : special
    }

    // digitpart ["." [digitpart]] | "." digitpart, then [("e"|"E") ["+"|"-"] digitpart],
    // where digitpart = digit (["_"] digit)*. The cleaned copy drops the underscores.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start + 2) { cleaned -> Double? in
        var n = 0
        if negative {
            cleaned[0] = UInt8(ascii: "-")
            n = 1
        }
        func digitPart(_ i: inout Int) -> Int {
            var count = 0
            while i < end {
                let b = text[i]
                if b >= 0x30 && b <= 0x39 {
                    cleaned[n] = b
                    n += 1
                    count += 1
                    i += 1
                } else if b == UInt8(ascii: "_") && count > 0 && i + 1 < end && text[i + 1] >= 0x30 && text[i + 1] <= 0x39 {
                    i += 1
                } else {
                    break
                }
            }
            return count
        }

        let mantissaStart = n
        var mantissaDigits = digitPart(&i)
        if i < end && text[i] == UInt8(ascii: ".") {
            cleaned[n] = UInt8(ascii: ".")
            n += 1
            i += 1
            mantissaDigits += digitPart(&i)
        }
        if mantissaDigits == 0 { return nil }
        let mantissaEnd = n
        var exponent = 0
        var exponentHuge = false
        if i < end && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
            cleaned[n] = UInt8(ascii: "e")
            n += 1
            i += 1
            var exponentNegative = false
            if i < end && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) {
                exponentNegative = text[i] == UInt8(ascii: "-")
                cleaned[n] = text[i]
                n += 1
                i += 1
            }
            let exponentStart = n
            if digitPart(&i) == 0 { return nil }
            for k in exponentStart..<n {
                exponent = exponent * 10 + Int(cleaned[k] - 0x30)
                if exponent > 100_000 {
                    exponentHuge = true
                    break
                }
            }
            if exponentNegative { exponent = -exponent }
        }
        if i != end { return nil }

        // Exact fast path: with at most 19 significant digits below 2**53 and a power of ten
        // up to 10**22, both operands are exact doubles and one IEEE operation rounds correctly.
        if !exponentHuge {
            var significand: UInt64 = 0
            var significantDigits = 0
            var fractionDigits = 0
            var inFraction = false
            var fits = true
            for k in mantissaStart..<mantissaEnd {
                let b = cleaned[k]
                if b == UInt8(ascii: ".") {
                    inFraction = true
                    continue
                }
                if inFraction { fractionDigits += 1 }
                if significantDigits == 0 && b == 0x30 { continue }
                if significantDigits == 19 {
                    fits = false
                    break
                }
                significand = significand * 10 + UInt64(b - 0x30)
                significantDigits += 1
            }
            let scale = exponent - fractionDigits
            if fits && significand == 0 { return negative ? -0.0 : 0.0 }
            if fits && significand < (1 << 53) && scale >= -22 && scale <= 22 {
                var value = Double(significand)
                if scale >= 0 { value *= exactPowersOfTen[scale] } else { value /= exactPowersOfTen[-scale] }
                return negative ? -value : value
            }
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: cleaned[0..<n]), as: UTF8.self))
    }
}

/// 10**0 ... 10**22: every one is exactly representable.
private let exactPowersOfTen: [Double] = Immortal.array([
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
])

/// Py_ISSPACE: the six ASCII whitespace characters.
@inline(__always) private func isASCIISpace(_ b: UInt8) -> Bool {
    b == 0x20 || (b >= 0x09 && b <= 0x0D)
}

/// inf, infinity or nan in any case.
private func specialFloat(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
    func matches(_ word: StaticString) -> Bool {
        guard s.count == word.utf8CodeUnitCount else { return false }
        for k in 0..<s.count where s[k] | 0x20 != word.utf8Start[k] { return false }
        return true
    }
    if s.count < 3 || s[0] | 0x20 != UInt8(ascii: "i") && s[0] | 0x20 != UInt8(ascii: "n") { return nil }
    if matches("inf") || matches("infinity") { return .infinity }
    if matches("nan") { return .nan }
    return nil
}

/// CPython turns a str into ASCII before parsing: Unicode whitespace becomes ' ', decimal
/// digits of any script become '0'...'9', anything else non-ASCII fails.
private func asciiFloatText(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if isPythonSpace(v) {
            out.append(0x20)
        } else if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue,
                  digit >= 0, digit <= 9 {
            out.append(0x30 + UInt8(digit))
        } else {
            return nil
        }
    }
    return out
}

/// str.isspace() for code points >= 0x80.
private func isPythonSpace(_ v: UInt32) -> Bool {
    switch v {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}
