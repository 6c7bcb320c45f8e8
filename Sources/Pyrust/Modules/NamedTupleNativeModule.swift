// _namedtuple (private): the field getters of collections.namedtuple classes. A getter reads
// item `index` of the tuple an instance wraps directly, never through a __getitem__ the class
// defines, as CPython's _tuplegetter does; namedtuple wraps it in a property (for __doc__), and
// the dispatch loop's attribute cache reads the field itself (AttributeCache.tupleField).

final class TupleFieldGetter: PyObject {
    let index: Int
    init(_ index: Int) { self.index = index }
    override var pyType: PyType { .tupleFieldGetter }
    override var isNativeCallable: Bool { true }
    override func nativeCall(_ vm: VM, _ args: Args) throws(PyError) -> Value {
        try args.noKeywords("_tuplegetter")
        guard args.count == 1 else { throw typeError("_tuplegetter expected 1 argument, got \(args.count)") }
        return try read(args[0])
    }

    /// Item `index` of obj's tuple.
    func read(_ obj: Value) throws(PyError) -> Value {
        var wrapped = obj
        if case .instance(let inst) = obj { wrapped = inst.builtinValue }
        guard case .tuple(let t) = wrapped else {
            throw typeError("descriptor for index '\(index)' for tuple subclasses doesn't apply to '\(typeName(obj))' object")
        }
        let items = t.items
        guard index < items.count else { throw indexError("tuple index out of range") }
        return items[index]
    }
}

extension PyType {
    static let tupleFieldGetter = PyType("_tuplegetter", base: object, kind: .object)
}

enum NamedTupleNativeModule {
    static let definition = NativeModule { d in
        // field_getter(index): the getter of field number `index`.
        addNativeFunction(d, "_namedtuple", "field_getter") { (vm, args) throws(PyError) -> Value in
            try args.noKeywords("field_getter")
            try args.expect("field_getter", min: 1, max: 1)
            guard case .int(let k) = args[0], k >= 0, k < 0x8000 else {
                throw valueError("field_getter() index must be an int from 0 to 32767")
            }
            return .object(TupleFieldGetter(k))
        }
    }
}

extension PyProperty {
    /// A namedtuple field (CPython's _tuplegetter, whose set and delete errors differ from a
    /// property's).
    var isTupleField: Bool {
        if setter.isNone, deleter.isNone, case .object(let g) = getter { return g.pyType === PyType.tupleFieldGetter }
        return false
    }
}
