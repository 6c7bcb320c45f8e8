// Operators, comparisons, truth, len, hash, iteration and calls on instances of user classes:
// CPython's special-method dispatch, with reflected operands and NotImplemented.

extension BinOp {
    var forward: Special {
        switch self {
        case .add: return .add
        case .sub: return .sub
        case .mul: return .mul
        case .truediv: return .truediv
        case .floordiv: return .floordiv
        case .mod: return .mod
        case .pow: return .pow
        case .lshift: return .lshift
        case .rshift: return .rshift
        case .bitand: return .and
        case .bitor: return .or
        case .bitxor: return .xor
        case .matmul: return .matmul
        }
    }
    var reflected: Special { Special(rawValue: forward.rawValue - Special.add.rawValue + Special.radd.rawValue)! }
    var inPlace: Special { Special(rawValue: forward.rawValue - Special.add.rawValue + Special.iadd.rawValue)! }
}

extension CmpOp {
    var special: Special {
        switch self {
        case .eq: return .eq
        case .ne: return .ne
        case .lt: return .lt
        case .le: return .le
        case .gt: return .gt
        default: return .ge
        }
    }
    /// The operator with the operands swapped (a < b is b > a).
    var swapped: CmpOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .gt: return .lt
        case .ge: return .le
        default: return self
        }
    }
}

extension Value {
    /// A value whose type is a user class (instances, and exceptions of user classes).
    @inline(__always) var hasUserType: Bool {
        switch self {
        case .instance: return true
        case .exception(let e): return e.type.isHeapType
        case .type(let t): return t.metatype != nil
        default: return false
        }
    }
}

extension VM {
    /// The special method `s` of v's class, when the class is a user class overriding it.
    @inline(__always)
    func userSpecial(_ v: Value, _ s: Special) -> Value? {
        switch v {
        case .instance(let i): return i.type.special(s)
        case .exception(let e): return e.type.special(s)
        case .type(let t): return t.metatype?.special(s)
        default: return nil
        }
    }

    /// Calls a special method found on the class with `v` as self.
    func callSpecial(_ f: Value, _ v: Value, _ args: [Value]) throws(PyError) -> Value {
        if let fn = isPlainFunction(f, argc: args.count + 1) {
            switch args.count {
            case 0: return try callPlain(fn, 1, v)
            case 1: return try callPlain(fn, 2, v, args[0])
            case 2: return try callPlain(fn, 3, v, args[0], args[1])
            default: return try callPlain(fn, 4, v, args[0], args[1], args[2])
            }
        }
        return try callSpecialSlow(f, v, args)
    }

    /// The one-argument form (binary operators, comparisons): no argument array.
    func callSpecial(_ f: Value, _ v: Value, _ arg: Value) throws(PyError) -> Value {
        if let fn = isPlainFunction(f, argc: 2) { return try callPlain(fn, 2, v, arg) }
        return try callSpecialSlow(f, v, [arg])
    }

    private func callSpecialSlow(_ f: Value, _ v: Value, _ args: [Value]) throws(PyError) -> Value {
        if case .object(let o) = f {
            if let sm = o as? PyStaticMethod { return try call(sm.function, args) }
            if let cm = o as? PyClassMethod { return try call(cm.function, [.type(typeOf(v))] + args) }
        }
        return try call(f, [v] + args)
    }

    /// a op b where either operand has a user class; nil when neither defines the operator.
    func instanceBinaryOp(_ op: BinOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        try instanceBinarySpecial(op.forward, op.reflected, a, b)
    }

    /// The forward/reflected dispatch of a binary operator (also divmod()).
    func instanceBinarySpecial(_ fs: Special, _ rs: Special, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        let ta = typeOf(a), tb = typeOf(b)
        let forward = userSpecial(a, fs)
        var reflected: Value? = nil
        if ta !== tb { reflected = userSpecial(b, rs) }
        if forward == nil && reflected == nil { return nil }
        // A subclass's reflected method goes first when it overrides the base's.
        if let r = reflected, tb.isSubtype(of: ta),
           !sameAttribute(ta.lookup(Special.names[rs.rawValue]), r) {
            let v = try callSpecial(r, b, a)
            if !v.isNotImplemented { return v }
            reflected = nil
        }
        if let f = forward {
            let v = try callSpecial(f, a, b)
            if !v.isNotImplemented { return v }
        }
        if let r = reflected {
            let v = try callSpecial(r, b, a)
            if !v.isNotImplemented { return v }
        }
        return .notImplemented
    }

    private func sameAttribute(_ a: Value?, _ b: Value) -> Bool {
        guard let a = a else { return false }
        return identical(a, b)
    }

    /// a op= b for a user class: __iop__, then the binary operator.
    func instanceInplaceOp(_ op: BinOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        if let f = userSpecial(a, op.inPlace) {
            let v = try callSpecial(f, a, b)
            if !v.isNotImplemented { return v }
        }
        return try instanceBinaryOp(op, a, b)
    }

    /// Rich comparison (CPython's do_richcompare); the result may be any object.
    func richCompare(_ op: CmpOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        if !a.hasUserType && !b.hasUserType { return .bool(try compareOp(op, a, b)) }
        let ta = typeOf(a), tb = typeOf(b)
        var checkedReverse = false
        if ta !== tb, b.hasUserType, tb.isSubtype(of: ta) {
            checkedReverse = true
            let r = try userCompare(op.swapped, b, a)
            if !r.isNotImplemented { return r }
        }
        if a.hasUserType {
            let r = try userCompare(op, a, b)
            if !r.isNotImplemented { return r }
        }
        if !checkedReverse && b.hasUserType {
            let r = try userCompare(op.swapped, b, a)
            if !r.isNotImplemented { return r }
        }
        if a.hasPayload || b.hasPayload {
            // The builtin values compare; errors still name the subclasses.
            let x = a.payloadOrSelf, y = b.payloadOrSelf
            if !x.hasUserType && !y.hasUserType {
                do throws(PyError) {
                    return .bool(try compareOp(op, x, y))
                } catch {
                    if error.exc.type !== PyType.typeError || op == .eq || op == .ne { throw error }
                }
            }
        }
        switch op {
        case .eq: return .bool(identical(a, b))
        case .ne: return .bool(!identical(a, b))
        default:
            throw typeError("'\(op.symbol)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    /// x's own comparison method (object's defaults when its class defines none).
    func userCompare(_ op: CmpOp, _ x: Value, _ y: Value) throws(PyError) -> Value {
        if let f = userSpecial(x, op.special) { return try callSpecial(f, x, y) }
        switch op {
        case .eq: return identical(x, y) ? .bool(true) : .notImplemented
        case .ne:
            if case .instance(let i) = x, let base = i.type.builtinBase {
                // The MRO's __ne__ is the builtin's (str.__ne__, int.__ne__): it compares the
                // values, whatever __eq__ the subclass defines.
                let y2 = y.payloadOrSelf
                guard !y2.hasUserType, payloadAcceptsOperand(base, y2) else { return .notImplemented }
                return .bool(try compareOp(.ne, x.payloadOrSelf, y2))
            }
            let eq: Value
            if let f = userSpecial(x, .eq) { eq = try callSpecial(f, x, y) } else {
                eq = identical(x, y) ? .bool(true) : .notImplemented
            }
            if eq.isNotImplemented { return eq }
            return .bool(!(try truthy(eq)))
        default: return .notImplemented
        }
    }

    func instanceTruthy(_ v: Value) throws(PyError) -> Bool {
        if let f = userSpecial(v, .bool) {
            let r = try callSpecial(f, v, [])
            guard case .bool(let b) = r else {
                throw typeError("__bool__ should return bool, returned \(typeName(r))")
            }
            return b
        }
        if userSpecial(v, .len) != nil { return try instanceLength(v) != 0 }
        if v.hasPayload { return try truthy(v.payloadOrSelf) }
        return true
    }

    func instanceLength(_ v: Value) throws(PyError) -> Int {
        guard let f = userSpecial(v, .len) else {
            if v.hasPayload { return try length(v.payloadOrSelf) }
            throw typeError("object of type '\(typeName(v))' has no len()")
        }
        let r = try callSpecial(f, v, [])
        let n: Int
        switch r {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        case .big(let b):
            if b.value.isNegative { throw valueError("__len__() should return >= 0") }
            throw overflowError("cannot fit 'int' into an index-sized integer")
        default:
            if userSpecial(r, .index) != nil, case .int(let i) = try instanceIndex(r) { n = i; break }
            throw typeError("'\(typeName(r))' object cannot be interpreted as an integer")
        }
        if n < 0 { throw valueError("__len__() should return >= 0") }
        return n
    }

    /// __index__, checked to return an int.
    func instanceIndex(_ v: Value) throws(PyError) -> Value {
        // An int subclass is its value (its own __index__ is not asked), as in CPython.
        let p = v.payloadOrSelf
        if p.isIntLike { return p.isBool ? .int(p.boolAsInt) : p }
        guard let f = userSpecial(v, .index) else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        let r = try callSpecial(f, v, [])
        switch r {
        case .int, .big: return r
        case .bool(let b): return .int(b ? 1 : 0)
        default: throw typeError("__index__ returned non-int (type \(typeName(r)))")
        }
    }

    func instanceHash(_ v: Value) throws(PyError) -> Int {
        let t = typeOf(v)
        if t.hashIsNone { throw typeError("unhashable type: '\(t.name)'") }
        if let f = userSpecial(v, .hash) {
            let r = try callSpecial(f, v, [])
            switch r {
            case .int(let i): return i == -1 ? -2 : i
            case .bool(let b): return b ? 1 : 0
            case .big(let b): return b.value.pythonHash
            default: throw typeError("__hash__ method should return an integer")
            }
        }
        if v.hasPayload {
            switch v.payloadOrSelf {
            case .list, .dict: throw typeError("unhashable type: '\(t.name)'")
            case .set(let s) where !s.isFrozen: throw typeError("unhashable type: '\(t.name)'")
            case let p: return try pyHash(p)
            }
        }
        return identity(v) >> 4
    }

    /// iter(v) for a user class: __iter__, else the __getitem__ sequence protocol.
    func instanceIterator(_ v: Value) throws(PyError) -> PyIterator {
        if let f = userSpecial(v, .iter) {
            if f.isNone { throw typeError("'\(typeName(v))' object is not iterable") }
            let r = try callSpecial(f, v, [])
            return try iteratorObject(r)
        }
        if v.hasPayload { return try getIterator(v.payloadOrSelf) }
        if userSpecial(v, .getitem) != nil { return SequenceIterator(v) }
        throw typeError("'\(typeName(v))' object is not iterable")
    }

    /// The iterator a __iter__ returned, wrapped for the VM when it is a user object.
    func iteratorObject(_ r: Value) throws(PyError) -> PyIterator {
        if case .object(let o) = r, let it = o as? PyIterator { return it }
        if userSpecial(r, .next) != nil { return InstanceIterator(r) }
        throw typeError("iter() returned non-iterator of type '\(typeName(r))'")
    }

    /// next() on a user iterator: nil at StopIteration.
    func instanceNext(_ v: Value) throws(PyError) -> Value? {
        guard let f = userSpecial(v, .next) else {
            throw typeError("'\(typeName(v))' object is not an iterator")
        }
        do throws(PyError) {
            return try callSpecial(f, v, [])
        } catch {
            if error.exc.type.isSubtype(of: .stopIteration) { return nil }
            throw error
        }
    }
}

/// A user object with __next__, as the VM's iterators see it.
final class InstanceIterator: PyIterator {
    let object: Value
    init(_ v: Value) { object = v }
    override var typeName: String { "iterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? { try vm.instanceNext(object) }
}

/// Iteration through __getitem__(0), __getitem__(1), ... until IndexError or StopIteration.
final class SequenceIterator: PyIterator {
    let object: Value
    var index = 0
    var done = false
    init(_ v: Value) { object = v }
    override var typeName: String { "iterator" }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if done { return nil }
        do throws(PyError) {
            let r = try vm.subscriptValue(object, .int(index))
            index += 1
            return r
        } catch {
            if error.exc.type.isSubtype(of: .indexError) || error.exc.type.isSubtype(of: .stopIteration) {
                done = true
                return nil
            }
            throw error
        }
    }
}
