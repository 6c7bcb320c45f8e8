// Decimal digits of a double, produced the way CPython's dtoa does for its three modes:
// shortest round-trip (repr), N significant digits ('e'/'g') and N digits after the point
// ('f', round()). Modes 2 and 3 work from the double's exact decimal expansion, so every
// rounding is correct and ties go to even, just like dtoa. Digits go into a caller-provided
// buffer (usually on the stack) so formatting a float allocates nothing here.

/// value = 0.d1 d2 ... dn × 10^point, with the digits in `buffer[0..<count]` as ASCII and no
/// trailing zeros; count is 0 when a fixed-point rounding produced zero. Zero itself is "0"
/// with point 1 (dtoa's convention).
struct DecimalDigits {
    /// Scratch bytes the digit functions need: every digit of any double (767 significant
    /// digits at most) plus slack.
    static let bufferCapacity = 800

    let buffer: UnsafeMutablePointer<UInt8>
    var count: Int
    var point: Int
    let negative: Bool

    var digits: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: count) }

    /// True when the digits denote zero (CPython's `z` option drops the sign of such results).
    var isZero: Bool { count == 0 || (count == 1 && buffer[0] == 0x30) }

    /// Shortest digits that read back as `d` (finite). Swift's description already picks the
    /// shortest, closest digit string; we only take it apart.
    static func shortest(_ d: Double, buffer: UnsafeMutablePointer<UInt8>) -> DecimalDigits {
        let negative = d.sign == .minus
        if d == 0 {
            buffer[0] = 0x30
            return DecimalDigits(buffer: buffer, count: 1, point: 1, negative: negative)
        }
        var count = 0
        var pointAt = -1          // digits seen before '.'
        var exponent = 0
        var exponentNegative = false
        var inExponent = false
        var leadingZeros = 0
        var text = d.magnitude.description
        text.withUTF8 { utf8 in
            for b in utf8 {
                if inExponent {
                    if b == UInt8(ascii: "-") {
                        exponentNegative = true
                    } else if b >= 0x30 && b <= 0x39 {
                        exponent = exponent &* 10 &+ Int(b - 0x30)
                    }
                } else if b == UInt8(ascii: ".") {
                    pointAt = count + leadingZeros
                } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                    inExponent = true
                } else if b >= 0x30 && b <= 0x39 {
                    if b == 0x30 && count == 0 {
                        leadingZeros += 1
                    } else if count < 40 {
                        buffer[count] = b
                        count += 1
                    }
                }
            }
        }
        if pointAt < 0 { pointAt = count + leadingZeros }
        while count > 1 && buffer[count - 1] == 0x30 { count -= 1 }
        let point = pointAt - leadingZeros + (exponentNegative ? -exponent : exponent)
        return DecimalDigits(buffer: buffer, count: count, point: point, negative: negative)
    }

    /// dtoa mode 2: at most `count` (>= 1) significant digits, correctly rounded.
    static func significant(_ d: Double, count: Int, buffer: UnsafeMutablePointer<UInt8>) -> DecimalDigits {
        var result = exact(d, buffer: buffer)
        if d != 0 { result.roundHalfEven(keeping: count, pointIfZero: result.point) }
        return result
    }

    /// dtoa mode 3: rounded to `fractionDigits` digits after the point (negative rounds to
    /// tens, hundreds, ...). A result of zero has no digits and point -fractionDigits.
    static func fixed(_ d: Double, fractionDigits: Int, buffer: UnsafeMutablePointer<UInt8>) -> DecimalDigits {
        var result = exact(d, buffer: buffer)
        // Past 1100 places every double is exact; clamping also keeps the sums below in range.
        if d == 0 || fractionDigits > 1100 { return result }
        let clamped = max(fractionDigits, -1100)
        result.roundHalfEven(keeping: result.point + clamped, pointIfZero: -clamped)
        return result
    }

    /// Keeps the first `keep` digits, rounding half to even on the exact tail.
    private mutating func roundHalfEven(keeping keep: Int, pointIfZero: Int) {
        if keep >= count { return }
        if keep < 0 {
            count = 0
            point = pointIfZero
            return
        }
        if keep == 0 {
            // 0.d1d2... against one half: only strictly more rounds up to a single 1.
            if buffer[0] > 0x35 || (buffer[0] == 0x35 && count > 1) {
                buffer[0] = 0x31
                count = 1
                point += 1
            } else {
                count = 0
                point = pointIfZero
            }
            return
        }
        let next = buffer[keep]
        // No trailing zeros are stored, so any digit after `next` means "more than half".
        let roundUp = next > 0x35 || (next == 0x35 && (count > keep + 1 || buffer[keep - 1] & 1 == 1))
        count = keep
        if roundUp {
            var i = keep - 1
            while i >= 0 && buffer[i] == 0x39 { i -= 1 }
            if i < 0 {
                buffer[0] = 0x31
                count = 1
                point += 1
                return
            }
            buffer[i] += 1
            count = i + 1
        }
        while count > 0 && buffer[count - 1] == 0x30 { count -= 1 }
    }

    /// Every digit of |d| (finite), from the integer m·2^e: for e >= 0 the digits of m·2^e,
    /// otherwise those of m·5^-e with the point moved -e places left.
    static func exact(_ d: Double, buffer: UnsafeMutablePointer<UInt8>) -> DecimalDigits {
        let negative = d.sign == .minus
        if d == 0 || !d.isFinite {
            buffer[0] = 0x30
            return DecimalDigits(buffer: buffer, count: 1, point: 1, negative: negative)
        }
        var (mantissa, exponent) = d.integerMantissaExponent
        let zeros = mantissa.trailingZeroBitCount
        mantissa >>= UInt64(zeros)
        exponent += zeros

        // Integers below 2**64 and m·5^k below 2**64 need no big arithmetic.
        if exponent >= 0 && exponent + (64 - mantissa.leadingZeroBitCount) <= 64 {
            return fromInteger(mantissa << UInt64(exponent), scale: 0, negative: negative, buffer: buffer)
        }
        if exponent < 0 && exponent >= -27 {
            let (product, overflow) = mantissa.multipliedReportingOverflow(by: powerOfFive(-exponent))
            if !overflow { return fromInteger(product, scale: -exponent, negative: negative, buffer: buffer) }
        }

        // Little-endian 32-bit limbs; 5**1074 · 2**53 needs 80 of them.
        let capacity = 84
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { limbs in
            limbs[0] = UInt32(truncatingIfNeeded: mantissa)
            limbs[1] = UInt32(truncatingIfNeeded: mantissa >> 32)
            var used = limbs[1] == 0 ? 1 : 2
            var scale = 0       // decimal places to move the point left
            if exponent > 0 {
                let wordShift = exponent / 32
                let bitShift = UInt32(exponent % 32)
                limbs[used] = 0
                var i = used - 1
                used += 1
                while i >= 0 {
                    let v = limbs[i]
                    if bitShift > 0 { limbs[i + 1] |= v >> (32 - bitShift) }
                    limbs[i] = bitShift > 0 ? v << bitShift : v
                    i -= 1
                }
                if wordShift > 0 {
                    var j = used - 1
                    while j >= 0 {
                        limbs[j + wordShift] = limbs[j]
                        j -= 1
                    }
                    for k in 0..<wordShift { limbs[k] = 0 }
                    used += wordShift
                }
            } else {
                scale = -exponent
                var remaining = scale
                while remaining > 0 {
                    let step = min(remaining, 13)             // 5**13 < 2**32
                    let factor = powerOfFive(step)
                    var carry: UInt64 = 0
                    for i in 0..<used {
                        let product = UInt64(limbs[i]) &* factor &+ carry
                        limbs[i] = UInt32(truncatingIfNeeded: product)
                        carry = product >> 32
                    }
                    if carry != 0 {
                        limbs[used] = UInt32(truncatingIfNeeded: carry)
                        used += 1
                    }
                    remaining -= step
                }
            }
            while used > 0 && limbs[used - 1] == 0 { used -= 1 }

            // Peel off nine decimal digits at a time into 32-bit chunks (least significant
            // first, reusing the low limbs), then print them most significant first.
            var chunkCount = 0
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 96) { chunks in
                while used > 0 {
                    var remainder: UInt64 = 0
                    var i = used - 1
                    while i >= 0 {
                        let current = (remainder << 32) | UInt64(limbs[i])
                        limbs[i] = UInt32(truncatingIfNeeded: current / 1_000_000_000)
                        remainder = current % 1_000_000_000
                        i -= 1
                    }
                    while used > 0 && limbs[used - 1] == 0 { used -= 1 }
                    chunks[chunkCount] = UInt32(truncatingIfNeeded: remainder)
                    chunkCount += 1
                }
                var count = 0
                var c = chunkCount - 1
                // The top chunk without its leading zeros, then full nine-digit chunks.
                count = writeDecimal(UInt64(chunks[c]), to: buffer)
                c -= 1
                while c >= 0 {
                    var v = chunks[c]
                    var k = 8
                    while k >= 0 {
                        buffer[count + k] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                        v /= 10
                        k -= 1
                    }
                    count += 9
                    c -= 1
                }
                let totalDigits = count
                while count > 1 && buffer[count - 1] == 0x30 { count -= 1 }
                return DecimalDigits(buffer: buffer, count: count, point: totalDigits - scale, negative: negative)
            }
        }
    }

    /// Digits of `value` / 10^scale.
    private static func fromInteger(_ value: UInt64, scale: Int, negative: Bool,
                                    buffer: UnsafeMutablePointer<UInt8>) -> DecimalDigits {
        var count = writeDecimal(value, to: buffer)
        let totalDigits = count
        while count > 1 && buffer[count - 1] == 0x30 { count -= 1 }
        return DecimalDigits(buffer: buffer, count: count, point: totalDigits - scale, negative: negative)
    }

    @inline(__always) private static func powerOfFive(_ n: Int) -> UInt64 {
        var p: UInt64 = 1
        for _ in 0..<n { p &*= 5 }
        return p
    }

    /// Writes the decimal digits of `value` (at least one) and returns how many.
    @discardableResult
    static func writeDecimal(_ value: UInt64, to buffer: UnsafeMutablePointer<UInt8>) -> Int {
        var length = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            length += 1
        }
        var v = value
        var k = length - 1
        while k >= 0 {
            buffer[k] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
            k -= 1
        }
        return length
    }
}
