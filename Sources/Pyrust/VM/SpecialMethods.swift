// Special methods of user classes: which dunders a class overrides (looked up once per class
// version), and the methods `object` and `BaseException` provide to every class.

/// The dunders the VM dispatches on. The raw value indexes SpecialMethodCache.
enum Special: Int, CaseIterable {
    case initMethod, newMethod, repr, str, format, hash, eq, ne, lt, le, gt, ge, bool, len, lengthHint
    case getitem, setitem, delitem, missing, contains, iter, next, reversed, call
    case getattr, getattribute, setattr, delattr, enter, exit
    case neg, pos, abs, invert, index, int, float, round, trunc, floor, ceil
    case get, set, delete, setName, initSubclass, classGetitem, instancecheck, subclasscheck, dir
    case add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor, matmul
    case radd, rsub, rmul, rtruediv, rfloordiv, rmod, rpow, rlshift, rrshift, rand, ror, rxor, rmatmul
    case iadd, isub, imul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior, ixor, imatmul
    case divmod, rdivmod
    case bytes

    var dunder: String {
        switch self {
        case .initMethod: return "__init__"
        case .newMethod: return "__new__"
        case .lengthHint: return "__length_hint__"
        case .setName: return "__set_name__"
        case .initSubclass: return "__init_subclass__"
        case .classGetitem: return "__class_getitem__"
        case .and: return "__and__"
        case .or: return "__or__"
        case .rand: return "__rand__"
        case .ror: return "__ror__"
        case .iand: return "__iand__"
        case .ior: return "__ior__"
        default: return "__\(self)__"
        }
    }

    static let names: [PyStr] = {
        let all = Special.allCases.map { PyStr.make($0.dunder) }
        for s in all { Immortal.mark(s) }
        return Immortal.array(all)
    }()
}

/// What a class overrides, per special method: the attribute found on the MRO (a user
/// function or other object), or nil when the builtin behaviour applies.
final class SpecialMethodCache {
    /// The class's versionTag it was made for (moved on by PyType.modifiedNonSpecial).
    var tag: UInt32
    var entries: [Value?]
    /// `__hash__ = None` (set for classes that define __eq__ without __hash__).
    var hashIsNone = false
    init(tag: UInt32) {
        self.tag = tag
        entries = [Value?](repeating: nil, count: Special.allCases.count)
    }
}

extension PyType {
    /// The user override of `s` (nil: object's/the builtin base's behaviour).
    @inline(__always)
    func special(_ s: Special) -> Value? {
        if !isHeapType { return nil }
        return specials().entries[s.rawValue]
    }

    var hashIsNone: Bool { isHeapType && specials().hashIsNone }

    func specials() -> SpecialMethodCache {
        if let c = specialCache, c.tag == versionTag { return c }
        let c = SpecialMethodCache(tag: versionTag)
        for sp in Special.allCases {
            let name = Special.names[sp.rawValue]
            for k in 0..<mroCount {
                guard let d = mroEntry(k).dict else { continue }
                if let v = d.getStr(name) {
                    if sp == .hash, v.isNone { c.hashIsNone = true } else { c.entries[sp.rawValue] = v }
                    break
                }
            }
        }
        specialCache = c
        return c
    }
}

/// Methods of builtin types that classes inherit and super() reaches: object.__init__, ...
enum NativeMethodID: UInt8 {
    case objectInit, objectNew, objectRepr, objectStr, objectHash, objectEq, objectNe, objectSetattr
    case objectGetattribute, objectDelattr, objectFormat, objectInitSubclass, objectDir, objectLt, objectLe
    case objectGt, objectGe, objectSubclasshook
    case exceptionInit, exceptionStr, exceptionRepr, exceptionWithTraceback, exceptionAddNote
    case typeNew, typeInit, typeCall, typeMro
}

/// A method a builtin type defines, taken from the type (unbound; self is the first argument).
final class PyNativeMethod: PyObject {
    let id: NativeMethodID
    let owner: PyType
    let name: String
    init(_ id: NativeMethodID, _ owner: PyType, _ name: String) {
        self.id = id
        self.owner = owner
        self.name = name
    }
    override var pyType: PyType { .wrapperDescriptor }
}

extension PyType {
    static let wrapperDescriptor = PyType("wrapper_descriptor", base: object, kind: .object)
}

/// The native methods of object, BaseException and type, keyed by name (built once, then
/// only read). PyDicts keyed by str so a lookup is a hash probe with the name's cached hash,
/// with no Swift String made.
private struct NativeMethodTables {
    let object: PyDict
    let exception: PyDict
    let type: PyDict

    static func make(_ owner: PyType, _ list: [(String, NativeMethodID)]) -> PyDict {
        let d = PyDict()
        RunObjects.untrack(d)   // built once for the process, possibly during a run
        for (n, id) in list { try? d.set(.str(PyStr.make(n)), .object(PyNativeMethod(id, owner, n))) }
        Immortal.mark(dict: d)
        return d
    }
}

private let nativeMethodTables: NativeMethodTables = {
    let objectList: [(String, NativeMethodID)] = [
        ("__init__", .objectInit), ("__new__", .objectNew), ("__repr__", .objectRepr), ("__str__", .objectStr),
        ("__hash__", .objectHash), ("__eq__", .objectEq), ("__ne__", .objectNe), ("__setattr__", .objectSetattr),
        ("__getattribute__", .objectGetattribute), ("__delattr__", .objectDelattr), ("__format__", .objectFormat),
        ("__init_subclass__", .objectInitSubclass), ("__dir__", .objectDir), ("__lt__", .objectLt),
        ("__le__", .objectLe), ("__gt__", .objectGt), ("__ge__", .objectGe), ("__subclasshook__", .objectSubclasshook),
    ]
    let excList: [(String, NativeMethodID)] = [
        ("__init__", .exceptionInit), ("__str__", .exceptionStr), ("__repr__", .exceptionRepr),
        ("with_traceback", .exceptionWithTraceback), ("add_note", .exceptionAddNote),
    ]
    let typeList: [(String, NativeMethodID)] = [
        ("__new__", .typeNew), ("__init__", .typeInit), ("__call__", .typeCall), ("mro", .typeMro),
    ]
    return NativeMethodTables(object: NativeMethodTables.make(.object, objectList),
                              exception: NativeMethodTables.make(.baseException, excList),
                              type: NativeMethodTables.make(.type, typeList))
}()

/// A native method of builtin type `t` called `name` (object, BaseException and type only).
func nativeMethod(_ t: PyType, _ name: PyStr) -> PyNativeMethod? {
    let d: PyDict
    if t === PyType.object {
        d = nativeMethodTables.object
    } else if t === PyType.baseException {
        d = nativeMethodTables.exception
    } else if t === PyType.type {
        d = nativeMethodTables.type
    } else {
        return nil
    }
    guard case .object(let o)? = d.getStr(name) else { return nil }
    return unsafeDowncast(o, to: PyNativeMethod.self)
}

extension PyType {
    /// `name` along the MRO, including the native methods of object, BaseException and type.
    func lookupIncludingNative(_ name: PyStr) -> Value? {
        // Self, then the tail: `mro` would build an array per lookup.
        if let v = PyType.ownAttribute(self, name) { return v }
        for c in mroTail {
            if let v = PyType.ownAttribute(c, name) { return v }
        }
        return nil
    }

    @inline(__always) private static func ownAttribute(_ c: PyType, _ name: PyStr) -> Value? {
        if let d = c.dict { return d.getStr(name) }
        return nativeMethod(c, name).map { .object($0) }
    }
}
