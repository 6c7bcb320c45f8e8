// The objects the class machinery hands out: bound methods, staticmethod, classmethod,
// property, super, NotImplemented.

/// `obj.method` for a Python function found on obj's class: calling it prepends obj.
final class PyMethod: PyObject {
    let function: Value
    let receiver: Value
    init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
    }
    override var pyType: PyType { .method }
}

final class PyStaticMethod: PyObject {
    let function: Value
    init(_ f: Value) { function = f }
    override var pyType: PyType { .staticmethod }
}

final class PyClassMethod: PyObject {
    let function: Value
    init(_ f: Value) { function = f }
    override var pyType: PyType { .classmethod }
}

final class PyProperty: PyObject {
    let getter: Value
    let setter: Value
    let deleter: Value
    let doc: Value
    /// Set by __set_name__: 3.11 names the property in its error messages.
    var name: String? = nil
    init(getter: Value, setter: Value, deleter: Value, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
    }
    override var pyType: PyType { .property }
}

/// `super(cls, obj)`: attribute lookups start after cls in type(obj)'s MRO.
final class PySuper: PyObject {
    let startAfter: PyType
    /// The instance (or, for classmethods, the class) the found methods bind to.
    let object: Value
    /// The type whose MRO is searched (type(obj), or obj itself when obj is a class).
    let objectType: PyType
    init(startAfter: PyType, object: Value, objectType: PyType) {
        self.startAfter = startAfter
        self.object = object
        self.objectType = objectType
    }
    override var pyType: PyType { .superType }
}

final class PyNotImplemented: PyObject {
    override var pyType: PyType { .notImplementedType }
    static let shared: PyNotImplemented = { let o = PyNotImplemented(); Immortal.mark(o); return o }()
}

/// A `__slots__` entry seen on the class.
final class PyMemberDescriptor: PyObject {
    let name: String
    let owner: PyType
    init(_ name: String, _ owner: PyType) {
        self.name = name
        self.owner = owner
    }
    override var pyType: PyType { .memberDescriptor }
}

/// A traceback placeholder for `__exit__`'s third argument and `e.__traceback__`.
final class PyTracebackObject: PyObject {
    override var pyType: PyType { .traceback }
}

/// A suspended generator's frame (`g.gi_frame`): its type is CPython's; it has no attributes
/// yet, so reading one is a clear AttributeError rather than a wrong value.
final class PyFrameObject: PyObject {
    override var pyType: PyType { .frame }
}

extension PyType {
    static let staticmethod = PyType("staticmethod", base: object, kind: .object)
    static let classmethod = PyType("classmethod", base: object, kind: .object)
    static let property = PyType("property", base: object, kind: .object)
    static let superType = PyType("super", base: object, kind: .object)
    static let notImplementedType = PyType("NotImplementedType", base: object, kind: .object)
    static let traceback = PyType("traceback", base: object, kind: .object)
    static let frame = PyType("frame", base: object, kind: .object)
    static let generator = PyType("generator", base: object, kind: .iterator)
    static let module = PyType("module", base: object, kind: .object)
    static let memberDescriptor = PyType("member_descriptor", base: object, kind: .object)
}

extension Value {
    static var notImplemented: Value { .object(PyNotImplemented.shared) }
    var isNotImplemented: Bool {
        if case .object(let o) = self { return o === PyNotImplemented.shared }
        return false
    }
}

/// `descr.__get__` / `__set__` / `__delete__` of a function, property, staticmethod or
/// classmethod taken as a value (CPython's method-wrapper): the descriptor protocol by hand.
final class PyDescriptorCall: PyObject {
    enum Which { case get, set, delete }
    let descriptor: Value
    let which: Which
    init(_ d: Value, _ which: Which) {
        descriptor = d
        self.which = which
    }
    override var pyType: PyType { .methodWrapper }
    var name: String {
        switch which {
        case .get: return "__get__"
        case .set: return "__set__"
        case .delete: return "__delete__"
        }
    }
}

extension PyType {
    static let methodWrapper = PyType("method-wrapper", base: object, kind: .object)
}
