// Class bodies whose namespace is not a plain dict: a metaclass's __prepare__ may return a dict
// subclass (enum's _EnumDict), and then every name the body stores, loads or deletes goes
// through that object's __setitem__/__getitem__/__delitem__, as in CPython. The plain-dict case
// stays on the interpreter's fast path; these are the slow paths it falls back to.

extension VM {
    /// `name` in a class body's namespace: a plain dict directly, else through the namespace
    /// object's __getitem__ (Python code may run, so the frame's position is saved first).
    @inline(__always)
    func classNamespaceGet(_ ns: Value, _ name: PyStr, ip: Int, sp: UnsafeMutablePointer<Value>) throws(PyError) -> Value? {
        if case .dict(let d) = ns { return d.getStr(name) }
        frames.top.pointee.ip = ip
        frames.top.pointee.sp = sp
        return try namespaceLoad(ns, .str(name))
    }

    /// The namespace object a __prepare__ result may be: a dict, or an instance of a dict subclass.
    func isClassNamespace(_ v: Value) -> Bool {
        switch v {
        case .dict: return true
        case .instance(let i): return i.type.builtinBase === PyType.dict
        default: return false
        }
    }

    /// The dict behind a namespace (a dict subclass instance's own items).
    func namespaceDict(_ v: Value) -> PyDict? {
        switch v {
        case .dict(let d): return d
        case .instance(let i):
            if case .dict(let d) = i.builtinValue { return d }
            return nil
        default: return nil
        }
    }

    /// ns[name] in a class body, nil when the namespace has no such key (KeyError).
    func namespaceLoad(_ ns: Value, _ name: Value) throws(PyError) -> Value? {
        do throws(PyError) {
            return try subscriptValue(ns, name)
        } catch {
            if error.exc.type.isSubtype(of: .keyError) { return nil }
            throw error
        }
    }

    /// del ns[name] in a class body; false when the key was missing (KeyError).
    func namespaceDelete(_ ns: Value, _ name: Value) throws(PyError) -> Bool {
        do throws(PyError) {
            try deleteSubscript(ns, name)
            return true
        } catch {
            if error.exc.type.isSubtype(of: .keyError) { return false }
            throw error
        }
    }
}
