// BigInt <-> Double: conversions, true division and exact comparison, all rounding exactly
// like CPython (round-half-to-even, OverflowError reported as nil).

extension BigInt {
    /// float(n): correctly rounded; nil when the rounded value would not be finite.
    func toDouble() -> Double? {
        let bits = bitLength
        if bits <= 64 {
            // The hardware conversion rounds to nearest-even.
            let d = Double(limbs.first ?? 0)
            return isNegative ? -d : d
        }
        if bits > 1025 { return nil }
        // Keep the top 64 bits and fold everything below into a sticky low bit: the sticky bit
        // sits under the rounding position, so it only breaks ties, which is what it must do.
        let shift = bits - 64
        var top = magnitudeBits(from: shift, count: 64)
        if hasMagnitudeBits(below: shift) { top |= 1 }
        let result = Double(sign: isNegative ? .minus : .plus, exponent: shift, significand: Double(top))
        return result.isFinite ? result : nil
    }

    /// int(d) when d is integral; nil for fractions, infinities and NaN.
    init?(exactly d: Double) {
        guard d.isFinite, d == d.rounded(.towardZero) else { return nil }
        self.init(truncating: d)
    }

    /// int(d): rounds toward zero; nil for infinities and NaN.
    init?(truncating d: Double) {
        guard d.isFinite else { return nil }
        let t = d.rounded(.towardZero)
        if t.magnitude < 0x1p63 {
            self.init(Int(t))
            return
        }
        // |t| >= 2**63: an integer significand shifted left by (exponent - 52) >= 11.
        let significand = t.significandBitPattern | (UInt64(1) << 52)
        let value = BigInt(negative: t < 0, limbs: [significand]).shiftedLeft(Int(t.exponent) - 52)
        self.init(negative: value.isNegative, limbs: value.limbs)
    }

    /// a / b correctly rounded (CPython's long_true_divide); nil when the quotient overflows a
    /// Double. The caller guarantees b != 0 (b == 0 returns nil).
    static func trueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
        if b.isZero { return nil }
        let negative = a.isNegative != b.isNegative
        let aBits = a.bitLength, bBits = b.bitLength
        if aBits <= 53 && bBits <= 53 {
            // Both exact as Doubles, so IEEE division is already correctly rounded.
            let q = Double(a.limbs.first ?? 0) / Double(b.limbs[0])
            return negative ? -q : q
        }
        let signedZero: Double = negative ? -0.0 : 0.0
        if a.isZero { return signedZero }
        // |a/b| lies in [2**(e-1), 2**(e+1)).
        let e = aBits - bBits
        if e > 1025 { return nil }
        if e < -1076 { return signedZero }   // below half the smallest subnormal

        // q = floor(|a| / (|b| * 2**s)) has 56 or 57 bits; the remainder becomes a sticky bit.
        let s = e - 56
        let numerator = s < 0 ? a.magnitude.shiftedLeft(-s) : a.magnitude
        let denominator = s > 0 ? b.magnitude.shiftedLeft(s) : b.magnitude
        let (qLimbs, remainder) = divideMagnitudes(numerator.limbs, denominator.limbs)
        let q = qLimbs.first ?? 0
        let sticky = !remainder.isEmpty
        if q == 0 { return signedZero }   // unreachable by the bounds above; keeps shifts safe

        // The result's unit in the last place: 53 significant bits, or the subnormal floor.
        let topBit = 63 - q.leadingZeroBitCount + s
        let ulpExponent = max(topBit - 52, -1074)
        let dropped = ulpExponent - s   // 3 or 4 for normal results, at most 58 for subnormals
        var kept: UInt64 = 0   // stays 0 if everything is dropped (cannot happen given e >= -1076)
        if dropped < 64 {
            kept = q >> UInt64(dropped)
            let rest = q & ((UInt64(1) << UInt64(dropped)) - 1)
            let half = UInt64(1) << UInt64(dropped - 1)
            if rest > half || (rest == half && (sticky || kept & 1 == 1)) { kept += 1 }
        }
        if kept == 0 { return signedZero }
        if 63 - kept.leadingZeroBitCount + ulpExponent > 1023 { return nil }
        // kept * 2**ulpExponent is exactly representable, so this scaling is exact.
        return Double(sign: negative ? .minus : .plus, exponent: ulpExponent, significand: Double(kept))
    }

    /// -1, 0 or 1 as self <, ==, > d, exactly (no rounding of self). d must not be NaN (NaN
    /// compares as 0 here; Python's comparisons with NaN are all False and the caller knows).
    func compare(toDouble d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let dSign = d > 0 ? 1 : (d < 0 ? -1 : 0)
        if signum != dSign { return signum < dSign ? -1 : 1 }
        if dSign == 0 { return 0 }
        // A finite Double has at most 1024 integer bits; anything longer wins on magnitude.
        if bitLength > 1100 { return signum }
        let whole = d.rounded(.towardZero)
        let c = BigInt.compare(self, BigInt(truncating: whole) ?? BigInt.zero)
        if c != 0 { return c }
        // Equal integer parts: the fraction decides.
        let fraction = d - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }
}
