// Attribute access on builtin objects: data attributes (e.args, f.__name__, r.start) and
// methods taken as values (bound methods).

private let strMethods: Set<MethodName> = Immortal.set([
    .capitalize, .casefold, .center, .count, .encode, .endswith, .expandtabs, .find, .format, .format_map,
    .index, .isalnum, .isalpha, .isascii, .isdecimal, .isdigit, .isidentifier, .islower, .isnumeric,
    .isprintable, .isspace, .istitle, .isupper, .join, .ljust, .lower, .lstrip, .maketrans, .partition,
    .removeprefix, .removesuffix, .replace, .rfind, .rindex, .rjust, .rpartition, .rsplit, .rstrip,
    .split, .splitlines, .startswith, .strip, .swapcase, .title, .translate, .upper, .zfill,
])
private let listMethods: Set<MethodName> = Immortal.set([.append, .clear, .copy, .count, .extend, .index, .insert, .pop, .remove,
                                            .reverse, .sort])
private let tupleMethods: Set<MethodName> = Immortal.set([.count, .index])
private let dictMethods: Set<MethodName> = Immortal.set([.clear, .copy, .fromkeys, .get, .items, .keys, .pop, .popitem, .setdefault,
                                            .update, .values])
private let setMethods: Set<MethodName> = Immortal.set([.add, .clear, .copy, .difference, .difference_update, .discard,
                                           .intersection, .intersection_update, .isdisjoint, .issubset, .issuperset,
                                           .pop, .remove, .symmetric_difference, .symmetric_difference_update,
                                           .union, .update])
private let bytesMethods: Set<MethodName> = Immortal.set([
    .capitalize, .center, .count, .decode, .endswith, .expandtabs, .find, .fromhex, .hex, .index, .isalnum,
    .isalpha, .isascii, .isdigit, .islower, .isspace, .istitle, .isupper, .join, .ljust, .lower, .lstrip,
    .maketrans, .partition, .removeprefix, .removesuffix, .replace, .rfind, .rindex, .rjust, .rpartition,
    .rsplit, .rstrip, .split, .splitlines, .startswith, .strip, .swapcase, .title, .translate, .upper, .zfill,
    .dunderLen, .dunderContains, .dunderGetitem,
])
private let bytearrayMethods: Set<MethodName> = Immortal.set([
    .capitalize, .center, .count, .decode, .endswith, .expandtabs, .find, .fromhex, .hex, .index, .isalnum,
    .isalpha, .isascii, .isdigit, .islower, .isspace, .istitle, .isupper, .join, .ljust, .lower, .lstrip,
    .maketrans, .partition, .removeprefix, .removesuffix, .replace, .rfind, .rindex, .rjust, .rpartition,
    .rsplit, .rstrip, .split, .splitlines, .startswith, .strip, .swapcase, .title, .translate, .upper, .zfill,
    .dunderLen, .dunderContains, .dunderGetitem,
    .append, .clear, .copy, .extend, .insert, .pop, .remove, .reverse,   // bytearray only
])
private let intMethods: Set<MethodName> = Immortal.set([.bit_length, .bit_count, .conjugate, .to_bytes, .as_integer_ratio])
private let floatMethods: Set<MethodName> = Immortal.set([.is_integer, .as_integer_ratio, .conjugate, .hex])

/// The static and class methods of the builtin types. They take no instance, so taken from the
/// type or from an instance alike they are bound to the type: `str.maketrans("a", "b")` must
/// not take "a" as the receiver.
func typeMethod(_ t: PyType, _ name: MethodName) -> ((VM, Args) throws(PyError) -> Value)? {
    switch (t.kind, name) {
    case (.str, .maketrans): return strMaketransMethod
    case (.dict, .fromkeys): return dictFromkeysMethod
    case (.bytes, .fromhex): return bytesFromhexMethod
    case (.bytearray, .fromhex): return bytearrayFromhexMethod
    case (.bytes, .maketrans), (.bytearray, .maketrans): return bytesMaketransMethod
    case (.int, .from_bytes): return intFromBytesMethod
    case (.bool, .from_bytes): return boolFromBytesMethod
    default: return nil
    }
}

/// The type whose method a builtin method is (bool's methods are all int's).
private func methodOwner(_ t: PyType) -> PyType { t.kind == .bool ? .int : t }

extension VM {
    /// `obj.<attr>` where attr is a MethodName index (>= 0) or, negated minus one, a constant
    /// holding a name no builtin type has.
    func loadAttribute(_ obj: Value, _ arg: Int, _ code: CodeObject?) throws(PyError) -> Value {
        guard arg >= 0, arg < MethodName.table.count else {
            var name = "?"
            let k = -(arg + 1)
            if let c = code, k >= 0, k < c.constantCount, case .str(let s) = c.consts[k] { name = s.string }
            if let d = builtinDunder(obj, name) { return d }
            throw noAttribute(obj, name)
        }
        let name = MethodName.table[arg]
        if let v = try dataAttribute(obj, name) { return v }
        let owner: PyType
        if case .type(let t) = obj { owner = t } else { owner = typeOf(obj) }
        if typeMethod(owner, name) != nil { return .object(PyBoundMethod(receiver: .type(owner), name: name)) }
        if case .type(let t) = obj, let ms = methodSet(for: t), ms.contains(name) {
            // `str.lower`: the method taken from the type, called with the instance first.
            return .object(PyUnboundMethod(type: methodOwner(t), name: name))
        }
        let methods: Set<MethodName>
        switch obj {
        case .str: methods = strMethods
        case .list: methods = listMethods
        case .tuple: methods = tupleMethods
        case .dict: methods = dictMethods
        case .set(let s): methods = s.isFrozen ? setMethods.intersection([.copy, .difference, .intersection, .isdisjoint, .issubset, .issuperset, .symmetric_difference, .union]) : setMethods
        case .int, .big, .bool: methods = intMethods
        case .float: methods = floatMethods
        case .object(let o) where o.isBytes:
            methods = unsafeDowncast(o, to: PyBytes.self).isMutable ? bytearrayMethods : bytesMethods
        case .object(let o) where o is PySlice: methods = [.indices]
        default: methods = []
        }
        if methods.contains(name) { return .object(PyBoundMethod(receiver: obj, name: name)) }
        if let d = builtinDunder(obj, name.rawValue) { return d }
        throw noAttribute(obj, name.rawValue)
    }

    func noAttribute(_ obj: Value, _ name: String) -> PyError {
        let error: PyError
        if case .type(let t) = obj {
            error = attributeError("type object '\(t.name)' has no attribute '\(name)'")
        } else {
            error = attributeError("'\(typeName(obj))' object has no attribute '\(name)'")
        }
        error.exc.attributeContext = (PyStr.make(name), obj)
        return error
    }

    private func dataAttribute(_ obj: Value, _ name: MethodName) throws(PyError) -> Value? {
        switch (obj, name) {
        case (.exception(let e), .args): return .tuple(PyTuple(e.args))
        // Value.none, not .none: in an Optional context .none is nil, i.e. "no such attribute".
        case (.exception(let e), .dunderCause): return e.cause.map { .exception($0) } ?? Value.none
        case (.exception(let e), .dunderContext): return e.context.map { .exception($0) } ?? Value.none
        case (_, .dunderClass): return .type(typeOf(obj))
        case (.function(let f), .dunderName): return .str(PyStr.make(f.name))
        case (.function(let f), .dunderQualname): return .str(PyStr.make(f.qualname))
        case (.function, .dunderDoc): return Value.none
        case (.builtin(let b), .dunderName), (.builtin(let b), .dunderQualname): return .str(PyStr.make(b.name))
        case (.builtin(let b), .dunderModule): return .str(PyStr.make(b.moduleName ?? "builtins"))
        case (.type(let t), .dunderName), (.type(let t), .dunderQualname): return .str(PyStr.make(t.name))
        case (.object(let o), .dunderName), (.object(let o), .dunderQualname):
            guard case let (owner, method)? = builtinMethod(o) else { break }
            return .str(PyStr.make(name == .dunderName ? method.rawValue : "\(owner.name).\(method.rawValue)"))
        case (.int, .real), (.int, .numerator), (.big, .real), (.big, .numerator): return obj
        case (.bool(let b), .real), (.bool(let b), .numerator): return .int(b ? 1 : 0)
        case (.int, .imag), (.big, .imag), (.bool, .imag): return .int(0)
        case (.int, .denominator), (.big, .denominator), (.bool, .denominator): return .int(1)
        case (.float, .real): return obj
        case (.float, .imag): return .float(0)
        case (.object(let o), .start):
            if let r = o as? PyRange { return .int(r.start) }
            if let r = o as? PyBigRange { return .int(r.start) }
            if let s = o as? PySlice { return s.start }
        case (.object(let o), .stop):
            if let r = o as? PyRange { return .int(r.stop) }
            if let r = o as? PyBigRange { return .int(r.stop) }
            if let s = o as? PySlice { return s.stop }
        case (.object(let o), .step):
            if let r = o as? PyRange { return .int(r.step) }
            if let r = o as? PyBigRange { return .int(r.step) }
            if let s = o as? PySlice { return s.step }
        default: break
        }
        return nil
    }

    /// A builtin method (bound or not) as the type that defines it and its name.
    private func builtinMethod(_ o: PyObject) -> (PyType, MethodName)? {
        if let m = o as? PyUnboundMethod { return (m.type, m.name) }
        guard let m = o as? PyBoundMethod else { return nil }
        if case .type(let t) = m.receiver { return (t, m.name) }  // a static or class method
        return (typeOf(m.receiver), m.name)  // CPython names the receiver's type here
    }

    /// Raised by the `unsupported` opcode: attribute stores on builtin objects and the like.
    func raiseUnsupported(_ what: Value, _ top: Value) throws(PyError) {
        guard case .str(let s) = what else { throw notSupported("this operation") }
        let text = s.string
        if text.hasPrefix("attr:") || text.hasPrefix("delattr:") {
            let name = String(text.drop(while: { $0 != ":" }).dropFirst())
            if case .type(let t) = top {
                throw typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'")
            }
            throw attributeError("'\(typeName(top))' object has no attribute '\(name)'")
        }
        throw notSupported(text)
    }
}

extension VM {
    /// The methods a builtin type's instances have (nil for types without any).
    func methodSet(for t: PyType) -> Set<MethodName>? {
        switch t.kind {
        case .str: return strMethods
        case .list: return listMethods
        case .tuple: return tupleMethods
        case .dict: return dictMethods
        case .set: return setMethods
        case .int, .bool: return intMethods
        case .float: return floatMethods
        case .bytes: return bytesMethods
        case .bytearray: return bytearrayMethods
        default: return nil
        }
    }

    /// Calls `type.method(instance, args...)`.
    func callUnbound(_ m: PyUnboundMethod, _ args: Args) throws(PyError) -> Value {
        guard args.count >= 1 else {
            throw typeError("unbound method \(m.type.name).\(m.name.rawValue)() needs an argument")
        }
        let receiver = args[0]
        if !typeOf(receiver).isSubtype(of: m.type) {
            throw typeError("descriptor '\(m.name.rawValue)' for '\(m.type.name)' objects doesn't apply to a '\(typeName(receiver))' object")
        }
        let rest = Args(UnsafeBufferPointer(rebasing: args.values[1...]), positionalCount: args.positionalCount - 1,
                        kwNames: args.kwNames)
        return try callMethod(receiver, m.name, rest)
    }
}

/// A method taken from a builtin type (`str.lower`), callable with the instance as first argument.
final class PyUnboundMethod: PyObject {
    let type: PyType
    let name: MethodName
    init(type: PyType, name: MethodName) {
        self.type = type
        self.name = name
    }
    override var pyType: PyType { PyType.methodDescriptor }
}

extension PyType {
    static let methodDescriptor = PyType("method_descriptor", base: object, kind: .object)
}
