// import: the thread's module table, building modules on first use, and the globals of
// modules written in Python.
//
// A VM (one per thread) keeps every module it has built, across runs: `import math` in a
// cached program is a table lookup. A run that changes a module (assigns or deletes one of its
// attributes, or a class it defines) marks the table dirty, and the table is emptied when that
// run ends, so the next run sees every module as new, as a fresh `python3` would.

import CPyrustSupport

final class ModuleTable {
    private(set) var modules: [String: PyModule] = [:]
    /// A run changed some module: drop them all when it ends.
    var dirty = false
    /// pyrust_support_host_modules_generation() when the table was last checked: a host
    /// module registered since then replaces what this thread built.
    var hostGeneration: UInt64 = 0

    /// The result of recent `import` instructions by their name constant (the same str object
    /// each time a cached program runs): no String is made or hashed on a repeated import.
    private(set) var recent: [(name: PyStr, leaf: Bool, module: PyModule)] = []

    func recentImport(_ name: PyStr, leaf: Bool) -> PyModule? {
        for e in recent where e.name === name && e.leaf == leaf { return e.module }
        return nil
    }

    func remember(_ name: PyStr, leaf: Bool, _ m: PyModule) {
        if recent.count >= 16 { recent.removeFirst() }
        recent.append((name, leaf, m))
    }

    /// Per-run modules (ModuleLibrary.isPerRun) the running program imported.
    var perRunUsed: [String] = []

    subscript(name: String) -> PyModule? { modules[name] }

    /// At the end of a run: drops the per-run modules it imported.
    func dropPerRun() {
        for n in perRunUsed {
            if let m = modules.removeValue(forKey: n) { m.clear() }
        }
        perRunUsed.removeAll()
        recent.removeAll()
        sysModules = nil
    }

    /// sys.modules while sys is imported in this run (later imports are added to it).
    var sysModules: PyDict? = nil

    func add(_ m: PyModule) {
        modules[m.name] = m
        if let d = sysModules, !m.name.hasPrefix("_") { try? d.set(.str(PyStr.make(m.name)), .object(m)) }
    }

    /// Drops every module (breaking the cycles each holds).
    func removeAll() {
        let all = modules
        modules = [:]
        recent.removeAll()
        sysModules = nil
        for (_, m) in all { m.clear() }
        dirty = false
        perRunUsed.removeAll()
    }

    deinit { for (_, m) in modules { m.clear() } }
}

extension VM {
    // MARK: globals of modules written in Python

    /// The namespace of the running module code (the module-global opcodes only appear in it).
    @inline(__always) func currentNamespace() throws(PyError) -> ModuleNamespace {
        guard let f = frames.top.pointee.function, let ns = f.namespace else { throw badBytecode("module namespace") }
        return ns
    }

    @inline(never)
    func loadModuleGlobal(_ slot: Int) throws(PyError) -> Value {
        let ns = try currentNamespace()
        if let x = ns.exec { return try execLoad(x, ns, slot) }
        let v = ns.slots[slot]
        if case .undefined = v {
            let b = ns.program.builtinFallback[slot]
            if case .undefined = b {
                throw PyError(.nameError, "name '\(ns.program.globalNames[slot])' is not defined")
            }
            return b
        }
        return v
    }

    @inline(never)
    func storeModuleGlobal(_ slot: Int, _ value: Value) throws(PyError) {
        let ns = try currentNamespace()
        if let x = ns.exec { return try execStore(x, slot, value) }
        ns.slots[slot] = value
        if ns.module != nil { moduleTable.dirty = true }   // not while its body runs
    }

    @inline(never)
    func deleteModuleGlobal(_ slot: Int) throws(PyError) {
        let ns = try currentNamespace()
        if let x = ns.exec { return try execDelete(x, slot) }
        if case .undefined = ns.slots[slot] {
            throw PyError(.nameError, "name '\(ns.program.globalNames[slot])' is not defined")
        }
        ns.slots[slot] = .undefined
        if ns.module != nil { moduleTable.dirty = true }
    }

    /// `__name__` of the module whose code is running ("__main__" for the program).
    var currentModuleName: String {
        frames.count > 0 ? frames.top.pointee.function?.namespace?.moduleName ?? "__main__" : "__main__"
    }

    // MARK: import

    /// The import instruction: `name` is its constant.
    func importModule(_ name: PyStr, leaf: Bool) throws(PyError) -> Value {
        if let m = moduleTable.recentImport(name, leaf: leaf) { return .object(m) }
        let v = try importModule(name.string, leaf: leaf)
        if case .object(let o) = v, o.pyType === PyType.module, !ModuleLibrary.isPerRun(name.string) {
            moduleTable.remember(name, leaf: leaf, unsafeDowncast(o, to: PyModule.self))
        }
        return v
    }

    /// `import a.b.c`: the top package `a` (leaf false) or the module `a.b.c` itself (leaf true).
    func importModule(_ fullName: String, leaf: Bool) throws(PyError) -> Value {
        if fullName.hasPrefix(".") {
            throw PyError(.importError, "attempted relative import with no known parent package")
        }
        let parts = fullName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var name = ""
        var top: PyModule? = nil
        var parent: PyModule? = nil
        var module: PyModule! = nil
        for part in parts {
            name = name.isEmpty ? part : name + "." + part
            module = try findOrBuild(name, parent: parent)
            if let p = parent { try? p.dict.set(.str(PyStr.make(part)), .object(module)) }
            if top == nil { top = module }
            parent = module
        }
        return .object(leaf ? module : top!)
    }

    /// A module registered on the running context (pyrust_context_module_add), which shadows
    /// the process-wide and standard ones; a prefix of one's dotted name is a package.
    private func contextModule(_ name: String) -> ModuleDefinition? {
        if contextModules.isEmpty { return nil }
        if let source = contextModules[name] { return .python(source) }
        let prefix = name + "."
        if contextModules.keys.contains(where: { $0.hasPrefix(prefix) }) { return .python("") }
        return nil
    }

    private func findOrBuild(_ name: String, parent: PyModule?) throws(PyError) -> PyModule {
        if let m = moduleTable[name] { return m }
        guard let def = contextModule(name) ?? ModuleLibrary.find(name)
                ?? (pyrust_support_host_package(name) != 0 ? .python("") : nil) else {
            if let p = parent {
                throw moduleNotFound("No module named '\(name)'; '\(p.name)' is not a package", name)
            }
            if ModuleLibrary.isPlanned(name) {
                throw moduleNotFound("No module named '\(name)' (this standard module is not supported by pyrust yet)", name)
            }
            throw moduleNotFound("No module named '\(name)'", name)
        }
        let m = try build(name, def)
        moduleTable.add(m)
        if ModuleLibrary.isPerRun(name) { moduleTable.perRunUsed.append(name) }
        return m
    }

    private func moduleNotFound(_ message: String, _ name: String) -> PyError {
        return withNameAttribute(PyError(.moduleNotFoundError, message), name)
    }

    /// Makes module `name`. Objects its body makes belong to the module, not to the run that
    /// imported it first: the run's registry is set aside meanwhile.
    private func build(_ name: String, _ def: ModuleDefinition) throws(PyError) -> PyModule {
        switch def {
        case .native(let spec):
            let d = PyDict()
            RunObjects.untrack(d)
            spec.build(d)
            try? d.set(.str(PyStr.make("__name__")), .str(PyStr.make(name)))
            return PyModule(name: name, dict: d, namespace: nil, objects: [])
        case .python(let source):
            // Everything from here on belongs to the module (compiling included: constants).
            let objects = RunObjects()
            let previous = RunObjects.current
            objects.activate()
            defer { RunObjects.restore(previous) }
            let program: ProgramCode
            do throws(SyntaxError) {
                program = try ModuleLibrary.compile(name, source)
            } catch {
                throw PyError(.importError, "module '\(name)' failed to compile: \(error.message)")
            }
            let ns = ModuleNamespace(moduleName: name, program: program)
            if let k = program.globalNames.firstIndex(of: "__name__") { ns.slots[k] = .str(PyStr.make(name)) }
            let body = PyFunction(code: program.module, defaults: [], kwDefaults: nil, closure: nil)
            body.namespace = ns
            let d = PyDict()
            RunObjects.untrack(d)
            RunObjects.untrack(ns.slotByName)
            do throws(PyError) {
                _ = try call(.function(body), [])
            } catch {
                ns.clear()
                objects.clearAll()
                throw error
            }
            return PyModule(name: name, dict: d, namespace: ns, objects: objects.detachAll())
        }
    }

    /// `from m import name`: the attribute, or CPython's ImportError.
    func importFrom(_ module: Value, _ name: PyStr) throws(PyError) -> Value {
        guard case .object(let o) = module, o.pyType === PyType.module else { return try getAttr(module, name) }
        let m = unsafeDowncast(o, to: PyModule.self)
        if let v = m.attribute(name) { return v }
        if name.equals("*") {
            throw PyError(.importError, "'from \(m.name) import *' of a module registered on a context is not supported by pyrust yet; import its names explicitly")
        }
        // A submodule not imported yet: `from collections import abc`.
        if contextModules[m.name + "." + name.string] != nil || ModuleLibrary.find(m.name + "." + name.string) != nil {
            return try importModule(m.name + "." + name.string, leaf: true)
        }
        throw withNameAttribute(PyError(.importError, "cannot import name '\(name.string)' from '\(m.name)' (unknown location)"),
                                m.name)
    }

    /// ImportError.name.
    private func withNameAttribute(_ e: PyError, _ name: String) -> PyError {
        let d = e.exc.dict ?? PyDict()
        try? d.set(.str(PyStr.make("name")), .str(PyStr.make(name)))
        e.exc.dict = d
        return e
    }

    // MARK: module attributes

    func moduleGetAttr(_ m: PyModule, _ name: PyStr) throws(PyError) -> Value {
        if let v = m.attribute(name) { return v }
        switch name.string {
        case "__dict__":
            let d = PyDict()
            for n in m.boundNames() { if let v = m.attribute(n) { try d.set(.str(n), v) } }
            return .dict(d)
        case "__class__": return .type(.module)
        case "__doc__": return .none
        default:
            // A library package's submodule the program did not import: CPython has
            // collections.abc imported at startup, so `collections.abc` works after `import collections`.
            let sub = m.name + "." + name.string
            if ModuleLibrary.find(sub) != nil { return try importModule(sub, leaf: true) }
        }
        throw attributeError("module '\(m.name)' has no attribute '\(name.string)'")
    }

    func moduleSetAttr(_ m: PyModule, _ name: PyStr, _ value: Value?) throws(PyError) {
        moduleTable.dirty = true
        if let ns = m.namespace, let k = ns.slot(name) {
            if value == nil, case .undefined = ns.slots[k] {
                throw attributeError("'module' object has no attribute '\(name.string)'")
            }
            ns.slots[k] = value ?? .undefined
            return
        }
        if let v = value {
            try m.dict.set(.str(name), v)
        } else if try m.dict.remove(.str(name)) == nil {
            throw attributeError("'module' object has no attribute '\(name.string)'")
        }
    }
}
