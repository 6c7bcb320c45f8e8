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
            return PyException(t, args: [])
        default:
            throw typeError("exceptions must derive from BaseException")
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
            for x in tt.items { if try exceptionMatches(e, x) { return true } }
            return false
        default:
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    /// str(e) as CPython prints it after "TypeName: ".
    func exceptionMessage(_ e: PyException) throws(PyError) -> PyStr {
        if e.type === PyType.keyError, e.args.count == 1 { return try repr(e.args[0]) }
        switch e.args.count {
        case 0: return PyStr.empty
        case 1: return try str(e.args[0])
        default: return try repr(.tuple(PyTuple(e.args)))
        }
    }
}
