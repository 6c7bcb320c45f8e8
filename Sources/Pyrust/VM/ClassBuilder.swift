// Making classes (the class statement, type(name, bases, dict), metaclasses) and instances
// (calling a class: __new__ then __init__), and the native methods classes inherit.

extension VM {
    /// The class statement: runs the body over a fresh namespace, then calls the metaclass.
    func buildClass(body: Value, name: PyStr, bases originalBases: [Value], keywords: [(PyStr, Value)]) throws(PyError) -> Value {
        let (bases, origBases) = try resolveMroEntries(originalBases)
        var baseTypes: [PyType] = []
        for b in bases {
            if case .type(let t) = b { baseTypes.append(t) }
        }
        var meta: PyType? = nil
        var metaCallable: Value? = nil   // metaclass=f for a non-class f: called as f(name, bases, ns)
        var rest: [(PyStr, Value)] = []
        for (k, v) in keywords {
            if k.equals("metaclass") {
                if case .type(let m) = v { meta = m } else { metaCallable = v }
            } else {
                rest.append((k, v))
            }
        }
        if baseTypes.count != bases.count, metaCallable == nil {
            // A base that is no class: CPython's metaclass is then the type of the bases
            // (`class C(5)` calls int('C', (5,), ns)); plain `type` rejects it.
            var m = meta ?? typeOf(bases[0])
            for b in bases {
                let bm = typeOf(b)
                if m.isSubtype(of: bm) { continue }
                if bm.isSubtype(of: m) { m = bm; continue }
                throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
            if m === PyType.type { throw typeError("bases must be types") }
            metaCallable = .type(m)
        }
        let winner = metaCallable == nil ? try mostDerivedMetaclass(meta ?? .type, baseTypes) : .type
        var ns = PyDict()
        var nsValue: Value? = nil   // a dict subclass __prepare__ made: the body stores through it
        let prepareName = PyStr.make("__prepare__")
        if metaCallable == nil, winner.isHeapType, winner.lookup(prepareName) != nil {
            // metaclass.__prepare__(name, bases, **kw) makes the namespace the body fills.
            var values: [Value] = [.str(name), .tuple(PyTuple(bases))]
            var kwNames: [PyStr] = []
            for (k, v) in rest {
                values.append(v)
                kwNames.append(k)
            }
            let prepared = try call(try typeGetAttr(winner, prepareName), values, positionalCount: 2, kwNames: kwNames)
            if case .dict(let d) = prepared {
                ns = d
            } else if isClassNamespace(prepared), let d = namespaceDict(prepared) {
                ns = d
                nsValue = prepared
            } else {
                if userSpecial(prepared, .getitem) != nil { throw notSupported("__prepare__ returning a non-dict mapping") }
                throw typeError("\(winner.name).__prepare__() must return a mapping, not \(typeName(prepared))")
            }
        }
        let namespace = nsValue ?? .dict(ns)
        var moduleName = Value.str(PyStr.make(currentModuleName))
        if nsValue != nil, let v = try namespaceLoad(namespace, .str(PyStr.make("__name__"))) {
            moduleName = v   // CPython's body starts with `__module__ = __name__`, looked up in the namespace
        }
        try storeSubscript(namespace, Value.str(PyStr.make("__module__")), moduleName)
        if case .function(let f) = body {
            try storeSubscript(namespace, Value.str(PyStr.make("__qualname__")), Value.str(PyStr.make(f.qualname)))
        }
        let cellValue = try call(body, [namespace])
        if let ob = origBases {
            try storeSubscript(namespace, Value.str(PyStr.make("__orig_bases__")), ob)
        }
        let cls: Value
        let basesTuple = Value.tuple(PyTuple(bases))
        if winner === PyType.type && metaCallable == nil {
            cls = .type(try typeNew(.type, .str(name), basesTuple, .dict(ns), rest))
        } else {
            var values: [Value] = [.str(name), basesTuple, namespace]
            var kwNames: [PyStr] = []
            for (k, v) in rest {
                values.append(v)
                kwNames.append(k)
            }
            cls = try call(metaCallable ?? .type(winner), values, positionalCount: 3, kwNames: kwNames)
        }
        if case .object(let o) = cellValue, let cr = o as? PyCellRef {
            cr.cell.value = cls
        }
        return cls
    }

    /// Bases that are not classes but have __mro_entries__ (typing's List[int], Generic[T],
    /// NamedTuple) are replaced by what it returns; the original tuple becomes __orig_bases__.
    private func resolveMroEntries(_ bases: [Value]) throws(PyError) -> ([Value], Value?) {
        var resolved: [Value] = []
        var changed = false
        let entriesName = PyStr.make("__mro_entries__")
        for b in bases {
            if case .type = b {
                resolved.append(b)
                continue
            }
            let hook: Value
            do throws(PyError) {
                hook = try getAttr(b, entriesName)
            } catch {
                if !error.exc.type.isSubtype(of: .attributeError) { throw error }
                resolved.append(b)
                continue
            }
            let r = try call(hook, [.tuple(PyTuple(bases))])
            guard case .tuple(let entries) = r else { throw typeError("__mro_entries__ must return a tuple") }
            resolved.append(contentsOf: entries.items)
            changed = true
        }
        return changed ? (resolved, .tuple(PyTuple(bases))) : (bases, nil)
    }

    private func metatypeOf(_ t: PyType) -> PyType { t.metatype ?? .type }

    private func mostDerivedMetaclass(_ start: PyType, _ bases: [PyType]) throws(PyError) -> PyType {
        var winner = start
        for b in bases {
            let m = metatypeOf(b)
            if winner.isSubtype(of: m) { continue }
            if m.isSubtype(of: winner) {
                winner = m
                continue
            }
            throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// type.__new__(meta, name, bases, ns, **kw).
    func typeNew(_ meta: PyType, _ nameValue: Value, _ basesValue: Value, _ nsValue: Value,
                 _ keywords: [(PyStr, Value)]) throws(PyError) -> PyType {
        guard case .str(let name) = nameValue else {
            throw typeError("type.__new__() argument 1 must be str, not \(typeName(nameValue))")
        }
        guard case .tuple(let bt) = basesValue else {
            throw typeError("type.__new__() argument 2 must be tuple, not \(typeName(basesValue))")
        }
        guard let source = namespaceDict(nsValue) else {
            throw typeError("type.__new__() argument 3 must be dict, not \(typeName(nsValue))")
        }
        var bases: [PyType] = []
        for b in bt.items {
            guard case .type(let t) = b else { throw typeError("bases must be types") }
            if bases.contains(where: { $0 === t }) { throw typeError("duplicate base class \(t.name)") }
            bases.append(t)
        }
        if bases.isEmpty { bases = [.object] }
        // The builtin storage every base agrees on.
        var kind: TypeKind = .instance
        var solid: PyType? = nil
        // A builtin value type (list, dict, str, int, ...) whose value the instances wrap.
        var payloadBase: PyType? = nil
        for b in bases {
            if b.nativeConstructor != nil { throw notSupported("subclassing \(b.displayName)") }
            let k: TypeKind
            var pb: PyType? = nil
            if b.native != nil { throw notSupported("subclassing \(b.name)") }
            switch b.kind {
            case .object, .instance: k = .instance; pb = b.builtinBase
            case .exception: k = .exception
            case .type: k = .type
            case .list, .dict, .set, .frozenset, .str, .int, .float, .tuple: k = .instance; pb = b
            case .bool, .none, .function, .builtinFunction, .method, .range, .slice, .cell, .ellipsis, .iterator:
                throw typeError("type '\(b.name)' is not an acceptable base type")
            case .bytes, .bytearray:
                throw notSupported("\(b.name) subclasses")
            }
            if let p = pb {
                if let q = payloadBase, q !== p { throw typeError("multiple bases have instance lay-out conflict") }
                if kind == .exception || kind == .type { throw typeError("multiple bases have instance lay-out conflict") }
                payloadBase = p
            }
            if k != .instance && payloadBase != nil { throw typeError("multiple bases have instance lay-out conflict") }
            if k != .instance {
                if let s = solid, s !== b, !b.isSubtype(of: s), !s.isSubtype(of: b), kind != k || !(b.kind == s.kind) {
                    throw typeError("multiple bases have instance lay-out conflict")
                }
                if solid == nil || b.isSubtype(of: solid!) { solid = b }
                kind = k
            }
        }
        let mroTail = try c3Merge(bases)
        let dict = PyDict()
        var qualname = name.string
        for (k, v) in source.items {
            guard case .str(let ks) = k else { try dict.set(k, v); continue }
            if ks.equals("__qualname__") {
                guard case .str(let q) = v else {
                    throw typeError("type __qualname__ must be a str, not \(typeName(v))")
                }
                qualname = q.string
                continue
            }
            if ks.equals("__classcell__") { continue }
            var stored = v
            if case .function = v, ks.equals("__init_subclass__") || ks.equals("__class_getitem__") {
                stored = .object(PyClassMethod(v))
            } else if case .function = v, ks.equals("__new__") {
                stored = .object(PyStaticMethod(v))
            }
            try dict.set(k, stored)
        }
        // type(name, bases, ns) records the calling module, as the class statement does.
        let moduleKey = Value.str(PyStr.make("__module__"))
        if try !dict.contains(moduleKey) { try dict.set(moduleKey, .str(PyStr.make(currentModuleName))) }
        let docKey = Value.str(PyStr.make("__doc__"))
        if try !dict.contains(docKey) { try dict.set(docKey, .none) }
        let hashKey = Value.str(PyStr.make("__hash__"))
        if try dict.contains(.str(PyStr.make("__eq__"))), try !dict.contains(hashKey) {
            try dict.set(hashKey, .none)
        }
        let t = PyType(heapName: name.string, qualname: qualname, bases: bases, mroTail: mroTail, dict: dict, kind: kind)
        if meta !== PyType.type { t.metatype = meta }
        t.builtinBase = payloadBase
        // __slots__
        var slots: [PyStr] = []
        var allowsDict = false
        var anySlots = false
        for b in bases {
            if let s = b.slotNames {
                anySlots = true
                for n in s where !slots.contains(where: { $0.equals(n) }) { slots.append(n) }
            }
            if b.isHeapType && b.allowsInstanceDict { allowsDict = true }
        }
        if let declared = dict.getStr(PyStr.make("__slots__")) {
            anySlots = true
            var names: [Value]
            if case .str = declared { names = [declared] } else { names = try toArray(declared) }
            for n in names {
                guard case .str(let s) = n else {
                    throw typeError("__slots__ items must be strings, not '\(typeName(n))'")
                }
                if s.equals("__dict__") { allowsDict = true; continue }
                if dict.getStr(s) != nil {
                    throw valueError("'\(s.string)' in __slots__ conflicts with class variable")
                }
                if !slots.contains(where: { $0.equals(s) }) { slots.append(s) }
            }
        } else {
            allowsDict = true
        }
        if anySlots {
            t.slotNames = slots
            t.allowsInstanceDict = allowsDict
        }
        // __set_name__ on the namespace's descriptors, then the parent's __init_subclass__.
        for (k, v) in dict.items {
            guard case .str(let ks) = k else { continue }
            switch v {
            case .object(let o):
                if let p = o as? PyProperty, p.name == nil { p.name = ks.string }
            case .instance(let i):
                guard let sn = i.type.special(.setName) else { break }
                do throws(PyError) {
                    _ = try call(sn, [v, .type(t), k])
                } catch {
                    // CPython 3.11 wraps the error (3.12 adds a note instead).
                    let wrapped = PyError(.runtimeError,
                                          "Error calling __set_name__ on '\(i.type.name)' instance '\(ks.string)' in '\(t.name)'")
                    wrapped.exc.cause = error.exc
                    wrapped.exc.context = error.exc
                    wrapped.exc.suppressContext = true
                    throw wrapped
                }
            default: break
            }
        }
        try callInitSubclass(t, keywords)
        return t
    }

    private func callInitSubclass(_ t: PyType, _ keywords: [(PyStr, Value)]) throws(PyError) {
        let name = PyStr.make("__init_subclass__")
        let mro = t.mro
        var i = 1
        while i < mro.count {
            if let d = mro[i].dict, let f = d.getStr(name) {
                let bound = try descriptorGet(f, .none, t, name)
                var values: [Value] = []
                var kwNames: [PyStr] = []
                for (k, v) in keywords {
                    values.append(v)
                    kwNames.append(k)
                }
                _ = try call(bound, values, positionalCount: 0, kwNames: kwNames)
                return
            }
            i += 1
        }
        if let (k, _) = keywords.first {
            _ = k
            throw typeError("\(t.name).__init_subclass__() takes no keyword arguments")
        }
    }

    /// C3 linearization of the bases' MROs (without the new class itself).
    func c3Merge(_ bases: [PyType]) throws(PyError) -> [PyType] {
        var seqs: [[PyType]] = bases.map { $0.mro }
        seqs.append(bases)
        var result: [PyType] = []
        while true {
            seqs.removeAll { $0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType? = nil
            for s in seqs {
                let head = s[0]
                let inTail = seqs.contains { seq in seq.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let c = candidate else {
                var names: [String] = []
                var seen: [PyType] = []
                for s in seqs where !seen.contains(where: { $0 === s[0] }) {
                    seen.append(s[0])
                    names.append(s[0].name)
                }
                throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names.joined(separator: ", "))")
            }
            result.append(c)
            for i in seqs.indices where seqs[i][0] === c { seqs[i].removeFirst() }
        }
    }

    // MARK: instances

    /// Calling a user class: metaclass __call__, else __new__ then __init__.
    func constructHeap(_ t: PyType, _ args: Args) throws(PyError) -> Value {
        if let meta = t.metatype, let callMethod = meta.special(.call) {
            return try callWithSelf(callMethod, .type(t), args)
        }
        return try defaultTypeCall(t, args)
    }

    /// type.__call__(cls, *args): __new__, then __init__ when the result is an instance of cls.
    func defaultTypeCall(_ t: PyType, _ args: Args) throws(PyError) -> Value {
        let obj: Value
        if let newMethod = t.special(.newMethod) {
            let f: Value
            if case .object(let o) = newMethod, let sm = o as? PyStaticMethod { f = sm.function } else { f = newMethod }
            obj = try callWithSelf(f, .type(t), args)
            if !typeOf(obj).isSubtype(of: t) { return obj }
        } else if let base = t.builtinBase {
            obj = try makePayloadInstance(t, base, args)
        } else {
            if t.special(.initMethod) == nil && (args.count > 0 || args.hasKeywords) && t.kind == .instance {
                throw typeError("\(t.name)() takes no arguments")
            }
            obj = try allocateInstance(t, args)
        }
        if let initMethod = t.special(.initMethod) {
            let r = try callWithSelf(initMethod, obj, args)
            if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
        } else if let base = t.builtinBase, isMutablePayloadType(base), case .instance(let inst) = obj,
                  inst.type === t || inst.type.isSubtype(of: t) {
            // list/dict/set's own __init__ fills the value from the arguments.
            try initPayload(inst, base, args)
        }
        return obj
    }

    /// object.__new__(t): an empty instance of the right storage.
    func allocateInstance(_ t: PyType, _ args: Args) throws(PyError) -> Value {
        if let base = t.builtinBase {
            // object.__new__ on a list/int/... subclass: CPython refuses it as unsafe, naming
            // the nearest class that does not define its own __new__.
            var named: PyType = t
            while named !== base, named.dict?.getStr(PyStr.make("__new__")) != nil, let b = named.base { named = b }
            throw typeError("object.__new__(\(t.name)) is not safe, use \(named.name).__new__()")
        }
        if t.isAbstract { throw try abstractInstantiationError(t) }
        switch t.kind {
        case .instance: return .instance(PyInstance(t))
        case .exception:
            return .exception(PyException(t, args: Array(args.values[0..<args.positionalCount])))
        case .type:
            // A metaclass without its own __new__: type.__new__(t, name, bases, ns, **kw).
            guard args.positionalCount == 3 else {
                throw typeError("type.__new__() takes exactly 3 arguments (\(args.positionalCount) given)")
            }
            var kws: [(PyStr, Value)] = []
            for (i, k) in args.kwNames.enumerated() { kws.append((k, args.values[3 + i])) }
            return .type(try typeNew(t, args[0], args[1], args[2], kws))
        default:
            throw notSupported("instances of subclasses of '\(t.name)'")
        }
    }

    /// CPython's refusal to instantiate a class with abstract methods (named in sorted order).
    func abstractInstantiationError(_ t: PyType) throws(PyError) -> PyError {
        var names: [Value] = []
        if let v = t.dict?.getStr(PyStr.make("__abstractmethods__")) { names = try toArray(v) }
        try stableSort(self, &names, key: nil, reverse: false)
        var text: [String] = []
        for n in names { text.append(try str(n).string) }
        let noun = text.count == 1 ? "method" : "methods"
        return typeError("Can't instantiate abstract class \(t.name) with abstract \(noun) \(text.joined(separator: ", "))")
    }

    /// f(self, *args) where args is a borrowed view.
    func callWithSelf(_ f: Value, _ selfValue: Value, _ args: Args) throws(PyError) -> Value {
        var values: [Value] = [selfValue]
        values.reserveCapacity(args.values.count + 1)
        for v in args.values { values.append(v) }
        return try call(f, values, positionalCount: args.positionalCount + 1, kwNames: args.kwNames)
    }

    // MARK: native methods

    func callNative(_ m: PyNativeMethod, _ args: Args) throws(PyError) -> Value {
        let name = m.name
        guard args.count >= 1 else {
            throw typeError("descriptor '\(name)' of '\(m.owner.name)' object needs an argument")
        }
        let me = args[0]
        switch m.id {
        case .objectInit:
            if args.count > 1 || args.hasKeywords {
                let t = typeOf(me)
                if t.special(.initMethod) != nil || t.special(.newMethod) == nil {
                    throw typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
            }
            return .none
        case .objectNew:
            guard case .type(let t) = me else {
                throw typeError("object.__new__(X): X is not a type object (\(typeName(me)))")
            }
            // A subclass of a builtin type (int, list, ...) takes that type's arguments.
            if (args.count > 1 || args.hasKeywords) && t.special(.initMethod) == nil && t.kind == .instance
                && t.builtinBase == nil {
                throw typeError("\(t.name)() takes no arguments")
            }
            let rest = Args(UnsafeBufferPointer(rebasing: args.values[1...]), positionalCount: args.positionalCount - 1,
                            kwNames: args.kwNames)
            return try allocateInstance(t, rest)
        case .objectRepr:
            return .str(PyStr.make(defaultObjectRepr(me)))
        case .objectStr:
            return .str(try repr(me))
        case .objectHash:
            return .int(identity(me) >> 4)
        case .objectEq:
            guard args.count == 2 else { throw typeError("expected 1 argument, got \(args.count - 1)") }
            return identical(me, args[1]) ? .bool(true) : .notImplemented
        case .objectNe:
            guard args.count == 2 else { throw typeError("expected 1 argument, got \(args.count - 1)") }
            return try userCompare(.ne, me, args[1])
        case .objectLt, .objectLe, .objectGt, .objectGe:
            return .notImplemented
        case .objectSetattr:
            guard args.count == 3, case .str(let n) = args[1] else {
                throw typeError("expected 2 arguments, got \(args.count - 1)")
            }
            switch me {
            case .instance(let i): try genericSetAttr(i, n, args[2])
            case .type(let t): try typeSetAttr(t, n, args[2])   // type.__setattr__: no metaclass hook again
            default: try setAttr(me, n, args[2])
            }
            return .none
        case .objectGetattribute:
            guard args.count == 2, case .str(let n) = args[1] else {
                throw typeError("expected 1 argument, got \(args.count - 1)")
            }
            if case .instance(let i) = me {
                if let v = try genericGetAttr(i, n) { return v }
                throw attributeError("'\(i.type.name)' object has no attribute '\(n.string)'")
            }
            return try getAttr(me, n)
        case .objectDelattr:
            guard args.count == 2, case .str(let n) = args[1] else {
                throw typeError("expected 1 argument, got \(args.count - 1)")
            }
            switch me {
            case .instance(let i): try genericDelAttr(i, n)
            case .type(let t): try typeDelAttr(t, n)
            default: try delAttr(me, n)
            }
            return .none
        case .objectFormat:
            guard args.count == 2, case .str(let spec) = args[1] else {
                throw typeError("format expects arg 2 to be string")
            }
            if spec.byteCount != 0 {
                throw typeError("unsupported format string passed to \(typeName(me)).__format__")
            }
            return .str(try str(me))
        case .objectInitSubclass:
            if args.hasKeywords {
                throw typeError("\(typeName(me)).__init_subclass__() takes no keyword arguments")
            }
            return .none
        case .objectSubclasshook:
            // Bound to the class (like a classmethod): abc's hook that defers to the usual checks.
            return .notImplemented
        case .objectDir:
            return .list(PyList(try dirOf(me)))
        case .exceptionInit:
            guard case .exception(let e) = me else {
                throw typeError("descriptor '__init__' requires a 'BaseException' object but received a '\(typeName(me))'")
            }
            e.args = Array(args.values[1..<args.positionalCount])
            return .none
        case .exceptionStr:
            guard case .exception(let e) = me else { return .str(try str(me)) }
            return .str(try exceptionMessage(e))
        case .exceptionRepr:
            guard case .exception(let e) = me else { return .str(try repr(me)) }
            return .str(try exceptionRepr(e))
        case .exceptionWithTraceback:
            return me
        case .exceptionAddNote:
            guard case .exception(let e) = me, args.count == 2 else {
                throw typeError("add_note() takes exactly one argument (\(args.count - 1) given)")
            }
            guard case .str = args[1] else { throw typeError("note must be a str, not '\(typeName(args[1]))'") }
            if e.dict == nil { e.dict = PyDict() }
            let key = Value.str(PyStr.make("__notes__"))
            if let existing = try e.dict!.get(key) {
                guard case .list(let l) = existing else { throw typeError("Cannot add note: __notes__ is not a list") }
                l.items.append(args[1])
            } else {
                try e.dict!.set(key, .list(PyList([args[1]])))
            }
            return .none
        case .typeNew:
            guard case .type(let meta) = me else { throw typeError("type.__new__(X): X is not a type object (\(typeName(me)))") }
            if args.count == 2 { return .type(typeOf(args[1])) }
            guard args.count == 4 else { throw typeError("type.__new__() takes exactly 3 arguments (\(args.count - 1) given)") }
            var kws: [(PyStr, Value)] = []
            for (i, k) in args.kwNames.enumerated() { kws.append((k, args.values[args.positionalCount + i])) }
            return .type(try typeNew(meta, args[1], args[2], args[3], kws))
        case .typeInit:
            return .none
        case .typeCall:
            guard case .type(let t) = me else { throw typeError("descriptor '__call__' requires a 'type' object") }
            let rest = Args(UnsafeBufferPointer(rebasing: args.values[1...]), positionalCount: args.positionalCount - 1,
                            kwNames: args.kwNames)
            return try defaultTypeCall(t, rest)
        case .typeMro:
            guard case .type(let t) = me else { throw typeError("descriptor 'mro' requires a 'type' object") }
            return .list(PyList(t.mro.map { .type($0) }))
        }
    }

    /// `<__main__.A object at 0x...>`
    func defaultObjectRepr(_ v: Value) -> String {
        let t = typeOf(v)
        return "<\(t.displayName) object at \(addressText(v))>"
    }

    func addressText(_ v: Value) -> String {
        let n = UInt(bitPattern: identity(v))
        var digits = String(n, radix: 16)
        while digits.count < 12 { digits = "0" + digits }
        return "0x" + digits
    }

    /// repr() of an exception: Name('msg') / Name('a', 1) / Name().
    func exceptionRepr(_ e: PyException) throws(PyError) -> PyStr {
        var out = e.type.name + "("
        if e.args.count == 1 {
            out += try repr(e.args[0]).string
        } else if !e.args.isEmpty {
            let inner = try repr(.tuple(PyTuple(e.args))).string
            out += String(inner.dropFirst().dropLast())
        }
        out += ")"
        return PyStr.make(out)
    }

    /// dir(obj): instance attributes, then everything along the class's MRO, sorted.
    func dirOf(_ v: Value) throws(PyError) -> [Value] {
        if case .object(let o) = v, o.pyType === PyType.module {
            var names = unsafeDowncast(o, to: PyModule.self).boundNames().map { Value.str($0) }
            for n in ["__name__", "__doc__"] where !names.contains(where: { if case .str(let s) = $0 { return s.equals(n) }; return false }) {
                names.append(.str(PyStr.make(n)))
            }
            try stableSort(self, &names, key: nil, reverse: false)
            return names
        }
        var names: [PyStr] = []
        func add(_ s: PyStr) { if !names.contains(where: { $0.equals(s) }) { names.append(s) } }
        func addDict(_ d: PyDict) { for (k, _) in d.items { if case .str(let s) = k { add(s) } } }
        let t: PyType
        switch v {
        case .instance(let i):
            if let d = i.dict { addDict(d) } else { for k in i.type.layoutKeys.prefix(i.slotCount) { add(k) } }
            t = i.type
            add(PyStr.make("__class__"))
            // A class whose instances have a __dict__ also gives them __weakref__ (plain object() neither).
            if t.isHeapType && t.allowsInstanceDict { add(PyStr.make("__dict__")); add(PyStr.make("__weakref__")) }
        case .type(let c):
            t = c
            for n in ["__class__", "__doc__", "__module__"] { add(PyStr.make(n)) }
            if !c.isHeapType || c.allowsInstanceDict { add(PyStr.make("__dict__")) }
            if c.isHeapType && c.allowsInstanceDict { add(PyStr.make("__weakref__")) }
        case .exception(let e):
            if let d = e.dict { addDict(d) }
            t = e.type
            if t.isHeapType && t.allowsInstanceDict { add(PyStr.make("__weakref__")) }
        case .function(let f):
            if let d = f.dict { addDict(d) }
            t = .function
        default:
            t = typeOf(v)
        }
        for c in t.mro {
            if let d = c.dict { addDict(d) }
            if let slots = c.slotNames { for n in slots { add(n) } }   // member descriptors
            if let m = nativeMethodNames[ObjectIdentifier(c)] { for n in m { add(PyStr.make(n)) } }
        }
        if !t.isHeapType, let ms = methodSet(for: t) { for m in ms { add(PyStr.make(m.rawValue)) } }
        var values = names.map { Value.str($0) }
        try stableSort(self, &values, key: nil, reverse: false)
        return values
    }
}

/// The names object's and BaseException's instances answer to, for dir().
private let nativeMethodNames: [ObjectIdentifier: [String]] = {
    let d: [ObjectIdentifier: [String]] = [
    ObjectIdentifier(PyType.object): ["__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
                                     "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
                                     "__init_subclass__", "__le__",
                                     "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
                                     "__setattr__", "__sizeof__", "__str__", "__subclasshook__"],
    ObjectIdentifier(PyType.baseException): ["__cause__", "__context__", "__dict__", "__setstate__", "__suppress_context__",
                                            "__traceback__", "add_note", "args", "with_traceback"],
    ObjectIdentifier(PyType.function): ["__annotations__", "__builtins__", "__call__", "__closure__", "__code__",
                                       "__defaults__", "__dict__", "__get__", "__globals__", "__kwdefaults__",
                                       "__module__", "__name__", "__qualname__"],
    ]
    for names in d.values { Immortal.mark(array: names) }
    return Immortal.dictionary(d)
}()

extension VM {
    /// super(type, obj). (Zero-argument super() is compiled to this form inside methods.)
    func makeSuper(_ args: Args) throws(PyError) -> Value {
        try args.noKeywords("super")
        if args.count == 0 {
            // Zero-argument super() outside a class body's functions (no __class__ cell).
            if frames.count > 0, frames.top.pointee.code.argCount > 0 || frames.top.pointee.code.hasVarargs {
                throw PyError(.runtimeError, "super(): __class__ cell not found")
            }
            throw PyError(.runtimeError, "super(): no arguments")
        }
        guard case .type(let start) = args[0] else {
            throw typeError("super() argument 1 must be a type, not \(typeName(args[0]))")
        }
        if args.count == 1 { throw notSupported("unbound super objects") }
        if args.count > 2 { throw typeError("super() takes at most 2 arguments (\(args.count) given)") }
        let obj = args[1]
        if case .type(let t) = obj, t.isSubtype(of: start) {
            return .object(PySuper(startAfter: start, object: obj, objectType: t))
        }
        let t = typeOf(obj)
        guard t.isSubtype(of: start) else {
            throw typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(startAfter: start, object: obj, objectType: t))
    }
}

/// iter(callable, sentinel): calls until the sentinel comes back.
final class CallableIterator: PyIterator {
    let callable: Value
    let sentinel: Value
    var done = false
    init(_ c: Value, _ s: Value) {
        callable = c
        sentinel = s
    }
    override var typeName: String { "callable_iterator" }
    override var pyType: PyType { .callableIterator }
    override func next(_ vm: VM) throws(PyError) -> Value? {
        if done { return nil }
        let v: Value
        do throws(PyError) {
            v = try vm.call(callable, [])
        } catch {
            // StopIteration from the callable ends the iteration too.
            if error.exc.type.isSubtype(of: .stopIteration) {
                done = true
                return nil
            }
            throw error
        }
        if try sameOrEqual(v, sentinel) {
            done = true
            return nil
        }
        return v
    }
}

extension PyType {
    static let callableIterator = PyType("callable_iterator", base: object, kind: .iterator)
}
