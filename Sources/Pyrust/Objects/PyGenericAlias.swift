// `list[int]`, `dict[str, int]`: types.GenericAlias for the builtin container types. It only
// remembers its origin and arguments (repr, __origin__, __args__); calling it calls the origin.

final class PyGenericAlias: PyObject {
    let origin: PyType
    let args: [Value]
    init(origin: PyType, args: [Value]) {
        self.origin = origin
        self.args = args
    }
    override var pyType: PyType { .genericAlias }

    /// The builtin types whose subscription makes an alias (CPython's __class_getitem__ ones).
    static func isGeneric(_ t: PyType) -> Bool {
        t === PyType.list || t === PyType.dict || t === PyType.tuple || t === PyType.set
            || t === PyType.frozenset || t === PyType.type
    }
}

extension PyType {
    static let genericAlias = PyType("types.GenericAlias", base: object, kind: .object)
}

extension VM {
    /// repr(list[int]): builtin types by bare name, other classes as module.qualname,
    /// Ellipsis as `...`, anything else by its repr (CPython's ga_repr_item).
    func genericAliasRepr(_ g: PyGenericAlias) throws(PyError) -> String {
        var s = (g.origin.isHeapType ? g.origin.displayName : g.origin.name) + "["
        if g.args.isEmpty { s += "()" }
        for (i, a) in g.args.enumerated() {
            if i > 0 { s += ", " }
            switch a {
            case .object(let o) where o is PyEllipsis: s += "..."
            case .type(let t): s += t.displayName
            case .object(let o) where o is PyGenericAlias: s += try genericAliasRepr(o as! PyGenericAlias)
            default: s += try repr(a).string
            }
        }
        return s + "]"
    }
}
