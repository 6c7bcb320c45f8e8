// Types that modules written in Swift define (itertools.count, operator.itemgetter, ...).
// They are builtin types (immortal, shared by every thread) named as CPython names its C types
// outside builtins: "itertools.count" is what error messages and reprs show, and its
// __module__ and __name__ are the parts around the last dot. Their objects are PyObject
// subclasses that override nativeRepr / nativeAttribute / nativeCall (Value.swift).

/// What calling a Swift module's type does, and the attributes the type itself has.
/// The closures must capture nothing: the info is shared by every thread.
final class NativeTypeInfo {
    let new: NativeFunction
    let classAttribute: ((VM, PyStr) throws(PyError) -> Value?)?
    init(new: @escaping NativeFunction, classAttribute: ((VM, PyStr) throws(PyError) -> Value?)?) {
        self.new = new
        self.classAttribute = classAttribute
    }
}

extension PyType {
    /// A type of a module written in Swift, `qualifiedName` as "module.name".
    static func native(_ qualifiedName: String, kind: TypeKind = .object, new: @escaping NativeFunction,
                       classAttribute: ((VM, PyStr) throws(PyError) -> Value?)? = nil) -> PyType {
        let t = PyType(qualifiedName, base: .object, kind: kind)
        let info = NativeTypeInfo(new: new, classAttribute: classAttribute)
        Immortal.mark(info)
        t.native = info
        Immortal.mark(string: t.name)
        Immortal.mark(string: t.qualname)
        return t
    }
}

/// An iterator object of a Swift module's type: its type comes from `nativeType`.
class PyNativeIterator: PyIterator {
    var nativeType: PyType { .iterator }
    override var pyType: PyType { nativeType }
    override var typeName: String { nativeType.name }
}

extension Args {
    /// Binds arguments the way CPython's argument clinic does for a function whose parameters
    /// are `names` (the first `required` of them required, the ones from `positional` on
    /// keyword-only; every one may be given by keyword), with its messages and their order.
    /// Optional parameters not given are nil.
    func bind(_ fname: String, _ names: [String], required: Int, positional: Int? = nil) throws(PyError) -> [Value?] {
        let maxPositional = positional ?? names.count
        if count > maxPositional && maxPositional < names.count {
            throw typeError("\(fname)() takes at most \(maxPositional) positional argument\(maxPositional == 1 ? "" : "s") (\(count) given)")
        }
        let total = count + kwNames.count
        if total > names.count {
            throw typeError("\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(total) given)")
        }
        var out: [Value?] = []
        out.reserveCapacity(names.count)
        for i in 0..<names.count { out.append(i < count ? self[i] : nil) }
        var leftover = false
        for (k, kname) in kwNames.enumerated() {
            if let slot = names.firstIndex(where: { kname.equals($0) }), slot >= count {
                out[slot] = values[count + k]
            } else {
                leftover = true
            }
        }
        for i in 0..<required where out[i] == nil {
            throw typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        if leftover {
            for kname in kwNames {
                guard let slot = names.firstIndex(where: { kname.equals($0) }) else {
                    throw typeError("'\(kname.string)' is an invalid keyword argument for \(fname)()")
                }
                if slot < count {
                    throw typeError("argument for \(fname)() given by name ('\(names[slot])') and position (\(slot + 1))")
                }
            }
        }
        return out
    }
}

extension Args {
    /// CPython's _PyArg_CheckPositional ("cycle expected 1 argument, got 2").
    func checkPositional(_ fname: String, min: Int, max: Int) throws(PyError) {
        let n = count
        if n < min {
            throw typeError("\(fname) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            throw typeError("\(fname) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }
}
