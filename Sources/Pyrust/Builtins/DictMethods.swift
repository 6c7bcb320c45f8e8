// The methods of dict, with CPython 3.11's results and error messages.

func callDictMethod(_ vm: VM, _ d: PyDict, _ name: MethodName, _ args: Args) throws(PyError) -> Value? {
    switch name {
    case .get:
        try args.noKeywords("dict.get")
        try args.expect("get", min: 1, max: 2)
        if let v = try d.get(args[0]) { return v }
        return args.count > 1 ? args[1] : Value.none
    case .keys, .values, .items:
        try noArguments(args, "dict.\(name.rawValue)")
        let mode: DictIterator.Mode = name == .keys ? .keys : (name == .values ? .values : .items)
        return .object(PyDictView(d, mode))
    case .pop:
        try args.noKeywords("dict.pop")
        try args.expect("pop", min: 1, max: 2)
        if let v = try d.remove(args[0]) { return v }
        if args.count > 1 { return args[1] }
        throw keyError(args[0])
    case .popitem:
        try noArguments(args, "dict.popitem")
        guard let e = d.popLast() else { throw PyError(.keyError, "popitem(): dictionary is empty") }
        return .tuple(PyTuple([e.key, e.value]))
    case .setdefault:
        try args.noKeywords("dict.setdefault")
        try args.expect("setdefault", min: 1, max: 2)
        return try d.setDefault(args[0], args.count > 1 ? args[1] : .none)
    case .update:
        try args.expect("update", min: 0, max: 1)
        if args.count == 1 { try vm.dictUpdate(d, args[0]) }
        for (i, k) in args.kwNames.enumerated() { try d.set(.str(k), args.values[args.count + i]) }
        return Value.none
    case .clear:
        try noArguments(args, "dict.clear")
        d.removeAll()
        return Value.none
    case .copy:
        try noArguments(args, "dict.copy")
        return .dict(d.copy())
    case .fromkeys:
        return try dictFromkeysMethod(vm, args)
    case .dunderLen:
        try slotArguments(args, "__len__", count: 0)
        return .int(d.count)
    case .dunderContains:
        try args.noKeywords("dict.__contains__")
        try args.expect("dict.__contains__", min: 1, max: 1)
        return .bool(try d.contains(args[0]))
    case .dunderGetitem:
        try args.noKeywords("dict.__getitem__")
        try args.expect("dict.__getitem__", min: 1, max: 1)
        if let v = try d.get(args[0]) { return v }
        throw keyError(args[0])
    default:
        return nil
    }
}

/// dict.fromkeys(iterable[, value]): a class method, so `args` never holds an instance.
func dictFromkeysMethod(_ vm: VM, _ args: Args) throws(PyError) -> Value {
    try args.noKeywords("dict.fromkeys")
    try args.expect("fromkeys", min: 1, max: 2)
    return .dict(try dictFromKeys(vm, args[0], args.count > 1 ? args[1] : .none))
}

/// dict.fromkeys(iterable, value): every key maps to the same value object.
func dictFromKeys(_ vm: VM, _ iterable: Value, _ value: Value) throws(PyError) -> PyDict {
    let keys: [Value]
    switch iterable {
    case .list(let l): keys = l.items
    case .tuple(let t): keys = t.items
    case .dict(let src): keys = src.keys
    case .set(let s): keys = s.elements
    default: keys = try vm.toArray(iterable)
    }
    let d = PyDict(minimumCapacity: keys.count)
    for k in keys { try d.set(k, value) }
    return d
}
