// Big-int arithmetic is charged to the running program's limits before it is done, in
// proportion to its cost: one big product or quotient can take seconds, and the instruction
// and time limits are otherwise only checked between bytecode instructions. A cheap operation
// costs nothing extra (its instruction was already counted).

import Glibc

enum BigIntWork {
    /// Below this many ticks the work is not worth a look at the limits.
    static let freeTicks = 256

    /// Limb products of a multiplication: schoolbook below Karatsuba's threshold, then
    /// about n * m^0.585 (m the shorter operand). One tick is charged per 8.
    static func multiplyTicks(_ aLimbs: Int, _ bLimbs: Int) -> Int {
        let m = min(aLimbs, bLimbs), n = max(aLimbs, bLimbs)
        if m < BigInt.karatsubaThreshold { return (m &* n) >> 3 }
        return Int(clamping: UInt64(min(Double(n) * pow(Double(m), 0.585) / 8, 1e18)))
    }

    /// Limb steps of a long division: quotient length times divisor length.
    static func divideTicks(_ dividendLimbs: Int, _ divisorLimbs: Int) -> Int {
        let q = dividendLimbs - divisorLimbs + 1
        if q <= 0 { return 0 }
        return Int(clamping: UInt64(min(Double(q) * Double(divisorLimbs) / 8, 1e18)))
    }

    /// x ** e costs about a Karatsuba squaring of the result's size (the earlier squarings
    /// add a geometric tail).
    static func powerTicks(_ baseBits: Int, _ e: Int) -> Int {
        let limbs = Double(baseBits) * Double(e) / 64
        if limbs < 32 { return 0 }
        return Int(clamping: UInt64(min(2 * pow(limbs, 1.585) / 8, 1e18)))
    }

    /// Charges `ticks` to the VM running on this thread (none outside a run).
    @inline(__always)
    static func charge(_ ticks: Int) throws(PyError) {
        if ticks < freeTicks { return }
        try chargeSlow(ticks)
    }

    @inline(never)
    private static func chargeSlow(_ ticks: Int) throws(PyError) {
        guard let vm = ContextState.currentVM() else { return }
        try vm.charge(ticks)
    }

    /// a * b, charged first.
    static func multiply(_ a: BigInt, _ b: BigInt) throws(PyError) -> BigInt {
        try charge(multiplyTicks(a.limbs.count, b.limbs.count))
        return a * b
    }

    /// a.floorDivMod(b), charged first.
    static func floorDivMod(_ a: BigInt, _ b: BigInt) throws(PyError) -> (quotient: BigInt, remainder: BigInt) {
        try charge(divideTicks(a.limbs.count, b.limbs.count))
        return a.floorDivMod(b)
    }
}
