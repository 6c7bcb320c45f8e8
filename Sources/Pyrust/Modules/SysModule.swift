// sys: `_sys` (written in Swift) holds what touches the run — the output streams, exit, the
// recursion limit, the module table — and `sys` (Python, Modules/Library/SysModule.swift)
// adds the constants and the struct-like values (version_info, float_info, ...).

/// sys.stdout / sys.stderr: text streams that append to the run's output or error output.
final class PyTextStream: PyObject {
    let isError: Bool
    init(isError: Bool) { self.isError = isError }
    override var pyType: PyType { .textStream }
    var name: String { isError ? "<stderr>" : "<stdout>" }
}

extension PyType {
    static let textStream = PyType("TextIOWrapper", base: object, kind: .object)
}

enum SysModule {
    static let native = NativeModule { d in
        func add(_ name: String, _ f: @escaping NativeFunction) {
            try? d.set(.str(PyStr.make(name)), .builtin(PyBuiltinFunction(module: "sys", name: name, f)))
        }
        try? d.set(.str(PyStr.make("stdout")), .object(PyTextStream(isError: false)))
        try? d.set(.str(PyStr.make("stderr")), .object(PyTextStream(isError: true)))
        add("exit") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("exit")
            try args.expect("exit", min: 0, max: 1)
            throw PyError(PyException(.systemExit, args: args.count == 0 ? [] : [args[0]]))
        }
        add("getrecursionlimit") { (vm, args) throws(PyError) -> Value in
            try args.expect("getrecursionlimit", min: 0, max: 0)
            return .int(vm.depthLimit)
        }
        add("setrecursionlimit") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("setrecursionlimit")
            try args.expect("setrecursionlimit", min: 1, max: 1)
            guard case .int(let n) = args[0] else {
                if case .float = args[0] { throw typeError("'float' object cannot be interpreted as an integer") }
                throw typeError("'\(typeName(args[0]))' object cannot be interpreted as an integer")
            }
            if n < 1 { throw valueError("recursion limit must be greater or equal than 1") }
            // Never above the host's cap (pyrust_limits.max_depth, at most 1000).
            vm.depthLimit = min(n, vm.hostDepthLimit)
            return .none
        }
        add("get_int_max_str_digits") { (vm, args) throws(PyError) -> Value in
            if args.count != 0 || args.hasKeywords {
                throw typeError("sys.get_int_max_str_digits() takes no arguments (\(args.count + args.kwNames.count) given)")
            }
            return .int(vm.intMaxStrDigits)
        }
        add("set_int_max_str_digits") { (vm, args) throws(PyError) -> Value in
            let bound = try args.bind("set_int_max_str_digits", ["maxdigits"], required: 1)
            let v = bound[0]!
            guard case .int(let n) = v.payloadOrSelf else {
                if case .bool(let b) = v { return try setLimit(vm, b ? 1 : 0) }
                if case .big = v.payloadOrSelf { throw overflowError("Python int too large to convert to C int") }
                throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
            }
            return try setLimit(vm, n)
        }
        func setLimit(_ vm: VM, _ n: Int) throws(PyError) -> Value {
            if n > Int(Int32.max) || n < Int(Int32.min) { throw overflowError("Python int too large to convert to C int") }
            if n != 0 && n < 640 { throw valueError("maxdigits must be 0 or larger than 640") }
            vm.intMaxStrDigits = n
            return .none
        }
        add("_argv") { (vm, args) throws(PyError) -> Value in
            .list(PyList(vm.programArgv.map { Value.str(PyStr.make($0)) }))
        }
        add("_modules") { (vm, args) throws(PyError) -> Value in
            .dict(vm.moduleTable.sysModulesDict())
        }
    }
}

extension ModuleTable {
    /// sys.modules: the table's modules now (a fresh dict; later imports add to it).
    func sysModulesDict() -> PyDict {
        let d = PyDict()
        for name in modules.keys.sorted() where !name.hasPrefix("_") {
            if let m = modules[name] { try? d.set(.str(PyStr.make(name)), .object(m)) }
        }
        sysModules = d
        return d
    }
}

extension VM {
    /// `stream.name` for sys.stdout / sys.stderr.
    func textStreamAttribute(_ s: PyTextStream, _ name: PyStr) throws(PyError) -> Value? {
        switch name.string {
        case "write":
            return .builtin(PyBuiltinFunction(module: "sys", name: "write") { (vm, args) throws(PyError) -> Value in
                try args.noKeywords("write")
                try args.expect("write", min: 1, max: 1)
                guard case .str(let text) = args[0] else {
                    throw typeError("write() argument must be str, not \(typeName(args[0]))")
                }
                try vm.writeToStream(s.isError, text)
                return .int(text.count)
            })
        case "writelines":
            return .builtin(PyBuiltinFunction(module: "sys", name: "writelines") { (vm, args) throws(PyError) -> Value in
                try args.expect("writelines", min: 1, max: 1)
                for line in try vm.toArray(args[0]) {
                    guard case .str(let text) = line else { throw typeError("write() argument must be str, not \(typeName(line))") }
                    try vm.writeToStream(s.isError, text)
                }
                return .none
            })
        case "flush":
            return .builtin(PyBuiltinFunction(module: "sys", name: "flush") { (_, _) throws(PyError) -> Value in .none })
        case "isatty":
            return .builtin(PyBuiltinFunction(module: "sys", name: "isatty") { (_, _) throws(PyError) -> Value in .bool(false) })
        case "name": return .str(PyStr.make(s.name))
        case "encoding": return .str(PyStr.make("utf-8"))
        case "mode": return .str(PyStr.make("w"))
        case "closed": return .bool(false)
        default: return nil
        }
    }

    /// Appends to the run's output (stdout) or error output (stderr), within the output limit.
    func writeToStream(_ isError: Bool, _ text: PyStr) throws(PyError) {
        if isError {
            text.withUnsafeBufferPointer { errorOutput.append(contentsOf: $0) }
        } else {
            text.withUnsafeBufferPointer { output.append(contentsOf: $0) }
        }
        if output.count &- outputStart &+ errorOutput.count > maxOutput { try outputLimitReached() }
        flushToSink()
    }
}
