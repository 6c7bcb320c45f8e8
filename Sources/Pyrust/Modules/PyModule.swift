// Module objects and the global namespace of modules written in Python.

/// The globals of a module written in Python: one slot per name its program uses, numbered at
/// compile time like a main program's. Its functions hold it (PyFunction.namespace) and read it
/// with the module-global opcodes, so a function imported into a program still sees its own
/// module's names.
final class ModuleNamespace {
    let moduleName: String
    let program: ProgramCode
    let slots: UnsafeMutablePointer<Value>
    let count: Int
    /// Name -> slot (str keys, int values) for attribute access from outside.
    let slotByName: PyDict
    /// The module whose namespace this is (set once built; the table keeps modules alive).
    unowned(unsafe) var module: PyModule? = nil
    /// Code compiled by exec/eval/compile: names resolve through this scope, not the slots.
    var exec: ExecScope? = nil

    init(moduleName: String, program: ProgramCode) {
        self.moduleName = moduleName
        self.program = program
        count = program.globalNames.count
        slots = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: .undefined, count: count)
        slotByName = PyDict()
        for (i, n) in program.globalNames.enumerated() { try? slotByName.set(.str(PyStr.make(n)), .int(i)) }
    }

    func slot(_ name: PyStr) -> Int? {
        if case .int(let i)? = slotByName.getStr(name) { return i }
        return nil
    }

    /// Empties every slot: breaks the cycles between the module's functions and its namespace.
    func clear() {
        var held: [Value] = []
        for k in 0..<count where slots[k].isHeapReference {
            held.append(slots[k])
            slots[k] = .undefined
        }
        Trashcan.release(&held)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}

/// A module: `math` (written in Swift: its attributes sit in `dict`) or one written in Python
/// (its globals sit in `namespace`; `dict` then holds only attributes assigned from outside
/// under names the module's code never uses).
final class PyModule: PyObject {
    let name: String
    let dict: PyDict
    let namespace: ModuleNamespace?
    /// Objects the module's build made that may form cycles (classes, cells, lists, dicts;
    /// RunObjects.detachAll): cleared with the module.
    let objects: [UInt]
    override var pyType: PyType { .module }

    init(name: String, dict: PyDict, namespace: ModuleNamespace?, objects: [UInt]) {
        self.name = name
        self.dict = dict
        self.namespace = namespace
        self.objects = objects
        super.init()
        namespace?.module = self
    }

    /// An attribute (nil: none by that name).
    func attribute(_ name: PyStr) -> Value? {
        if let ns = namespace, let k = ns.slot(name) {
            let v = ns.slots[k]
            if case .undefined = v {} else { return v }
        }
        if let v = dict.getStr(name) { return v }
        if name.equals("__name__") { return .str(PyStr.make(self.name)) }
        return nil
    }

    /// The names bound in the module, in definition order.
    func boundNames() -> [PyStr] {
        var names: [PyStr] = []
        if let ns = namespace {
            for (i, n) in ns.program.globalNames.enumerated() {
                if case .undefined = ns.slots[i] { continue }
                names.append(PyStr.make(n))
            }
        }
        for k in dict.keys { if case .str(let s) = k { names.append(s) } }
        return names
    }

    /// Drops everything the module holds (its table dropped it).
    func clear() {
        namespace?.clear()
        dict.removeAll()
        RunObjects.clearDetached(objects)
    }
}
