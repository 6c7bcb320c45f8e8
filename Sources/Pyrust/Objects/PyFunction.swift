// Callable objects: Python functions, builtin functions and bound methods.

final class PyFunction {
    let code: CodeObject
    var name: String
    var qualname: String
    /// __doc__ (the docstring, or what the program assigned).
    var doc: Value
    /// Attributes the program set (f.attr = ...); nil until the first.
    var dict: PyDict? = nil
    var annotations: PyDict? = nil
    /// Defaults for the last positional parameters.
    private(set) var defaults: [Value]
    /// Defaults for keyword-only parameters, by name.
    var kwDefaults: PyDict?
    /// Cells of the enclosing scopes this function reads (code.freeNames order).
    /// nil when the function captures nothing (the common case: frames then carry no cells).
    let closure: CellList?
    /// The module whose globals the function reads (nil: the main program's, VM.globals).
    var namespace: ModuleNamespace? = nil
    var moduleName: String { namespace?.moduleName ?? "__main__" }

    init(code: CodeObject, defaults: [Value], kwDefaults: PyDict?, closure: CellList?) {
        self.code = code
        self.name = code.name
        self.qualname = code.qualname
        self.doc = code.doc.map { .str(PyStr.make($0)) } ?? .none
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
    }

    func setDefaults(_ d: [Value]) { defaults = d }

    deinit {
        // Functions can chain through defaults (def f(x=previous)); release without recursion.
        Trashcan.release(&defaults)
    }
}

/// The cells a frame reads with loadDeref: its own captured variables, then its closure's
/// free variables. A class so that frames can refer to it without reference counting.
final class CellList {
    let cells: ContiguousArray<PyCell>
    /// Index in the run's object registry (-1: not registered).
    var registryIndex = -1
    init(_ cells: ContiguousArray<PyCell>) { self.cells = cells }

    /// A frame's cells: registered with the run, which empties them when it ends (a function
    /// that refers to itself through its closure cell is a cycle).
    static func forFrame(_ cells: ContiguousArray<PyCell>) -> CellList {
        let list = CellList(cells)
        RunObjects.register(list)
        return list
    }

    deinit { if registryIndex >= 0 { RunObjects.unregister(self) } }

    /// Empties every cell (the run ended).
    func clearForRunEnd() {
        var held: [Value] = []
        for c in cells where c.value.isHeapReference {
            held.append(c.value)
            c.value = .undefined
        }
        Trashcan.release(&held)
    }
}

/// A builtin function: `len`, `print`, ... The VM dispatches on `id`.
/// A function of a module written in Swift.
typealias NativeFunction = (VM, Args) throws(PyError) -> Value

final class PyBuiltinFunction {
    let id: BuiltinID
    let name: String
    /// A module function (id is .native), and its module's name.
    let native: NativeFunction?
    let moduleName: String?
    init(_ id: BuiltinID, _ name: String) {
        self.id = id
        self.name = name
        native = nil
        moduleName = nil
    }

    init(module: String, name: String, _ f: @escaping NativeFunction) {
        id = .native
        self.name = name
        native = f
        moduleName = module
    }
}

/// `obj.method` taken as a value without calling it.
final class PyBoundMethod: PyObject {
    let receiver: Value
    let name: MethodName
    init(receiver: Value, name: MethodName) {
        self.receiver = receiver
        self.name = name
    }
    override var pyType: PyType { .builtinFunction }
}

/// A closure cell carried as a value (by loadClosure, into makeFunction).
final class PyCellRef: PyObject {
    let cell: PyCell
    init(_ cell: PyCell) { self.cell = cell }
    override var pyType: PyType { .cell }
}

final class PyRange: PyObject {
    let start: Int
    let stop: Int
    let step: Int
    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    override var pyType: PyType { .range }

    /// Number of elements. makeRange builds a PyRange only when this fits Int (else a PyBigRange).
    var length: Int {
        if step > 0 {
            if start >= stop { return 0 }
            let span = UInt(bitPattern: stop &- start) // stop > start, so the unsigned difference is exact
            return Int(truncatingIfNeeded: (span - 1) / UInt(step) + 1)
        } else {
            if start <= stop { return 0 }
            let span = UInt(bitPattern: start &- stop)
            return Int(truncatingIfNeeded: (span - 1) / UInt(bitPattern: 0 &- step) + 1)
        }
    }

    /// The i-th element (0 <= i < length): computed without overflow.
    func element(_ i: Int) -> Int {
        return start &+ i &* step
    }
}

final class PySlice: PyObject {
    let start: Value
    let stop: Value
    let step: Value
    init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    override var pyType: PyType { .slice }
}

final class PyEllipsis: PyObject {
    override var pyType: PyType { .ellipsis }
    static let shared: PyEllipsis = { let o = PyEllipsis(); Immortal.mark(o); return o }()
}
