// Arbitrary-precision integers with Python int semantics. The VM keeps small ints as Swift Int
// and switches to BigInt only when a result leaves Int's range, so every operation here is also
// exact for small values. This file holds the representation, comparison, + and -, and hashing;
// the other BigInt*.swift files add multiplication, division, bit operations, text and floats.

/// Sign + magnitude. The magnitude is little-endian 64-bit limbs with no high zero limbs, and
/// zero is `[]` with a non-negative sign, so the synthesised `==` is numeric equality.
struct BigInt: Equatable, Hashable, Comparable {
    /// Magnitude limbs, least significant first; never ends in a zero limb.
    let limbs: [UInt64]
    /// True only for values below zero.
    let isNegative: Bool

    /// The one place values are built from raw limbs: strips high zero limbs and clears the
    /// sign of zero, so every BigInt in existence is normalised.
    init(negative: Bool, limbs: [UInt64]) {
        var trimmed = limbs
        BigInt.trimHighZeros(&trimmed)
        self.limbs = trimmed
        self.isNegative = negative && !trimmed.isEmpty
    }

    init(_ v: Int) {
        if v == 0 {
            limbs = []
            isNegative = false
        } else {
            limbs = [UInt64(v.magnitude)]
            isNegative = v < 0
        }
    }

    init(_ v: UInt64) {
        limbs = v == 0 ? [] : [v]
        isNegative = false
    }

    static let zero = BigInt(0)
    static let one: BigInt = { let b = BigInt(1); Immortal.mark(array: b.limbs); return b }()

    var isZero: Bool { limbs.isEmpty }
    var limbCount: Int { limbs.count }
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }   // two's complement keeps the low bit of |n|

    /// The value as an Int, or nil when it is outside Int's range.
    var asInt: Int? {
        switch limbs.count {
        case 0: return 0
        case 1:
            let m = limbs[0]
            if isNegative {
                return m <= UInt64(1) << 63 ? Int(truncatingIfNeeded: 0 &- m) : nil
            }
            return m <= UInt64(Int.max) ? Int(m) : nil
        default: return nil
        }
    }

    /// Python's int.bit_length(): bits in |n|, 0 for zero.
    var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count &* 64 &- top.leadingZeroBitCount
    }

    /// |n|
    var magnitude: BigInt { BigInt(negative: false, limbs: limbs) }

    /// -1, 0 or 1.
    var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

    // MARK: comparison

    static func < (a: BigInt, b: BigInt) -> Bool { compare(a, b) < 0 }

    /// -1, 0 or 1 as a <, ==, > b.
    static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        if a.isNegative != b.isNegative { return a.isNegative ? -1 : 1 }
        let c = compareMagnitudes(a.limbs, b.limbs)
        return a.isNegative ? -c : c
    }

    // MARK: addition and subtraction

    static prefix func - (x: BigInt) -> BigInt {
        BigInt(negative: !x.isNegative, limbs: x.limbs)
    }

    static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.isNegative == b.isNegative {
            return BigInt(negative: a.isNegative, limbs: addMagnitudes(a.limbs, b.limbs))
        }
        // Opposite signs: subtract the smaller magnitude from the larger, keep the larger's sign.
        let c = compareMagnitudes(a.limbs, b.limbs)
        if c == 0 { return zero }
        if c > 0 { return BigInt(negative: a.isNegative, limbs: subtractMagnitudes(a.limbs, b.limbs)) }
        return BigInt(negative: b.isNegative, limbs: subtractMagnitudes(b.limbs, a.limbs))
    }

    static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    // MARK: hashing

    /// hash(n) exactly as CPython computes it: |n| mod (2**61 - 1), then the sign, and -1 -> -2.
    var pythonHash: Int {
        // Horner over the limbs from the top. 2**61 == 1 (mod P), so 2**64 == 8 and any word
        // folds to (low 61 bits) + (high 3 bits): no division needed.
        let modulus: UInt64 = (1 << 61) - 1
        @inline(__always) func fold(_ x: UInt64) -> UInt64 {
            let r = (x & modulus) &+ (x >> 61)
            return r >= modulus ? r &- modulus : r
        }
        var h: UInt64 = 0
        for limb in limbs.reversed() {
            h = fold(fold(h << 3) &+ fold(limb))   // h < 2**61, so h << 3 does not overflow
        }
        var result = Int(h)   // h < 2**61, fits
        if isNegative { result = -result }
        return result == -1 ? -2 : result
    }

    // MARK: magnitude helpers shared by the other BigInt files

    static func trimHighZeros(_ limbs: inout [UInt64]) {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// -1, 0 or 1 comparing two normalised magnitudes.
    static func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// a + b (unnormalised inputs are fine; the result is trimmed).
    static func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = long
        result.append(0)
        addInPlace(&result, short, at: 0)
        trimHighZeros(&result)
        return result
    }

    /// a - b for |a| >= |b| (the caller checks); the result is trimmed.
    static func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var result = a
        subtractInPlace(&result, b, at: 0)
        trimHighZeros(&result)
        return result
    }

    /// target += value << (64 * offset). The caller makes target long enough for the sum; a
    /// carry that would run off the end is dropped rather than trapping.
    static func addInPlace(_ target: inout [UInt64], _ value: [UInt64], at offset: Int) {
        if offset < 0 { return }
        target.withUnsafeMutableBufferPointer { t in
            value.withUnsafeBufferPointer { v in
                let n = min(v.count, max(t.count - offset, 0))
                var carry: UInt64 = 0
                var i = 0
                while i < n {
                    // 128-bit sum: the compiler turns this into add-with-carry, no branches.
                    let sum = UInt128(t[offset &+ i]) &+ UInt128(v[i]) &+ UInt128(carry)
                    t[offset &+ i] = UInt64(truncatingIfNeeded: sum)
                    carry = UInt64(truncatingIfNeeded: sum >> 64)
                    i &+= 1
                }
                var k = offset &+ n
                while carry != 0 && k < t.count {
                    (t[k], carry) = (t[k] &+ 1, t[k] == UInt64.max ? 1 : 0)
                    k &+= 1
                }
            }
        }
    }

    /// target -= value << (64 * offset). The caller guarantees the result is non-negative; a
    /// borrow that would run off the end is dropped rather than trapping. Not trimmed.
    static func subtractInPlace(_ target: inout [UInt64], _ value: [UInt64], at offset: Int) {
        if offset < 0 { return }
        target.withUnsafeMutableBufferPointer { t in
            value.withUnsafeBufferPointer { v in
                let n = min(v.count, max(t.count - offset, 0))
                var borrow: UInt64 = 0
                var i = 0
                while i < n {
                    // 128-bit difference; the high half is all ones exactly when it borrowed.
                    let difference = UInt128(t[offset &+ i]) &- UInt128(v[i]) &- UInt128(borrow)
                    t[offset &+ i] = UInt64(truncatingIfNeeded: difference)
                    borrow = UInt64(truncatingIfNeeded: difference >> 64) & 1
                    i &+= 1
                }
                var k = offset &+ n
                while borrow != 0 && k < t.count {
                    (t[k], borrow) = (t[k] &- 1, t[k] == 0 ? 1 : 0)
                    k &+= 1
                }
            }
        }
    }
}
