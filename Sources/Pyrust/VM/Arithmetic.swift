// Numeric operators with Python semantics: ints never overflow (they widen to BigInt), floats
// follow IEEE with CPython's errors, and bools act as ints.

import Glibc

enum Num {
    case small(Int)
    case big(BigInt)
    case float(Double)
}

@inline(__always) func asNum(_ v: Value) -> Num? {
    switch v {
    case .int(let i): return .small(i)
    case .bool(let b): return .small(b ? 1 : 0)
    case .float(let d): return .float(d)
    case .big(let b): return .big(b.value)
    case .instance(let inst):
        // int and float subclasses are numbers (the wrapped value is never an instance).
        return inst.type.builtinBase == nil ? nil : asNum(inst.builtinValue)
    default: return nil
    }
}

@inline(__always) func bigOf(_ n: Num) -> BigInt? {
    switch n {
    case .small(let i): return BigInt(i)
    case .big(let b): return b
    case .float: return nil
    }
}

func doubleOf(_ n: Num) throws(PyError) -> Double {
    switch n {
    case .small(let i): return Double(i)
    case .big(let b):
        guard let d = b.toDouble() else { throw overflowError("int too large to convert to float") }
        return d
    case .float(let d): return d
    }
}

/// Checks a prospective int size before computing it.
@inline(__always) func checkIntBits(_ bits: Int) throws(PyError) {
    if bits > Limits.maxIntBits { throw memoryError() }
}

func arithmetic(_ op: BinOp, _ a: Num, _ b: Num) throws(PyError) -> Value {
    switch (a, b) {
    case (.small(let x), .small(let y)):
        return try smallIntOp(op, x, y)
    case (.float, _), (_, .float):
        return try floatOp(op, try doubleOf(a), try doubleOf(b))
    default:
        guard let x = bigOf(a), let y = bigOf(b) else { return .none }
        return try bigIntOp(op, x, y)
    }
}

func smallIntOp(_ op: BinOp, _ x: Int, _ y: Int) throws(PyError) -> Value {
    switch op {
    case .add:
        let (r, o) = x.addingReportingOverflow(y)
        return o ? .int(BigInt(x) + BigInt(y)) : .int(r)
    case .sub:
        let (r, o) = x.subtractingReportingOverflow(y)
        return o ? .int(BigInt(x) - BigInt(y)) : .int(r)
    case .mul:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        return o ? .int(BigInt(x) * BigInt(y)) : .int(r)
    case .truediv:
        if y == 0 { throw zeroDivisionError("division by zero") }
        let limit = 1 << 53
        if x.magnitude <= UInt(limit) && y.magnitude <= UInt(limit) { return .float(Double(x) / Double(y)) }
        guard let d = BigInt.trueDivide(BigInt(x), BigInt(y)) else {
            throw overflowError("integer division result too large for a float")
        }
        return .float(d)
    case .floordiv:
        if y == 0 { throw zeroDivisionError("integer division or modulo by zero") }
        if x == Int.min && y == -1 { return .int(-BigInt(x)) }
        var q = x / y
        if x % y != 0 && ((x < 0) != (y < 0)) { q -= 1 }
        return .int(q)
    case .mod:
        if y == 0 { throw zeroDivisionError("integer modulo by zero") }
        if y == -1 { return .int(0) }
        var r = x % y
        if r != 0 && ((r < 0) != (y < 0)) { r += y }
        return .int(r)
    case .pow:
        if y < 0 {
            if x == 0 { throw zeroDivisionError("0.0 cannot be raised to a negative power") }
            return try floatOp(.pow, Double(x), Double(y))
        }
        // Square-and-multiply while it fits; fall back to BigInt on overflow.
        var result = 1, base = x, e = y
        var overflow = false
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (b2, o) = base.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                base = b2
            }
        }
        if !overflow { return .int(result) }
        return try bigIntOp(.pow, BigInt(x), BigInt(y))
    case .lshift:
        if y < 0 { throw valueError("negative shift count") }
        if x == 0 { return .int(0) }
        if y < 63 {
            let r = x << y
            if r >> y == x { return .int(r) }
        }
        try checkIntBits(BigInt(x).bitLength + min(y, Limits.maxIntBits + 1))
        return .int(BigInt(x).shiftedLeft(y))
    case .rshift:
        if y < 0 { throw valueError("negative shift count") }
        return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .bitand: return .int(x & y)
    case .bitor: return .int(x | y)
    case .bitxor: return .int(x ^ y)
    case .matmul: return .none
    }
}

func bigIntOp(_ op: BinOp, _ x: BigInt, _ y: BigInt) throws(PyError) -> Value {
    switch op {
    case .add:
        try checkIntBits(max(x.bitLength, y.bitLength) + 1)
        return .int(x + y)
    case .sub:
        try checkIntBits(max(x.bitLength, y.bitLength) + 1)
        return .int(x - y)
    case .mul:
        try checkIntBits(x.bitLength + y.bitLength)
        return .int(try BigIntWork.multiply(x, y))
    case .truediv:
        if y.isZero { throw zeroDivisionError("division by zero") }
        guard let d = BigInt.trueDivide(x, y) else { throw overflowError("integer division result too large for a float") }
        return .float(d)
    case .floordiv:
        if y.isZero { throw zeroDivisionError("integer division or modulo by zero") }
        return .int(try BigIntWork.floorDivMod(x, y).quotient)
    case .mod:
        if y.isZero { throw zeroDivisionError("integer modulo by zero") }
        return .int(try BigIntWork.floorDivMod(x, y).remainder)
    case .pow:
        if y.isNegative {
            if x.isZero { throw zeroDivisionError("0.0 cannot be raised to a negative power") }
            return try floatOp(.pow, try doubleOf(.big(x)), try doubleOf(.big(y)))
        }
        if x.isZero { return .int(y.isZero ? 1 : 0) }
        if let s = x.asInt, s == 1 { return .int(1) }
        if let s = x.asInt, s == -1 { return .int(y.isOdd ? -1 : 1) }
        guard let e = y.asInt, e <= Limits.maxIntBits else { throw memoryError() }
        let bits = x.bitLength
        if bits > 1 || x.asInt.map({ $0 < 0 }) == true {
            let (prod, o) = (bits - 1).multipliedReportingOverflow(by: e)
            if o || prod > Limits.maxIntBits { throw memoryError() }
        }
        try BigIntWork.charge(BigIntWork.powerTicks(bits, e))
        return .int(x.power(e))
    case .lshift:
        if y.isNegative { throw valueError("negative shift count") }
        if x.isZero { return .int(0) }
        guard let n = y.asInt, n <= Limits.maxIntBits else { throw memoryError() }
        try checkIntBits(x.bitLength + n)
        return .int(x.shiftedLeft(n))
    case .rshift:
        if y.isNegative { throw valueError("negative shift count") }
        guard let n = y.asInt else { return .int(x.isNegative ? -1 : 0) }
        return .int(x.shiftedRight(n))
    case .bitand: return .int(x & y)
    case .bitor: return .int(x | y)
    case .bitxor: return .int(x ^ y)
    case .matmul: return .none
    }
}

func floatOp(_ op: BinOp, _ x: Double, _ y: Double) throws(PyError) -> Value {
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mul: return .float(x * y)
    case .truediv:
        if y == 0 { throw zeroDivisionError("float division by zero") }
        return .float(x / y)
    case .floordiv:
        if y == 0 { throw zeroDivisionError("float floor division by zero") }
        return .float(floatFloorDiv(x, y) ?? .nan)
    case .mod:
        if y == 0 { throw zeroDivisionError("float modulo") }
        return .float(floatMod(x, y) ?? .nan)
    case .pow:
        return .float(try floatPow(x, y))
    default:
        return .none
    }
}

/// CPython's float_pow special cases, minus complex results (not supported yet).
func floatPow(_ x: Double, _ y: Double) throws(PyError) -> Double {
    if y == 0 { return 1.0 }
    if x.isNaN { return x }
    if y.isNaN { return x == 1.0 ? 1.0 : y }
    if x == 0 {
        if y < 0 && y.isFinite { throw zeroDivisionError("0.0 cannot be raised to a negative power") }
        if y < 0 { return Double.infinity }
        let yIsOddInt = y.isFinite && y.rounded(.towardZero) == y && (y / 2).rounded(.towardZero) != y / 2
        return yIsOddInt ? x : 0.0
    }
    if x < 0 && x.isFinite && y.isFinite && y.rounded(.towardZero) != y {
        throw notSupported("complex numbers")
    }
    let r = Glibc.pow(x, y)
    if r.isInfinite && x.isFinite && y.isFinite {
        throw overflowError("(34, 'Numerical result out of range')")
    }
    return r
}
