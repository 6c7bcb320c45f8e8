// BigInt shifts and bitwise operators. Python treats negative ints as infinite two's
// complement, so `>>` floors and & | ^ ~ act on that infinite bit pattern.

extension BigInt {
    /// self << n. A negative n shifts right instead. The caller bounds n (Python raises
    /// OverflowError/MemoryError for absurd counts); the result needs about n/64 limbs.
    func shiftedLeft(_ n: Int) -> BigInt {
        if n < 0 { return shiftedRight(n == Int.min ? Int.max : -n) }
        if isZero || n == 0 { return self }
        let limbShift = n / 64
        let bitShift = n % 64
        var out = filledArray(0 as UInt64, count: limbs.count + limbShift + 1)
        var spill: UInt64 = 0
        for i in 0..<limbs.count {
            let limb = limbs[i]
            out[i + limbShift] = bitShift == 0 ? limb : (limb << UInt64(bitShift)) | spill
            spill = bitShift == 0 ? 0 : limb >> UInt64(64 - bitShift)
        }
        out[limbs.count + limbShift] = spill
        return BigInt(negative: isNegative, limbs: out)
    }

    /// self >> n, rounding toward -infinity like Python. A negative n shifts left instead.
    func shiftedRight(_ n: Int) -> BigInt {
        if n < 0 { return shiftedLeft(n == Int.min ? Int.max : -n) }
        if isZero || n == 0 { return self }
        if n >= bitLength { return isNegative ? BigInt(-1) : BigInt.zero }
        let limbShift = n / 64
        let bitShift = n % 64
        let count = limbs.count - limbShift
        var out = filledArray(0 as UInt64, count: count)
        for i in 0..<count {
            let low = limbs[i + limbShift] >> UInt64(bitShift)
            let high: UInt64 = (bitShift != 0 && i + limbShift + 1 < limbs.count)
                ? limbs[i + limbShift + 1] << UInt64(64 - bitShift) : 0
            out[i] = low | high
        }
        var result = BigInt(negative: isNegative, limbs: out)
        // Flooring a negative value: -(|x| >> n) is one too high when any 1 bits were shifted out.
        if isNegative && hasMagnitudeBits(below: n) {
            result = result - BigInt.one
        }
        return result
    }

    /// True when |self| has a 1 bit at a position below `bit`.
    func hasMagnitudeBits(below bit: Int) -> Bool {
        if bit <= 0 { return false }
        let fullLimbs = min(bit / 64, limbs.count)
        for i in 0..<fullLimbs where limbs[i] != 0 { return true }
        let rest = bit % 64
        if rest != 0 && fullLimbs < limbs.count {
            return limbs[fullLimbs] & ((UInt64(1) << UInt64(rest)) - 1) != 0
        }
        return false
    }

    /// `count` (<= 64) bits of |self| starting at bit `offset` (>= 0), as an integer.
    func magnitudeBits(from offset: Int, count: Int) -> UInt64 {
        if offset < 0 || count <= 0 { return 0 }
        let limbIndex = offset / 64
        let bitIndex = offset % 64
        if limbIndex >= limbs.count { return 0 }
        var value = limbs[limbIndex] >> UInt64(bitIndex)
        if bitIndex != 0 && limbIndex + 1 < limbs.count {
            value |= limbs[limbIndex + 1] << UInt64(64 - bitIndex)
        }
        return count >= 64 ? value : value & ((UInt64(1) << UInt64(count)) - 1)
    }

    static prefix func ~ (x: BigInt) -> BigInt {
        -x - BigInt.one
    }

    static func & (a: BigInt, b: BigInt) -> BigInt {
        if !a.isNegative && !b.isNegative {
            let n = min(a.limbs.count, b.limbs.count)
            var out = filledArray(0 as UInt64, count: n)
            for i in 0..<n { out[i] = a.limbs[i] & b.limbs[i] }
            return BigInt(negative: false, limbs: out)
        }
        return bitwise(a, b) { $0 & $1 }
    }

    static func | (a: BigInt, b: BigInt) -> BigInt {
        if !a.isNegative && !b.isNegative {
            var out = a.limbs.count >= b.limbs.count ? a.limbs : b.limbs
            let other = a.limbs.count >= b.limbs.count ? b.limbs : a.limbs
            for i in 0..<other.count { out[i] |= other[i] }
            return BigInt(negative: false, limbs: out)
        }
        return bitwise(a, b) { $0 | $1 }
    }

    static func ^ (a: BigInt, b: BigInt) -> BigInt {
        if !a.isNegative && !b.isNegative {
            var out = a.limbs.count >= b.limbs.count ? a.limbs : b.limbs
            let other = a.limbs.count >= b.limbs.count ? b.limbs : a.limbs
            for i in 0..<other.count { out[i] ^= other[i] }
            return BigInt(negative: false, limbs: out)
        }
        return bitwise(a, b) { $0 ^ $1 }
    }

    /// Applies `op` limb by limb to both operands in two's complement, one limb wider than the
    /// wider magnitude so the sign limb is represented, then converts back.
    @inline(__always)
    private static func bitwise(_ a: BigInt, _ b: BigInt, _ op: (UInt64, UInt64) -> UInt64) -> BigInt {
        let width = max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplementLimbs(width: width)
        let y = b.twosComplementLimbs(width: width)
        var out = filledArray(0 as UInt64, count: width)
        for i in 0..<width { out[i] = op(x[i], y[i]) }
        return fromTwosComplement(out)
    }

    /// The low `width` limbs of self's infinite two's complement form (width > limbs.count).
    private func twosComplementLimbs(width: Int) -> [UInt64] {
        var out = limbs
        out.append(contentsOf: repeatElement(0, count: width - limbs.count))
        if isNegative { BigInt.negateTwosComplement(&out) }
        return out
    }

    /// Reads limbs as a two's complement number whose top bit is the sign.
    private static func fromTwosComplement(_ limbs: [UInt64]) -> BigInt {
        guard let top = limbs.last, top >> 63 == 1 else { return BigInt(negative: false, limbs: limbs) }
        var magnitude = limbs
        negateTwosComplement(&magnitude)
        return BigInt(negative: true, limbs: magnitude)
    }

    /// limbs = ~limbs + 1 (mod 2**(64*count)).
    private static func negateTwosComplement(_ limbs: inout [UInt64]) {
        var carry = true
        for i in 0..<limbs.count {
            limbs[i] = ~limbs[i]
            if carry { (limbs[i], carry) = limbs[i].addingReportingOverflow(1) }
        }
    }
}
