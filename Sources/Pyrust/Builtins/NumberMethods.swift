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
        case .from_bytes:
            // A class method reached through an instance: (5).from_bytes(...), True.from_bytes(...).
            if case .bool = v { return try boolFromBytesMethod(self, args) }
            return try intFromBytes(args)
        case .to_bytes:
            if args.count > 2 { throw typeError("to_bytes() takes at most 2 positional arguments (\(args.count) given)") }
            let bound = try Pyrust.bindArguments(args, "to_bytes", ["length", "byteorder", "signed"])
            let length = try bound[0].map { (v) throws(PyError) -> Int in try Pyrust.ssizeArgument(self, v) } ?? 1
            let little = try byteorderArgument(bound[1], "to_bytes")
            let signed = try bound[2].map { (v) throws(PyError) -> Bool in try truthy(v) } ?? false
            if length < 0 { throw valueError("length argument must be non-negative") }
            return .object(PyBytes.make(try intToBytes(n, length: length, little: little, signed: signed)))
        default:
            return nil
        }
    }

    /// byteorder= of to_bytes/from_bytes: true for 'little' (the default is 'big').
    private func byteorderArgument(_ v: Value?, _ fname: String) throws(PyError) -> Bool {
        guard let v = v else { return false }
        guard case .str(let s) = v else { throw typeError("\(fname)() argument 'byteorder' must be str, not \(typeName(v))") }
        if s.equals("little") { return true }
        if s.equals("big") { return false }
        throw valueError("byteorder must be either 'little' or 'big'")
    }

    /// int.to_bytes: n in `length` bytes, two's complement when signed.
    private func intToBytes(_ n: BigInt, length: Int, little: Bool, signed: Bool) throws(PyError) -> [UInt8] {
        if n.isNegative && !signed { throw overflowError("can't convert negative int to unsigned") }
        let bits = length > Int.max / 8 ? Int.max : length * 8
        let fits: Bool
        if !n.isNegative {
            fits = n.isZero || n.bitLength <= (signed ? bits - 1 : bits)
        } else {
            fits = (n.magnitude - BigInt.one).bitLength <= bits - 1
        }
        if !fits { throw overflowError("int too big to convert") }
        if length > Limits.maxSequenceLength { throw memoryError() }
        // Little-endian bytes of |n|, then two's complement for negatives.
        var out = [UInt8](repeating: 0, count: length)
        var k = 0
        for limb in n.limbs {
            for j in 0..<8 where k + j < length { out[k + j] = UInt8(truncatingIfNeeded: limb >> UInt64(8 * j)) }
            k += 8
            if k >= length { break }
        }
        if n.isNegative {
            var carry = true
            for i in 0..<length {
                let inverted = ~out[i]
                if carry {
                    out[i] = inverted &+ 1
                    carry = out[i] == 0
                } else {
                    out[i] = inverted
                }
            }
        }
        if !little { out.reverse() }
        return out
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

/// int.from_bytes(bytes, byteorder='big', *, signed=False) (a class method: bool.from_bytes
/// gives a bool).
func intFromBytesMethod(_ vm: VM, _ args: Args) throws(PyError) -> Value {
    return try vm.intFromBytes(args)
}

func boolFromBytesMethod(_ vm: VM, _ args: Args) throws(PyError) -> Value {
    return .bool(try vm.truthy(try vm.intFromBytes(args)))
}

extension VM {
    func intFromBytes(_ args: Args) throws(PyError) -> Value {
        if args.count > 2 { throw typeError("from_bytes() takes at most 2 positional arguments (\(args.count) given)") }
        let bound = try Pyrust.bindArguments(args, "from_bytes", ["bytes", "byteorder", "signed"])
        guard let source = bound[0] else { throw typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
        var little = false
        if let v = bound[1] {
            guard case .str(let s) = v else { throw typeError("from_bytes() argument 'byteorder' must be str, not \(typeName(v))") }
            if s.equals("little") { little = true } else if !s.equals("big") {
                throw valueError("byteorder must be either 'little' or 'big'")
            }
        }
        let signed = try bound[2].map { (v) throws(PyError) -> Bool in try truthy(v) } ?? false
        var bytes: [UInt8]
        if source.hasUserType, let f = userSpecial(source, .bytes) {
            let r = try callSpecial(f, source, [])
            guard let o = r.bytesObject, !o.isMutable else { throw typeError("__bytes__ returned non-bytes (type \(typeName(r)))") }
            bytes = o.bytes
        } else {
            bytes = try bytesFromObject(source, mutable: false)
        }
        if !little { bytes.reverse() }
        let negative = signed && (bytes.last ?? 0) & 0x80 != 0
        if negative {
            // The magnitude of a negative two's complement number: invert and add one.
            var carry = true
            for i in bytes.indices {
                let inverted = ~bytes[i]
                if carry {
                    bytes[i] = inverted &+ 1
                    carry = bytes[i] == 0
                } else {
                    bytes[i] = inverted
                }
            }
        }
        var limbs: [UInt64] = []
        limbs.reserveCapacity((bytes.count + 7) / 8)
        var i = 0
        while i < bytes.count {
            var limb: UInt64 = 0
            for j in 0..<8 where i + j < bytes.count { limb |= UInt64(bytes[i + j]) << UInt64(8 * j) }
            limbs.append(limb)
            i += 8
        }
        return .int(BigInt(negative: negative, limbs: limbs))
    }
}
