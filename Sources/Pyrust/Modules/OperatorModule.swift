// operator: CPython 3.11's functions for the operators (each also under its dunder name, the
// same object), with _operator's argument errors; itemgetter, attrgetter and methodcaller are
// in OperatorGetters.swift.

enum OperatorModule {
    static let definition = NativeModule { d in
        func add(_ name: String, dunder: String? = nil, _ f: @escaping NativeFunction) {
            let fn = Value.builtin(PyBuiltinFunction(module: "_operator", name: name, f))
            try? d.set(.str(PyStr.make(name)), fn)
            if let dn = dunder { try? d.set(.str(PyStr.make(dn)), fn) }
        }
        /// A function of one argument (METH_O in CPython).
        func unary(_ name: String, dunder: String?, _ f: @escaping (VM, Value) throws(PyError) -> Value) {
            add(name, dunder: dunder) { (vm, args) throws(PyError) -> Value in
                if args.hasKeywords { throw typeError("_operator.\(name)() takes no keyword arguments") }
                if args.count != 1 { throw typeError("_operator.\(name)() takes exactly one argument (\(args.count) given)") }
                return try f(vm, args[0])
            }
        }
        /// A function of two arguments.
        func binary(_ name: String, dunder: String?, _ f: @escaping (VM, Value, Value) throws(PyError) -> Value) {
            add(name, dunder: dunder) { (vm, args) throws(PyError) -> Value in
                if args.hasKeywords { throw typeError("_operator.\(name)() takes no keyword arguments") }
                try args.checkPositional(name, min: 2, max: 2)
                return try f(vm, args[0], args[1])
            }
        }

        let arithmetic: [(String, BinOp)] = [
            ("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .truediv), ("floordiv", .floordiv),
            ("mod", .mod), ("pow", .pow), ("lshift", .lshift), ("rshift", .rshift), ("and_", .bitand),
            ("or_", .bitor), ("xor", .bitxor), ("matmul", .matmul),
        ]
        for (name, op) in arithmetic {
            let bare = name.hasSuffix("_") ? String(name.dropLast()) : name
            binary(name, dunder: "__\(bare)__") { (vm, a, b) throws(PyError) -> Value in try vm.binaryOp(op, a, b) }
            binary("i" + bare, dunder: "__i\(bare)__") { (vm, a, b) throws(PyError) -> Value in try vm.inplaceOp(op, a, b) }
        }
        let comparisons: [(String, CmpOp)] = [("lt", .lt), ("le", .le), ("eq", .eq), ("ne", .ne), ("gt", .gt), ("ge", .ge)]
        for (name, op) in comparisons {
            binary(name, dunder: "__\(name)__") { (vm, a, b) throws(PyError) -> Value in try vm.richCompare(op, a, b) }
        }
        binary("is_", dunder: nil) { (_, a, b) throws(PyError) -> Value in .bool(identical(a, b)) }
        binary("is_not", dunder: nil) { (_, a, b) throws(PyError) -> Value in .bool(!identical(a, b)) }

        unary("neg", dunder: "__neg__") { (vm, a) throws(PyError) -> Value in try vm.unaryNegative(a) }
        unary("pos", dunder: "__pos__") { (vm, a) throws(PyError) -> Value in try vm.unaryPositive(a) }
        unary("invert", dunder: "__invert__") { (vm, a) throws(PyError) -> Value in try vm.unaryInvert(a) }
        unary("inv", dunder: "__inv__") { (vm, a) throws(PyError) -> Value in try vm.unaryInvert(a) }
        unary("abs", dunder: "__abs__") { (vm, a) throws(PyError) -> Value in
            try vm.call(.builtin(PyBuiltinFunction(.abs, "abs")), [a])
        }
        unary("not_", dunder: "__not__") { (vm, a) throws(PyError) -> Value in .bool(!(try vm.truthy(a))) }
        unary("truth", dunder: nil) { (vm, a) throws(PyError) -> Value in .bool(try vm.truthy(a)) }
        unary("index", dunder: "__index__") { (vm, a) throws(PyError) -> Value in
            let v = try vm.indexArgument(a)
            switch v {
            case .int, .big: return v
            case .bool(let b): return .int(b ? 1 : 0)
            default: throw typeError("'\(typeName(a))' object cannot be interpreted as an integer")
            }
        }

        binary("concat", dunder: "__concat__") { (vm, a, b) throws(PyError) -> Value in
            try concat(vm, a, b, inplace: false)
        }
        binary("iconcat", dunder: "__iconcat__") { (vm, a, b) throws(PyError) -> Value in
            try concat(vm, a, b, inplace: true)
        }
        binary("contains", dunder: "__contains__") { (vm, a, b) throws(PyError) -> Value in .bool(try vm.contains(a, b)) }
        binary("countOf", dunder: nil) { (vm, a, b) throws(PyError) -> Value in
            let it = try iterateArgument(vm, a)
            var n = 0
            while let x = try it.next(vm) {
                if try vm.equalBool(x, b) { n += 1 }
            }
            return .int(n)
        }
        binary("indexOf", dunder: nil) { (vm, a, b) throws(PyError) -> Value in
            let it = try iterateArgument(vm, a)
            var i = 0
            while let x = try it.next(vm) {
                if try vm.equalBool(x, b) { return .int(i) }
                i += 1
            }
            throw valueError("sequence.index(x): x not in sequence")
        }
        binary("getitem", dunder: "__getitem__") { (vm, a, b) throws(PyError) -> Value in try vm.subscriptValue(a, b) }
        binary("delitem", dunder: "__delitem__") { (vm, a, b) throws(PyError) -> Value in
            try vm.deleteSubscript(a, b)
            return .none
        }
        add("setitem", dunder: "__setitem__") { (vm, args) throws(PyError) -> Value in
            if args.hasKeywords { throw typeError("_operator.setitem() takes no keyword arguments") }
            try args.checkPositional("setitem", min: 3, max: 3)
            try vm.storeSubscript(args[0], args[1], args[2])
            return .none
        }
        add("length_hint") { (vm, args) throws(PyError) -> Value in
            if args.hasKeywords { throw typeError("_operator.length_hint() takes no keyword arguments") }
            try args.checkPositional("length_hint", min: 1, max: 2)
            let fallback = args.count > 1 ? try vm.ssizeArgument(args[1]) : 0
            return .int(try lengthHint(vm, args[0], default: fallback))
        }
        add("call", dunder: "__call__") { (vm, args) throws(PyError) -> Value in
            try args.checkPositional("call", min: 1, max: Int.max)
            let values = Array(args.values[1..<args.values.count])
            return try vm.call(args[0], values, positionalCount: args.count - 1, kwNames: args.kwNames)
        }
        try? d.set(.str(PyStr.make("itemgetter")), .type(.operatorItemgetter))
        try? d.set(.str(PyStr.make("attrgetter")), .type(.operatorAttrgetter))
        try? d.set(.str(PyStr.make("methodcaller")), .type(.operatorMethodcaller))
    }

    /// countOf and indexOf iterate their first argument, with PySequence_Count's message.
    private static func iterateArgument(_ vm: VM, _ a: Value) throws(PyError) -> PyIterator {
        guard vm.isIterable(a) else { throw typeError("argument of type '\(typeName(a))' is not iterable") }
        return try vm.getIterator(a)
    }

    /// PySequence_Concat / PySequence_InPlaceConcat: the builtin sequences' own concatenation,
    /// else `+` (or `+=`) when both are sequences.
    private static func concat(_ vm: VM, _ a: Value, _ b: Value, inplace: Bool) throws(PyError) -> Value {
        switch a {
        case .list:
            return inplace ? try vm.inplaceOp(.add, a, b) : try vm.binaryOp(.add, a, b)
        case .str, .tuple:
            return try vm.binaryOp(.add, a, b)
        default:
            if isSequence(vm, a) && isSequence(vm, b) {
                return inplace ? try vm.inplaceOp(.add, a, b) : try vm.binaryOp(.add, a, b)
            }
            throw typeError("'\(typeName(a))' object can't be concatenated")
        }
    }

    /// PySequence_Check: has __getitem__ and is not a dict.
    private static func isSequence(_ vm: VM, _ v: Value) -> Bool {
        switch v {
        case .list, .tuple, .str: return true
        case .object(let o): return o is PyRange || o is PyBigRange
        case .instance:
            if case .dict = v.payloadOrSelf { return false }
            return vm.userSpecial(v, .getitem) != nil || v.hasPayload
        default: return false
        }
    }

    /// PyObject_LengthHint: len() when the object has one, else __length_hint__, else `default`.
    static func lengthHint(_ vm: VM, _ v: Value, default fallback: Int) throws(PyError) -> Int {
        var hasLen = false
        switch v {
        case .str, .list, .tuple, .dict, .set: hasLen = true
        case .object(let o): hasLen = o is PyRange || o is PyBigRange || o is PyDictView || o is PyMappingProxy
        case .instance: hasLen = vm.userSpecial(v, .len) != nil || v.hasPayload
        default: break
        }
        if hasLen {
            do throws(PyError) {
                return try vm.length(v)
            } catch {
                if error.exc.type !== PyType.typeError { throw error }
            }
        }
        if case .object(let o) = v {
            if let it = o as? ListIterator { return max(0, it.list.items.count - it.index) }
            if let it = o as? ArrayIterator { return max(0, it.items.count - it.index) }
            if let it = o as? RangeIterator { return max(0, it.remaining) }
            if let it = o as? ReversedListIterator { return it.index < it.list.items.count ? it.index + 1 : 0 }
            if let it = o as? RepeatIterator { return it.remaining ?? fallback }
            return fallback
        }
        guard let f = vm.userSpecial(v, .lengthHint) else { return fallback }
        let r = try vm.callSpecial(f, v, [])
        if r.isNotImplemented { return fallback }
        let n: Int
        switch r {
        case .int(let i): n = i
        case .bool(let b): n = b ? 1 : 0
        case .big: n = try Pyrust.indexArgument(r)
        default: throw typeError("__length_hint__ must be an integer, not \(typeName(r))")
        }
        if n < 0 { throw valueError("__length_hint__() should return >= 0") }
        return n
    }
}
