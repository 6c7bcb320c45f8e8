// exec(), eval() and compile(). The source is compiled at run time like a module written in
// Python (every name outside a function is a namespace slot), but the namespace is an
// ExecScope: its slots are looked up by name in the globals the call names (a dict, or the
// caller's: the main program's global slots or a library module's namespace), so what the
// code binds is what the caller sees afterwards, and the functions it defines read the
// globals as they are when they run, as in CPython.

/// Where code compiled by exec/eval/compile finds the names its top level and its functions
/// use as globals.
final class ExecScope {
    enum Globals {
        case dict(PyDict)
        /// The main program's global slots (VM.globals); names it has no slot for live in
        /// VM.execExtraGlobals for the rest of the run.
        case main
        /// A module written in Python: its namespace slots, other names in the module's dict.
        case module(ModuleNamespace)
    }

    let globals: Globals
    /// The top-level code's names when they are not the globals (exec/eval inside a
    /// function, or given a separate locals dict).
    let locals: PyDict?
    /// The compiled code's top level (its frames consult `locals` first).
    unowned(unsafe) let topCode: CodeObject
    /// The compiled program's global names as str, by slot.
    let names: [PyStr]
    /// For .main: the running program's global slot by name.
    let mainSlots: [String: Int]

    init(globals: Globals, locals: PyDict?, program: ProgramCode, mainNames: [String]) {
        self.globals = globals
        self.locals = locals
        topCode = program.module
        names = program.globalNames.map { PyStr.make($0) }
        var slots: [String: Int] = [:]
        if case .main = globals {
            for (i, n) in mainNames.enumerated() { slots[n] = i }
        }
        mainSlots = slots
    }
}

import CPyrustSupport

/// What compile() returns: a compiled program, its mode and file name.
final class PyCodeObject: PyObject {
    let program: ProgramCode
    let fileName: String
    /// "exec", "eval" or "single".
    let mode: String
    init(program: ProgramCode, fileName: String, mode: String) {
        self.program = program
        self.fileName = fileName
        self.mode = mode
    }
    override var pyType: PyType { .code }
    override func nativeRepr(_ vm: VM) throws(PyError) -> String? {
        return "<code object <module> at \(vm.addressText(.object(self))), file \"\(fileName)\", line 1>"
    }
}

extension PyType {
    static let code = PyType.native("code", new: { (vm, _) throws(PyError) -> Value in
        throw PyError(.typeError, "cannot create 'code' instances")
    })
}

extension VM {
    // MARK: the builtins

    /// eval(source, globals=None, locals=None) and exec(source, globals=None, locals=None).
    func builtinExecEval(_ args: Args, isEval: Bool) throws(PyError) -> Value {
        let fname = isEval ? "eval" : "exec"
        try args.noKeywords(fname)
        try args.expect(fname, min: 1, max: 3)
        var globalsDict: PyDict? = nil
        if args.count > 1 && !args[1].isNone {
            guard case .dict(let d) = args[1] else {
                throw typeError(isEval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                       : "exec() globals must be a dict, not \(typeName(args[1]))")
            }
            globalsDict = d
        }
        var localsDict: PyDict? = nil
        if args.count > 2 && !args[2].isNone {
            guard case .dict(let d) = args[2] else {
                if isMapping(args[2]) {
                    throw PyError(.notImplementedError, "\(fname)() with a locals mapping that is not a dict is not supported by pyrust yet")
                }
                throw typeError(isEval ? "locals must be a mapping" : "locals must be a mapping or None, not \(typeName(args[2]))")
            }
            localsDict = d
        }
        if frames.count >= depthLimit || nativeDepth >= Limits.nativeCallDepth || pyrust_stack_exhausted() != 0 {
            // CPython's compiler finds the depth exhausted first.
            throw PyError(.recursionError, "maximum recursion depth exceeded during compilation")
        }
        let program: ProgramCode
        var returnsValue = isEval
        switch args[0] {
        case .object(let o) where o is PyCodeObject:
            let c = unsafeDowncast(o, to: PyCodeObject.self)
            program = c.program
            returnsValue = isEval && c.mode == "eval"
        default:
            guard let text = sourceText(args[0]) else {
                throw typeError("\(fname)() arg 1 must be a string, bytes or code object")
            }
            program = try compileSource(text, fileName: "<string>", mode: isEval ? "eval" : "exec")
        }
        let scope: ExecScope
        if let g = globalsDict {
            if g.getStr(PyStr.make("__builtins__")) == nil {
                try g.set(.str(PyStr.make("__builtins__")), .object(builtinsModule()))
            }
            scope = ExecScope(globals: .dict(g), locals: localsDict, program: program, mainNames: [])
        } else {
            let (g, l) = callerNamespaces()
            scope = ExecScope(globals: g, locals: localsDict ?? l, program: program,
                              mainNames: { if case .main = g { return self.program.globalNames }; return [] }())
        }
        let ns = ModuleNamespace(moduleName: moduleName(of: scope.globals), program: program)
        ns.exec = scope
        let body = PyFunction(code: program.module, defaults: [], kwDefaults: nil, closure: nil)
        body.namespace = ns
        let v = try call(.function(body), [])
        return returnsValue ? v : .none
    }

    /// __name__ of the globals (what classes defined in the code take as __module__).
    private func moduleName(of g: ExecScope.Globals) -> String {
        switch g {
        case .main: return "__main__"
        case .module(let m): return m.moduleName
        case .dict(let d):
            if case .str(let s)? = d.getStr(PyStr.make("__name__")) { return s.string }
            return "builtins"
        }
    }

    /// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1).
    func builtinCompile(_ args: Args) throws(PyError) -> Value {
        try args.expect("compile", min: 3, max: 6)
        guard let text = sourceText(args[0]) else {
            throw typeError("compile() arg 1 must be a string, bytes or AST object")
        }
        guard case .str(let file) = args[1] else {
            throw typeError("compile() argument 'filename' must be str, not \(typeName(args[1]))")
        }
        guard case .str(let m) = args[2] else {
            throw typeError("compile() argument 'mode' must be str, not \(typeName(args[2]))")
        }
        let mode = m.string
        guard mode == "exec" || mode == "eval" || mode == "single" else {
            throw valueError("compile() mode must be 'exec', 'eval' or 'single'")
        }
        let program = try compileSource(text, fileName: file.string, mode: mode)
        return .object(PyCodeObject(program: program, fileName: file.string, mode: mode))
    }

    /// The text of a source argument: a str, or bytes (UTF-8).
    private func sourceText(_ v: Value) -> String? {
        switch v {
        case .str(let s): return s.string
        case .object(let o) where o is PyBytes:
            return String(decoding: unsafeDowncast(o, to: PyBytes.self).bytes, as: UTF8.self)
        default: return nil
        }
    }

    private func isMapping(_ v: Value) -> Bool {
        if case .instance = v { return userSpecial(v, .getitem) != nil }
        return false
    }

    /// Compiles exec/eval/single source; a SyntaxError is raised as CPython raises it.
    func compileSource(_ source: String, fileName: String, mode: String) throws(PyError) -> ProgramCode {
        var text = source
        if text.utf8.contains(0) {
            throw PyError(.syntaxError, "source code string cannot contain null bytes")
        }
        if mode == "eval" {
            // eval() ignores leading blanks and tabs.
            text = String(text.drop(while: { $0 == " " || $0 == "\t" }))
        }
        let parsed: Result<Module, SyntaxError> = text.withUTF8 { bytes in
            do throws(SyntaxError) { return .success(try parseModule(bytes)) } catch { return .failure(error) }
        }
        let module: Module
        switch parsed {
        case .success(let m): module = m
        case .failure(let e): throw raisedSyntaxError(e, text, fileName)
        }
        if mode == "eval" {
            guard module.body.count == 1, case .expr = module.body[0].kind else {
                let line = module.body.first.map { Int($0.pos.line) } ?? 1
                let e = SyntaxError("invalid syntax", line: line, col: 1, endCol: 2)
                throw raisedSyntaxError(e, text, fileName)
            }
        }
        do throws(SyntaxError) {
            let compileMode: CompileMode = mode == "eval" ? .program : mode == "single" ? .interactive : .script
            return try Compiler.compile(module, moduleName: "<string>", mode: compileMode, fileName: fileName)
        } catch {
            throw raisedSyntaxError(error, text, fileName)
        }
    }

    /// A SyntaxError as a Python exception: args (msg, (filename, lineno, offset, text,
    /// end_lineno, end_offset)), as CPython builds it.
    private func raisedSyntaxError(_ e: SyntaxError, _ source: String, _ fileName: String) -> PyError {
        var text = source
        let line: Value = text.withUTF8 { bytes in
            if let l = sourceLine(bytes, e.line) { return .str(PyStr.make(l)) }
            return .none
        }
        let type: PyType = e.typeName == "IndentationError" ? .indentationError : e.typeName == "TabError" ? .tabError : .syntaxError
        let details = PyTuple([.str(PyStr.make(fileName)), .int(e.line), .int(e.col), line, .int(e.line), .int(e.endCol)])
        return PyError(PyException(type, args: [.str(PyStr.make(e.message)), .tuple(details)]))
    }

    /// The caller's globals and (when it is not at a module's top level) a snapshot of its
    /// local variables, as eval/exec without dicts use them.
    private func callerNamespaces() -> (ExecScope.Globals, PyDict?) {
        guard frames.count > 0 else { return (.main, nil) }
        let f = frames.top.pointee
        if let fn = f.function, let ns = fn.namespace {
            if let x = ns.exec {
                if f.code === x.topCode { return (x.globals, x.locals) }
                return (x.globals, localsSnapshot(f))
            }
            if f.code === ns.program.module { return (.module(ns), nil) }
            return (.module(ns), localsSnapshot(f))
        }
        if f.function == nil || f.code === program.module { return (.main, nil) }
        return (.main, localsSnapshot(f))
    }

    /// A function frame's bound local variables (and cell variables) as a dict.
    private func localsSnapshot(_ f: Frame) -> PyDict {
        let d = PyDict()
        let code = f.code
        for (i, n) in code.localNames.enumerated() {
            let v = f.locals[i]
            if case .undefined = v { continue }
            try? d.set(.str(PyStr.make(n)), v)
        }
        if let cells = f.cells {
            for (i, n) in (code.cellNames + code.freeNames).enumerated() where i < cells.cells.count {
                let v = cells.cells[i].value
                if case .undefined = v { continue }
                try? d.set(.str(PyStr.make(n)), v)
            }
        }
        return d
    }

    /// The `builtins` module object that exec/eval put in a globals dict as `__builtins__`.
    private func builtinsModule() -> PyModule {
        if let m = execBuiltinsModule { return m }
        let d = PyDict()
        for (name, value) in Builtins.table { try? d.set(.str(PyStr.make(name)), value) }
        try? d.set(.str(PyStr.make("__name__")), .str(PyStr.make("builtins")))
        let m = PyModule(name: "builtins", dict: d, namespace: nil, objects: [])
        execBuiltinsModule = m
        return m
    }

    // MARK: names of exec'd code

    @inline(__always) private func atTopLevel(_ x: ExecScope) -> Bool {
        x.locals != nil && frames.count > 0 && frames.top.pointee.code === x.topCode
    }

    func execLoad(_ x: ExecScope, _ ns: ModuleNamespace, _ slot: Int) throws(PyError) -> Value {
        let name = x.names[slot]
        if atTopLevel(x), let v = x.locals!.getStr(name) { return v }
        switch x.globals {
        case .dict(let d):
            if let v = d.getStr(name) { return v }
            // The builtins are the dict's __builtins__ (a dict or a module), as in CPython:
            // `{"__builtins__": {}}` leaves none.
            switch d.getStr(PyStr.make("__builtins__")) {
            case .dict(let b)?:
                if let v = b.getStr(name) { return v }
                throw PyError(.nameError, "name '\(name.string)' is not defined")
            case .object(let o)? where o is PyModule:
                if let v = unsafeDowncast(o, to: PyModule.self).attribute(name) { return v }
                throw PyError(.nameError, "name '\(name.string)' is not defined")
            default: break
            }
        case .main:
            if let k = x.mainSlots[name.string], k < globalCount {
                let v = globals[k]
                if case .undefined = v {} else { return v }
            }
            if let v = execExtraGlobals?.getStr(name) { return v }
        case .module(let m):
            if let k = m.slot(name) {
                let v = m.slots[k]
                if case .undefined = v {} else { return v }
            }
            if let v = m.module?.dict.getStr(name) { return v }
        }
        let b = ns.program.builtinFallback[slot]
        if case .undefined = b { throw PyError(.nameError, "name '\(name.string)' is not defined") }
        return b
    }

    func execStore(_ x: ExecScope, _ slot: Int, _ value: Value) throws(PyError) {
        let name = x.names[slot]
        if atTopLevel(x) {
            try x.locals!.set(.str(name), value)
            return
        }
        switch x.globals {
        case .dict(let d):
            try d.set(.str(name), value)
        case .main:
            if let k = x.mainSlots[name.string], k < globalCount {
                globals[k] = value
                return
            }
            if execExtraGlobals == nil { execExtraGlobals = PyDict() }
            try execExtraGlobals!.set(.str(name), value)
        case .module(let m):
            moduleTable.dirty = true
            if let k = m.slot(name) {
                m.slots[k] = value
            } else if let md = m.module {
                try md.dict.set(.str(name), value)
            } else {
                throw PyError(.notImplementedError, "exec() binding a new global while its module is being built is not supported by pyrust yet")
            }
        }
    }

    func execDelete(_ x: ExecScope, _ slot: Int) throws(PyError) {
        let name = x.names[slot]
        let missing = PyError(.nameError, "name '\(name.string)' is not defined")
        if atTopLevel(x) {
            if try x.locals!.remove(.str(name)) == nil { throw missing }
            return
        }
        switch x.globals {
        case .dict(let d):
            if try d.remove(.str(name)) == nil { throw missing }
        case .main:
            if let k = x.mainSlots[name.string], k < globalCount {
                if case .undefined = globals[k] { throw missing }
                globals[k] = .undefined
                return
            }
            if try execExtraGlobals?.remove(.str(name)) == nil { throw missing }
        case .module(let m):
            moduleTable.dirty = true
            if let k = m.slot(name) {
                if case .undefined = m.slots[k] { throw missing }
                m.slots[k] = .undefined
            } else if try m.module?.dict.remove(.str(name)) == nil {
                throw missing
            }
        }
    }
}
