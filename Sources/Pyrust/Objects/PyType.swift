// Type objects: the builtin types, the builtin exception hierarchy and user classes.

import CPyrustSupport

enum TypeKind: UInt8 {
    case object, none, bool, int, float, str, list, tuple, dict, set, frozenset, bytes, bytearray
    case function, builtinFunction, method, type, range, slice, cell, ellipsis
    case iterator            // every builtin iterator kind; its name distinguishes them
    case exception
    case instance            // a user class whose instances are PyInstance (object as builtin base)
}

/// A class: one of the builtin types (immutable singletons shared by all threads) or a class
/// made by a `class` statement or type(name, bases, dict) (a heap type, confined to the run
/// that made it).
final class PyType {
    var name: String
    var qualname: String
    /// The first base (the only one for builtin types).
    let base: PyType?
    /// Builtin storage kind of the instances: user classes inherit their builtin base's kind.
    let kind: TypeKind
    /// Made by Python code (attributes may be set, instances get a PyInstance).
    let isHeapType: Bool
    private(set) var bases: [PyType]
    /// Method resolution order after self (self is not stored: a class must not own itself).
    private(set) var mroTail: [PyType]
    /// Method resolution order, self first.
    var mro: [PyType] { [self] + mroTail }
    /// The MRO by position without building the array (entry 0 is the class itself).
    @inline(__always) var mroCount: Int { mroTail.count + 1 }
    @inline(__always) func mroEntry(_ k: Int) -> PyType { k == 0 ? self : mroTail[k - 1] }
    /// For a user class deriving from list, dict, set, frozenset, str, int, float or tuple:
    /// that builtin type (its instances wrap a value of it, PyInstance.builtinValue).
    var builtinBase: PyType? = nil
    /// The class namespace of a heap type (str keys); nil for builtin types.
    let dict: PyDict?
    /// A user metaclass (nil: the class's type is `type`).
    var metatype: PyType?
    /// Changes whenever this class or one of its bases changes: inline caches compare it.
    private(set) var versionTag: UInt32
    /// The tag cached instance-attribute (slot) entries compare: it changes with versionTag
    /// except when a plain class attribute is written or a layout key is added, which cannot
    /// move an instance attribute or put a data descriptor in front of one.
    private(set) var slotTag: UInt32
    /// Heap subclasses, so that a change here can retag them. Not retained, and not weak
    /// either: a weakly referenced object pays for a side table on every retain and release,
    /// and classes are retained constantly. A subclass removes itself when it dies or drops
    /// this base.
    private var subclasses: [Unmanaged<PyType>] = []
    /// Instance attribute names in first-assignment order (the shared-key layout of instances).
    private(set) var layoutKeys: [PyStr] = []
    /// `__slots__` names along the MRO (nil: no class in the MRO declares any).
    var slotNames: [PyStr]? = nil
    /// Instances may have a __dict__ (false when every heap class in the MRO has __slots__).
    var allowsInstanceDict = true
    /// Its `__abstractmethods__` (set by abc.ABCMeta) is not empty: instantiating it fails.
    var isAbstract = false
    /// Special methods looked up once per version (see SpecialMethods.swift).
    var specialCache: SpecialMethodCache? = nil
    /// A builtin type that a library module written in Swift defines (random.Random): the
    /// module's name, and what calling the type does.
    var nativeModule: String? = nil
    var nativeConstructor: NativeFunction? = nil
    /// A type a module written in Swift defines (itertools.count): how calling it makes an object.
    var native: NativeTypeInfo? = nil

    init(_ name: String, base: PyType?, kind: TypeKind) {
        self.name = name
        self.qualname = name
        self.base = base
        self.kind = kind
        self.isHeapType = false
        self.bases = base.map { [$0] } ?? []
        self.dict = nil
        self.versionTag = 0
        self.slotTag = 0
        var chain: [PyType] = []
        var t = base
        while let c = t { chain.append(c); t = c.base }
        self.mroTail = chain
        // Builtin types are process-wide (see Immortal.swift).
        Immortal.mark(self)
        Immortal.mark(array: bases)
        Immortal.mark(array: mroTail)
    }

    /// A heap type. `mro` must already be computed (C3) and start with a placeholder for self.
    init(heapName name: String, qualname: String, bases: [PyType], mroTail: [PyType], dict: PyDict, kind: TypeKind) {
        self.name = name
        self.qualname = qualname
        self.base = bases.first
        self.kind = kind
        self.isHeapType = true
        self.bases = bases
        self.dict = dict
        self.versionTag = PyType.nextVersionTag()
        self.slotTag = self.versionTag
        self.mroTail = mroTail
        for b in bases where b.isHeapType { b.subclasses.append(Unmanaged.passUnretained(self)) }
        RunObjects.register(self)
    }

    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        if !isHeapType {
            var t = base
            while let c = t {
                if c === other { return true }
                t = c.base
            }
            return false
        }
        for c in mroTail where c === other { return true }
        return false
    }

    var isException: Bool { kind == .exception }

    /// `__module__`: the class namespace's entry for a heap type ("__main__" for the program's).
    /// A builtin type named like "itertools.count" (CPython's C types outside builtins) is in
    /// the module before the last dot.
    var moduleName: String {
        if let m = nativeModule { return m }
        if isHeapType, let d = dict, case .str(let s)? = d.getStr(PyStr.make("__module__")) { return s.string }
        if isHeapType { return "__main__" }
        if let dot = name.lastIndex(of: ".") { return String(name[..<dot]) }
        return "builtins"
    }

    /// `__name__`: a builtin type's name after its module ("count" for "itertools.count").
    var shortName: String {
        if !isHeapType, let dot = name.lastIndex(of: ".") { return String(name[name.index(after: dot)...]) }
        return name
    }

    /// The qualified name reprs and messages use: `__main__.C`, `collections.OrderedDict`, `int`.
    var displayName: String { isHeapType || nativeModule != nil ? moduleName + "." + qualname : name }

    /// The first attribute called `name` along the MRO (the class namespace dicts only).
    func lookup(_ name: PyStr) -> Value? {
        if let d = dict, let v = d.getStr(name) { return v }
        for c in mroTail {
            if let d = c.dict, let v = d.getStr(name) { return v }
        }
        return nil
    }

    /// Index in the run's object registry (-1: not registered).
    var registryIndex = -1

    /// `C.__bases__ = (...)`: new bases and their C3 order.
    func setBases(_ newBases: [PyType], mroTail newTail: [PyType]) {
        leaveBases()
        bases = newBases
        for b in bases where b.isHeapType { b.subclasses.append(Unmanaged.passUnretained(self)) }
        mroTail = newTail
        modified()
    }

    deinit {
        leaveBases()
        if registryIndex >= 0 { RunObjects.unregister(self) }
    }

    /// Removes this class from its bases' subclass lists.
    private func leaveBases() {
        let me = Unmanaged.passUnretained(self).toOpaque()
        for b in bases where b.isHeapType { b.subclasses.removeAll { $0.toOpaque() == me } }
    }

    /// Drops the class namespace (the run ended: breaks class <-> method cycles).
    func clearForRunEnd() {
        dict?.removeAll()
        specialCache = nil
        subclasses = []
        mroTail = []
        leaveBases()
        bases = []
    }

    /// Called after this class's namespace changed: retags it and every subclass.
    func modified() {
        versionTag = PyType.nextVersionTag()
        slotTag = versionTag
        specialCache = nil
        for s in subclasses { s.takeUnretainedValue().modified() }
    }

    /// After a plain (non-dunder) class attribute was set to a value that is no descriptor, or a
    /// layout key was added: retags for the class-attribute caches only. Special methods are
    /// all dunders, so their cache moves to the new tag; cached instance-attribute slots stay.
    func modifiedNonSpecial() {
        let old = versionTag
        versionTag = PyType.nextVersionTag()
        if let c = specialCache, c.tag == old { c.tag = versionTag } else { specialCache = nil }
        for s in subclasses { s.takeUnretainedValue().modifiedNonSpecial() }
    }

    /// Index of an instance attribute name in the shared layout, adding it when new.
    func layoutIndex(_ name: PyStr, adding: Bool) -> Int? {
        for (i, k) in layoutKeys.enumerated() where k === name || k.equals(name) { return i }
        guard adding, layoutKeys.count < PyType.maxLayoutKeys else { return nil }
        layoutKeys.append(name)
        // Class-attribute caches assumed the name was absent from instances: retag them.
        modifiedNonSpecial()
        return layoutKeys.count - 1
    }

    static let maxLayoutKeys = 64

    private static func nextVersionTag() -> UInt32 {
        let t = pyrust_support_next_type_version()
        return t == 0 ? pyrust_support_next_type_version() : t
    }

    // MARK: builtin types
    static let object = PyType("object", base: nil, kind: .object)
    static let noneType = PyType("NoneType", base: object, kind: .none)
    static let int = PyType("int", base: object, kind: .int)
    static let bool = PyType("bool", base: int, kind: .bool)
    static let float = PyType("float", base: object, kind: .float)
    static let str = PyType("str", base: object, kind: .str)
    static let list = PyType("list", base: object, kind: .list)
    static let tuple = PyType("tuple", base: object, kind: .tuple)
    static let dict = PyType("dict", base: object, kind: .dict)
    static let set = PyType("set", base: object, kind: .set)
    static let frozenset = PyType("frozenset", base: object, kind: .frozenset)
    static let function = PyType("function", base: object, kind: .function)
    static let builtinFunction = PyType("builtin_function_or_method", base: object, kind: .builtinFunction)
    static let method = PyType("method", base: object, kind: .method)
    static let type = PyType("type", base: object, kind: .type)
    static let range = PyType("range", base: object, kind: .range)
    static let slice = PyType("slice", base: object, kind: .slice)
    static let cell = PyType("cell", base: object, kind: .cell)
    static let ellipsis = PyType("ellipsis", base: object, kind: .ellipsis)

    // MARK: exceptions
    static let baseException = PyType("BaseException", base: object, kind: .exception)
    static let systemExit = PyType("SystemExit", base: baseException, kind: .exception)
    static let keyboardInterrupt = PyType("KeyboardInterrupt", base: baseException, kind: .exception)
    static let generatorExit = PyType("GeneratorExit", base: baseException, kind: .exception)
    static let exception = PyType("Exception", base: baseException, kind: .exception)
    static let stopIteration = PyType("StopIteration", base: exception, kind: .exception)
    static let arithmeticError = PyType("ArithmeticError", base: exception, kind: .exception)
    static let floatingPointError = PyType("FloatingPointError", base: arithmeticError, kind: .exception)
    static let overflowError = PyType("OverflowError", base: arithmeticError, kind: .exception)
    static let zeroDivisionError = PyType("ZeroDivisionError", base: arithmeticError, kind: .exception)
    static let assertionError = PyType("AssertionError", base: exception, kind: .exception)
    static let attributeError = PyType("AttributeError", base: exception, kind: .exception)
    static let eofError = PyType("EOFError", base: exception, kind: .exception)
    static let importError = PyType("ImportError", base: exception, kind: .exception)
    static let moduleNotFoundError = PyType("ModuleNotFoundError", base: importError, kind: .exception)
    static let lookupError = PyType("LookupError", base: exception, kind: .exception)
    static let indexError = PyType("IndexError", base: lookupError, kind: .exception)
    static let keyError = PyType("KeyError", base: lookupError, kind: .exception)
    static let memoryError = PyType("MemoryError", base: exception, kind: .exception)
    static let nameError = PyType("NameError", base: exception, kind: .exception)
    static let unboundLocalError = PyType("UnboundLocalError", base: nameError, kind: .exception)
    static let osError = PyType("OSError", base: exception, kind: .exception)
    static let runtimeError = PyType("RuntimeError", base: exception, kind: .exception)
    static let notImplementedError = PyType("NotImplementedError", base: runtimeError, kind: .exception)
    static let recursionError = PyType("RecursionError", base: runtimeError, kind: .exception)
    static let syntaxError = PyType("SyntaxError", base: exception, kind: .exception)
    static let indentationError = PyType("IndentationError", base: syntaxError, kind: .exception)
    static let tabError = PyType("TabError", base: indentationError, kind: .exception)
    static let typeError = PyType("TypeError", base: exception, kind: .exception)
    static let valueError = PyType("ValueError", base: exception, kind: .exception)
    static let unicodeError = PyType("UnicodeError", base: valueError, kind: .exception)
    static let unicodeDecodeError = PyType("UnicodeDecodeError", base: unicodeError, kind: .exception)
    static let unicodeEncodeError = PyType("UnicodeEncodeError", base: unicodeError, kind: .exception)

    /// Exception classes visible as builtin names.
    static let exceptionTypes: [PyType] = Immortal.array([
        baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration,
        arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError,
        attributeError, eofError, importError, moduleNotFoundError, lookupError, indexError, keyError,
        memoryError, nameError, unboundLocalError, osError, runtimeError, notImplementedError,
        recursionError, syntaxError, indentationError, tabError, typeError, valueError, unicodeError,
        unicodeDecodeError, unicodeEncodeError,
    ])
}


