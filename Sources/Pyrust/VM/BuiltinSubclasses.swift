// Subclasses of the builtin value types (list, dict, set, frozenset, str, int, float, tuple).
// An instance is an ordinary PyInstance (attributes, methods, special methods of the user
// class) that wraps a value of its builtin base in `builtinValue`. Whatever the user class
// does not define falls through to that value, as CPython's slots fall through to the base
// type: len, iteration, subscripts, ==, hashing, repr, arithmetic and the type's methods
// (`self.append(x)` appends to the wrapped list). The builtin's methods return plain builtin
// values (`MyStr('a').upper()` is a str), as in CPython.

extension Value {
    /// The wrapped builtin value of a list/dict/str/... subclass instance, else self.
    @inline(__always) var payloadOrSelf: Value {
        if case .instance(let i) = self, i.type.builtinBase != nil { return i.builtinValue }
        return self
    }

    /// An int or bool (what an index or int payload may be).
    @inline(__always) var isIntLike: Bool {
        switch self {
        case .int, .big, .bool: return true
        default: return false
        }
    }

    /// An int, bool or float.
    @inline(__always) var isNumber: Bool {
        switch self {
        case .int, .big, .bool, .float: return true
        default: return false
        }
    }

    /// An instance of a builtin subclass (wrapping a builtin value).
    @inline(__always) var hasPayload: Bool {
        if case .instance(let i) = self { return i.type.builtinBase != nil }
        return false
    }
}

/// A method of list/dict/str/... reached from a subclass (`super().__init__`,
/// `super().__getitem__(k)`, `self.__len__`), bound to the instance whose value it acts on;
/// `__new__` is unbound (the class comes first, as in `super().__new__(cls, v)`).
final class PyPayloadMethod: PyObject {
    let owner: PyType
    let name: PyStr
    let receiver: Value
    init(owner: PyType, name: PyStr, receiver: Value) {
        self.owner = owner
        self.name = name
        self.receiver = receiver
    }
    override var pyType: PyType { .builtinFunction }
    override func nativeRepr(_ vm: VM) throws(PyError) -> String? {
        if case .none = receiver { return nil }
        let n = name.string
        let k = owner.kind
        let builtinMethod = n == "__format__" || ((n == "__getitem__" || n == "__reversed__") && (k == .list || k == .dict))
            || (n == "__contains__" && (k == .dict || k == .set || k == .frozenset))
        let of = "of \(typeName(receiver)) object at \(vm.addressText(receiver))"
        return builtinMethod ? "<built-in method \(n) \(of)>" : "<method-wrapper '\(n)' \(of)>"
    }
}

/// The special methods the builtin value types provide to their subclasses.
private let payloadSpecialNames: Set<String> = Immortal.set([
    "__init__", "__new__", "__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__iter__",
    "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__",
    "__add__", "__radd__", "__mul__", "__rmul__", "__iadd__", "__imul__", "__sub__", "__rsub__", "__mod__",
    "__truediv__", "__floordiv__", "__and__", "__or__", "__xor__", "__neg__", "__format__", "__int__",
    "__float__", "__index__", "__reversed__",
])

extension VM {
    /// Whether builtin type `t` can be subclassed with a wrapped value.
    func isMutablePayloadType(_ t: PyType) -> Bool {
        t === PyType.list || t === PyType.dict || t === PyType.set
    }

    /// A method of builtin type `owner` called `name`, bound to `receiver` (nil: no such method).
    func payloadMethod(_ owner: PyType, _ name: PyStr, _ receiver: Value) -> Value? {
        let n = name.string
        if payloadSpecialNames.contains(n) {
            return .object(PyPayloadMethod(owner: owner, name: name, receiver: n == "__new__" ? .none : receiver))
        }
        guard let m = MethodName.byName[n], let ms = methodSet(for: owner), ms.contains(m) else { return nil }
        return .object(PyPayloadMethod(owner: owner, name: name, receiver: receiver))
    }

    /// `name` along a builtin subclass's MRO: class dicts, then the builtin base's methods and
    /// data attributes (bound to the instance: second result true), then object's.
    func payloadLookup(_ inst: PyInstance, _ name: PyStr) throws(PyError) -> (Value?, Bool) {
        let t = inst.type
        for k in 0..<t.mroCount {
            let c = t.mroEntry(k)
            if let d = c.dict {
                if let v = d.getStr(name) { return (v, false) }
            } else if c === t.builtinBase {
                if let m = payloadMethod(c, name, .instance(inst)) { return (m, true) }
                if !name.string.hasPrefix("__"), MethodName.byName[name.string] != nil {
                    do throws(PyError) {
                        return (try builtinGetAttr(inst.builtinValue, name), true)
                    } catch {
                        if !error.exc.type.isSubtype(of: .attributeError) { throw error }
                    }
                }
            } else if let m = nativeMethod(c, name) {
                return (.object(m), false)
            }
        }
        return (nil, false)
    }

    /// A new instance of `t` (a subclass of builtin `base`) wrapping the value `base(*args)`
    /// (mutable types start empty: their __init__ fills them).
    func makePayloadInstance(_ t: PyType, _ base: PyType, _ args: Args) throws(PyError) -> Value {
        if t.isAbstract { throw try abstractInstantiationError(t) }
        let payload: Value
        if isMutablePayloadType(base) {
            payload = try construct(base, Args(UnsafeBufferPointer(start: nil, count: 0), positionalCount: 0))
        } else {
            payload = try construct(base, args)
        }
        if !t.isHeapType { return payload }
        let inst = PyInstance(t)
        inst.builtinValue = payload
        return .instance(inst)
    }

    /// list/dict/set __init__: refills the wrapped value from the arguments.
    func initPayload(_ inst: PyInstance, _ base: PyType, _ args: Args) throws(PyError) {
        try refill(inst.builtinValue, base, args)
    }

    /// A list, dict or set given the contents `base(args)` would have (its __init__).
    func refill(_ target: Value, _ base: PyType, _ args: Args) throws(PyError) {
        let fresh = try construct(base, args)
        switch (target, fresh) {
        case (.list(let l), .list(let f)): l.items = f.items
        case (.dict(let d), .dict(let f)):
            for (k, v) in f.items { try d.set(k, v) }   // dict.__init__ updates (list's and set's replace)
        case (.set(let s), .set(let f)):
            s.removeAll()
            for v in f.elements { try s.add(v) }
        default: break
        }
    }

    /// Calls a builtin type's method on a subclass instance's wrapped value.
    func callPayloadMethod(_ m: PyPayloadMethod, _ args: Args) throws(PyError) -> Value {
        let n = m.name.string
        if n == "__new__" {
            guard args.count >= 1, case .type(let cls) = args[0] else {
                throw typeError("\(m.owner.name).__new__(X): X is not a type object (\(args.count >= 1 ? typeName(args[0]) : "NoneType"))")
            }
            guard cls.isSubtype(of: m.owner) else {
                throw typeError("\(m.owner.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(m.owner.name)")
            }
            let rest = Args(UnsafeBufferPointer(rebasing: args.values[1...]), positionalCount: args.positionalCount - 1,
                            kwNames: args.kwNames)
            return try makePayloadInstance(cls, m.owner, rest)
        }
        if n == "__init__", case .none = m.receiver {
            // The unbound `dict.__init__(self, ...)`.
            guard args.count >= 1 else {
                throw typeError("descriptor '__init__' of '\(m.owner.name)' object needs an argument")
            }
            let me = args[0]
            guard typeOf(me).isSubtype(of: m.owner) else {
                throw typeError("descriptor '__init__' requires a '\(m.owner.name)' object but received a '\(typeName(me))'")
            }
            let rest = Args(UnsafeBufferPointer(rebasing: args.values[1...]), positionalCount: args.positionalCount - 1,
                            kwNames: args.kwNames)
            try refill(me.payloadOrSelf, m.owner, rest)
            return .none
        }
        let recv = m.receiver
        let p = recv.payloadOrSelf
        func arg(_ i: Int) throws(PyError) -> Value {
            guard i < args.count else {
                throw typeError("expected \(i + 1) argument\(i == 0 ? "" : "s"), got \(args.count)")
            }
            return args[i]
        }
        // A plain method (items, get, append): straight to the builtin's own.
        if n.utf8.first != 0x5F, let mn = MethodName.byName[n] { return try callMethod(p, mn, args) }
        switch n {
        case "__init__":
            if case .instance(let inst) = recv, isMutablePayloadType(m.owner) { try initPayload(inst, m.owner, args) }
            return .none
        case "__getitem__": return try subscriptValue(p, try arg(0))
        case "__setitem__": try storeSubscript(p, try arg(0), try arg(1)); return .none
        case "__delitem__": try deleteSubscript(p, try arg(0)); return .none
        case "__len__": return .int(try length(p))
        case "__contains__": return .bool(try contains(p, try arg(0)))
        case "__iter__": return .object(try getIterator(p))
        case "__reversed__": return try callBuiltinByName("reversed", [p])
        case "__repr__": return .str(try repr(p))
        case "__str__": return .str(try str(p))
        case "__hash__": return .int(try pyHash(p))
        case "__bool__": return .bool(try truthy(p))
        case "__format__": return .str(try formatValue(self, p, spec: try strArgument(try arg(0))))
        case "__int__", "__index__": return try constructFrom(.int, p)
        case "__float__": return try constructFrom(.float, p)
        case "__neg__": return try unaryNegative(p)
        case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__":
            let op: CmpOp
            switch n {
            case "__eq__": op = .eq
            case "__ne__": op = .ne
            case "__lt__": op = .lt
            case "__le__": op = .le
            case "__gt__": op = .gt
            default: op = .ge
            }
            let other = try arg(0).payloadOrSelf
            if other.hasUserType || !payloadAcceptsOperand(m.owner, other) { return .notImplemented }
            do throws(PyError) {
                return .bool(try compareOp(op, p, other))
            } catch {
                if error.exc.type === PyType.typeError { return .notImplemented }
                throw error
            }
        default:
            if let (op, reflected, inplace) = payloadBinaryMethod(n) {
                let other = try arg(0).payloadOrSelf
                if other.hasUserType { return .notImplemented }
                if payloadSequenceRaises(m.owner, op) {
                    // `[1].__add__(3)`, `"a".__mul__(2.0)`: CPython raises, as the operator does.
                    if op == .mul {
                        switch other {
                        case .int, .big, .bool: break
                        default: throw typeError("'\(typeName(other))' object cannot be interpreted as an integer")
                        }
                    }
                    if inplace {
                        let r = try inplaceOp(op, p, other)
                        return identical(r, p) ? recv : r
                    }
                    return reflected ? try binaryOp(op, other, p) : try binaryOp(op, p, other)
                }
                if !payloadAcceptsOperand(m.owner, other) {
                    switch m.owner.kind {
                    case .int, .bool, .float, .dict, .set, .frozenset: return .notImplemented
                    default: break
                    }
                }
                do throws(PyError) {
                    if inplace {
                        let r = try inplaceOp(op, p, other)
                        return identical(r, p) ? recv : r
                    }
                    return reflected ? try binaryOp(op, other, p) : try binaryOp(op, p, other)
                } catch {
                    if error.exc.type === PyType.typeError { return .notImplemented }
                    throw error
                }
            }
            guard let mn = MethodName.byName[n] else {
                throw attributeError("'\(m.owner.name)' object has no attribute '\(n)'")
            }
            return try callMethod(p, mn, args)
        }
    }

    /// The operator of a builtin's binary dunder (reflected, in-place), or nil for any
    /// other name. A switch: this runs for every payload method call that reaches it.
    private func payloadBinaryMethod(_ n: String) -> (BinOp, Bool, Bool)? {
        // Only dunders are operators: a plain method name (items, get) is answered at once.
        guard n.utf8.first == 0x5F else { return nil }
        switch n {
        case "__add__": return (.add, false, false)
        case "__radd__": return (.add, true, false)
        case "__mul__": return (.mul, false, false)
        case "__rmul__": return (.mul, true, false)
        case "__sub__": return (.sub, false, false)
        case "__rsub__": return (.sub, true, false)
        case "__mod__": return (.mod, false, false)
        case "__truediv__": return (.truediv, false, false)
        case "__floordiv__": return (.floordiv, false, false)
        case "__and__": return (.bitand, false, false)
        case "__or__": return (.bitor, false, false)
        case "__xor__": return (.bitxor, false, false)
        case "__iadd__": return (.add, false, true)
        case "__imul__": return (.mul, false, true)
        default: return nil
        }
    }

    /// `t(v)` for one positional argument.
    func constructFrom(_ t: PyType, _ v: Value) throws(PyError) -> Value {
        let buf = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        buf.initialize(to: v)
        defer { buf.deinitialize(count: 1); buf.deallocate() }
        return try construct(t, Args(UnsafeBufferPointer(start: buf, count: 1), positionalCount: 1))
    }

    private func strArgument(_ v: Value) throws(PyError) -> PyStr {
        guard case .str(let s) = v.payloadOrSelf else {
            throw typeError("format() argument 2 must be str, not \(typeName(v))")
        }
        return s
    }

    private func callBuiltinByName(_ name: String, _ args: [Value]) throws(PyError) -> Value {
        guard let f = Builtins.lookup(name) else { throw typeError("no builtin \(name)") }
        return try call(f, args)
    }

    /// An argument that must be an integer: __index__ of a user class, an int subclass's value.
    func indexArgument(_ v: Value) throws(PyError) -> Value {
        if case .instance = v, userSpecial(v, .index) != nil || v.payloadOrSelf.isIntLike { return try instanceIndex(v) }
        return v
    }

    /// Whether `t(inst)` is `t(inst's wrapped value)`: the subclass does not customise the
    /// conversion.
    func convertsThroughValue(_ t: PyType, _ inst: PyInstance) -> Bool {
        let v = Value.instance(inst)
        switch t.kind {
        case .int: return userSpecial(v, .int) == nil && userSpecial(v, .index) == nil && userSpecial(v, .trunc) == nil
        case .float: return userSpecial(v, .float) == nil && userSpecial(v, .index) == nil
        case .str: return userSpecial(v, .str) == nil && userSpecial(v, .repr) == nil
        case .list, .tuple, .set, .frozenset: return userSpecial(v, .iter) == nil
        case .dict: return userSpecial(v, .iter) == nil
        default: return false
        }
    }

    /// a op b on builtin subclass instances (their classes define no operator method): the
    /// wrapped values, with CPython's error naming the subclasses.
    func payloadBinaryOp(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool) throws(PyError) -> Value {
        let x = a.payloadOrSelf, y = b.payloadOrSelf
        return try payloadResult(op, a, b, inplace: inplace) { () throws(PyError) -> Value in
            try self.builtinBinaryOp(op, x, y, inplace: inplace)
        }
    }

    /// Runs a builtin operation on wrapped values; an "unsupported operand" error is
    /// reported with the original operands' types.
    func payloadResult(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool,
                       _ body: () throws(PyError) -> Value) throws(PyError) -> Value {
        do throws(PyError) {
            return try body()
        } catch {
            if error.exc.type === PyType.typeError, let m = try? exceptionMessage(error.exc).string,
               m.hasPrefix("unsupported operand type(s)") {
                throw unsupportedOperands(op, a, b, inplace: inplace)
            }
            throw error
        }
    }

    /// `d[k]` on a dict subclass whose class defines __missing__: called for a missing key.
    func subscriptWithMissing(_ obj: Value, _ idx: Value) throws(PyError) -> Value? {
        guard case .instance(let inst) = obj, case .dict(let d) = inst.builtinValue,
              let missing = inst.type.special(.missing) else { return nil }
        if let v = try d.get(idx) { return v }
        return try callSpecial(missing, obj, idx)
    }
}
