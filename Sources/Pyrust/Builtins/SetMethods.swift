// The methods of set and frozenset, with CPython 3.11's results and error messages.
// The algorithms (and so the iteration order of the results) live in PySet.

func callSetMethod(_ vm: VM, _ s: PySet, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
    let tn = s.isFrozen ? "frozenset" : "set"
    if s.isFrozen {
        switch name {
        case .add, .clear, .discard, .pop, .remove, .update, .difference_update, .intersection_update,
             .symmetric_difference_update:
            return nil   // frozenset has no mutating methods: AttributeError
        default:
            break
        }
    }
    switch name {
    case .add:
        try oneArgument(args, "set.add")
        try s.add(args[0])
        return Value.none
    case .clear:
        try noArguments(args, "set.clear")
        s.removeAll()
        return Value.none
    case .copy:
        try noArguments(args, "\(tn).copy")
        return .set(s.isFrozen ? s : try s.copy())
    case .discard:
        try oneArgument(args, "set.discard")
        try s.discard(args[0])
        return Value.none
    case .remove:
        try oneArgument(args, "set.remove")
        if !(try s.discard(args[0])) { throw keyError(args[0]) }
        return Value.none
    case .pop:
        try noArguments(args, "set.pop")
        guard let v = s.pop() else { throw PyError(.keyError, "pop from an empty set") }
        return v
    case .union:
        try args.noKeywords("\(tn).union")
        let result = try s.copy()
        for i in 0..<args.count {
            if case .set(let o) = args[i], o === s { continue }
            try result.update(vm, from: args[i])
        }
        return .set(result)
    case .update:
        try args.noKeywords("set.update")
        for i in 0..<args.count { try s.update(vm, from: args[i]) }
        return Value.none
    case .intersection:
        try args.noKeywords("\(tn).intersection")
        return .set(try intersectionOfAll(vm, s, args))
    case .intersection_update:
        try args.noKeywords("set.intersection_update")
        let result = try intersectionOfAll(vm, s, args)
        s.replaceContents(with: result)
        return Value.none
    case .difference:
        try args.noKeywords("\(tn).difference")
        if args.count == 0 { return .set(try s.copy()) }
        let result = try s.difference(vm, args[0])
        for i in 1..<max(args.count, 1) { try result.differenceUpdate(vm, args[i]) }
        return .set(result)
    case .difference_update:
        try args.noKeywords("set.difference_update")
        for i in 0..<args.count { try s.differenceUpdate(vm, args[i]) }
        return Value.none
    case .symmetric_difference:
        try oneArgument(args, "\(tn).symmetric_difference")
        return .set(try s.symmetricDifference(vm, args[0]))
    case .symmetric_difference_update:
        try oneArgument(args, "set.symmetric_difference_update")
        try s.symmetricDifferenceUpdate(vm, args[0])
        return Value.none
    case .isdisjoint:
        try oneArgument(args, "\(tn).isdisjoint")
        return .bool(try s.isDisjoint(vm, args[0]))
    case .issubset:
        try oneArgument(args, "\(tn).issubset")
        if case .set(let o) = args[0] { return .bool(try s.isSubset(of: o)) }
        return .bool(try s.isSubset(of: try PySet(vm, frozen: false, from: args[0])))
    case .issuperset:
        try oneArgument(args, "\(tn).issuperset")
        if case .set(let o) = args[0] { return .bool(try o.isSubset(of: s)) }
        for v in try vm.toArray(args[0]) where !(try s.containsHashable(v)) { return .bool(false) }
        return .bool(true)
    case .dunderLen:
        try slotArguments(args, "__len__", count: 0)
        return .int(s.count)
    case .dunderContains:
        try oneArgument(args, "\(tn).__contains__")
        return .bool(try s.contains(args[0]))
    default:
        return nil
    }
}

/// METH_O methods: "set.add() takes exactly one argument (0 given)".
private func oneArgument(_ args: Args, _ qualifiedName: String) throws(PyError) {
    try args.noKeywords(qualifiedName)
    try args.expect(qualifiedName, min: 1, max: 1)
}

/// s.intersection(*others): a copy for no arguments, else each other in turn.
private func intersectionOfAll(_ vm: VM, _ s: PySet, _ args: Args) throws(PyError) -> PySet {
    if args.count == 0 { return try s.copy() }
    var result = s
    for i in 0..<args.count { result = try result.intersection(vm, args[i]) }
    return result
}
