// iter(), materialising iterables, and sequence unpacking.

extension VM {
    func getIterator(_ v: Value) throws(PyError) -> PyIterator {
        switch v {
        case .list(let l): return ListIterator(l)
        case .tuple(let t): return ArrayIterator(t.items, name: "tuple_iterator")
        case .str(let s): return StrIterator(s)
        case .dict(let d): return DictIterator(d, .keys)
        case .set(let s): return SetIterator(s)
        case .object(let o):
            if let it = o as? PyIterator { return it }
            if o.isBytes { return BytesIterator(unsafeDowncast(o, to: PyBytes.self)) }
            if let r = o as? PyRange { return RangeIterator(r) }
            if let r = o as? PyBigRange { return BigRangeIterator(next: r.start, remaining: r.length, step: r.step) }
            if let dv = o as? PyDictView { return DictIterator(dv.dict, dv.mode) }
            if let mp = o as? PyMappingProxy { return DictIterator(mp.dict, .keys) }
        case .instance, .exception, .type:
            if v.hasUserType { return try instanceIterator(v) }
        default: break
        }
        throw typeError("'\(typeName(v))' object is not iterable")
    }

    /// list(v). `forUnpack` words the error as star-unpacking does.
    func iterableToArray(_ v: Value, forUnpack: Bool) throws(PyError) -> [Value] {
        switch v {
        case .list(let l): return l.items
        case .tuple(let t): return t.items
        case .object(let o):
            if o.isBytes {
                let b = unsafeDowncast(o, to: PyBytes.self)
                var out: [Value] = []
                out.reserveCapacity(b.count)
                for x in b.bytes { out.append(.int(Int(x))) }
                return out
            }
            if let r = o as? PyRange {
                let n = r.length
                if n > Limits.maxSequenceLength { throw memoryError() }
                var out: [Value] = []
                out.reserveCapacity(n)
                for i in 0..<n { out.append(.int(r.element(i))) }
                return out
            }
            if let r = o as? PyBigRange {
                // CPython sizes the list from len() first, so a length past ssize_t is an OverflowError.
                guard let n = r.length.asInt else { throw overflowError("Python int too large to convert to C ssize_t") }
                if n > Limits.maxSequenceLength { throw memoryError() }
                var out: [Value] = []
                out.reserveCapacity(n)
                var v = r.start
                for _ in 0..<n {
                    out.append(.int(v))
                    v = v + r.step
                }
                return out
            }
        default: break
        }
        let it: PyIterator
        do throws(PyError) {
            it = try getIterator(v)
        } catch {
            // Only when v cannot be iterated at all (not when its __iter__ misbehaves).
            if forUnpack, error.exc.type === PyType.typeError, !v.hasUserType || userSpecial(v, .iter) == nil {
                throw typeError("Value after * must be an iterable, not \(typeName(v))")
            }
            throw error
        }
        var out: [Value] = []
        while let x = try it.next(self) {
            out.append(x)
            if out.count > Limits.maxSequenceLength { throw memoryError() }
        }
        return out
    }

    func toArray(_ v: Value) throws(PyError) -> [Value] {
        return try iterableToArray(v, forUnpack: false)
    }

    /// Items for `a, b = v`, with CPython's messages.
    func unpackItems(_ v: Value, count n: Int) throws(PyError) -> [Value] {
        var items: [Value]
        switch v {
        case .tuple(let t): items = t.items
        case .list(let l): items = l.items
        default:
            let it: PyIterator
            do throws(PyError) {
                it = try getIterator(v)
            } catch {
                throw typeError("cannot unpack non-iterable \(typeName(v)) object")
            }
            items = []
            while let x = try it.next(self) {
                items.append(x)
                if items.count > n { throw valueError("too many values to unpack (expected \(n))") }
            }
        }
        if items.count > n { throw valueError("too many values to unpack (expected \(n))") }
        if items.count < n { throw valueError("not enough values to unpack (expected \(n), got \(items.count))") }
        return items
    }
}

/// dict.keys() / values() / items(): a live view over the dict.
final class PyDictView: PyObject {
    let dict: PyDict
    let mode: DictIterator.Mode
    init(_ d: PyDict, _ mode: DictIterator.Mode) {
        dict = d
        self.mode = mode
    }
    override var pyType: PyType {
        switch mode {
        case .keys: return PyType.dictKeys
        case .values: return PyType.dictValues
        case .items: return PyType.dictItems
        }
    }
}

extension PyType {
    static let dictKeys = PyType("dict_keys", base: object, kind: .object)
    static let dictValues = PyType("dict_values", base: object, kind: .object)
    static let dictItems = PyType("dict_items", base: object, kind: .object)
}

extension Value {
    /// dict.keys() or dict.items(): views that take part in set operators.
    var isSetLikeDictView: Bool {
        if case .object(let o) = self, let v = o as? PyDictView { return v.mode != .values }
        return false
    }
}

extension VM {
    /// `keys & other`, `other | items`, ...: a dict's keys or items view with any iterable on
    /// either side, as sets (CPython's dictviews_and/or/sub/xor); the result is a set.
    func dictViewSetOp(_ op: BinOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        let left = PySet(frozen: false)
        for x in try toArray(a) { try left.add(x) }
        let right = PySet(frozen: false)
        for x in try toArray(b) { try right.add(x) }
        let out = PySet(frozen: false)
        switch op {
        case .bitand:
            for x in left.elements where try right.contains(x) { try out.add(x) }
        case .bitor:
            for x in left.elements { try out.add(x) }
            for x in right.elements { try out.add(x) }
        case .sub:
            for x in left.elements where try !right.contains(x) { try out.add(x) }
        default:
            for x in left.elements where try !right.contains(x) { try out.add(x) }
            for x in right.elements where try !left.contains(x) { try out.add(x) }
        }
        return .set(out)
    }
}
