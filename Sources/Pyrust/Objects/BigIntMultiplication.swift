// BigInt multiplication: schoolbook below a threshold, Karatsuba above it, a dedicated squaring
// path (half the limb products) for powers, and integer powers by square-and-multiply.
// The recursive kernels work on raw limb pointers so the recursion allocates one scratch
// buffer per Karatsuba step instead of a handful of arrays.

extension BigInt {
    /// Below these many limbs (shorter operand), schoolbook beats Karatsuba's extra additions
    /// (crossovers measured with callgrind). Both must stay >= 4, or a Karatsuba step's middle
    /// product would be no smaller than its input and the recursion would not end.
    static let karatsubaThreshold = 32
    static let karatsubaSquareThreshold = 64

    static func * (a: BigInt, b: BigInt) -> BigInt {
        if a.isZero || b.isZero { return zero }
        if a.limbs.count == 1 && b.limbs.count == 1 {
            let (hi, lo) = a.limbs[0].multipliedFullWidth(by: b.limbs[0])
            return BigInt(negative: a.isNegative != b.isNegative, limbs: [lo, hi])
        }
        // x * x is common (x**2, x*x in loops) and squaring needs about half the limb products;
        // the equality test usually stops at the first limb when the operands differ.
        if a.limbs.count == b.limbs.count && a.limbs.count >= 8 && a.limbs == b.limbs {
            return BigInt(negative: a.isNegative != b.isNegative, limbs: squareMagnitude(a.limbs))
        }
        return BigInt(negative: a.isNegative != b.isNegative, limbs: multiplyMagnitudes(a.limbs, b.limbs))
    }

    /// self ** e for e >= 0. A negative e returns 0 (Python gives a float there; the caller
    /// handles that case before calling).
    func power(_ e: Int) -> BigInt {
        if e <= 0 { return e == 0 ? BigInt.one : BigInt.zero }
        if isZero || e == 1 { return self }
        let resultNegative = isNegative && e & 1 == 1
        // A power of two is a single shift.
        if let top = limbs.last, top.nonzeroBitCount == 1, limbs.dropLast().allSatisfy({ $0 == 0 }) {
            let (bits, overflow) = (bitLength - 1).multipliedReportingOverflow(by: e)
            if !overflow {
                return BigInt(negative: resultNegative, limbs: [1]).shiftedLeft(bits)
            }
        }
        // Left-to-right binary exponentiation: the top bit of e seeds the result with the base.
        var result = limbs
        var bit = Int.bitWidth - 1 - e.leadingZeroBitCount - 1
        while bit >= 0 {
            result = BigInt.squareMagnitude(result)
            if (e >> bit) & 1 == 1 {
                result = BigInt.multiplyMagnitudes(result, limbs)
            }
            bit -= 1
        }
        return BigInt(negative: resultNegative, limbs: result)
    }

    /// |a| * |b| as trimmed limbs; inputs may carry high zero limbs.
    static func multiplyMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        var result = filledArray(0 as UInt64, count: a.count + b.count)
        result.withUnsafeMutableBufferPointer { r in
            a.withUnsafeBufferPointer { ap in
                b.withUnsafeBufferPointer { bp in
                    guard let rBase = r.baseAddress, let aBase = ap.baseAddress, let bBase = bp.baseAddress else { return }
                    product(rBase, aBase, ap.count, bBase, bp.count)
                }
            }
        }
        trimHighZeros(&result)
        return result
    }

    /// |a| squared as trimmed limbs.
    static func squareMagnitude(_ a: [UInt64]) -> [UInt64] {
        if a.isEmpty { return [] }
        var result = filledArray(0 as UInt64, count: 2 * a.count)
        result.withUnsafeMutableBufferPointer { r in
            a.withUnsafeBufferPointer { ap in
                guard let rBase = r.baseAddress, let aBase = ap.baseAddress else { return }
                square(rBase, aBase, ap.count)
            }
        }
        trimHighZeros(&result)
        return result
    }

    // MARK: pointer kernels. Each writes exactly its full product width into r.

    /// r[0 ..< an+bn] = a * b (an, bn >= 1).
    private static func product(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ an: Int,
                                _ b: UnsafePointer<UInt64>, _ bn: Int) {
        if an < bn { product(r, b, bn, a, an); return }
        if bn < karatsubaThreshold { schoolbook(r, a, an, b, bn); return }
        let half = (an + 1) / 2
        if bn <= half { unbalanced(r, a, an, b, bn); return }

        // Karatsuba: a = a1*B + a0, b = b1*B + b0 with B = 2**(64*half);
        // a*b = z2*B^2 + (z1 - z0 - z2)*B + z0 where z1 = (a0 + a1)(b0 + b1).
        let a1n = an - half, b1n = bn - half   // both in 1...half
        let total = an + bn
        product(r, a, half, b, half)                                  // z0 -> r[0 ..< 2*half]
        product(r + 2 * half, a + half, a1n, b + half, b1n)           // z2 -> r[2*half ..< total]
        let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: 4 * (half + 1))
        defer { scratch.deallocate() }
        let aSum = scratch, bSum = scratch + (half + 1), middle = scratch + 2 * (half + 1)
        addLimbs(aSum, a, half, a + half, a1n)                         // half + 1 limbs
        addLimbs(bSum, b, half, b + half, b1n)
        product(middle, aSum, half + 1, bSum, half + 1)               // 2*half + 2 limbs
        subtractLimbs(middle, 2 * half + 2, r, 2 * half)
        subtractLimbs(middle, 2 * half + 2, r + 2 * half, total - 2 * half)
        // The middle term fits below the top of r; any limbs of `middle` past that are zero.
        addLimbs(into: r + half, total - half, middle, min(2 * half + 2, total - half))
    }

    /// r[0 ..< 2n] = a * a.
    private static func square(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int) {
        if n < karatsubaSquareThreshold { schoolbookSquare(r, a, n); return }
        let half = (n + 1) / 2
        let highCount = n - half
        square(r, a, half)                                  // z0 -> r[0 ..< 2*half]
        square(r + 2 * half, a + half, highCount)           // z2 -> r[2*half ..< 2n]
        let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: 3 * (half + 1))
        defer { scratch.deallocate() }
        let sum = scratch, middle = scratch + (half + 1)
        addLimbs(sum, a, half, a + half, highCount)
        square(middle, sum, half + 1)
        subtractLimbs(middle, 2 * half + 2, r, 2 * half)
        subtractLimbs(middle, 2 * half + 2, r + 2 * half, 2 * n - 2 * half)
        addLimbs(into: r + half, 2 * n - half, middle, min(2 * half + 2, 2 * n - half))
    }

    /// One operand at least twice as long: multiply the short one by short-sized slices of the
    /// long one, so each sub-product is balanced enough for Karatsuba.
    private static func unbalanced(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ an: Int,
                                   _ b: UnsafePointer<UInt64>, _ bn: Int) {
        let total = an + bn
        r.update(repeating: 0, count: total)
        let partial = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * bn)
        defer { partial.deallocate() }
        var start = 0
        while start < an {
            let length = min(bn, an - start)
            product(partial, a + start, length, b, bn)
            addLimbs(into: r + start, total - start, partial, length + bn)
            start += length
        }
    }

    private static func schoolbook(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ an: Int,
                                   _ b: UnsafePointer<UInt64>, _ bn: Int) {
        r.update(repeating: 0, count: an + bn)
        for i in 0..<bn {
            let multiplier = b[i]
            if multiplier == 0 { continue }
            let row = r + i
            var carry: UInt64 = 0
            for j in 0..<an {
                // (2**64-1)**2 + 2*(2**64-1) == 2**128 - 1: the 128-bit sum never wraps.
                let t = UInt128(multiplier) &* UInt128(a[j]) &+ UInt128(row[j]) &+ UInt128(carry)
                row[j] = UInt64(truncatingIfNeeded: t)
                carry = UInt64(truncatingIfNeeded: t >> 64)
            }
            row[an] = carry
        }
    }

    /// Cross products once, doubled by a shift, then the squares on the diagonal.
    private static func schoolbookSquare(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int) {
        r.update(repeating: 0, count: 2 * n)
        if n > 1 {
            for i in 0..<(n - 1) {
                let multiplier = a[i]
                if multiplier == 0 { continue }
                var carry: UInt64 = 0
                for j in (i + 1)..<n {
                    let t = UInt128(multiplier) &* UInt128(a[j]) &+ UInt128(r[i &+ j]) &+ UInt128(carry)
                    r[i &+ j] = UInt64(truncatingIfNeeded: t)
                    carry = UInt64(truncatingIfNeeded: t >> 64)
                }
                r[i &+ n] = carry
            }
            // Double: the cross sum is below a*a / 2, so no bit falls off the top.
            var spill: UInt64 = 0
            for k in 0..<(2 * n) {
                let limb = r[k]
                r[k] = (limb << 1) | spill
                spill = limb >> 63
            }
        }
        var carry: UInt64 = 0
        for i in 0..<n {
            let sq = UInt128(a[i]) &* UInt128(a[i])
            let low = UInt128(r[2 &* i]) &+ UInt128(UInt64(truncatingIfNeeded: sq)) &+ UInt128(carry)
            r[2 &* i] = UInt64(truncatingIfNeeded: low)
            let high = UInt128(r[2 &* i &+ 1]) &+ (sq >> 64) &+ (low >> 64)
            r[2 &* i &+ 1] = UInt64(truncatingIfNeeded: high)
            carry = UInt64(truncatingIfNeeded: high >> 64)
        }
    }

    /// r[0 ..< xn+1] = x + y for xn >= yn.
    private static func addLimbs(_ r: UnsafeMutablePointer<UInt64>, _ x: UnsafePointer<UInt64>, _ xn: Int,
                                 _ y: UnsafePointer<UInt64>, _ yn: Int) {
        var carry: UInt64 = 0
        for i in 0..<xn {
            let s = UInt128(x[i]) &+ UInt128(i < yn ? y[i] : 0) &+ UInt128(carry)
            r[i] = UInt64(truncatingIfNeeded: s)
            carry = UInt64(truncatingIfNeeded: s >> 64)
        }
        r[xn] = carry
    }

    /// r[0 ..< rn] += x[0 ..< xn] (xn <= rn); a carry out of the top is dropped (the callers'
    /// sums fit).
    private static func addLimbs(into r: UnsafeMutablePointer<UInt64>, _ rn: Int, _ x: UnsafePointer<UInt64>, _ xn: Int) {
        var carry: UInt64 = 0
        var i = 0
        while i < xn {
            let s = UInt128(r[i]) &+ UInt128(x[i]) &+ UInt128(carry)
            r[i] = UInt64(truncatingIfNeeded: s)
            carry = UInt64(truncatingIfNeeded: s >> 64)
            i += 1
        }
        while carry != 0 && i < rn {
            r[i] &+= 1
            carry = r[i] == 0 ? 1 : 0
            i += 1
        }
    }

    /// r[0 ..< rn] -= x[0 ..< xn] (xn <= rn, result non-negative).
    private static func subtractLimbs(_ r: UnsafeMutablePointer<UInt64>, _ rn: Int, _ x: UnsafePointer<UInt64>, _ xn: Int) {
        var borrow: UInt64 = 0
        var i = 0
        while i < xn {
            let d = UInt128(r[i]) &- UInt128(x[i]) &- UInt128(borrow)
            r[i] = UInt64(truncatingIfNeeded: d)
            borrow = UInt64(truncatingIfNeeded: d >> 64) & 1
            i += 1
        }
        while borrow != 0 && i < rn {
            borrow = r[i] == 0 ? 1 : 0
            r[i] &-= 1
            i += 1
        }
    }
}
