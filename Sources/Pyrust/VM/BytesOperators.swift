// The operators of bytes and bytearray (+ * % in ==, indexing, slicing, item and slice
// assignment, del) with CPython's results and messages. The generic operator code calls in here
// once it has seen a bytes object (Value.bytesObject).

extension VM {
    /// `a op b` when a or b is bytes or bytearray; nil when bytes have no say (the caller goes on
    /// with the other operand's rules).
    func bytesBinaryOp(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool) throws(PyError) -> Value? {
        switch op {
        case .add:
            guard let x = a.bytesObject else { return nil }
            guard let y = b.bytesObject else {
                throw typeError("can't concat \(typeName(b)) to \(typeName(a))")
            }
            try checkLength(x.count, y.count)
            return .object(x.sameKind(x.bytes + y.bytes))
        case .mul:
            if a.bytesObject != nil { return try repeatSequence(a, b) }
            guard b.bytesObject != nil else { return nil }
            switch a {
            case .str, .list, .tuple: return nil   // their own repeat names the bytes operand
            default: return try repeatSequence(b, a)
            }
        case .mod:
            guard let x = a.bytesObject else { return nil }
            return .object(x.sameKind(try bytesPercentFormat(self, x.bytes, b)))
        default:
            return nil
        }
    }

    /// b * n for a bytes or bytearray b (n already an Int, negative meaning 0).
    func repeatBytes(_ o: PyBytes, _ n: Int) throws(PyError) -> Value {
        if n == 1 && !o.isMutable { return .object(o) }
        if n <= 0 || o.count == 0 { return .object(o.sameKind([])) }
        let (total, overflow) = o.count.multipliedReportingOverflow(by: n)
        if overflow && !o.isMutable { throw overflowError("repeated bytes are too long") }
        if overflow || total > Limits.maxSequenceLength { throw memoryError() }
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for _ in 0..<n { out.append(contentsOf: o.bytes) }
        return .object(o.sameKind(out))
    }

    /// `ba += x` and `ba *= n` on a bytearray: in place. nil for anything else.
    func bytearrayInplaceOp(_ op: BinOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        guard let x = a.bytesObject, x.isMutable else { return nil }
        switch op {
        case .add:
            guard let y = b.bytesObject else { throw typeError("can't concat \(typeName(b)) to bytearray") }
            try checkLength(x.count, y.count)
            x.bytes.append(contentsOf: y.bytes)
            return a
        case .mul:
            guard case .object(let r) = try repeatBytes(x, try repeatCount(b)) else { return a }
            x.bytes = unsafeDowncast(r, to: PyBytes.self).bytes
            return a
        default:
            return nil
        }
    }

    /// The count of a sequence repeat (`seq * n`), with CPython's errors; negative means 0.
    func repeatCount(_ count: Value) throws(PyError) -> Int {
        switch count {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .big(let b):
            if b.value.isNegative { return 0 }
            throw overflowError("cannot fit 'int' into an index-sized integer")
        default:
            if userSpecial(count, .index) != nil || count.payloadOrSelf.isIntLike {
                let n = try instanceIndex(count)
                if case .big(let b) = n {
                    if b.value.isNegative { return 0 }
                    throw overflowError("cannot fit '\(typeName(count))' into an index-sized integer")
                }
                return try repeatCount(n)
            }
            throw typeError("can't multiply sequence by non-int of type '\(typeName(count))'")
        }
    }

    /// An int-like value (int, bool, __index__) as an Int clamped to Int's range (so anything
    /// outside a byte stays outside it); nil when the value is not int-like.
    func byteIndexValue(_ v: Value) throws(PyError) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .big(let b): return b.value.isNegative ? Int.min : Int.max
        default:
            guard userSpecial(v, .index) != nil || v.payloadOrSelf.isIntLike else { return nil }
            return try byteIndexValue(try instanceIndex(v))
        }
    }

    /// One byte given as an int (bytearray item assignment, append, insert, remove, bytes(list)).
    /// `message` is CPython's range error ("byte must be in range(0, 256)"; bytes() says "bytes").
    func byteValue(_ v: Value, message: String = "byte must be in range(0, 256)") throws(PyError) -> UInt8 {
        guard let i = try byteIndexValue(v) else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        if i < 0 || i > 255 { throw valueError(message) }
        return UInt8(i)
    }

    /// `needle in b`: a byte given as an int, or a bytes-like subsequence.
    func bytesContains(_ b: PyBytes, _ needle: Value) throws(PyError) -> Bool {
        if let i = try byteIndexValue(needle) {
            if i < 0 || i > 255 { throw valueError("byte must be in range(0, 256)") }
            return b.bytes.contains(UInt8(i))
        }
        guard let n = needle.bytesObject else {
            throw typeError("a bytes-like object is required, not '\(typeName(needle))'")
        }
        return byteSearch(b.bytes, n.bytes, from: 0, to: b.count) >= 0
    }

    // MARK: indexing

    func bytesSubscript(_ b: PyBytes, _ idx: Value) throws(PyError) -> Value {
        if case .object(let o) = idx, let s = o as? PySlice {
            let r = try resolveSlice(s, length: b.count)
            if r.step == 1 {
                if r.count == b.count && !b.isMutable { return .object(b) }
                return .object(b.sameKind(r.count > 0 ? Array(b.bytes[r.start..<(r.start + r.count)]) : []))
            }
            var out: [UInt8] = []
            out.reserveCapacity(r.count)
            var i = r.start
            for _ in 0..<r.count {
                out.append(b.bytes[i])
                i += r.step
            }
            return .object(b.sameKind(out))
        }
        let i = try indexValue(idx, what: b.isMutable ? "bytearray" : "byte")
        let k = i < 0 ? i &+ b.count : i
        if k < 0 || k >= b.count { throw indexError(b.isMutable ? "bytearray index out of range" : "index out of range") }
        return .int(Int(b.bytes[k]))
    }

    /// `ba[i] = v` and `ba[a:b] = v` on a bytearray.
    func bytearrayStore(_ b: PyBytes, _ idx: Value, _ value: Value) throws(PyError) {
        if case .object(let o) = idx, let s = o as? PySlice {
            let items = try bytesForSliceAssignment(value)
            let r = try resolveSlice(s, length: b.count)
            if r.step == 1 {
                let lo = r.start, hi = max(r.start, r.start + r.count)
                try checkLength(b.count - (hi - lo), items.count)
                b.bytes.replaceSubrange(lo..<hi, with: items)
                return
            }
            if items.count != r.count {
                throw valueError("attempt to assign bytes of size \(items.count) to extended slice of size \(r.count)")
            }
            var i = r.start
            for v in items {
                b.bytes[i] = v
                i += r.step
            }
            return
        }
        let i = try indexValue(idx, what: "bytearray")
        let k = i < 0 ? i &+ b.count : i
        let v = try byteValue(value)
        if k < 0 || k >= b.count { throw indexError("bytearray index out of range") }
        b.bytes[k] = v
    }

    /// The bytes a slice assignment puts in (CPython's bytearray_ass_subscript rules).
    private func bytesForSliceAssignment(_ value: Value) throws(PyError) -> [UInt8] {
        if let o = value.bytesObject { return o.bytes }
        switch value {
        case .int, .big, .bool, .float, .str:
            throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        default:
            if userSpecial(value, .index) != nil || userSpecial(value, .int) != nil || userSpecial(value, .float) != nil {
                throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            }
            return try bytesFromObject(value, mutable: true)
        }
    }

    /// `del ba[i]` and `del ba[a:b]` on a bytearray.
    func bytearrayDelete(_ b: PyBytes, _ idx: Value) throws(PyError) {
        if case .object(let o) = idx, let s = o as? PySlice {
            let r = try resolveSlice(s, length: b.count)
            if r.count == 0 { return }
            if r.step == 1 {
                b.bytes.removeSubrange(r.start..<(r.start + r.count))
                return
            }
            var remove = filledArray(false as Bool, count: b.count)
            var i = r.start
            for _ in 0..<r.count {
                remove[i] = true
                i += r.step
            }
            var kept: [UInt8] = []
            kept.reserveCapacity(b.count - r.count)
            for (j, v) in b.bytes.enumerated() where !remove[j] { kept.append(v) }
            b.bytes = kept
            return
        }
        let i = try indexValue(idx, what: "bytearray")
        let k = i < 0 ? i &+ b.count : i
        if k < 0 || k >= b.count { throw indexError("bytearray index out of range") }
        b.bytes.remove(at: k)
    }
}
