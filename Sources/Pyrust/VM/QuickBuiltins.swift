// The commonest builtin calls on the commonest arguments, answered inside the dispatch loop
// without building Args or entering callBuiltin's large switch. Everything else (other
// types, user classes, metaclasses, errors) returns nil and takes the generic call, so the
// semantics and messages stay in one place (Builtins.swift).

extension VM {
    /// Builtin `id` applied to the `argc` values at `args`, or nil for "take the generic call".
    /// Results are ints and bools only: storing one needs no reference counting.
    @inline(__always)
    func quickBuiltin(_ id: BuiltinID, _ args: UnsafeMutablePointer<Value>, _ argc: Int) -> Value? {
        switch id {
        case .len:
            if argc != 1 { return nil }
            switch args.pointee {
            case .str(let s): return .int(s.count)
            case .list(let l): return .int(l.items.count)
            case .tuple(let t): return .int(t.items.count)
            case .dict(let d): return .int(d.count)
            case .set(let s): return .int(s.count)
            default: return nil
            }
        case .isinstance:
            if argc != 2 { return nil }
            return quickIsInstance(args)
        default:
            return nil
        }
    }

    /// isinstance(x, C) and isinstance(x, (C1, C2, ...)) for classes without a metaclass (so
    /// no __instancecheck__ can apply). A tuple member that is not such a class, reached
    /// before a match, sends the whole call to the generic path (which raises or dispatches).
    @inline(never)
    private func quickIsInstance(_ args: UnsafeMutablePointer<Value>) -> Value? {
        switch (args + 1).pointee {
        case .type(let c):
            if c.metatype != nil { return nil }
            return .bool(typeOf(args.pointee).isSubtype(of: c))
        case .tuple(let t):
            let vt = typeOf(args.pointee)
            for member in t.items {
                guard case .type(let c) = member, c.metatype == nil else { return nil }
                if vt.isSubtype(of: c) { return .bool(true) }
            }
            return .bool(false)
        default:
            return nil
        }
    }
}
