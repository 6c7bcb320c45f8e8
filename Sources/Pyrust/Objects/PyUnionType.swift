// `int | str`, `list[int] | None`: types.UnionType, what `|` between classes makes (PEP 604).
// It remembers its members (flattened, duplicates dropped, None as NoneType) for repr,
// __args__, equality and isinstance/issubclass.

final class PyUnionType: PyObject {
    let args: [Value]
    init(args: [Value]) { self.args = args }
    override var pyType: PyType { .unionType }
}

extension PyType {
    static let unionType = PyType("types.UnionType", base: object, kind: .object)
}

extension VM {
    /// A value `|` may join into a union: a class, None, list[int], or a union.
    private func isUnionMember(_ v: Value) -> Bool {
        switch v {
        case .type, .none: return true
        case .object(let o): return o is PyGenericAlias || o is PyUnionType
        default: return false
        }
    }

    /// a | b when both are classes (or None, aliases, unions); nil otherwise (the operator goes on).
    func unionOfTypes(_ a: Value, _ b: Value) throws(PyError) -> Value? {
        guard isUnionMember(a), isUnionMember(b) else { return nil }
        var args: [Value] = []
        for side in [a, b] {
            var items: [Value]
            if case .object(let o) = side, let u = o as? PyUnionType { items = u.args } else { items = [side] }
            for var item in items {
                if case .none = item { item = .type(PyType.noneType) }
                var seen = false
                for existing in args {
                    if try pyEquals(existing, item) {
                        seen = true
                        break
                    }
                }
                if !seen { args.append(item) }
            }
        }
        if args.count == 1 { return args[0] }
        return .object(PyUnionType(args: args))
    }

    /// The classes isinstance(x, int | str) tries; a parameterized member (list[int]) is refused.
    func unionCheckMembers(_ u: PyUnionType, _ fname: String) throws(PyError) -> [Value] {
        for a in u.args {
            if case .object(let o) = a, o is PyGenericAlias {
                throw typeError("\(fname)() argument 2 cannot be a parameterized generic")
            }
        }
        return u.args
    }

    /// repr(int | None): `int | None`, members as in a GenericAlias's repr.
    func unionTypeRepr(_ u: PyUnionType) throws(PyError) -> String {
        var parts: [String] = []
        for a in u.args {
            switch a {
            case .type(let t) where t === PyType.noneType: parts.append("None")
            case .type(let t): parts.append(t.displayName)
            case .object(let o) where o is PyGenericAlias: parts.append(try genericAliasRepr(unsafeDowncast(o, to: PyGenericAlias.self)))
            default: parts.append(try repr(a).string)
            }
        }
        return parts.joined(separator: " | ")
    }
}
