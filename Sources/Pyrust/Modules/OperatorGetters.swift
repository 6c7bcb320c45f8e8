// operator.itemgetter, attrgetter and methodcaller: callable objects with CPython's reprs
// (`operator.itemgetter(1)`) and argument errors.

extension PyType {
    static let operatorItemgetter = PyType.native("operator.itemgetter", new: OperatorModule.makeItemgetter)
    static let operatorAttrgetter = PyType.native("operator.attrgetter", new: OperatorModule.makeAttrgetter)
    static let operatorMethodcaller = PyType.native("operator.methodcaller", new: OperatorModule.makeMethodcaller)
}

extension OperatorModule {
    static func makeItemgetter(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("itemgetter")
        if args.count == 0 { throw typeError("itemgetter expected 1 argument, got 0") }
        return .object(ItemGetter(Array(args.values[0..<args.count])))
    }

    static func makeAttrgetter(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("attrgetter")
        if args.count == 0 { throw typeError("attrgetter expected 1 argument, got 0") }
        var names: [PyStr] = []
        for i in 0..<args.count {
            guard case .str(let s) = args[i] else { throw typeError("attribute name must be a string") }
            names.append(s)
        }
        return .object(AttrGetter(names))
    }

    static func makeMethodcaller(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        if args.count == 0 { throw typeError("methodcaller needs at least one argument, the method name") }
        guard case .str(let name) = args[0] else { throw typeError("method name must be a string") }
        return .object(MethodCaller(name, Array(args.values[1..<args.values.count]), positionalCount: args.count - 1,
                                    kwNames: args.kwNames))
    }
}

/// The one-argument call every getter takes.
private func getterArgument(_ name: String, _ args: Args) throws(PyError) -> Value {
    try args.noKeywords(name)
    try args.checkPositional(name, min: 1, max: 1)
    return args[0]
}

final class ItemGetter: PyObject {
    let items: [Value]
    init(_ items: [Value]) { self.items = items }
    override var pyType: PyType { .operatorItemgetter }
    override var isNativeCallable: Bool { true }
    override func nativeCall(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let obj = try getterArgument("itemgetter", args)
        if items.count == 1 { return try vm.subscriptValue(obj, items[0]) }
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for k in items { out.append(try vm.subscriptValue(obj, k)) }
        return .tuple(PyTuple(out))
    }
    override func nativeRepr(_ vm: VM) throws(PyError) -> String? {
        var parts: [String] = []
        for k in items { parts.append(try vm.repr(k).string) }
        return "operator.itemgetter(\(parts.joined(separator: ", ")))"
    }
}

final class AttrGetter: PyObject {
    let names: [PyStr]
    /// Each name split at its dots.
    let paths: [[PyStr]]
    init(_ names: [PyStr]) {
        self.names = names
        paths = names.map { n in n.string.split(separator: ".", omittingEmptySubsequences: false).map { PyStr.make(String($0)) } }
    }
    override var pyType: PyType { .operatorAttrgetter }
    override var isNativeCallable: Bool { true }
    private func resolve(_ vm: VM, _ obj: Value, _ path: [PyStr]) throws(PyError) -> Value {
        var v = obj
        for part in path { v = try vm.getAttr(v, part) }
        return v
    }
    override func nativeCall(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let obj = try getterArgument("attrgetter", args)
        if paths.count == 1 { return try resolve(vm, obj, paths[0]) }
        var out: [Value] = []
        out.reserveCapacity(paths.count)
        for p in paths { out.append(try resolve(vm, obj, p)) }
        return .tuple(PyTuple(out))
    }
    override func nativeRepr(_ vm: VM) throws(PyError) -> String? {
        var parts: [String] = []
        for n in names { parts.append(try vm.repr(.str(n)).string) }
        return "operator.attrgetter(\(parts.joined(separator: ", ")))"
    }
}

final class MethodCaller: PyObject {
    let name: PyStr
    /// Positional arguments, then one value per keyword name.
    let values: [Value]
    let positionalCount: Int
    let kwNames: [PyStr]
    init(_ name: PyStr, _ values: [Value], positionalCount: Int, kwNames: [PyStr]) {
        self.name = name
        self.values = values
        self.positionalCount = positionalCount
        self.kwNames = kwNames
    }
    override var pyType: PyType { .operatorMethodcaller }
    override var isNativeCallable: Bool { true }
    override func nativeCall(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        let obj = try getterArgument("methodcaller", args)
        let method = try vm.getAttr(obj, name)
        return try vm.call(method, values, positionalCount: positionalCount, kwNames: kwNames)
    }
    override func nativeRepr(_ vm: VM) throws(PyError) -> String? {
        var parts = [try vm.repr(.str(name)).string]
        for i in 0..<positionalCount { parts.append(try vm.repr(values[i]).string) }
        for (k, n) in kwNames.enumerated() { parts.append("\(n.string)=\(try vm.repr(values[positionalCount + k]).string)") }
        return "operator.methodcaller(\(parts.joined(separator: ", ")))"
    }
}
