// Attribute access on instances of user classes, on classes, and through super(): CPython's
// generic getattr/setattr with data descriptors (property, __set__), instance attributes,
// then non-data descriptors (functions bind to the instance), then __getattr__.

extension VM {
    /// `obj.name` for any value (the slow path; the dispatch loop caches the common cases).
    func getAttr(_ obj: Value, _ name: PyStr) throws(PyError) -> Value {
        do throws(PyError) {
            return try getAttrUnnoted(obj, name)
        } catch {
            noteAttributeContext(error, obj, name)
            throw error
        }
    }

    private func getAttrUnnoted(_ obj: Value, _ name: PyStr) throws(PyError) -> Value {
        switch obj {
        case .instance(let inst):
            return try instanceGetAttr(inst, name)
        case .type(let t):
            return try typeGetAttr(t, name)
        case .exception(let e):
            return try exceptionGetAttr(e, name)
        case .function(let f):
            if let v = try functionAttribute(f, name) { return v }
        case .object(let o):
            if o.pyType === PyType.module { return try moduleGetAttr(unsafeDowncast(o, to: PyModule.self), name) }
            if o.pyType === PyType.textStream,
               let v = try textStreamAttribute(unsafeDowncast(o, to: PyTextStream.self), name) { return v }
            if let v = try objectAttribute(o, name) { return v }
        default:
            break
        }
        return try builtinGetAttr(obj, name)
    }

    /// Attributes of builtin values, resolved through MethodName (AttributeError otherwise).
    func builtinGetAttr(_ obj: Value, _ name: PyStr) throws(PyError) -> Value {
        if let m = MethodName.byName[name.string], let i = MethodName.indexOf[m] {
            do throws(PyError) {
                return try loadAttribute(obj, i, nil)
            } catch {
                if let d = builtinDunder(obj, name.string) { return d }
                throw error
            }
        }
        if let d = builtinDunder(obj, name.string) { return d }
        throw noAttribute(obj, name.string)
    }

    // MARK: instances

    func instanceGetAttr(_ inst: PyInstance, _ name: PyStr) throws(PyError) -> Value {
        let t = inst.type
        if let ga = t.special(.getattribute) {
            do throws(PyError) {
                return try call(ga, [.instance(inst), .str(name)])
            } catch {
                guard error.exc.type.isSubtype(of: .attributeError), let g = t.special(.getattr) else { throw error }
                return try call(g, [.instance(inst), .str(name)])
            }
        }
        if let v = try genericGetAttr(inst, name) { return v }
        if let g = t.special(.getattr) {
            return try call(g, [.instance(inst), .str(name)])
        }
        throw attributeError("'\(t.name)' object has no attribute '\(name.string)'")
    }

    /// object.__getattribute__: nil when the attribute is not found.
    func genericGetAttr(_ inst: PyInstance, _ name: PyStr) throws(PyError) -> Value? {
        let t = inst.type
        // On a list/str/... subclass the builtin base's methods come back already bound.
        var boundToValue = false
        let descr: Value?
        if t.builtinBase != nil {
            (descr, boundToValue) = try payloadLookup(inst, name)
        } else {
            descr = t.lookupIncludingNative(name)
        }
        if let d = descr, !boundToValue, isDataDescriptor(d) {
            return try descriptorGet(d, .instance(inst), t, name)
        }
        if let v = inst.getAttribute(name) { return v }
        if let names = t.slotNames, let i = names.firstIndex(where: { $0.equals(name) }) {
            let v = inst.slotValues[i]
            if case .undefined = v {
                throw attributeError("'\(t.name)' object has no attribute '\(name.string)'")
            }
            return v
        }
        if let d = descr { return boundToValue ? d : try descriptorGet(d, .instance(inst), t, name) }
        if name.equals("__dict__") {
            if !t.allowsInstanceDict { return nil }
            return .dict(inst.attributeDict())
        }
        if name.equals("__class__") { return .type(t) }
        return nil
    }

    func isDataDescriptor(_ d: Value) -> Bool {
        switch d {
        case .object(let o): return o is PyProperty
        case .instance(let i): return i.type.special(.set) != nil || i.type.special(.delete) != nil
        default: return false
        }
    }

    /// descr.__get__(obj, type): obj is .none for a lookup on the class itself.
    func descriptorGet(_ d: Value, _ obj: Value, _ t: PyType, _ name: PyStr) throws(PyError) -> Value {
        switch d {
        case .function:
            if obj.isNone { return d }
            return .object(PyMethod(function: d, receiver: obj))
        case .object(let o):
            if let sm = o as? PyStaticMethod { return sm.function }
            if let cm = o as? PyClassMethod { return .object(PyMethod(function: cm.function, receiver: .type(t))) }
            if let p = o as? PyProperty {
                if obj.isNone { return d }
                if case .object(let g) = p.getter, g.pyType === PyType.tupleFieldGetter {
                    // A namedtuple field: no call machinery.
                    return try unsafeDowncast(g, to: TupleFieldGetter.self).read(obj)
                }
                if p.getter.isNone {
                    throw attributeError("property '\(p.name ?? name.string)' of '\(t.name)' object has no getter")
                }
                return try call(p.getter, [obj])
            }
            if let n = o as? PyNativeMethod {
                if n.id == .objectInitSubclass || n.id == .objectSubclasshook { return .object(PyMethod(function: d, receiver: .type(t))) }
                if obj.isNone || n.id == .objectNew || n.id == .typeNew { return d }
                return .object(PyMethod(function: d, receiver: obj))
            }
            return d
        case .instance(let i):
            if let get = i.type.special(.get) {
                return try call(get, [d, obj, .type(t)])
            }
            return d
        default:
            return d
        }
    }

    func setAttr(_ obj: Value, _ name: PyStr, _ value: Value) throws(PyError) {
        switch obj {
        case .instance(let inst):
            if let sa = inst.type.special(.setattr) {
                _ = try call(sa, [obj, .str(name), value])
                return
            }
            try genericSetAttr(inst, name, value)
        case .type(let t):
            // A metaclass's __setattr__ (enum refuses to rebind members).
            if let m = t.metatype, let sa = m.special(.setattr) {
                _ = try call(sa, [obj, .str(name), value])
                return
            }
            try typeSetAttr(t, name, value)
        case .exception(let e):
            if let v = try exceptionSetAttr(e, name, value) { _ = v }
        case .function(let f):
            try functionSetAttr(f, name, value)
        default:
            if case .object(let o) = obj, o.pyType === PyType.module {
                return try moduleSetAttr(unsafeDowncast(o, to: PyModule.self), name, value)
            }
            if case .object(let o) = obj, let g = o as? PyGenerator, name.equals("__name__") || name.equals("__qualname__") {
                guard case .str(let s) = value else { throw typeError("\(name.string) must be set to a string object") }
                if name.equals("__name__") { g.name = s.string } else { g.qualname = s.string }
                return
            }
            if case .object(let o) = obj, o is PyProperty || o is PyStaticMethod || o is PyClassMethod {
                throw attributeError("'\(typeName(obj))' object attribute '\(name.string)' is read-only")
            }
            throw builtinAttributeStoreError(obj, name)
        }
    }

    /// Why `obj.name = v` / `del obj.name` fails on a builtin object, in CPython's words: its
    /// methods are read-only, its data attributes not writable, anything else missing.
    func builtinAttributeStoreError(_ obj: Value, _ name: PyStr) -> PyError {
        if let m = MethodName.byName[name.string] {
            switch (obj, m) {
            case (.int, .real), (.int, .imag), (.int, .numerator), (.int, .denominator),
                 (.big, .real), (.big, .imag), (.big, .numerator), (.big, .denominator),
                 (.bool, .real), (.bool, .imag), (.bool, .numerator), (.bool, .denominator):
                return attributeError("attribute '\(name.string)' of 'int' objects is not writable")
            case (.float, .real), (.float, .imag):
                return attributeError("attribute '\(name.string)' of 'float' objects is not writable")
            case (.object(let o), .start), (.object(let o), .stop), (.object(let o), .step):
                if o is PySlice || o is PyRange || o is PyBigRange { return attributeError("readonly attribute") }
            default: break
            }
            if let ms = methodSet(for: typeOf(obj)), ms.contains(m) {
                return attributeError("'\(typeName(obj))' object attribute '\(name.string)' is read-only")
            }
        }
        return attributeError("'\(typeName(obj))' object has no attribute '\(name.string)'")
    }

    /// object.__setattr__.
    func genericSetAttr(_ inst: PyInstance, _ name: PyStr, _ value: Value) throws(PyError) {
        let t = inst.type
        if let d = t.lookupIncludingNative(name) {
            switch d {
            case .object(let o):
                if let p = o as? PyProperty {
                    if p.setter.isNone {
                        if p.isTupleField { throw attributeError("can't set attribute") }
                        throw attributeError("property '\(p.name ?? name.string)' of '\(t.name)' object has no setter")
                    }
                    _ = try call(p.setter, [.instance(inst), value])
                    return
                }
            case .instance(let di):
                if let set = di.type.special(.set) {
                    _ = try call(set, [d, .instance(inst), value])
                    return
                }
            default: break
            }
        }
        if !t.isHeapType {
            throw attributeError("'\(t.name)' object has no attribute '\(name.string)'")
        }
        if let names = t.slotNames {
            if let i = names.firstIndex(where: { $0.equals(name) }) {
                inst.slotValues[i] = value
                return
            }
            if name.equals("__class__") { throw notSupported("assigning __class__") }
            // A subclass without __slots__ of a class with them has a __dict__ again.
            if !t.allowsInstanceDict { throw attributeError("'\(t.name)' object has no attribute '\(name.string)'") }
        }
        if name.equals("__class__") { throw notSupported("assigning __class__") }
        if name.equals("__dict__") {
            guard case .dict(let d) = value else {
                throw typeError("__dict__ must be set to a dictionary, not a '\(typeName(value))'")
            }
            inst.dropSlots()
            inst.dict = d
            return
        }
        inst.setAttribute(name, value)
    }

    func delAttr(_ obj: Value, _ name: PyStr) throws(PyError) {
        switch obj {
        case .instance(let inst):
            if let da = inst.type.special(.delattr) {
                _ = try call(da, [obj, .str(name)])
                return
            }
            try genericDelAttr(inst, name)
        case .type(let t):
            if let m = t.metatype, let da = m.special(.delattr) {
                _ = try call(da, [obj, .str(name)])
                return
            }
            try typeDelAttr(t, name)
        case .function(let f):
            if let d = f.dict, try d.remove(.str(name)) != nil { return }
            throw attributeError("'function' object has no attribute '\(name.string)'")
        case .exception(let e):
            if let d = e.dict, try d.remove(.str(name)) != nil { return }
            throw attributeError("'\(e.type.name)' object has no attribute '\(name.string)'")
        case .object(let o) where o.pyType === PyType.module:
            try moduleSetAttr(unsafeDowncast(o, to: PyModule.self), name, nil)
        default:
            throw builtinAttributeStoreError(obj, name)
        }
    }

    func genericDelAttr(_ inst: PyInstance, _ name: PyStr) throws(PyError) {
        let t = inst.type
        if let d = t.lookupIncludingNative(name) {
            switch d {
            case .object(let o):
                if let p = o as? PyProperty {
                    if p.deleter.isNone {
                        if p.isTupleField { throw attributeError("can't delete attribute") }
                        throw attributeError("property '\(p.name ?? name.string)' of '\(t.name)' object has no deleter")
                    }
                    _ = try call(p.deleter, [.instance(inst)])
                    return
                }
            case .instance(let di):
                if let del = di.type.special(.delete) {
                    _ = try call(del, [d, .instance(inst)])
                    return
                }
            default: break
            }
        }
        if let names = t.slotNames, let i = names.firstIndex(where: { $0.equals(name) }) {
            if case .undefined = inst.slotValues[i] {
                throw attributeError("'\(t.name)' object has no attribute '\(name.string)'")
            }
            inst.slotValues[i] = .undefined
            return
        }
        if !inst.deleteAttribute(name) {
            throw attributeError("'\(t.name)' object has no attribute '\(name.string)'")
        }
    }

    // MARK: classes

    func typeGetAttr(_ t: PyType, _ name: PyStr) throws(PyError) -> Value {
        if let v = try typeSpecialAttribute(t, name) { return v }
        // A metaclass's data descriptors come first, then the class's own MRO, then the metaclass.
        let meta = t.metatype
        var metaAttr: Value? = nil
        if let m = meta {
            metaAttr = m.lookupIncludingNative(name)
            if let d = metaAttr, isDataDescriptor(d) { return try descriptorGet(d, .type(t), m, name) }
        }
        if t.isHeapType, let base = t.builtinBase, name.equals("__new__") {
            // `MyInt.__new__` is int.__new__ (not object's) unless a Python class defines one.
            for k in 0..<t.mroCount {
                let c = t.mroEntry(k)
                if let d = c.dict {
                    if d.getStr(name) != nil { break }
                } else if c === base {
                    if let m = payloadMethod(base, name, .none) { return m }
                    break
                }
            }
        }
        if !t.isHeapType && isMutablePayloadType(t) && name.equals("__init__") {
            // `dict.__init__(self, ...)` (in a dict subclass's __init__): the builtin's own, which
            // fills the instance (object's would refuse the arguments).
            return .object(PyPayloadMethod(owner: t, name: name, receiver: .none))
        }
        if t.isHeapType {
            if let d = t.lookupIncludingNative(name) { return try descriptorGet(d, .none, t, name) }
        } else if hasPayloadNew(t) && name.equals("__new__") {
            // tuple.__new__(cls, ...), int.__new__(cls, ...): the builtin's own constructor
            // (object's would refuse the arguments).
            return .object(PyPayloadMethod(owner: t, name: name, receiver: .none))
        } else if let d = t.lookupIncludingNative(name), case .object(let o) = d, o is PyNativeMethod {
            return d
        }
        if let d = metaAttr { return try descriptorGet(d, .type(t), meta!, name) }
        if let info = t.native, let v = try info.classAttribute?(self, name) { return v }
        if let slots = t.slotNames, slots.contains(where: { $0.equals(name) }) {
            return .object(PyMemberDescriptor(name.string, t))
        }
        // Builtin types' own methods (str.lower, dict.fromkeys).
        if let m = MethodName.byName[name.string], let i = MethodName.indexOf[m] {
            do throws(PyError) {
                return try loadAttribute(.type(t), i, nil)
            } catch {
                if !t.isHeapType { throw error }
            }
        }
        if let v = try typeBuiltinMethod(t, name) { return v }
        // A metaclass's __getattr__ answers for names the class does not have.
        if let m = meta, m.isHeapType, let hook = m.lookup(PyStr.make("__getattr__")) {
            return try call(try descriptorGet(hook, .type(t), m, name), [.str(name)])
        }
        throw attributeError("type object '\(t.name)' has no attribute '\(name.string)'")
    }

    /// A builtin type whose __new__ builds its own value (the types classes may derive from).
    private func hasPayloadNew(_ t: PyType) -> Bool {
        switch t.kind {
        case .int, .float, .str, .tuple, .list, .dict, .set, .frozenset: return true
        default: return false
        }
    }

    private func typeSpecialAttribute(_ t: PyType, _ name: PyStr) throws(PyError) -> Value? {
        // Every name below is a dunder: others are answered without making a String.
        guard isDunderName(name) else { return nil }
        switch name.string {
        case "__name__": return .str(PyStr.make(t.shortName))
        case "__qualname__": return .str(PyStr.make(t.isHeapType ? t.qualname : t.shortName))
        case "__mro__": return .tuple(PyTuple(t.mro.map { .type($0) }))
        case "__bases__": return .tuple(PyTuple(t.bases.map { .type($0) }))
        case "__base__": return t.base.map { .type($0) } ?? Value.none
        case "__class__": return .type(t.metatype ?? .type)
        case "__dict__":
            if let d = t.dict { return .object(PyMappingProxy(d)) }
            return .object(PyMappingProxy(PyDict()))
        case "__module__":
            if t.isHeapType, let d = t.dict, let v = d.getStr(name) { return v }
            return .str(PyStr.make(t.nativeModule ?? t.moduleName))
        case "__doc__":
            if t.isHeapType, let d = t.dict { return d.getStr(name) ?? Value.none }
            return nil
        case "__annotations__":
            // The class's own (not inherited); an empty dict is made and kept on first access.
            guard t.isHeapType, let d = t.dict else { return nil }
            if let v = d.getStr(name) { return v }
            let fresh = Value.dict(PyDict())
            try d.set(.str(name), fresh)
            t.modified()
            return fresh
        default: return nil
        }
    }

    /// mro() and other methods every class has.
    private func typeBuiltinMethod(_ t: PyType, _ name: PyStr) throws(PyError) -> Value? {
        if name.equals("mro") {
            return .object(PyMethod(function: .object(PyNativeMethod(.typeMro, .type, "mro")), receiver: .type(t)))
        }
        if name.equals("__subclasses__") { return nil }
        return nil
    }

    /// del C.name, without the metaclass's __delattr__ (type.__delattr__).
    func typeDelAttr(_ t: PyType, _ name: PyStr) throws(PyError) {
        guard t.isHeapType, let d = t.dict else {
            throw typeError("cannot set '\(name.string)' attribute of immutable type '\(t.name)'")
        }
        if try d.remove(.str(name)) == nil {
            throw attributeError("type object '\(t.name)' has no attribute '\(name.string)'")
        }
        t.modified()
    }

    func typeSetAttr(_ t: PyType, _ name: PyStr, _ value: Value) throws(PyError) {
        guard t.isHeapType, let d = t.dict else {
            throw typeError("cannot set '\(name.string)' attribute of immutable type '\(t.name)'")
        }
        if let m = t.metatype, let d = m.lookup(name), case .object(let o) = d, let p = o as? PyProperty {
            if p.setter.isNone { throw attributeError("property '\(p.name ?? name.string)' of '\(m.name)' object has no setter") }
            _ = try call(p.setter, [.type(t), value])
            return
        }
        switch name.string {
        case "__bases__":
            guard case .tuple(let tt) = value, !tt.items.isEmpty else {
                throw typeError("can only assign non-empty tuple to \(t.name).__bases__, not \(typeName(value))")
            }
            var newBases: [PyType] = []
            for b in tt.items {
                guard case .type(let bt) = b else {
                    throw typeError("\(t.name).__bases__ must be tuple of classes, not '\(typeName(b))'")
                }
                if bt.isSubtype(of: t) { throw typeError("a __bases__ item causes an inheritance cycle") }
                newBases.append(bt)
            }
            t.setBases(newBases, mroTail: try c3Merge(newBases))
            return
        case "__name__":
            guard case .str(let s) = value else {
                throw typeError("can only assign string to \(t.name).__name__, not '\(typeName(value))'")
            }
            t.name = s.string
            return
        case "__qualname__":
            guard case .str(let s) = value else {
                throw typeError("can only assign string to \(t.name).__qualname__, not '\(typeName(value))'")
            }
            t.qualname = s.string
            return
        case "__abstractmethods__":
            t.isAbstract = try truthy(value)
        default: break
        }
        try d.set(.str(name), value)
        if isPlainClassValue(value) && !isDunderName(name) {
            // `Counter.total += 1`: the special methods and cached instance slots stay valid.
            t.modifiedNonSpecial()
        } else {
            t.modified()
        }
    }

    /// A value that can never be a data descriptor (nor become one later).
    func isPlainClassValue(_ v: Value) -> Bool {
        switch v {
        case .none, .bool, .int, .float, .big, .str, .list, .tuple, .dict, .set, .function, .builtin: return true
        default: return false
        }
    }

    /// `__x__`: every special method's name has this form.
    func isDunderName(_ name: PyStr) -> Bool {
        return name.withUnsafeBufferPointer { b in
            let n = b.count
            return n >= 4 && b[0] == 0x5F && b[1] == 0x5F && b[n - 1] == 0x5F && b[n - 2] == 0x5F
        }
    }

    // MARK: exceptions

    func exceptionGetAttr(_ e: PyException, _ name: PyStr) throws(PyError) -> Value {
        if let d = e.dict, let v = d.getStr(name) { return v }
        switch name.string {
        case "args": return .tuple(PyTuple(e.args))
        case "__cause__": return e.cause.map { .exception($0) } ?? Value.none
        case "__context__": return e.context.map { .exception($0) } ?? Value.none
        case "__suppress_context__": return .bool(e.suppressContext)
        case "value" where e.type.isSubtype(of: .stopIteration): return e.args.first ?? Value.none
        case "code" where e.type.isSubtype(of: .systemExit):
            if e.args.count > 1 { return .tuple(PyTuple(e.args)) }
            return e.args.first ?? Value.none
        case "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset":
            guard e.type.isSubtype(of: .syntaxError) else { break }
            guard e.args.count == 2, case .tuple(let t) = e.args[1], t.items.count == 6 else {
                return name.string == "msg" && e.args.count >= 1 ? e.args[0] : Value.none
            }
            if name.string == "msg" { return e.args[0] }
            return t.items[["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].firstIndex(of: name.string)!]
        case "__notes__": break
        case "__traceback__": return Value.none
        case "__class__": return .type(e.type)
        case "encoding", "object", "start", "end", "reason":
            guard e.unicodeErrorParts != nil else { break }
            return e.args[["encoding", "object", "start", "end", "reason"].firstIndex(of: name.string)!]
        case "name" where e.type === PyType.nameError: return e.nameContext.map { .str($0.0) } ?? Value.none
        case "name" where e.type.isSubtype(of: .attributeError): return e.attributeContext.map { .str($0.0) } ?? Value.none
        case "obj" where e.type.isSubtype(of: .attributeError): return e.attributeContext?.1 ?? Value.none
        case "__dict__":
            if e.dict == nil { e.dict = PyDict() }
            return .dict(e.dict!)
        default: break
        }
        if let d = e.type.lookupIncludingNative(name) { return try descriptorGet(d, .exception(e), e.type, name) }
        if let g = e.type.special(.getattr) { return try call(g, [.exception(e), .str(name)]) }
        throw attributeError("'\(e.type.name)' object has no attribute '\(name.string)'")
    }

    /// Sets an exception attribute (args, __cause__, ... or a user attribute).
    func exceptionSetAttr(_ e: PyException, _ name: PyStr, _ value: Value) throws(PyError) -> Value? {
        if let sa = e.type.special(.setattr) {
            _ = try call(sa, [.exception(e), .str(name), value])
            return nil
        }
        if let d = e.type.lookup(name), case .object(let o) = d, let p = o as? PyProperty {
            if p.setter.isNone {
                throw attributeError("property '\(p.name ?? name.string)' of '\(e.type.name)' object has no setter")
            }
            _ = try call(p.setter, [.exception(e), value])
            return nil
        }
        switch name.string {
        case "args":
            e.args = try toArray(value)
        case "__cause__":
            switch value {
            case .none: e.cause = nil
            case .exception(let c): e.cause = c
            default: throw typeError("exception cause must be None or derive from BaseException")
            }
            e.suppressContext = true
        case "__context__":
            switch value {
            case .none: e.context = nil
            case .exception(let c): e.context = c
            default: throw typeError("exception context must be None or derive from BaseException")
            }
        case "__suppress_context__":
            e.suppressContext = try truthy(value)
        case "__traceback__":
            break
        default:
            if e.dict == nil { e.dict = PyDict() }
            try e.dict!.set(.str(name), value)
        }
        return nil
    }

    // MARK: functions and other objects

    func functionAttribute(_ f: PyFunction, _ name: PyStr) throws(PyError) -> Value? {
        if let d = f.dict, let v = d.getStr(name) { return v }
        switch name.string {
        case "__name__": return .str(PyStr.make(f.name))
        case "__qualname__": return .str(PyStr.make(f.qualname))
        case "__doc__": return f.doc
        case "__module__": return .str(PyStr.make(f.moduleName))
        case "__defaults__": return f.defaults.isEmpty ? Value.none : .tuple(PyTuple(f.defaults))
        case "__kwdefaults__": return f.kwDefaults.map { .dict($0) } ?? Value.none
        case "__dict__":
            if f.dict == nil { f.dict = PyDict() }
            return .dict(f.dict!)
        case "__annotations__":
            if f.annotations == nil { f.annotations = PyDict() }
            return .dict(f.annotations!)
        case "__class__": return .type(.function)
        case "__closure__": return Value.none
        case "__wrapped__": return nil
        case "__get__": return .object(PyDescriptorCall(.function(f), .get))
        default: return nil
        }
    }

    func functionSetAttr(_ f: PyFunction, _ name: PyStr, _ value: Value) throws(PyError) {
        switch name.string {
        case "__name__":
            guard case .str(let s) = value else { throw typeError("__name__ must be set to a string object") }
            f.name = s.string
        case "__qualname__":
            guard case .str(let s) = value else { throw typeError("__qualname__ must be set to a string object") }
            f.qualname = s.string
        case "__doc__": f.doc = value
        case "__defaults__":
            switch value {
            case .none: f.setDefaults([])
            case .tuple(let t): f.setDefaults(t.items)
            default: throw typeError("__defaults__ must be set to a tuple object")
            }
        case "__kwdefaults__":
            switch value {
            case .none: f.kwDefaults = nil
            case .dict(let d): f.kwDefaults = d
            default: throw typeError("__kwdefaults__ must be set to a dict object")
            }
        case "__dict__":
            guard case .dict(let d) = value else { throw typeError("__dict__ must be set to a dictionary, not a '\(typeName(value))'") }
            f.dict = d
        case "__annotations__":
            guard case .dict(let d) = value else { throw typeError("__annotations__ must be set to a dict object") }
            f.annotations = d
        default:
            if f.dict == nil { f.dict = PyDict() }
            try f.dict!.set(.str(name), value)
        }
    }

    func objectAttribute(_ o: PyObject, _ name: PyStr) throws(PyError) -> Value? {
        // super().name is the common case here: an identity test before any dynamic cast.
        if let s = o as? PySuper { return try superGetAttr(s, name) }
        if let r = o as? PyRandom { return RandomModule.attribute(r, name) }
        if let m = o as? PyMethod {
            switch name.string {
            case "__self__": return m.receiver
            case "__func__": return m.function
            case "__name__", "__qualname__", "__doc__", "__module__":
                return try getAttr(m.function, name)
            case "__class__": return .type(.method)
            default: return try getAttr(m.function, name)
            }
        }
        if let s = o as? PySuper { return try superGetAttr(s, name) }
        if let p = o as? PyProperty {
            switch name.string {
            case "fget": return p.getter
            case "fset": return p.setter
            case "fdel": return p.deleter
            case "__doc__": return p.doc
            case "__isabstractmethod__":
                // abc: a property is abstract when one of its functions is.
                for part in [p.getter, p.setter, p.deleter] where !part.isNone {
                    if let v = try? getAttr(part, name), try truthy(v) { return .bool(true) }
                }
                return .bool(false)
            case "getter", "setter", "deleter":
                return .object(PyPropertyCopier(p, name.string))
            case "__get__": return .object(PyDescriptorCall(.object(o), .get))
            case "__set__": return .object(PyDescriptorCall(.object(o), .set))
            case "__delete__": return .object(PyDescriptorCall(.object(o), .delete))
            default: break
            }
        }
        if let sm = o as? PyStaticMethod {
            if name.equals("__func__") || name.equals("__wrapped__") { return sm.function }
            if name.equals("__get__") { return .object(PyDescriptorCall(.object(o), .get)) }
            return try? getAttr(sm.function, name)
        }
        if let cm = o as? PyClassMethod {
            if name.equals("__func__") || name.equals("__wrapped__") { return cm.function }
            if name.equals("__get__") { return .object(PyDescriptorCall(.object(o), .get)) }
            return try? getAttr(cm.function, name)
        }
        if let n = o as? PyNativeMethod {
            switch name.string {
            case "__name__": return .str(PyStr.make(n.name))
            case "__qualname__": return .str(PyStr.make("\(n.owner.name).\(n.name)"))
            default: break
            }
        }
        if let g = o as? PyGenerator {
            switch name.string {
            case "send", "throw", "close", "__next__", "__iter__":
                return .object(PyGeneratorMethod(g, name.string))
            case "__name__": return .str(PyStr.make(g.name))
            case "__qualname__": return .str(PyStr.make(g.qualname))
            case "gi_running": return .bool(g.state == .running)
            case "gi_frame": return g.state == .finished ? Value.none : .object(PyFrameObject())
            default: break
            }
        }
        if let it = o as? PyIterator, name.equals("__next__") || name.equals("__iter__") {
            return .object(PyGeneratorMethod(it, name.string))
        }
        if let g = o as? PyGenericAlias {
            if name.equals("__origin__") { return .type(g.origin) }
            if name.equals("__args__") { return .tuple(PyTuple(g.args)) }
        }
        if let u = o as? PyUnionType {
            if name.equals("__args__") { return .tuple(PyTuple(u.args)) }
            if name.equals("__parameters__") { return .tuple(PyTuple([])) }
        }
        if name.equals("__class__") { return .type(o.pyType) }
        if o.isNativeCallable, name.equals("__call__") {
            return nativeBoundMethod(o.pyType.name, "__call__") { (vm, args) throws(PyError) -> Value in try o.nativeCall(vm, args) }
        }
        return try o.nativeAttribute(self, name)
    }

    /// descr.__get__(obj, type=None), descr.__set__(obj, value), descr.__delete__(obj).
    func callDescriptor(_ c: PyDescriptorCall, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords(c.name)
        let d = c.descriptor
        switch c.which {
        case .get:
            try args.expect(c.name, min: 1, max: 2)
            let obj = args[0]
            var owner: Value = args.count > 1 ? args[1] : Value.none
            if obj.isNone && owner.isNone { throw typeError("__get__(None, None) is invalid") }
            if owner.isNone { owner = .type(typeOf(obj)) }
            guard case .type(let t) = owner else {
                if case .object(let o) = d, o is PyClassMethod {
                    throw typeError("descriptor '__get__' for 'classmethod' objects needs a type, not a '\(typeName(owner))'")
                }
                return try descriptorGet(d, obj, typeOf(obj), PyStr.make(c.name))
            }
            if case .object(let o) = d, let p = o as? PyProperty, !obj.isNone, p.getter.isNone {
                throw attributeError("property '\(p.name ?? "?")' of '\(typeName(obj))' object has no getter")
            }
            return try descriptorGet(d, obj, t, PyStr.make(c.name))
        case .set, .delete:
            let n = c.which == .set ? 2 : 1
            try args.expect(c.name, min: n, max: n)
            guard case .object(let o) = d, let p = o as? PyProperty else {
                throw attributeError("'\(typeName(d))' object has no attribute '\(c.name)'")
            }
            let accessor = c.which == .set ? p.setter : p.deleter
            if accessor.isNone {
                let what = c.which == .set ? "setter" : "deleter"
                throw attributeError("property '\(p.name ?? "?")' of '\(typeName(args[0]))' object has no \(what)")
            }
            _ = try call(accessor, c.which == .set ? [args[0], args[1]] : [args[0]])
            return .none
        }
    }

    // MARK: super

    func superGetAttr(_ s: PySuper, _ name: PyStr) throws(PyError) -> Value {
        if name.equals("__class__") { return .type(.superType) }
        if name.equals("__self__") { return s.object }
        if name.equals("__thisclass__") { return .type(s.startAfter) }
        if name.equals("__self_class__") { return .type(s.objectType) }
        let t = s.objectType
        var start = 0
        for k in 0..<t.mroCount where t.mroEntry(k) === s.startAfter {
            start = k + 1
            break
        }
        var i = start
        while i < t.mroCount {
            let c = t.mroEntry(i)
            var found: Value? = nil
            if let d = c.dict {
                found = d.getStr(name)
            } else if c === t.builtinBase, let m = payloadMethod(c, name, s.object) {
                return m
            } else {
                found = nativeMethod(c, name).map { .object($0) }
            }
            if let d = found {
                // Bind to the object (or, for a class passed as obj, classmethods to it).
                if case .type(let t) = s.object, s.objectType === t {
                    return try descriptorGet(d, .none, t, name)
                }
                return try descriptorGet(d, s.object, s.objectType, name)
            }
            i += 1
        }
        throw attributeError("'super' object has no attribute '\(name.string)'")
    }

    /// `super().name(...)` where name is a plain function in a class dict and the object an
    /// instance: the function, so the call can take the instance as self without a bound
    /// method object. nil for everything else (the general path handles it).
    func superPlainMethod(_ s: PySuper, _ name: PyStr) -> PyFunction? {
        guard case .instance = s.object else { return nil }
        let t = s.objectType
        var i = 0
        while i < t.mroCount, t.mroEntry(i) !== s.startAfter { i += 1 }
        i += 1
        while i < t.mroCount {
            let c = t.mroEntry(i)
            guard let d = c.dict else { return nil }
            if let v = d.getStr(name) {
                if case .function(let f) = v { return f }
                return nil
            }
            i += 1
        }
        return nil
    }
}

/// A read-only view of a class namespace (type.__dict__).
final class PyMappingProxy: PyObject {
    let dict: PyDict
    init(_ d: PyDict) { dict = d }
    override var pyType: PyType { .mappingProxy }
}

/// property.getter/setter/deleter bound to a property: makes a copy with one accessor replaced.
final class PyPropertyCopier: PyObject {
    let property: PyProperty
    let which: String
    init(_ p: PyProperty, _ which: String) {
        property = p
        self.which = which
    }
    override var pyType: PyType { .builtinFunction }
}

/// gen.send / gen.throw / gen.close / it.__next__ taken as values.
final class PyGeneratorMethod: PyObject {
    let iterator: PyIterator
    let name: String
    init(_ it: PyIterator, _ name: String) {
        iterator = it
        self.name = name
    }
    override var pyType: PyType { .builtinFunction }
}

extension PyType {
    static let mappingProxy = PyType("mappingproxy", base: object, kind: .object)
}
