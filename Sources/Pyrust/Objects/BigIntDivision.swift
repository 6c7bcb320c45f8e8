// BigInt division (Knuth's algorithm D), Python's floor division and modulo, modular
// exponentiation, modular inverse and gcd.

extension BigInt {
    /// Python's `//` and `%`: the quotient rounds toward -infinity and the remainder takes the
    /// divisor's sign. The caller guarantees d != 0 (a zero divisor returns (0, 0), never traps).
    func floorDivMod(_ d: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = truncDivMod(d)
        if !r.isZero && r.isNegative != d.isNegative {
            return (q - BigInt.one, r + d)
        }
        return (q, r)
    }

    /// C-style division: the quotient rounds toward zero and the remainder takes the dividend's
    /// sign. A zero divisor returns (0, 0).
    func truncDivMod(_ d: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        if d.isZero { return (BigInt.zero, BigInt.zero) }
        let (q, r) = BigInt.divideMagnitudes(limbs, d.limbs)
        return (BigInt(negative: isNegative != d.isNegative, limbs: q), BigInt(negative: isNegative, limbs: r))
    }

    /// pow(b, e, m) with Python's sign rule: the result lies between 0 and m (sign of m).
    /// A negative e uses the modular inverse of b; the caller must first check that it exists
    /// (`modInverse` returns nil, Python raises ValueError); if it does not, this returns 0.
    /// m == 0 returns 0 (Python raises ValueError; the caller checks).
    static func modPow(_ b: BigInt, _ e: BigInt, _ m: BigInt) -> BigInt {
        if m.isZero { return zero }
        var base = b
        var exponent = e
        if e.isNegative {
            guard let inverse = modInverse(b, m) else { return zero }
            base = inverse
            exponent = -e
        }
        let modulus = m.limbs
        // Work with non-negative residues below |m|.
        var residue = divideMagnitudes(base.limbs, modulus).remainder
        if base.isNegative && !residue.isEmpty { residue = subtractMagnitudes(modulus, residue) }
        var result = divideMagnitudes([1], modulus).remainder   // 1 mod |m| (0 when |m| == 1)

        let bits = exponent.bitLength
        var i = bits - 1
        while i >= 0 {
            result = divideMagnitudes(squareMagnitude(result), modulus).remainder
            if (exponent.limbs[i >> 6] >> UInt64(i & 63)) & 1 == 1 {
                result = divideMagnitudes(multiplyMagnitudes(result, residue), modulus).remainder
            }
            i -= 1
        }
        let r = BigInt(negative: false, limbs: result)
        return (m.isNegative && !r.isZero) ? r + m : r
    }

    /// x with a*x == 1 (mod m), as a residue in [0, |m|); nil when gcd(a, m) != 1 or m == 0.
    static func modInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        if m.isZero { return nil }
        let modulus = m.magnitude
        if modulus == one { return zero }
        // Extended Euclid on (a mod |m|, |m|), tracking only a's coefficient.
        var oldR = a.floorDivMod(modulus).remainder, r = modulus
        var oldS = one, s = zero
        while !r.isZero {
            let (q, rem) = oldR.floorDivMod(r)
            (oldR, r) = (r, rem)
            (oldS, s) = (s, oldS - q * s)
        }
        if oldR != one { return nil }
        return oldS.floorDivMod(modulus).remainder
    }

    /// Greatest common divisor, always non-negative (gcd(0, 0) == 0), like math.gcd.
    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.limbs, y = b.limbs
        while !y.isEmpty {
            (x, y) = (y, divideMagnitudes(x, y).remainder)
        }
        return BigInt(negative: false, limbs: x)
    }

    // MARK: magnitude division

    /// (|u| / |v|, |u| % |v|) for normalised magnitudes; v must be non-empty (an empty v gives
    /// ([], [])).
    static func divideMagnitudes(_ u: [UInt64], _ v: [UInt64]) -> (quotient: [UInt64], remainder: [UInt64]) {
        if v.isEmpty { return ([], []) }
        if compareMagnitudes(u, v) < 0 { return ([], u) }
        if v.count == 1 {
            var q = u
            let r = divideInPlace(&q, by: v[0])
            return (q, r == 0 ? [] : [r])
        }
        return knuthDivide(u, v)
    }

    /// Divides the magnitude in place by a single nonzero limb; returns the remainder. The
    /// quotient is trimmed.
    @discardableResult
    static func divideInPlace(_ limbs: inout [UInt64], by divisor: UInt64) -> UInt64 {
        if divisor == 0 { return 0 }
        // Divide (limbs << shift) by the normalised divisor: same quotient, remainder << shift.
        let shift = UInt64(divisor.leadingZeroBitCount)
        let reciprocal = NormalizedDivisor(divisor << shift)
        var remainder: UInt64 = 0
        limbs.withUnsafeMutableBufferPointer { p in
            guard let topLimb = p.last else { return }
            // The bits shifted out of the top start the remainder; they are < 2**63 <= divisor.
            remainder = shift == 0 ? 0 : topLimb >> (64 &- shift)
            var i = p.count - 1
            while i >= 0 {
                let below: UInt64 = (shift == 0 || i == 0) ? 0 : p[i &- 1] >> (64 &- shift)
                (p[i], remainder) = reciprocal.divide(high: remainder, low: (p[i] << shift) | below)
                i -= 1
            }
        }
        trimHighZeros(&limbs)
        return remainder >> shift
    }

    /// Division of two limbs by one fixed limb with its top bit set, using a precomputed
    /// reciprocal (Möller & Granlund, "Improved division by invariant integers", 2011): two
    /// multiplications instead of a hardware divide, which Swift lowers to a libcall here.
    struct NormalizedDivisor {
        let divisor: UInt64
        let reciprocal: UInt64

        /// divisor must have its top bit set.
        init(_ divisor: UInt64) {
            self.divisor = divisor
            // floor((2**128 - 1) / d) - 2**64; ~d < d because d's top bit is set.
            reciprocal = divisor >> 63 == 0 ? 0 : divisor.dividingFullWidth((~divisor, UInt64.max)).quotient
        }

        /// (high*2**64 + low) / divisor for high < divisor: (quotient, remainder).
        @inline(__always)
        func divide(high: UInt64, low: UInt64) -> (UInt64, UInt64) {
            let estimate = UInt128(reciprocal) &* UInt128(high) &+ (UInt128(high) << 64 | UInt128(low))
            var q = UInt64(truncatingIfNeeded: estimate >> 64) &+ 1
            let fraction = UInt64(truncatingIfNeeded: estimate)
            var r = low &- q &* divisor
            if r > fraction {
                q &-= 1
                r &+= divisor
            }
            if r >= divisor {
                q &+= 1
                r &-= divisor
            }
            return (q, r)
        }
    }

    /// Knuth, TAOCP vol. 2, 4.3.1 algorithm D, for u >= v and v.count >= 2.
    private static func knuthDivide(_ u: [UInt64], _ v: [UInt64]) -> (quotient: [UInt64], remainder: [UInt64]) {
        let n = v.count
        let m = u.count - n
        // Normalise so the divisor's top bit is set; that bounds each quotient estimate's error by 2.
        let shift = v[n - 1].leadingZeroBitCount
        let vn = shiftLimbsLeft(v, by: shift, extraLimb: false)
        var un = shiftLimbsLeft(u, by: shift, extraLimb: true)
        var q = filledArray(0 as UInt64, count: m + 1)

        un.withUnsafeMutableBufferPointer { un in
            vn.withUnsafeBufferPointer { vn in
                let vTop = vn[n - 1], vNext = vn[n - 2]
                let topDivisor = NormalizedDivisor(vTop)
                var j = m
                while j >= 0 {
                    let u2 = un[j + n], u1 = un[j + n - 1], u0 = un[j + n - 2]
                    var qhat: UInt64
                    var rhat: UInt64
                    var rhatOverflow = false
                    if u2 >= vTop {
                        // The two-limb quotient would not fit; b - 1 is the largest candidate.
                        qhat = UInt64.max
                        (rhat, rhatOverflow) = u1.addingReportingOverflow(vTop)
                    } else {
                        (qhat, rhat) = topDivisor.divide(high: u2, low: u1)
                    }
                    // Refine with the next divisor limb; once rhat >= b the test can't fail.
                    while !rhatOverflow {
                        let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                        if ph > rhat || (ph == rhat && pl > u0) {
                            qhat &-= 1
                            (rhat, rhatOverflow) = rhat.addingReportingOverflow(vTop)
                        } else {
                            break
                        }
                    }
                    // un[j ... j+n] -= qhat * vn
                    // 128-bit intermediates: qhat*v + carry < 2**128, and a difference's high
                    // half is all ones exactly when it borrowed.
                    var carry: UInt64 = 0
                    var borrow: UInt64 = 0
                    for i in 0..<n {
                        let p = UInt128(qhat) &* UInt128(vn[i]) &+ UInt128(carry)
                        carry = UInt64(truncatingIfNeeded: p >> 64)
                        let d = UInt128(un[i &+ j]) &- UInt128(UInt64(truncatingIfNeeded: p)) &- UInt128(borrow)
                        un[i &+ j] = UInt64(truncatingIfNeeded: d)
                        borrow = UInt64(truncatingIfNeeded: d >> 64) & 1
                    }
                    let top = UInt128(un[j + n]) &- UInt128(carry) &- UInt128(borrow)
                    un[j + n] = UInt64(truncatingIfNeeded: top)
                    if top >> 64 != 0 {
                        // qhat was one too large (rare): add the divisor back.
                        qhat &-= 1
                        var c: UInt64 = 0
                        for i in 0..<n {
                            let s = UInt128(un[i &+ j]) &+ UInt128(vn[i]) &+ UInt128(c)
                            un[i &+ j] = UInt64(truncatingIfNeeded: s)
                            c = UInt64(truncatingIfNeeded: s >> 64)
                        }
                        un[j + n] &+= c
                    }
                    q[j] = qhat
                    j -= 1
                }
            }
        }
        trimHighZeros(&q)
        var r = shiftLimbsRight(Array(un[0..<n]), by: shift)
        trimHighZeros(&r)
        return (q, r)
    }

    /// limbs << bits for 0 <= bits < 64, keeping the count (plus one limb if asked).
    static func shiftLimbsLeft(_ limbs: [UInt64], by bits: Int, extraLimb: Bool) -> [UInt64] {
        var out = filledArray(0 as UInt64, count: limbs.count + (extraLimb ? 1 : 0))
        if bits == 0 {
            for i in 0..<limbs.count { out[i] = limbs[i] }
            return out
        }
        var spill: UInt64 = 0
        for i in 0..<limbs.count {
            out[i] = (limbs[i] << UInt64(bits)) | spill
            spill = limbs[i] >> UInt64(64 - bits)
        }
        if extraLimb { out[limbs.count] = spill }
        return out
    }

    /// limbs >> bits for 0 <= bits < 64, keeping the count.
    static func shiftLimbsRight(_ limbs: [UInt64], by bits: Int) -> [UInt64] {
        if bits == 0 { return limbs }
        var out = limbs
        for i in 0..<limbs.count {
            let high: UInt64 = i + 1 < limbs.count ? limbs[i + 1] << UInt64(64 - bits) : 0
            out[i] = (limbs[i] >> UInt64(bits)) | high
        }
        return out
    }
}
