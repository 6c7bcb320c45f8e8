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

    static let names: [PyStr] = Special.allCases.map { PyStr.make($0.dunder) }
}

/// What a class overrides, per special method: the attribute found on the MRO (a user
/// function or other object), or nil when the builtin behaviour applies.
final class SpecialMethodCache {
    let tag: UInt32
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
            for t in mro {
                guard let d = t.dict else { continue }
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
    case objectGt, objectGe
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

/// The native methods per builtin type and name (shared, immutable).
private let nativeMethodTable: [ObjectIdentifier: [String: PyNativeMethod]] = {
    var t: [ObjectIdentifier: [String: PyNativeMethod]] = [:]
    let o = PyType.object
    var objectMethods: [String: PyNativeMethod] = [:]
    let objectList: [(String, NativeMethodID)] = [
        ("__init__", .objectInit), ("__new__", .objectNew), ("__repr__", .objectRepr), ("__str__", .objectStr),
        ("__hash__", .objectHash), ("__eq__", .objectEq), ("__ne__", .objectNe), ("__setattr__", .objectSetattr),
        ("__getattribute__", .objectGetattribute), ("__delattr__", .objectDelattr), ("__format__", .objectFormat),
        ("__init_subclass__", .objectInitSubclass), ("__dir__", .objectDir), ("__lt__", .objectLt),
        ("__le__", .objectLe), ("__gt__", .objectGt), ("__ge__", .objectGe),
    ]
    for (n, id) in objectList { objectMethods[n] = PyNativeMethod(id, o, n) }
    t[ObjectIdentifier(o)] = objectMethods
    let e = PyType.baseException
    var excMethods: [String: PyNativeMethod] = [:]
    let excList: [(String, NativeMethodID)] = [
        ("__init__", .exceptionInit), ("__str__", .exceptionStr), ("__repr__", .exceptionRepr),
        ("with_traceback", .exceptionWithTraceback), ("add_note", .exceptionAddNote),
    ]
    for (n, id) in excList { excMethods[n] = PyNativeMethod(id, e, n) }
    t[ObjectIdentifier(e)] = excMethods
    let ty = PyType.type
    var typeMethods: [String: PyNativeMethod] = [:]
    let typeList: [(String, NativeMethodID)] = [
        ("__new__", .typeNew), ("__init__", .typeInit), ("__call__", .typeCall), ("mro", .typeMro),
    ]
    for (n, id) in typeList { typeMethods[n] = PyNativeMethod(id, ty, n) }
    t[ObjectIdentifier(ty)] = typeMethods
    return t
}()

/// A native method of builtin type `t` called `name` (object, BaseException and type only).
func nativeMethod(_ t: PyType, _ name: PyStr) -> PyNativeMethod? {
    guard let methods = nativeMethodTable[ObjectIdentifier(t)] else { return nil }
    return methods[name.string]
}

extension PyType {
    /// `name` along the MRO, including the native methods of object, BaseException and type.
    func lookupIncludingNative(_ name: PyStr) -> Value? {
        for c in mro {
            if let d = c.dict {
                if let v = d.getStr(name) { return v }
            } else if let m = nativeMethod(c, name) {
                return .object(m)
            }
        }
        return nil
    }
}
