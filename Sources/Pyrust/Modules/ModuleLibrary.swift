// The modules `import` can find: those written in Swift, and those written in Python whose
// source is compiled into the library. Nothing here reaches files, processes, the network or
// the environment.
//
// Rules for a module written in Python (the table keeps one instance per thread across runs):
// no module-level state that its functions mutate (a run's objects would outlive the run);
// names with a leading underscore stay private to `import *` unless __all__ says otherwise.

import CPyrustSupport
import Glibc

/// Python source of the library's modules written in Python (Modules/Library/*.swift).
enum LibrarySource {}

/// How a module is made.
enum ModuleDefinition {
    /// Written in Swift: fills the module's dict.
    case native(NativeModule)
    /// Written in Python: compiled once per thread, its body run in its own namespace.
    case python(String)
}

/// A module written in Swift.
struct NativeModule {
    /// Fills the attribute dict of a new module (no Python code runs).
    let build: (PyDict) -> Void
}

enum ModuleLibrary {
    /// The public modules `find` knows (helper modules with a leading underscore left out).
    static let names = ["abc", "bisect", "cmath", "collections", "collections.abc", "copy", "dataclasses", "enum", "fractions",
                        "functools", "heapq", "itertools", "json", "keyword", "math", "operator", "random", "re",
                        "statistics", "string", "sys", "textwrap", "time", "typing"]

    /// The definition of module `name`, or nil when there is no such module.
    static func find(_ name: String) -> ModuleDefinition? {
        if let source = hostModule(name) { return .python(source) }
        switch name {
        case "math": return .native(MathModule.definition)
        case "cmath": return .native(CmathModule.definition)
        case "random": return .native(RandomModule.definition)
        case "itertools": return .native(ItertoolsModule.definition)
        case "operator": return .native(OperatorModule.definition)
        case "functools": return .python(LibrarySource.functools)
        case "_functools": return .native(FunctoolsNativeModule.definition)
        case "heapq": return .python(LibrarySource.heapq)
        case "_heapq": return .native(HeapqNativeModule.definition)
        case "keyword": return .python(LibrarySource.keyword)
        case "copy": return .python(LibrarySource.copy)
        case "bisect": return .python(LibrarySource.bisect)
        case "sys": return .python(LibrarySource.sys)
        case "_sys": return .native(SysModule.native)
        case "json": return .python(LibrarySource.json)
        case "json.decoder": return .python(LibrarySource.jsonDecoder)
        case "json.encoder": return .python(LibrarySource.jsonEncoder)
        case "_json": return .native(JSONHelperModule.definition)
        case "time": return .native(TimeModule.definition)
        case "string": return .python(LibrarySource.string)
        case "textwrap": return .python(LibrarySource.textwrap)
        case "fractions": return .python(LibrarySource.fractions)
        case "statistics": return .python(LibrarySource.statistics)
        case "abc": return .python(LibrarySource.abc)
        case "collections": return .python(LibrarySource.collections)
        case "collections.abc": return .python(LibrarySource.collectionsAbc)
        case "_collections_abc": return .python(LibrarySource.collectionsAbcImpl)
        case "_argbind": return .python(LibrarySource.argbind)
        case "_abc_support": return .native(abcSupport)
        case "dataclasses": return .python(LibrarySource.dataclasses)
        case "_dataclasses": return .native(DataclassesNativeModule.definition)
        case "_namedtuple": return .native(NamedTupleNativeModule.definition)
        case "enum": return .python(LibrarySource.enumModule)
        case "typing": return .python(LibrarySource.typing)
        case "re": return .python(LibrarySource.re)
        case "_re": return .native(ReNativeModule.definition)
        default: return nil
        }
    }

    /// `_abc_support.run_state()`: the dict where abc keeps what the running program adds to
    /// the library's abstract classes (VM.abcRunState, dropped when the run ends), or None while
    /// a library module is being built (its objects, not the run's, are being made: what abc
    /// records then is for every run).
    private static let abcSupport = NativeModule { d in
        let f = PyBuiltinFunction(module: "_abc_support", name: "run_state") { (vm, args) throws(PyError) -> Value in
            try args.expect("run_state", min: 0, max: 0)
            if RunObjects.current != Unmanaged.passUnretained(vm.runObjects).toOpaque() { return .none }
            if let s = vm.abcRunState { return .dict(s) }
            let s = PyDict()
            vm.abcRunState = s
            return .dict(s)
        }
        try? d.set(.str(PyStr.make("run_state")), .builtin(f))
    }

    /// Source a host registered under `name` (pyrust_module_add), which takes precedence.
    static func hostModule(_ name: String) -> String? {
        var length = 0
        guard let copy = pyrust_support_host_module_copy(name, &length) else { return nil }
        defer { free(copy) }
        return String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(copy).assumingMemoryBound(to: UInt8.self),
                                                    count: length), as: UTF8.self)
    }

    /// A CPython standard module pyrust means to provide but does not yet (its import error
    /// says so). Modules that reach outside the sandbox (os, io, socket, subprocess, ...) are
    /// not here: importing them gives CPython's plain "No module named" error.
    static func isPlanned(_ name: String) -> Bool {
        switch name {
        case "decimal", "datetime", "unicodedata", "array",
             "numbers", "contextlib", "types", "weakref", "pprint", "reprlib", "struct", "base64", "hashlib",
             "gc", "warnings", "inspect", "traceback", "calendar", "uuid", "secrets", "graphlib":
            return true
        default:
            return false
        }
    }

    /// A module with state its functions change (random's generator): a run that imports it
    /// gets it new, and it is dropped when that run ends. Other library modules must not import
    /// such a module at their top level (they would keep the dropped one).
    static func isPerRun(_ name: String) -> Bool {
        switch name {
        case "random", "sys", "_sys": return true
        default: return false
        }
    }

    /// Compiles a module written in Python (its globals become namespace slots).
    static func compile(_ name: String, _ source: String) throws(SyntaxError) -> ProgramCode {
        var text = source
        let parsed: Result<Module, SyntaxError> = text.withUTF8 { bytes in
            do throws(SyntaxError) { return .success(try parseModule(bytes)) } catch { return .failure(error) }
        }
        switch parsed {
        case .success(let module): return try Compiler.compile(module, moduleName: name)
        case .failure(let e): throw e
        }
    }

    /// The names `from name import *` binds, known at compile time (nil: no such module). A
    /// module written in Python: its __all__ if it assigns a literal list or tuple of strs,
    /// else the names its top level binds that do not start with an underscore.
    static func starNames(_ name: String) -> [String]? {
        guard let def = find(name) else { return nil }
        switch def {
        case .native(let m):
            let d = PyDict()
            m.build(d)
            var names: [String] = []
            for k in d.keys { if case .str(let s) = k, !s.string.hasPrefix("_") { names.append(s.string) } }
            return names
        case .python(let source):
            var text = source
            let module: Module? = text.withUTF8 { try? parseModule($0) }
            guard let body = module?.body else { return nil }
            for s in body {
                guard case .assign(let targets, let value) = s.kind, targets.count == 1,
                      case .name("__all__") = targets[0].kind else { continue }
                let items: [Expr]
                switch value.kind {
                case .list(let xs), .tuple(let xs): items = xs
                default: continue
                }
                var names: [String] = []
                for x in items { if case .str(let v) = x.kind { names.append(v) } }
                return names
            }
            var names: [String] = []
            for s in body {
                for n in topLevelBindings(s) where !n.hasPrefix("_") && !names.contains(n) { names.append(n) }
            }
            return names
        }
    }

    /// The names one top-level statement binds (enough for `import *` of our own modules).
    private static func topLevelBindings(_ s: Stmt) -> [String] {
        switch s.kind {
        case .functionDef(let f): return [f.name]
        case .classDef(let c): return [c.name]
        case .assign(let targets, _):
            var out: [String] = []
            for t in targets { collectNames(t, &out) }
            return out
        case .annAssign(let t, _, let v): if v != nil, case .name(let n) = t.kind { return [n] }; return []
        case .importModules(let aliases):
            return aliases.map { $0.asName ?? String($0.name.split(separator: ".")[0]) }
        case .importFrom(_, _, let names): return names.map { $0.asName ?? $0.name }
        case .ifStmt(_, let body, let orElse), .tryStmt(let body, _, let orElse, _):
            return (body + orElse).flatMap { topLevelBindings($0) }
        default: return []
        }
    }

    private static func collectNames(_ e: Expr, _ out: inout [String]) {
        switch e.kind {
        case .name(let n): out.append(n)
        case .tuple(let xs), .list(let xs): for x in xs { collectNames(x, &out) }
        default: break
        }
    }
}
