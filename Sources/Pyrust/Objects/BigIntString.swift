// BigInt <-> digit text. Power-of-two radixes map bits to digits directly; other radixes work
// in chunks of as many digits as fit in one limb (19 for decimal), so there is one multi-limb
// division or multiplication per chunk instead of per digit. Both directions are quadratic in
// the digit count, which is fine below CPython's 4300-digit str/int conversion limit.

extension BigInt: CustomStringConvertible {
    var description: String { toString(radix: 10) }

    /// Digits in `radix` (2...36; anything else is treated as 10), lowercase, "-" for negatives,
    /// no prefix.
    func toString(radix: Int) -> String {
        String(decoding: digitBytes(radix: radix), as: UTF8.self)
    }

    /// The same text as `toString(radix:)`, as UTF-8 bytes.
    func digitBytes(radix requestedRadix: Int) -> [UInt8] {
        let radix = (2...36).contains(requestedRadix) ? requestedRadix : 10
        if isZero { return [UInt8(ascii: "0")] }
        var out: [UInt8] = []
        if isNegative { out.append(UInt8(ascii: "-")) }

        if radix.nonzeroBitCount == 1 {
            let bitsPerDigit = radix.trailingZeroBitCount
            let digitCount = (bitLength + bitsPerDigit - 1) / bitsPerDigit
            out.reserveCapacity(out.count + digitCount)
            var i = digitCount - 1
            while i >= 0 {
                out.append(BigInt.digitCharacter(magnitudeBits(from: i * bitsPerDigit, count: bitsPerDigit)))
                i -= 1
            }
            return out
        }

        // Peel off chunks from the bottom, then print them top first.
        let (chunkDivisor, chunkDigits) = BigInt.largestPowerInLimb(radix: radix)
        var rest = limbs
        var chunks: [UInt64] = []
        chunks.reserveCapacity(limbs.count + limbs.count / 7 + 2)   // every chunk divisor exceeds 2**56
        while !rest.isEmpty {
            chunks.append(BigInt.divideInPlace(&rest, by: chunkDivisor))
        }
        out.reserveCapacity(out.count + chunks.count * chunkDigits)
        var scratch = filledArray(0 as UInt8, count: chunkDigits)
        var index = chunks.count - 1
        while index >= 0 {
            var chunk = chunks[index]
            // Render the chunk right to left into a fixed-width buffer (zero padded).
            var position = chunkDigits - 1
            while position >= 0 {
                scratch[position] = BigInt.digitCharacter(chunk % UInt64(radix))
                chunk /= UInt64(radix)
                position -= 1
            }
            var start = 0
            if index == chunks.count - 1 {
                // The most significant chunk is printed without leading zeros.
                while start < chunkDigits - 1 && scratch[start] == UInt8(ascii: "0") { start += 1 }
            }
            out.append(contentsOf: scratch[start...])
            index -= 1
        }
        return out
    }

    /// Parses digits only (no sign, prefix, whitespace or underscores) in radix 2...36, either
    /// letter case. nil for an empty input, a bad radix, or a character that is not a digit of
    /// that radix.
    init?<Digits: Collection>(parsing digits: Digits, radix: Int) where Digits.Element == UInt8 {
        guard (2...36).contains(radix), !digits.isEmpty else { return nil }
        let digitCount = digits.count

        if radix.nonzeroBitCount == 1 {
            // Each digit contributes a fixed bit field; fill limbs from the least significant end.
            let bitsPerDigit = radix.trailingZeroBitCount
            var out = filledArray(0 as UInt64, count: (digitCount * bitsPerDigit + 63) / 64)
            var bitPosition = (digitCount - 1) * bitsPerDigit
            for byte in digits {
                guard let d = BigInt.digitValue(byte, radix: radix) else { return nil }
                let limbIndex = bitPosition / 64, bitIndex = bitPosition % 64
                out[limbIndex] |= d << UInt64(bitIndex)
                if bitIndex + bitsPerDigit > 64 {
                    out[limbIndex + 1] |= d >> UInt64(64 - bitIndex)
                }
                bitPosition -= bitsPerDigit
            }
            self.init(negative: false, limbs: out)
            return
        }

        // Accumulate chunk by chunk: value = value * radix**k + chunk.
        let (_, chunkDigits) = BigInt.largestPowerInLimb(radix: radix)
        var out: [UInt64] = []
        out.reserveCapacity(digitCount / chunkDigits + 2)
        var chunk: UInt64 = 0
        var chunkScale: UInt64 = 1
        var inChunk = 0
        // The first chunk takes the leftover digits so every later chunk is full width.
        var chunkLimit = digitCount % chunkDigits == 0 ? chunkDigits : digitCount % chunkDigits
        for byte in digits {
            guard let d = BigInt.digitValue(byte, radix: radix) else { return nil }
            chunk = chunk &* UInt64(radix) &+ d
            chunkScale = chunkScale &* UInt64(radix)
            inChunk += 1
            if inChunk == chunkLimit {
                BigInt.multiplyAddInPlace(&out, multiplier: chunkScale, addend: chunk)
                chunk = 0
                chunkScale = 1
                inChunk = 0
                chunkLimit = chunkDigits
            }
        }
        self.init(negative: false, limbs: out)
    }

    /// Parses an integer literal's digits (decimal, or with a 0x/0o/0b prefix), ignoring '_'
    /// separators (the lexer has already checked where they may appear). nil if anything else
    /// is not a digit of the radix.
    static func fromDecimalLiteral(_ s: String) -> BigInt? {
        let digits = s.utf8.filter { $0 != UInt8(ascii: "_") }
        if digits.count > 2 && digits[0] == UInt8(ascii: "0") {
            switch digits[1] | 0x20 {
            case UInt8(ascii: "x"): return BigInt(parsing: digits[2...], radix: 16)
            case UInt8(ascii: "o"): return BigInt(parsing: digits[2...], radix: 8)
            case UInt8(ascii: "b"): return BigInt(parsing: digits[2...], radix: 2)
            default: break
            }
        }
        return BigInt(parsing: digits, radix: 10)
    }

    // MARK: helpers

    /// (radix**k, k) for the largest k with radix**k < 2**64.
    static func largestPowerInLimb(radix: Int) -> (power: UInt64, digits: Int) {
        var power = UInt64(radix)
        var digits = 1
        while true {
            let (next, overflow) = power.multipliedReportingOverflow(by: UInt64(radix))
            if overflow { return (power, digits) }
            power = next
            digits += 1
        }
    }

    /// limbs = limbs * multiplier + addend, growing as needed.
    static func multiplyAddInPlace(_ limbs: inout [UInt64], multiplier: UInt64, addend: UInt64) {
        var carry = addend
        limbs.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count {
                let t = UInt128(p[i]) &* UInt128(multiplier) &+ UInt128(carry)   // < 2**128
                p[i] = UInt64(truncatingIfNeeded: t)
                carry = UInt64(truncatingIfNeeded: t >> 64)
            }
        }
        if carry != 0 { limbs.append(carry) }
    }

    @inline(__always)
    static func digitValue(_ byte: UInt8, radix: Int) -> UInt64? {
        let value: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): value = byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = byte &- UInt8(ascii: "A") &+ 10
        default: return nil
        }
        return Int(value) < radix ? UInt64(value) : nil
    }

    @inline(__always)
    static func digitCharacter(_ d: UInt64) -> UInt8 {
        d < 10 ? UInt8(truncatingIfNeeded: d) &+ UInt8(ascii: "0") : UInt8(truncatingIfNeeded: d) &- 10 &+ UInt8(ascii: "a")
    }
}
