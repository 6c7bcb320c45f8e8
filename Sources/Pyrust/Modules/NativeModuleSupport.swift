// Helpers shared by the modules written in Swift (itertools, operator, _heapq, ...).

extension VM {
    /// f(x) from Swift, with no argument array when f is a plain Python function.
    @inline(__always)
    func call1(_ f: Value, _ x: Value) throws(PyError) -> Value {
        if let fn = isPlainFunction(f, argc: 1) { return try callPlain(fn, 1, x) }
        return try callOneGeneral(f, x)
    }

    /// f(x) for any other callable: the argument is read from a local, not an array.
    @inline(never)
    func callOneGeneral(_ f: Value, _ x: Value) throws(PyError) -> Value {
        var arg = x
        return try withUnsafeMutablePointer(to: &arg) { (p: UnsafeMutablePointer<Value>) throws(PyError) -> Value in
            let args = Args(UnsafeBufferPointer(start: p, count: 1), positionalCount: 1)
            if case .function = f { return try call(f, args) }
            return try callNonPython(f, args)
        }
    }

    /// f(x, y) from Swift, with no argument array when f is a plain Python function.
    @inline(__always)
    func call2(_ f: Value, _ x: Value, _ y: Value) throws(PyError) -> Value {
        if let fn = isPlainFunction(f, argc: 2) { return try callPlain(fn, 2, x, y) }
        return try call(f, [x, y])
    }

    /// CPython's PyObject_RichCompareBool(a, b, Py_EQ): identity first, then ==.
    func equalBool(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if identical(a, b) { return true }
        return try compareOp(.eq, a, b)
    }

    /// CPython's PyNumber_AsSsize_t(v, OverflowError) ('n' in argument clinic): an int or an
    /// object with __index__, in the range of Int.
    func ssizeArgument(_ v: Value) throws(PyError) -> Int {
        return try Pyrust.indexArgument(try indexArgument(v))
    }

    /// PyNumber_Check: int, float or an object that converts to one.
    func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .big, .bool, .float: return true
        case .instance:
            if v.payloadOrSelf.isIntLike { return true }
            if case .float = v.payloadOrSelf { return true }
            return userSpecial(v, .index) != nil || userSpecial(v, .int) != nil || userSpecial(v, .float) != nil
        default: return false
        }
    }
}

/// A method of a Swift module's object taken as a value (`t.__copy__`).
func nativeBoundMethod(_ module: String, _ name: String, _ f: @escaping NativeFunction) -> Value {
    return .builtin(PyBuiltinFunction(module: module, name: name, f))
}

/// Registers a function `name` of module `module` in `d`.
func addNativeFunction(_ d: PyDict, _ module: String, _ name: String, _ f: @escaping NativeFunction) {
    try? d.set(.str(PyStr.make(name)), .builtin(PyBuiltinFunction(module: module, name: name, f)))
}
