// Indexing and slicing of str, list, tuple, dict and range: read, assign, delete (bytes and
// bytearray: BytesOperators.swift).

/// A slice resolved against a length, as CPython's PySlice_AdjustIndices does.
struct ResolvedSlice {
    var start: Int
    var stop: Int
    var step: Int
    var count: Int
}

extension VM {
    /// Converts an index-like value (int, bool, big int) to Int, with CPython's errors.
    func indexValue(_ v: Value, what: String) throws(PyError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .big: throw indexError("cannot fit 'int' into an index-sized integer")
        case .instance where userSpecial(v, .index) != nil || v.payloadOrSelf.isIntLike:
            let i = try instanceIndex(v)
            if case .big = i { throw indexError("cannot fit '\(typeName(v))' into an index-sized integer") }
            return try indexValue(i, what: what)
        default:
            if what == "string" { throw typeError("string indices must be integers, not '\(typeName(v))'") }
            throw typeError("\(what) indices must be integers or slices, not \(typeName(v))")
        }
    }

    func resolveSlice(_ s: PySlice, length: Int) throws(PyError) -> ResolvedSlice {
        func bound(_ v: Value) throws(PyError) -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .big(let b): return b.value.isNegative ? Int.min / 2 : Int.max / 2
            case .instance where userSpecial(v, .index) != nil || v.payloadOrSelf.isIntLike: return try bound(try instanceIndex(v))
            default: throw typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        var step = 1
        if let st = try bound(s.step) {
            if st == 0 { throw valueError("slice step cannot be zero") }
            step = max(st, -Int.max)
        }
        var start: Int, stop: Int
        if step > 0 {
            start = try bound(s.start) ?? 0
            stop = try bound(s.stop) ?? length
            if start < 0 { start = max(start + length, 0) } else if start > length { start = length }
            if stop < 0 { stop = max(stop + length, 0) } else if stop > length { stop = length }
        } else {
            start = try bound(s.start) ?? (length - 1)
            stop = try bound(s.stop) ?? -1 - length
            if start < 0 { start = max(start + length, -1) } else if start >= length { start = length - 1 }
            if stop < 0 { stop = max(stop + length, -1) } else if stop >= length { stop = length - 1 }
        }
        var count = 0
        if step > 0 {
            if start < stop { count = (stop - start - 1) / step + 1 }
        } else {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        }
        return ResolvedSlice(start: start, stop: stop, step: step, count: count)
    }

    func subscriptValue(_ obj: Value, _ idx: Value) throws(PyError) -> Value {
        if obj.hasUserType, let f = userSpecial(obj, .getitem) { return try callSpecial(f, obj, [idx]) }
        if case .instance(let inst) = obj, inst.type.builtinBase != nil {
            if let v = try subscriptWithMissing(obj, idx) { return v }
            return try subscriptValue(inst.builtinValue, idx)
        }
        switch obj {
        case .list(let l):
            if case .object(let o) = idx, let s = o as? PySlice {
                return .list(PyList(sliceArray(l.items, try resolveSlice(s, length: l.items.count))))
            }
            let i = try indexValue(idx, what: "list")
            let k = i < 0 ? i &+ l.items.count : i
            if k < 0 || k >= l.items.count { throw indexError("list index out of range") }
            return l.items[k]
        case .tuple(let t):
            if case .object(let o) = idx, let s = o as? PySlice {
                return .tuple(PyTuple(sliceArray(t.items, try resolveSlice(s, length: t.items.count))))
            }
            let i = try indexValue(idx, what: "tuple")
            let k = i < 0 ? i &+ t.items.count : i
            if k < 0 || k >= t.items.count { throw indexError("tuple index out of range") }
            return t.items[k]
        case .str(let s):
            if case .object(let o) = idx, let sl = o as? PySlice {
                return .str(sliceStr(s, try resolveSlice(sl, length: s.count)))
            }
            let i = try indexValue(idx, what: "string")
            let k = i < 0 ? i &+ s.count : i
            if k < 0 || k >= s.count { throw indexError("string index out of range") }
            if s.isASCII { return .str(PyStr.ascii[Int(s.bytes[k] & 0x7F)]) }
            let off = s.byteOffset(ofScalar: k)
            return .str(s.withUnsafeBufferPointer { b in
                let (c, len) = PyStr.decode(b, off)
                return PyStr.character(c, b.baseAddress.unsafelyUnwrapped + off, min(off + len, b.count) - off)
            })
        case .dict(let d):
            if let v = try d.get(idx) { return v }
            throw keyError(idx)
        case .object(let o):
            if o.isBytes { return try bytesSubscript(unsafeDowncast(o, to: PyBytes.self), idx) }
            if let r = o as? PyRange {
                if case .object(let so) = idx, let s = so as? PySlice {
                    return .object(try sliceRange(start: BigInt(r.start), step: BigInt(r.step),
                                                  length: BigInt(r.length), s))
                }
                // A PyRange's length fits Int, so an index outside Int is out of range.
                if case .big = idx { throw indexError("range object index out of range") }
                let i = try indexValue(idx, what: "range")
                let n = r.length
                let k = i < 0 ? i &+ n : i
                if k < 0 || k >= n { throw indexError("range object index out of range") }
                return .int(r.element(k))
            }
            if let r = o as? PyBigRange {
                if case .object(let so) = idx, let s = so as? PySlice {
                    return .object(try sliceRange(start: r.start, step: r.step, length: r.length, s))
                }
                guard let i = exactInt(idx) else { _ = try indexValue(idx, what: "range"); return .none }
                let k = i.isNegative ? i + r.length : i
                if k.isNegative || k >= r.length { throw indexError("range object index out of range") }
                return .int(r.element(k))
            }
            if let mp = o as? PyMappingProxy {
                if let v = try mp.dict.get(idx) { return v }
                throw keyError(idx)
            }
            throw typeError("'\(typeName(obj))' object is not subscriptable")
        case .type(let t) where t.isHeapType:
            if let f = t.lookup(Special.names[Special.classGetitem.rawValue]) {
                return try call(try descriptorGet(f, .none, t, Special.names[Special.classGetitem.rawValue]), [idx])
            }
            throw typeError("type '\(t.name)' is not subscriptable")
        case .type(let t) where PyGenericAlias.isGeneric(t):
            let args: [Value]
            if case .tuple(let tt) = idx { args = tt.items } else { args = [idx] }
            return .object(PyGenericAlias(origin: t, args: args))
        default:
            throw typeError("'\(typeName(obj))' object is not subscriptable")
        }
    }

    func sliceArray(_ a: [Value], _ r: ResolvedSlice) -> [Value] {
        if r.step == 1 { return r.count > 0 ? Array(a[r.start..<(r.start + r.count)]) : [] }
        var out: [Value] = []
        out.reserveCapacity(r.count)
        var i = r.start
        for _ in 0..<r.count {
            out.append(a[i])
            i += r.step
        }
        return out
    }

    func sliceStr(_ s: PyStr, _ r: ResolvedSlice) -> PyStr {
        if r.count == 0 { return PyStr.empty }
        if s.isASCII {
            return s.withUnsafeBufferPointer { b in
                if r.step == 1 { return strPiece(b, r.start, r.start + r.count, ascii: true) }
                return PyStr.make(byteCount: r.count, codePoints: r.count) { out in
                    var i = r.start
                    for k in 0..<r.count {
                        out[k] = b[i]
                        i += r.step
                    }
                }
            }
        }
        if r.step == 1 {
            // A contiguous run: its bytes copied, no decoding into code points.
            let from = s.byteOffset(ofScalar: r.start)
            let to = s.byteOffset(ofScalar: r.start + r.count)
            return s.withUnsafeBufferPointer { b in strPiece(b, from, to, ascii: false) }
        }
        let scalars = s.scalars
        var out: [UInt32] = []
        out.reserveCapacity(r.count)
        var i = r.start
        for _ in 0..<r.count {
            out.append(scalars[i])
            i += r.step
        }
        return PyStr.fromScalars(out)
    }

    func storeSubscript(_ obj: Value, _ idx: Value, _ value: Value) throws(PyError) {
        if obj.hasUserType, let f = userSpecial(obj, .setitem) {
            _ = try callSpecial(f, obj, [idx, value])
            return
        }
        if obj.hasPayload { return try storeSubscript(obj.payloadOrSelf, idx, value) }
        switch obj {
        case .list(let l):
            if case .object(let o) = idx, let s = o as? PySlice {
                let items: [Value]
                if case .list(let src) = value { items = src.items } else {
                    if !isIterable(value) { throw typeError("can only assign an iterable") }
                    items = try iterableToArray(value, forUnpack: false)
                }
                let r = try resolveSlice(s, length: l.items.count)
                if r.step == 1 {
                    let lo = r.start, hi = max(r.start, r.start + r.count)
                    try checkLength(l.items.count - (hi - lo), items.count)
                    l.items.replaceSubrange(lo..<hi, with: items)
                } else {
                    if items.count != r.count {
                        throw valueError("attempt to assign sequence of size \(items.count) to extended slice of size \(r.count)")
                    }
                    var i = r.start
                    for v in items {
                        l.items[i] = v
                        i += r.step
                    }
                }
                return
            }
            let i = try indexValue(idx, what: "list")
            let k = i < 0 ? i &+ l.items.count : i
            if k < 0 || k >= l.items.count { throw indexError("list assignment index out of range") }
            l.items[k] = value
        case .dict(let d):
            try d.set(idx, value)
        default:
            if let b = obj.bytesObject, b.isMutable { return try bytearrayStore(b, idx, value) }
            throw typeError("'\(typeName(obj))' object does not support item assignment")
        }
    }

    func deleteSubscript(_ obj: Value, _ idx: Value) throws(PyError) {
        if obj.hasUserType, let f = userSpecial(obj, .delitem) {
            _ = try callSpecial(f, obj, [idx])
            return
        }
        if obj.hasPayload { return try deleteSubscript(obj.payloadOrSelf, idx) }
        switch obj {
        case .list(let l):
            if case .object(let o) = idx, let s = o as? PySlice {
                let r = try resolveSlice(s, length: l.items.count)
                if r.count == 0 { return }
                if r.step == 1 {
                    l.items.removeSubrange(r.start..<(r.start + r.count))
                } else {
                    var remove = filledArray(false as Bool, count: l.items.count)
                    var i = r.start
                    for _ in 0..<r.count {
                        remove[i] = true
                        i += r.step
                    }
                    var kept: [Value] = []
                    kept.reserveCapacity(l.items.count - r.count)
                    for (j, v) in l.items.enumerated() where !remove[j] { kept.append(v) }
                    l.items = kept
                }
                return
            }
            let i = try indexValue(idx, what: "list")
            let k = i < 0 ? i &+ l.items.count : i
            if k < 0 || k >= l.items.count { throw indexError("list assignment index out of range") }
            l.items.remove(at: k)
        case .dict(let d):
            if try d.remove(idx) == nil { throw keyError(idx) }
        default:
            if let b = obj.bytesObject, b.isMutable { return try bytearrayDelete(b, idx) }
            throw typeError("'\(typeName(obj))' object doesn't support item deletion")
        }
    }
}
