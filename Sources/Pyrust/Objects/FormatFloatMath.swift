// Float operations whose exact CPython results are easy to get subtly wrong: round(x, n),
// hash(x), and the floor-division family (//, %, divmod).

/// round(x, ndigits) for a float, correctly rounded from x's exact value with ties to even
/// (round(2.675, 2) == 2.67). `ndigits` is the int argument clamped to Int's range, as
/// CPython's PyNumber_AsSsize_t does. Throws OverflowError "rounded value too large to represent".
func pythonRound(_ x: Double, ndigits: Int) throws(FormatError) -> Double {
    if !x.isFinite { return x }
    if ndigits > 323 { return x }            // every double is already exact at this many places
    if ndigits < -308 { return 0.0 * x }     // past the largest double: a signed zero
    if x == 0 { return x }
    // digits × 10^(point - count), read back with correct rounding.
    let value: Double? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalDigits.bufferCapacity) { buffer in
        let rounded = DecimalDigits.fixed(x, fractionDigits: ndigits, buffer: buffer.baseAddress!)
        if rounded.count == 0 { return x < 0 ? -0.0 : 0.0 }
        var text: [UInt8] = []
        text.reserveCapacity(rounded.count + 8)
        if x < 0 { text.append(UInt8(ascii: "-")) }
        text.append(contentsOf: rounded.digits)
        text.append(UInt8(ascii: "e"))
        var exponent = rounded.point - rounded.count
        if exponent < 0 {
            text.append(UInt8(ascii: "-"))
            exponent = -exponent
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            let n = DecimalDigits.writeDecimal(UInt64(exponent), to: digits.baseAddress!)
            text.append(contentsOf: UnsafeBufferPointer(rebasing: digits[0..<n]))
        }
        return text.withUnsafeBufferPointer { parsePythonFloat(bytes: $0, unicode: false) }
    }
    guard let result = value, result.isFinite else {
        throw FormatError("rounded value too large to represent", kind: .overflowError)
    }
    return result
}

extension Double {
    /// |self| as mantissa · 2^exponent with an integer mantissa below 2^53 (finite values).
    var integerMantissaExponent: (mantissa: UInt64, exponent: Int) {
        if exponentBitPattern == 0 { return (significandBitPattern, -1074) }
        return (significandBitPattern | 1 << 52, Int(exponentBitPattern) - 1075)
    }
}

/// hash(x) for a float exactly as CPython computes it: integral values hash like the equal
/// int, the rest as x's exact rational value modulo 2**61 - 1. NaN hashes to 0 here (CPython
/// uses the object's identity); callers that care must special-case it.
func floatHash(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
    if d == 0 { return 0 }
    let modulus: UInt64 = (1 << 61) - 1
    let (mantissa, exponent) = d.integerMantissaExponent
    // mantissa < 2**53 < modulus; multiplying by 2**e mod (2**61 - 1) is a 61-bit rotation,
    // and 2**61 ≡ 1 lets negative exponents wrap around.
    var shift = exponent % 61
    if shift < 0 { shift += 61 }
    var x = mantissa
    if shift > 0 {
        x = ((x << UInt64(shift)) & modulus) | (x >> UInt64(61 - shift))
    }
    if x >= modulus { x -= modulus }
    var result = Int(x)
    if d < 0 { result = -result }
    return result == -1 ? -2 : result
}

/// x // y for floats; nil when y is zero (ZeroDivisionError "float floor division by zero").
func floatFloorDiv(_ x: Double, _ y: Double) -> Double? {
    floatDivmod(x, y)?.quotient
}

/// x % y for floats: the result takes the sign of y; nil when y is zero
/// (ZeroDivisionError "float modulo").
func floatMod(_ x: Double, _ y: Double) -> Double? {
    if y == 0 { return nil }
    var mod = x.truncatingRemainder(dividingBy: y)
    if mod != 0 {
        if (y < 0) != (mod < 0) { mod += y }
    } else {
        mod = y.sign == .minus ? -0.0 : 0.0
    }
    return mod
}

/// divmod(x, y) for floats; nil when y is zero (ZeroDivisionError "float divmod()").
func floatDivmod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double)? {
    if y == 0 { return nil }
    var mod = x.truncatingRemainder(dividingBy: y)
    // x - mod is an exact multiple of y, so this division is exact up to rounding.
    var div = (x - mod) / y
    if mod != 0 {
        if (y < 0) != (mod < 0) {
            mod += y
            div -= 1
        }
    } else {
        mod = y.sign == .minus ? -0.0 : 0.0
    }
    var floorDiv: Double
    if div != 0 {
        floorDiv = div.rounded(.down)
        if div - floorDiv > 0.5 { floorDiv += 1 }
    } else {
        let sign = (x / y).sign
        floorDiv = sign == .minus ? -0.0 : 0.0
    }
    return (floorDiv, mod)
}
