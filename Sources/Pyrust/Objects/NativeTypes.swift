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
