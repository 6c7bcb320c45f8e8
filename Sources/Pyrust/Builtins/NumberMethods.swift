// Methods of int and float: bit_length, bit_count, is_integer, as_integer_ratio, ...

extension VM {
    func callIntMethod(_ v: Value, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
        let n: BigInt
        switch v {
        case .int(let i): n = BigInt(i)
        case .bool(let b): n = BigInt(b ? 1 : 0)
        case .big(let b): n = b.value
        default: return nil
        }
        switch name {
        case .bit_length:
            try args.expect("bit_length", min: 0, max: 0)
            return .int(n.bitLength)
        case .bit_count:
            try args.expect("bit_count", min: 0, max: 0)
            let s = (n.isNegative ? -n : n).toString(radix: 2)
            return .int(s.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "1") ? 1 : 0) })
        case .conjugate:
            return .int(n)
        case .as_integer_ratio:
            return .tuple(PyTuple([.int(n), .int(1)]))
        default:
            return nil
        }
    }

    func callFloatMethod(_ d: Double, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
        switch name {
        case .is_integer:
            try args.expect("is_integer", min: 0, max: 0)
            return .bool(d.isFinite && d.rounded(.towardZero) == d)
        case .conjugate:
            return .float(d)
        case .as_integer_ratio:
            if d.isNaN { throw valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw overflowError("cannot convert Infinity to integer ratio") }
            // Zero first: its exponent is Int.min (the subtraction below would trap).
            if d == 0 { return .tuple(PyTuple([.int(0), .int(1)])) }
            // d = m * 2**e exactly; reduce by powers of two.
            var m = d.significandBitPattern | (d.isNormal ? (1 << 52) : 0)
            var e = Int(d.exponent) - 52
            if !d.isNormal { e = -1074 }
            while m & 1 == 0 && e < 0 {
                m >>= 1
                e += 1
            }
            var num = BigInt(UInt64(m))
            if d < 0 { num = -num }
            if e >= 0 { return .tuple(PyTuple([.int(num.shiftedLeft(e)), .int(1)])) }
            return .tuple(PyTuple([.int(num), .int(BigInt(1).shiftedLeft(-e))]))
        default:
            return nil
        }
    }
}
