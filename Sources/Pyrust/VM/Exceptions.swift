// Raising and matching exceptions: `raise X`, `raise X()`, `except (A, B)`.

extension PyType {
    static let systemError = PyType("SystemError", base: exception, kind: .exception)
}

extension VM {
    /// The exception instance for `raise v` (a class is instantiated with no arguments).
    func makeException(_ v: Value) throws(PyError) -> PyException {
        switch v {
        case .exception(let e): return e
        case .type(let t) where t.isException:
            if t.isHeapType {
                let made = try constructHeap(t, Args(UnsafeBufferPointer(start: nil, count: 0), positionalCount: 0))
                guard case .exception(let e) = made else {
                    throw typeError("calling \(t.name) should have returned an instance of BaseException, not \(typeName(made))")
                }
                return e
            }
            return PyException(t, args: [])
        default:
            throw typeError("exceptions must derive from BaseException")
        }
    }

    /// The cause of `raise X from c` (CPython checks it before instantiating a class).
    func makeCause(_ c: Value) throws(PyError) -> PyException {
        switch c {
        case .exception: return try makeException(c)
        case .type(let t) where t.isException: return try makeException(c)
        default: throw typeError("exception causes must derive from BaseException")
        }
    }

    /// `except t:` where t is a class or a tuple of classes.
    func exceptionMatches(_ e: PyException, _ t: Value) throws(PyError) -> Bool {
        switch t {
        case .type(let ty):
            if !ty.isException {
                throw typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return e.type.isSubtype(of: ty)
        case .tuple(let tt):
            // Every entry must be an exception class (nested tuples are not allowed in 3.11),
            // checked before matching, as CPython's CHECK_EXC_MATCH does.
            for x in tt.items {
                guard case .type(let ty) = x, ty.isException else {
                    throw typeError("catching classes that do not inherit from BaseException is not allowed")
                }
            }
            for case .type(let ty) in tt.items where e.type.isSubtype(of: ty) { return true }
            return false
        default:
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    /// str(e) as CPython prints it after "TypeName: ".
    func exceptionMessage(_ e: PyException) throws(PyError) -> PyStr {
        if e.type.isHeapType, let f = e.type.special(.str) {
            let r = try callSpecial(f, .exception(e), [])
            guard case .str(let s) = r else { throw typeError("__str__ returned non-string (type \(typeName(r)))") }
            return s
        }
        if e.type.isSubtype(of: .keyError), e.args.count == 1 { return try repr(e.args[0]) }
        if let p = syntaxErrorParts(e) { return PyStr.make("\(p.message) (\(p.file), line \(p.line))") }
        if let m = e.unicodeErrorMessage { return m }
        switch e.args.count {
        case 0: return PyStr.empty
        case 1: return try str(e.args[0])
        default: return try repr(.tuple(PyTuple(e.args)))
        }
    }
}
